/**
 * Runs the inbound pipeline once, at isolate start-up, on three built-in
 * confirmations (US and European prose, an invite), from unwrapping on. A seeker sends a few mails
 * a day, so most arrive at a fresh isolate, where V8 would first compile every
 * regular expression and function the pipeline touches: 60–100 ms of CPU
 * against a 10 ms budget per email. Start-up has its own one-second limit, so
 * the compiling happens there; the first real mail then costs about half.
 * Pure: no env, KV or clock; a failure here is logged and changes nothing.
 */
import { planCalendar } from "../compose/calendar.ts";
import { buildMime } from "../compose/mime.ts";
import { type ComposedMail, composeNotTrackedReply, composeTrackedReply } from "../compose/reply.ts";
import { type OriginalMail, unwrapInline } from "../extract/forward.ts";
import { extractFromOriginal, type Extraction } from "../extract/index.ts";
import { newRecord } from "./changes.ts";

const NOW = new Date("2026-11-02T15:00:00Z");
const SEEKER = { email: "seeker@warmup.invalid", name: "Sam Rivera" };
const ZONE = "America/New_York";
const OUTER = { from: { name: "Sam Rivera", email: SEEKER.email }, to: [], cc: [], dateText: "Mon, 02 Nov 2026 10:00:00 -0500", forwarded: false };

/** A recruiter's confirmation in prose, forwarded: forward block, chrono, zones, people, company. */
const PROSE: OriginalMail = {
  ...OUTER,
  subject: "Fwd: Interview confirmation: Senior Engineer at Northwind",
  calendars: [],
  body: [
    "---------- Forwarded message ---------",
    "From: Leo Park <leo@northwind.invalid>",
    "Date: Mon, Nov 2, 2026 at 9:12 AM",
    "Subject: Interview confirmation: Senior Engineer at Northwind",
    "To: Sam Rivera <seeker@warmup.invalid>",
    "",
    "Hi Sam,",
    "",
    "You're confirmed for Thursday, November 12, 2026, 1:00 PM - 1:45 PM EST (Eastern Time) for the Senior Engineer role.",
    "You'll meet with Priya Natarajan (Engineering Manager) and Tom Brandt, Staff Engineer.",
    "Interviewers: Ana Silva, Bo Kim",
    "Join Zoom: https://northwind.zoom.invalid/j/123456",
    "Your recruiter, Leo Park (leo@northwind.invalid), will be in touch within two weeks.",
    "",
    "Best,",
    "Leo Park",
    "Recruiter | Northwind",
  ].join("\n"),
};

/** A European confirmation: day-first dates, 24-hour times, an Apple-style Date line with a zone name. */
const DAY_FIRST: OriginalMail = {
  ...OUTER,
  dateText: "24 November 2026 at 10:02:11 CET",
  subject: "Interview - Product Designer - Lumen GmbH",
  calendars: [],
  body: [
    "Dear Sam,",
    "",
    "Thank you for your application for the Product Designer position at Lumen.",
    "We would like to invite you to an interview on 01/12/2026 from 14:00–15:00 CET at our Berlin office.",
    "You will meet Paul Durand (Design Director).",
    "",
    "Kind regards,",
    "Mia Keller",
    "Talent Acquisition | Lumen GmbH",
  ].join("\n"),
};

/** An Outlook invite with a Windows zone name: ical.js, windows-iana, the guest list. */
const INVITE: OriginalMail = {
  ...OUTER,
  subject: "Invitation: Panel interview - Acme Robotics",
  body: "Panel interview with Acme Robotics, 1 December, 10:00-11:00 CET.",
  calendars: [
    [
      "BEGIN:VCALENDAR", "METHOD:REQUEST", "BEGIN:VEVENT", "UID:warmup-1",
      "DTSTART;TZID=W. Europe Standard Time:20261201T100000", "DTEND;TZID=W. Europe Standard Time:20261201T110000",
      "SUMMARY:Panel interview - Acme Robotics", "ORGANIZER;CN=Rae Chen:mailto:rae@acme.invalid",
      "ATTENDEE;CN=Ana Silva;ROLE=REQ-PARTICIPANT:mailto:ana@acme.invalid", "ATTENDEE;CN=Sam Rivera:mailto:seeker@warmup.invalid",
      "END:VEVENT", "END:VCALENDAR",
    ].join("\r\n"),
  ],
};

export type Seeker = { email: string; name: string };

/**
 * The CPU of email() after MIME parsing, without its KV and sending: extract,
 * plan, the reply with its .ics, MIME out. What the start-up warm-up runs and
 * the bench times.
 */
export function answerMime(original: OriginalMail, now: Date, seeker: Seeker, zone: string, assistant: string): { extraction: Extraction; mime: string } {
  const e = extractFromOriginal(original, { now, seeker, seekerTimeZone: zone, assistantAddress: assistant });
  const domain = assistant.split("@")[1]!;
  const mail = (r: ComposedMail, ics?: string) =>
    buildMime({
      from: { addr: assistant }, to: seeker.email, subject: r.subject, text: r.text, html: r.html, messageId: `<reply@${domain}>`, date: now,
      autoSubmitted: "auto-replied", attachments: ics ? [{ filename: "plan.ics", contentType: "text/calendar", content: ics }] : [],
    });
  if (e.kind === "not_interview" || !e.start) return { extraction: e, mime: mail(composeNotTrackedReply(e, seeker.name, zone)) };
  const record = newRecord("pipeline", "<pipeline@invalid>", e, seeker, { seekerTimeZone: zone }, now);
  return { extraction: e, mime: mail(composeTrackedReply(record, e), planCalendar(record, now, domain)) };
}

/**
 * The pipeline after MIME parsing, on each sample; returns what was read (for
 * the test). Synchronous on purpose: whatever waits for a promise would run
 * during the first request instead of at start-up.
 */
export function warmUp(): Extraction[] {
  return [PROSE, DAY_FIRST, INVITE].map((mail) => answerMime(unwrapInline(mail), NOW, SEEKER, ZONE, "assistant@warmup.invalid").extraction);
}
