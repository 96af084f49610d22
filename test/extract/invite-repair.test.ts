/**
 * Invites as real calendar writers damage them (issue 14, point 4): one bad line must not lose the invite,
 * and a zone the file names must resolve or be marked assumed. Each case is one class, written here.
 */
import { describe, expect, it } from "vitest";
import { readInvite } from "../../src/extract/ics.ts";

const cal = (...event: string[]) => ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", ...event].join("\r\n");
const ev = (...lines: string[]) => ["BEGIN:VEVENT", "UID:u1@x.example", "SUMMARY:Interview", ...lines, "END:VEVENT"];
const END = "END:VCALENDAR";

type Case = { name: string; ics: string; start: string; end?: string | null; zone?: string | null; assumed?: boolean };
const cases: Case[] = [
  { name: "a fold the writer lost (description runs on without a space)", ics: cal(...ev("DTSTART:20261208T150000Z", "DESCRIPTION:Agenda:", "bring your portfolio", "DTEND:20261208T160000Z"), END), start: "2026-12-08T15:00:00.000Z", end: "2026-12-08T16:00:00.000Z" },
  { name: "a stray NAME=value line", ics: cal(...ev("DTSTART:20261208T150000Z", "X-APPLE-RADIUS=49.9")), start: "2026-12-08T15:00:00.000Z" },
  { name: "a parameter with no value", ics: cal(...ev("DTSTART:20261208T150000Z", "ORGANIZER;CN=Acme SE;Main St:mailto:a@acme.example")), start: "2026-12-08T15:00:00.000Z" },
  { name: "Exchange's quote around the TZID and the value", ics: cal(...ev('DTSTART;TZID="W. Europe Standard Time:20261208T150000"'), END), start: "2026-12-08T14:00:00.000Z", zone: "Europe/Berlin" },
  { name: "text after END:VCALENDAR", ics: cal(...ev("DTSTART:20261208T150000Z"), END, "--", "Sent from my phone") , start: "2026-12-08T15:00:00.000Z" },
  { name: "a calendar never closed", ics: cal("BEGIN:VEVENT", "UID:u@x", "DTSTART:20261208T150000Z"), start: "2026-12-08T15:00:00.000Z" },
  { name: "an END with no BEGIN before the event", ics: cal("END:VALARM", ...ev("DTSTART:20261208T150000Z"), END), start: "2026-12-08T15:00:00.000Z" },
  { name: "an end that is no date (DTEND:None)", ics: cal(...ev("DTSTART:20261208T150000Z", "DTEND:None"), END), start: "2026-12-08T15:00:00.000Z", end: null },
  { name: "seconds in the start", ics: cal(...ev("DTSTART:20261208T150025Z"), END), start: "2026-12-08T15:00:25.000Z" },
  { name: "a tz alias (Japan)", ics: cal(...ev("DTSTART;TZID=Japan:20261208T150000"), END), start: "2026-12-08T06:00:00.000Z", zone: "Japan" },
  { name: "a Windows display name", ics: cal(...ev("DTSTART;TZID=\"(UTC+07:00) Bangkok, Hanoi, Jakarta\":20261208T150000"), END), start: "2026-12-08T08:00:00.000Z", zone: "Asia/Bangkok" },
  {
    name: "a VTIMEZONE padded with a space on both sides",
    ics: cal("BEGIN:VTIMEZONE", "TZID: 1", "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "END:STANDARD", "END:VTIMEZONE", ...ev('DTSTART;TZID=" 1":20261208T150000'), END),
    start: "2026-12-08T12:00:00.000Z",
  },
  {
    name: "a VTIMEZONE defined by RDATEs only",
    ics: cal("BEGIN:VTIMEZONE", "TZID:Custom", "BEGIN:STANDARD", "DTSTART:20261101T020000", "RDATE:20261101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
      "BEGIN:DAYLIGHT", "DTSTART:20260308T020000", "RDATE:20260308T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT", "END:VTIMEZONE", ...ev("DTSTART;TZID=Custom:20261208T150000"), END),
    start: "2026-12-08T20:00:00.000Z",
  },
  { name: "a TZID nothing resolves, read in the seeker's zone and marked assumed", ics: cal(...ev("DTSTART;TZID=Planet Nine Time:20261208T150000"), END), start: "2026-12-08T15:00:00.000Z", zone: null, assumed: true },
];

describe("invites survive the damage real writers do", () => {
  it.for(cases)("$name", (c) => {
    const inv = readInvite(c.ics, "UTC");
    expect(inv?.start?.toISOString()).toBe(c.start);
    if (c.end !== undefined) expect(inv?.end?.toISOString() ?? null).toBe(c.end);
    if (c.zone !== undefined) expect(inv?.zone).toBe(c.zone);
    expect(inv?.zoneAssumed).toBe(c.assumed ?? false);
  });
});

describe("an all-day invite", () => {
  it("takes its day from the invite and its hours from the mail's words", async () => {
    const { extract } = await import("../../src/extract/index.ts");
    const b = "b1";
    const ics = cal(...ev("DTSTART;VALUE=DATE:20261210", "DTEND;VALUE=DATE:20261211"), END);
    const raw = ["From: Sam <sam@seeker.example>", "To: followups@assistant.example", "Subject: Fwd: Onsite interview", "Message-ID: <a@s.example>", `Content-Type: multipart/mixed; boundary="${b}"`, "",
      `--${b}`, "Content-Type: text/plain", "", "---------- Forwarded message ---------", "From: Ana <ana@corp.example>", "Date: Tue, Dec 1, 2026 at 9:00 AM", "Subject: Onsite interview", "",
      "Your onsite interview on Thursday, December 10 runs 9:00 AM - 3:00 PM ET.", `--${b}`, "Content-Type: text/calendar", "", ics, `--${b}--`].join("\r\n");
    const got = await extract(raw, { now: new Date("2026-12-01T15:00:00Z"), seekerTimeZone: "UTC" });
    expect(readInvite(ics, "UTC")?.allDay).toBe(true);
    expect([got.start, got.end, got.timeZone]).toEqual(["2026-12-10T14:00:00.000Z", "2026-12-10T20:00:00.000Z", "America/New_York"]);
  });
});
