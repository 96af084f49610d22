/**
 * The plan as an .ics file: one VEVENT per pending follow-up, in the seeker's
 * zone, each with a VALARM. UIDs are stable per interview and follow-up, and
 * SEQUENCE grows with each update, so importing a later file replaces events
 * instead of duplicating them. The document is built as jCal and written out
 * by ical.js (escaping, folding, value formats): its component objects cost
 * ten times as much for the same text.
 */
import ICAL from "ical.js";
import type { InterviewRecord } from "../store/schemas.ts";
import { offsetIn, type Span, spansBetween } from "../time/offsets.ts";
import { KIND_LABEL } from "./labels.ts";

/**
 * What the alarm says; the event's title names the follow-up. The drafts stay
 * out of the calendar: the reminder brings the current one (notes and
 * corrections the seeker sends later change it), and a calendar is often
 * shared where mail is not.
 */
const ALARM = "Follow-up due: its draft comes by email.";
/** How long each reminder block sits in the calendar. */
const EVENT_MINUTES = 15;
/** Margin around the plan for which the VTIMEZONE spells out offsets. */
const ZONE_MARGIN_MS = 2 * 24 * 3600_000;
const MINUTE = 60_000;

type JCalProperty = [string, Record<string, string>, string, string | number];
type JCalComponent = [string, JCalProperty[], JCalComponent[]];

const text = (name: string, value: string): JCalProperty => [name, {}, "text", value];

/** "+05:30": jCal's form of a UTC offset. */
function fmtOffset(min: number): string {
  const a = Math.abs(min);
  return `${min < 0 ? "-" : "+"}${String(Math.floor(a / 60)).padStart(2, "0")}:${String(a % 60).padStart(2, "0")}`;
}

/** The wall clock an instant shows at a UTC offset, as jCal's "YYYY-MM-DDTHH:MM:SS". */
function wallClock(at: number, offsetMin: number): string {
  return new Date(at + offsetMin * MINUTE).toISOString().slice(0, 19);
}

/** A VTIMEZONE with one STANDARD or DAYLIGHT part per offset in force. */
function vtimezone(zone: string, spans: Span[]): JCalComponent {
  const lowest = Math.min(...spans.map((s) => s.offset));
  const parts = spans.map((s, i): JCalComponent => {
    const before = spans[i - 1]?.offset ?? s.offset;
    return [
      spans.length === 1 || s.offset <= lowest ? "standard" : "daylight",
      [
        // DTSTART of an observance is the local time just before the change.
        ["dtstart", {}, "date-time", wallClock(s.from, before)],
        ["tzoffsetfrom", {}, "utc-offset", fmtOffset(before)],
        ["tzoffsetto", {}, "utc-offset", fmtOffset(s.offset)],
      ],
      [],
    ];
  });
  return ["vtimezone", [text("tzid", zone)], parts];
}

export function planCalendar(r: InterviewRecord, now: Date, uidDomain: string): string {
  const zone = r.seekerTimeZone;
  const pending = r.followUps.filter((f) => f.status === "pending");
  const times = pending.map((f) => new Date(f.due).getTime());
  const spans = times.length ? spansBetween(zone, Math.min(...times) - ZONE_MARGIN_MS, Math.max(...times) + ZONE_MARGIN_MS) : [];
  const sequence = Math.floor(now.getTime() / MINUTE) % 2 ** 31; // grows with each update
  const stamp = now.toISOString().slice(0, 19) + "Z";
  const events = pending.map((f, i): JCalComponent => {
    const summary = `${KIND_LABEL[f.kind].plan}${f.recipient ? ` to ${f.recipient.name}` : ""} (${r.company ?? "interview"})`;
    const at = times[i]!;
    const local = (ms: number) => wallClock(ms, offsetIn(spans, ms));
    return [
      "vevent",
      [
        text("uid", `${r.id}-${f.id}@${uidDomain}`),
        ["sequence", {}, "integer", sequence],
        text("summary", summary),
        ["dtstamp", {}, "date-time", stamp],
        ["dtstart", { tzid: zone }, "date-time", local(at)],
        ["dtend", { tzid: zone }, "date-time", local(at + EVENT_MINUTES * MINUTE)],
      ],
      [["valarm", [text("action", "DISPLAY"), text("description", ALARM), ["trigger", {}, "duration", "PT0S"]], []]],
    ];
  });
  const calendar: JCalComponent = [
    "vcalendar",
    [text("prodid", "-//interview-followups//plan//EN"), text("version", "2.0"), text("method", "PUBLISH"), ["x-wr-calname", {}, "unknown", `Follow-ups: ${r.role ?? "interview"}${r.company ? ` at ${r.company}` : ""}`]],
    [...(spans.length ? [vtimezone(zone, spans)] : []), ...events],
  ];
  return ICAL.stringify(calendar as unknown as Parameters<typeof ICAL.stringify>[0]);
}
