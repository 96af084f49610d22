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
import { composeTrackedReply } from "../compose/reply.ts";
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

/**
 * The pipeline after MIME parsing, on each sample, as email() runs it; returns
 * what was read (for the test). Synchronous on purpose: whatever waits for a
 * promise would run during the first request instead of at start-up.
 */
export function warmUp(): Extraction[] {
  const out: Extraction[] = [];
  for (const mail of [PROSE, DAY_FIRST, INVITE]) {
    const original = unwrapInline(mail);
    const e = extractFromOriginal(original, { now: NOW, seeker: SEEKER, seekerTimeZone: ZONE, assistantAddress: "assistant@warmup.invalid" });
    out.push(e);
    if (!e.start) continue;
    const record = newRecord("warmup", "<warmup@warmup.invalid>", e, SEEKER, { seekerTimeZone: ZONE }, NOW);
    const reply = composeTrackedReply(record, e);
    const ics = planCalendar(record, NOW, "warmup.invalid");
    buildMime({
      from: { addr: "assistant@warmup.invalid" }, to: SEEKER.email, subject: reply.subject, text: reply.text, html: reply.html,
      messageId: "<warmup-reply@warmup.invalid>", date: NOW, autoSubmitted: "auto-replied",
      attachments: [{ filename: "plan.ics", contentType: "text/calendar", content: ics }],
    });
  }
  return out;
}
