/**
 * The plan as an .ics file: one VEVENT per pending follow-up, in the seeker's
 * zone, each with a VALARM. UIDs are stable per interview and follow-up, and
 * SEQUENCE grows with each update, so importing a later file replaces events
 * instead of duplicating them. The document is built as jCal and written out
 * by ical.js (escaping, folding, value formats): its component objects cost
 * ten times as much for the same text.
 */
import ICAL from "ical.js";
import type { FollowUp, InterviewRecord } from "../store/schemas.ts";
import { offsetIn, type Span, spansBetween } from "../time/offsets.ts";
import { KIND_LABEL } from "./labels.ts";
import type { Attachment } from "./mime.ts";

/**
 * What the alarm says; the event's title names the follow-up and its
 * description what to do. The drafts stay out of the calendar: the reminder
 * brings the current one (notes and corrections the seeker sends later change
 * it), and a calendar is often shared where mail is not.
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

/** What the event asks of the seeker: the reminder brings the draft, and how to say it went out. */
function description(r: InterviewRecord, f: FollowUp, statusUrl: string | null): string {
  const who = f.recipient ? ` to ${f.recipient.name}${f.recipient.email ? ` <${f.recipient.email}>` : ""}` : "";
  return [
    `${KIND_LABEL[f.kind].due}${who}, about ${r.role ?? "your interview"}${r.company ? ` at ${r.company}` : ""}.`,
    "The reminder with its draft comes by email at this time. Once you have sent it, reply \"sent\" to the reminder, or Bcc the assistant on your note.",
    ...(statusUrl ? [`Everything pending: ${statusUrl}`] : []),
  ].join("\n");
}

const calendarOf = (r: InterviewRecord, method: "PUBLISH" | "CANCEL", components: JCalComponent[]): string =>
  ICAL.stringify([
    "vcalendar",
    [text("prodid", "-//interview-followups//plan//EN"), text("version", "2.0"), text("method", method), ["x-wr-calname", {}, "unknown", `Follow-ups: ${r.role ?? "interview"}${r.company ? ` at ${r.company}` : ""}`]],
    components,
  ] as unknown as Parameters<typeof ICAL.stringify>[0]);

/** UIDs are per interview and follow-up, so a later file (an update, a cancel) finds the same event. */
const uidOf = (r: InterviewRecord, f: FollowUp, uidDomain: string) => `${r.id}-${f.id}@${uidDomain}`;
/** Grows with each file written (minutes since 1970, mod 2³¹), so a calendar takes the newest. */
const sequenceAt = (now: Date) => Math.floor(now.getTime() / MINUTE) % 2 ** 31;

/**
 * METHOD:CANCEL for the events whose follow-ups went away between `before` and `after` (a stop, a rejection,
 * an offer, a cancelled interview): opened, it takes them out of the seeker's calendar. Null when none did.
 */
export function cancelCalendar(before: InterviewRecord, after: InterviewRecord, now: Date, uidDomain: string): string | null {
  const gone = before.followUps.filter((f) => f.status === "pending" && after.followUps.find((g) => g.id === f.id)?.status !== "pending");
  if (gone.length === 0) return null;
  const stamp = now.toISOString().slice(0, 19) + "Z";
  const events = gone.map((f): JCalComponent => [
    "vevent",
    [
      text("uid", uidOf(after, f, uidDomain)),
      ["sequence", {}, "integer", sequenceAt(now)],
      text("summary", `${KIND_LABEL[f.kind].plan}${f.recipient ? ` to ${f.recipient.name}` : ""} (${after.company ?? "interview"})`),
      ["dtstamp", {}, "date-time", stamp],
      ["dtstart", {}, "date-time", f.due.slice(0, 19) + "Z"],
      text("status", "CANCELLED"),
    ],
    [],
  ]);
  return calendarOf(after, "CANCEL", events);
}

/** Events are named under the assistant's own domain. */
const domainOf = (assistant: string) => assistant.split("@")[1]!;

/** The plan as the attachment every answer that makes or moves it carries. */
export function planAttachment(r: InterviewRecord, now: Date, assistant: string, statusUrl: string | null = null): Attachment {
  return { filename: "follow-up-plan.ics", contentType: "text/calendar", content: planCalendar(r, now, domainOf(assistant), statusUrl) };
}

/** The METHOD:CANCEL file for what a change took out of the plan, as an attachment; none when it took nothing. */
export function cancelAttachments(before: InterviewRecord, after: InterviewRecord, now: Date, assistant: string): Attachment[] {
  const ics = cancelCalendar(before, after, now, domainOf(assistant));
  return ics ? [{ filename: "follow-ups-cancelled.ics", contentType: "text/calendar; method=CANCEL", content: ics }] : [];
}

/**
 * The calendar files a change to the plan calls for, and a line saying what each does: METHOD:CANCEL for
 * follow-ups it took out, the plan again (a later SEQUENCE) when it moved pending ones. Empty when neither.
 */
export function calendarChanges(before: InterviewRecord, after: InterviewRecord, now: Date, assistant: string): { attachments: Attachment[]; lines: string[] } {
  const attachments = cancelAttachments(before, after, now, assistant);
  const lines = attachments.length ? ["The attached calendar file takes the cancelled follow-ups out of your calendar."] : [];
  const moved = after.followUps.some((f) => f.status === "pending" && before.followUps.find((g) => g.id === f.id)?.due !== f.due);
  if (moved) {
    attachments.push(planAttachment(after, now, assistant));
    lines.push("The attached calendar file moves the changed follow-ups in your calendar.");
  }
  return { attachments, lines };
}

/** `statusUrl`: the seeker's status page, written into each event's description. */
export function planCalendar(r: InterviewRecord, now: Date, uidDomain: string, statusUrl: string | null = null): string {
  const zone = r.seekerTimeZone;
  const pending = r.followUps.filter((f) => f.status === "pending");
  const times = pending.map((f) => new Date(f.due).getTime());
  const spans = times.length ? spansBetween(zone, Math.min(...times) - ZONE_MARGIN_MS, Math.max(...times) + ZONE_MARGIN_MS) : [];
  const sequence = sequenceAt(now);
  const stamp = now.toISOString().slice(0, 19) + "Z";
  const events = pending.map((f, i): JCalComponent => {
    const summary = `${KIND_LABEL[f.kind].plan}${f.recipient ? ` to ${f.recipient.name}` : ""} (${r.company ?? "interview"})`;
    const at = times[i]!;
    const local = (ms: number) => wallClock(ms, offsetIn(spans, ms));
    return [
      "vevent",
      [
        text("uid", uidOf(r, f, uidDomain)),
        ["sequence", {}, "integer", sequence],
        text("summary", summary),
        text("description", description(r, f, statusUrl)),
        ["dtstamp", {}, "date-time", stamp],
        ["dtstart", { tzid: zone }, "date-time", local(at)],
        ["dtend", { tzid: zone }, "date-time", local(at + EVENT_MINUTES * MINUTE)],
      ],
      [["valarm", [text("action", "DISPLAY"), text("description", ALARM), ["trigger", {}, "duration", "PT0S"]], []]],
    ];
  });
  return calendarOf(r, "PUBLISH", [...(spans.length ? [vtimezone(zone, spans)] : []), ...events]);
}
