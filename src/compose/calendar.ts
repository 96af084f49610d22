/**
 * The plan as an .ics file, built with ical.js: one VEVENT per pending
 * follow-up, in the seeker's zone, each with a VALARM. UIDs are stable per
 * interview and follow-up, and SEQUENCE grows with each update, so importing a
 * later file replaces events instead of duplicating them.
 */
import ICAL from "ical.js";
import type { InterviewRecord } from "../store/schemas.ts";
import { draftFor } from "./drafts.ts";
import { KIND_LABEL } from "./labels.ts";
import { draftContext } from "./reply.ts";
import { offsetAt } from "../wallclock.ts";

/** How long each reminder block sits in the calendar. */
const EVENT_MINUTES = 15;
/** Margin around the plan for which the VTIMEZONE spells out offsets. */
const ZONE_MARGIN_DAYS = 2;
const DAY = 24 * 3600_000;
/**
 * Steps of the scan for offset changes. Two changes less than a week apart
 * would hide each other; the closest in today's rules are about a month apart
 * (Morocco around Ramadan).
 */
const SCAN_STEP = 7 * DAY;

function fmtOffset(min: number): string {
  const sign = min < 0 ? "-" : "+";
  const a = Math.abs(min);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, "0")}${String(a % 60).padStart(2, "0")}`;
}


/**
 * A VTIMEZONE for `zone` covering [from, to]: one observance per offset in
 * force, found by scanning for transitions (the IANA rules live in Intl).
 */
export function vtimezone(zone: string, from: number, to: number): ICAL.Component {
  const tz = new ICAL.Component("vtimezone");
  tz.addPropertyWithValue("tzid", zone);
  const start = from - ZONE_MARGIN_DAYS * DAY;
  const end = to + ZONE_MARGIN_DAYS * DAY;
  let prev = offsetAt(zone, start);
  const observances: Array<{ at: number; fromOff: number; toOff: number }> = [{ at: start, fromOff: prev, toOff: prev }];
  // A step finds a change; a binary search finds its minute.
  for (let step = start + SCAN_STEP; step < end + SCAN_STEP; step += SCAN_STEP) {
    const off = offsetAt(zone, step);
    if (off === prev) continue;
    let lo = step - SCAN_STEP;
    let hi = step;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 2);
      if (offsetAt(zone, mid) === prev) lo = mid;
      else hi = mid;
    }
    observances.push({ at: hi, fromOff: prev, toOff: off });
    prev = off;
  }
  for (const o of observances) {
    const standard = observances.length === 1 || o.toOff <= Math.min(...observances.map((x) => x.toOff));
    const c = new ICAL.Component(standard ? "standard" : "daylight");
    // DTSTART of an observance is the local time just before the change.
    c.addPropertyWithValue("dtstart", ICAL.Time.fromDateTimeString(wallClock(o.at, o.fromOff)));
    c.addPropertyWithValue("tzoffsetfrom", ICAL.UtcOffset.fromString(fmtOffset(o.fromOff).replace(/(\d{2})(\d{2})$/, "$1:$2")));
    c.addPropertyWithValue("tzoffsetto", ICAL.UtcOffset.fromString(fmtOffset(o.toOff).replace(/(\d{2})(\d{2})$/, "$1:$2")));
    tz.addSubcomponent(c);
  }
  return tz;
}

/** The wall clock an instant shows at a UTC offset, as "YYYY-MM-DDTHH:MM:SS". */
function wallClock(at: number, offsetMin: number): string {
  return new Date(at + offsetMin * 60_000).toISOString().slice(0, 19);
}

export function planCalendar(r: InterviewRecord, now: Date, uidDomain: string): string {
  const pending = r.followUps.filter((f) => f.status === "pending");
  const cal = new ICAL.Component(["vcalendar", [], []]);
  cal.addPropertyWithValue("prodid", "-//interview-followups//plan//EN");
  cal.addPropertyWithValue("version", "2.0");
  cal.addPropertyWithValue("method", "PUBLISH");
  cal.addPropertyWithValue("x-wr-calname", `Follow-ups: ${r.role ?? "interview"}${r.company ? ` at ${r.company}` : ""}`);
  const times = pending.map((f) => new Date(f.due).getTime());
  if (times.length) cal.addSubcomponent(vtimezone(r.seekerTimeZone, Math.min(...times), Math.max(...times)));
  const zone = new ICAL.Timezone({ component: cal.getFirstSubcomponent("vtimezone")!, tzid: r.seekerTimeZone });
  const sequence = Math.floor(now.getTime() / 60_000) % 2 ** 31; // grows with each update
  for (const f of pending) {
    const index = r.followUps.indexOf(f);
    const draft = draftFor(f.kind, f.recipient, index, draftContext(r));
    const ev = new ICAL.Component("vevent");
    const event = new ICAL.Event(ev);
    event.uid = `${r.id}-${f.id}@${uidDomain}`;
    event.sequence = sequence;
    event.summary = `${KIND_LABEL[f.kind].plan}${f.recipient ? ` to ${f.recipient.name}` : ""} (${r.company ?? "interview"})`;
    event.description = `${draft.subject}\n\n${draft.body}`;
    ev.addPropertyWithValue("dtstamp", ICAL.Time.fromJSDate(now, true));
    const at = new Date(f.due).getTime();
    const start = ICAL.Time.fromDateTimeString(wallClock(at, offsetAt(r.seekerTimeZone, at)));
    start.zone = zone;
    event.startDate = start;
    const end = start.clone();
    end.addDuration(new ICAL.Duration({ minutes: EVENT_MINUTES }));
    event.endDate = end;
    const alarm = new ICAL.Component("valarm");
    alarm.addPropertyWithValue("action", "DISPLAY");
    alarm.addPropertyWithValue("description", event.summary);
    alarm.addPropertyWithValue("trigger", ICAL.Duration.fromString("-PT0M"));
    ev.addSubcomponent(alarm);
    cal.addSubcomponent(ev);
  }
  return cal.toString().replace(/\r?\n/g, "\r\n");
}
