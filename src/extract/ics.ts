/**
 * Calendar invites (.ics) read with ical.js. TZIDs may be IANA names, Windows
 * names ("Eastern Standard Time", quoted or not) or anything with a VTIMEZONE;
 * we resolve to an IANA zone where we can, and fall back to the VTIMEZONE rules.
 */
import ICAL from "ical.js";
import { cleanName } from "./address.ts";
import { repairCalendar } from "./ics-repair.ts";
import { plausible, type WallClock, toInstant } from "../time/wallclock.ts";
import { isIana, resolveTzid } from "./zones.ts";
import { warmable } from "./patterns.ts";

/** An invite's text is bounded before ical.js reads it: real invites are a few KiB. */
export const MAX_ICS_CHARS = 64_000;
/** Attendees read per event: a panel is a handful; a company all-hands is not an interview. */
export const MAX_ATTENDEES = 25;
/**
 * Observances (STANDARD/DAYLIGHT) of one VTIMEZONE that are expanded: a zone's whole history is a few
 * dozen; ical.js expands each from its DTSTART to the interview's year, so more is only cost.
 */
export const MAX_OBSERVANCES = 60;
/** A yearly rule with no end is expanded from this many years before the interview, not from its DTSTART (Outlook writes 1601). */
const RULE_LEAD_YEARS = 2;
/** Rule parts a time zone never needs: each multiplies the changes per year (FREQ=SECONDLY never ends). */
const ZONE_RULE_PARTS = new Set(["BYMONTH", "BYDAY", "BYMONTHDAY", "WKST"]);
/** Values per rule part: one month and one weekday; BYMONTHDAY=8,…,14 is the older "second Sunday". */
const MAX_RULE_VALUES = 7;

export type IcsPerson = { name: string | null; email: string | null };
export type Attendee = IcsPerson & { role: string | null; cutype: string | null };

export type Invite = {
  method: string | null;
  status: string | null;
  sequence: number;
  uid: string | null;
  summary: string | null;
  description: string | null;
  location: string | null;
  start: Date | null;
  end: Date | null;
  /** IANA zone of DTSTART; null for UTC or floating times. */
  zone: string | null;
  /** DTSTART names a zone no name table or VTIMEZONE resolves: it was read in the seeker's zone. */
  zoneAssumed: boolean;
  /** An all-day event (DTSTART;VALUE=DATE): its day is the invite's, its time the mail's words. */
  allDay: boolean;
  organizer: IcsPerson | null;
  attendees: Attendee[];
  urls: string[];
};

function text(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? v.trim() : null;
}

function personOf(prop: ICAL.Property): IcsPerson {
  const value = String(prop.getFirstValue() ?? "");
  const email = value.replace(/^mailto:/i, "").trim().toLowerCase() || null;
  return { name: cleanName(text(prop.getParameter("cn") as string)), email: email?.includes("@") ? email : null };
}

/** An instant, its IANA zone, and whether the fallback zone stood in for a zone the file names but we cannot read. */
type Instant = { at: Date; zone: string | null; assumed?: boolean };

function instantOf(prop: ICAL.Property | null, vcal: ICAL.Component, fallbackZone: string): Instant | null {
  if (!prop) return null;
  const t = prop.getFirstValue() as ICAL.Time | null;
  if (!t || typeof t !== "object" || !("year" in t)) return null;
  const wall: WallClock = { year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute };
  // Wall clocks are minutes; an invite may state seconds (Discourse, RFC 9253's examples), kept as written.
  const seconds = (Number(t.second) || 0) * 1000;
  const at = (zone: { offsetMinutes: number } | { iana: string }) => new Date(toInstant(wall, zone).getTime() + seconds);
  if (t.zone === ICAL.Timezone.utcTimezone || String(prop.toICALString()).endsWith("Z")) {
    return { at: at({ offsetMinutes: 0 }), zone: null };
  }
  const tzid = text(prop.getParameter("tzid") as string);
  if (!tzid) return { at: at({ iana: fallbackZone }), zone: null }; // floating time
  const iana = resolveTzid(tzid);
  if (iana) return { at: at({ iana }), zone: iana };
  // Exchange pads both sides alike ("TZID: 1" and "DTSTART;TZID=\" 1\""): compare them trimmed.
  const vtz = vcal.getAllSubcomponents("vtimezone").find((c) => String(c.getFirstPropertyValue("tzid")).trim() === tzid);
  if (!vtz || !tameTimezone(vtz, t.year)) return { at: at({ iana: fallbackZone }), zone: null, assumed: true };
  const zoned = t.clone();
  zoned.zone = new ICAL.Timezone(vtz);
  return { at: new Date(zoned.toUnixTime() * 1000), zone: null };
}

/**
 * Makes a VTIMEZONE cheap to expand, in place: ical.js walks every rule from its DTSTART up to the
 * interview, so a rule that is not yearly, or yearly from 1601, costs time in proportion to what it
 * spans. Rules only a crafted zone has are dropped (the observance then applies from its DTSTART);
 * an endless yearly rule starts RULE_LEAD_YEARS before the interview. False: too many observances to read.
 */
function tameTimezone(vtz: ICAL.Component, year: number): boolean {
  const observances = vtz.getAllSubcomponents();
  if (observances.length > MAX_OBSERVANCES) return false;
  for (const o of observances) {
    const prop = o.getFirstProperty("rrule");
    const rule = prop?.getFirstValue() as ICAL.Recur | undefined;
    if (!prop || !rule || typeof rule !== "object") continue;
    const parts = Object.entries(rule.parts ?? {});
    const tame = rule.freq === "YEARLY" && (rule.interval ?? 1) === 1 && (rule.count ?? 0) <= 500 &&
      parts.every(([k, v]) => ZONE_RULE_PARTS.has(k) && (!Array.isArray(v) || v.length <= MAX_RULE_VALUES));
    if (!tame) {
      o.removeAllProperties("rrule");
      continue;
    }
    const dtstart = o.getFirstPropertyValue("dtstart") as ICAL.Time | null;
    if (!rule.until && !rule.count && dtstart && typeof dtstart === "object" && dtstart.year < year - RULE_LEAD_YEARS) {
      const moved = dtstart.clone();
      moved.year = year - RULE_LEAD_YEARS;
      o.updatePropertyWithValue("dtstart", moved);
    }
  }
  return true;
}

function optional<T>(read: () => T | null): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

const URL_RE = /https?:\/\/[^\s<>"')\]]+/g;

/** The first VCALENDAR of a file: ical.js returns one jCal for one, an array of them for several, nothing for none. */
function firstCalendar(ics: string): ICAL.Component | null {
  const jcal = ICAL.parse(ics) as unknown;
  const first = Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal[0] : jcal;
  return Array.isArray(first) && typeof first[0] === "string" ? new ICAL.Component(first as never) : null;
}

/** The first event of a calendar file; read again without its unreadable lines when ical.js refuses the file. */
export function readInvite(ics: string, fallbackZone: string): Invite | null {
  const bounded = ics.slice(0, MAX_ICS_CHARS);
  const first = readCalendar(bounded, fallbackZone);
  // No event read from a file that has one: a stray END closed the calendar before it.
  if (first !== FAILED && (first !== null || !/BEGIN:VEVENT/i.test(bounded))) return first;
  const repaired = repairCalendar(bounded);
  const second = repaired ? readCalendar(repaired, fallbackZone) : null;
  return second === FAILED ? null : second;
}

/** ical.js refused the file (as opposed to: it holds no usable event). */
const FAILED = Symbol("unreadable");

function readCalendar(ics: string, fallbackZone: string): Invite | null | typeof FAILED {
  let vcal: ICAL.Component | null;
  try {
    vcal = firstCalendar(ics);
  } catch {
    return FAILED;
  }
  try {
    const ev = vcal?.getFirstSubcomponent("vevent");
    if (!vcal || !ev) return null;
    // Floating times are in the calendar's own zone when it names one (Google's X-WR-TIMEZONE).
    const calendarZone = text(vcal.getFirstPropertyValue("x-wr-timezone"));
    const floatingZone = calendarZone && isIana(calendarZone) ? calendarZone : fallbackZone;
    const start = instantOf(ev.getFirstProperty("dtstart"), vcal, floatingZone);
    // An unreadable end ("DTEND:None") loses the end, not the invite.
    let end = optional(() => instantOf(ev.getFirstProperty("dtend"), vcal, floatingZone)?.at ?? null);
    const duration = optional(() => ev.getFirstPropertyValue("duration") as ICAL.Duration | null);
    if (!end && start && duration && typeof duration === "object") end = new Date(start.at.getTime() + duration.toSeconds() * 1000);
    const description = text(ev.getFirstPropertyValue("description"));
    const location = text(ev.getFirstPropertyValue("location"));
    const organizerProp = ev.getFirstProperty("organizer");
    const attendees = ev
      .getAllProperties("attendee")
      .slice(0, MAX_ATTENDEES)
      .map((p) => ({
        ...personOf(p),
        role: text(p.getParameter("role") as string),
        cutype: text(p.getParameter("cutype") as string),
      }));
    const urls = [
      ev.getFirstPropertyValue("x-google-conference"),
      ev.getFirstPropertyValue("x-microsoft-skypeteamsmeetingurl"),
      ev.getFirstPropertyValue("x-microsoft-onlinemeetingconflink"),
      ev.getFirstPropertyValue("url"),
      ...[location ?? "", description ?? ""].flatMap((s) => s.match(URL_RE) ?? []),
    ].filter((u): u is string => typeof u === "string" && /^https?:/i.test(u));
    if (start && !plausible(start.at)) return null;
    if (end && !plausible(end)) end = null;
    return {
      method: text(vcal.getFirstPropertyValue("method"))?.toUpperCase() ?? null,
      status: text(ev.getFirstPropertyValue("status"))?.toUpperCase() ?? null,
      sequence: Number(ev.getFirstPropertyValue("sequence") ?? 0) || 0,
      uid: text(ev.getFirstPropertyValue("uid")),
      summary: text(ev.getFirstPropertyValue("summary")),
      description,
      location,
      start: start?.at ?? null,
      end: end && start && end > start.at ? end : null,
      zone: start?.zone ?? null,
      zoneAssumed: !!start?.assumed,
      allDay: optional(() => (ev.getFirstPropertyValue("dtstart") as ICAL.Time | null)?.isDate === true) ?? false,
      organizer: organizerProp ? personOf(organizerProp) : null,
      attendees,
      urls,
    };
  } catch {
    return FAILED; // absurd values (year 0, broken durations): read again without the lines that hold them
  }
}

// Compiled at start-up (patterns.ts): a first mail that needs one of these does not pay for it.
warmable(URL_RE);
