/**
 * What is an interview: a dated mail is tracked only with evidence that it is about a job interview
 * (issue 14, point 5). Each case is one class of mail, written here.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.ts";

const NOW = new Date("2026-12-01T15:00:00Z");
type Case = { name: string; subject: string; note?: string; from?: string; body: string[]; ics?: string; kind: string; reason?: string | null };

const invite = (summary: string) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT", "UID:e1@x.example", "DTSTART:20261208T150000Z", "DTEND:20261208T160000Z",
    `SUMMARY:${summary}`, "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sam:mailto:sam@seeker.example", "END:VEVENT", "END:VCALENDAR"].join("\r\n");

const cases: Case[] = [
  { name: "a dentist's invite", subject: "Appointment confirmed", body: ["Your cleaning is booked."], ics: invite("Cleaning with Dr. Weiss"), kind: "not_interview", reason: "not_about_interview" },
  { name: "a community call invite", subject: "Invitation: Storage SIG call", body: ["Agenda in the doc."], ics: invite("Storage SIG call"), kind: "not_interview", reason: "not_about_interview" },
  { name: "an open house that mentions interviews", subject: "Virtual Open House: meet the team", body: ["Join us Tuesday, December 8 at 3pm UTC. Interviews are not held at this event."], kind: "not_interview", reason: "not_about_interview" },
  { name: "a webinar in German", subject: "Einladung zum Webinar", body: ["Am Dienstag, 8. Dezember 2026 um 15:00 UTC."], ics: invite("Webinar: Cloud-Kosten"), kind: "not_interview", reason: "not_about_interview" },
  // No date is read from a mail without hiring words: untracked either way, it asks for "track", not for a date.
  { name: "a list mail with no date", subject: "[dev] Re: patch v2 for the parser", body: ["Thanks, applied to main.", "", "Bo"], kind: "not_interview", reason: "not_about_interview" },
  { name: "a list mail with a date", subject: "[dev] Sync moved", body: ["The sync is now Tuesday, December 8 at 3pm UTC.", "", "Bo"], kind: "not_interview", reason: "not_about_interview" },
  { name: "a recruiter's call with no word 'interview'", subject: "Next steps", body: ["Hi Sam, Tuesday, December 8 at 3pm UTC works for a call with our Head of Data.", "", "Ana Reyes", "Technical Recruiter, Corp"], kind: "interview" },
  { name: "an invite the seeker calls an interview", subject: "Invitation: Platform work group", note: "Forwarding the invite for my interview.", body: ["You have been invited."], ics: invite("Platform work group"), kind: "interview" },
  { name: "a Spanish interview", subject: "Entrevista", body: ["Hola Sam, te esperamos el martes 8 de diciembre a las 15:00 UTC."], ics: invite("Entrevista con Ana"), kind: "interview" },
  { name: "a Japanese interview", subject: "面接のご案内", body: ["12月8日 15:00 UTC"], ics: invite("一次面接"), kind: "interview" },
  { name: "an applicant-tracking sender", subject: "Your call on Tuesday", from: "no-reply@greenhouse.example", body: ["See you then."], ics: invite("Call: Sam / Corp"), kind: "interview" },
  { name: "an online assessment with a deadline", subject: "Corp invited you to an online assessment", body: ["Take the coding assessment for the Backend Engineer role.", "Duration: 60 minutes", "Complete by: Dec 8, 11:59 PM UTC"], kind: "not_interview", reason: "assessment" },
  { name: "an interview whose agenda holds a technical assessment", subject: "Interview confirmed", body: ["Your interview is confirmed for Tuesday, December 8 at 3pm UTC.", "It includes a short technical assessment; no need to submit anything by a deadline beforehand."], kind: "interview" },
  { name: "a dentist the seeker says to track", subject: "Appointment confirmed", note: "track", body: ["Your cleaning is booked."], ics: invite("Cleaning"), kind: "interview" },
];

function mail(c: Case): string {
  const b = "b1";
  const text = [c.note ?? "FYI", "", "---------- Forwarded message ---------", `From: Ana Reyes <${c.from ?? "ana@corp.example"}>`, "Date: Tue, Dec 1, 2026 at 9:00 AM",
    `Subject: ${c.subject}`, "To: <sam@seeker.example>", "", ...c.body].join("\r\n");
  const head = ["From: Sam Seeker <sam@seeker.example>", "To: followups@assistant.example", `Subject: Fwd: ${c.subject}`, "Message-ID: <e@seeker.example>", "MIME-Version: 1.0"];
  if (!c.ics) return [...head, "Content-Type: text/plain; charset=utf-8", "", text].join("\r\n");
  return [...head, `Content-Type: multipart/mixed; boundary="${b}"`, "", `--${b}`, "Content-Type: text/plain; charset=utf-8", "", text, `--${b}`,
    "Content-Type: text/calendar; method=REQUEST", "", c.ics, `--${b}--`, ""].join("\r\n");
}

describe("tracked only with evidence of an interview", () => {
  it.for(cases)("$name → $kind", async (c) => {
    const got = await extract(mail(c), { now: NOW, seekerTimeZone: "UTC", assistantAddress: "followups@assistant.example" });
    expect(got.kind).toBe(c.kind);
    if (c.reason !== undefined) expect(got.notInterviewReason).toBe(c.reason);
    if (c.kind === "interview") expect(got.start).toBe("2026-12-08T15:00:00.000Z");
  });
});

// A mail with no word of hiring is not read for people or company (issue 18: most of a long mail's cost); the
// seeker's "track" reads them, so the interview they track has its company.
describe("people and company are read only for mail about hiring", () => {
  const clinic: Case = {
    name: "clinic", subject: "Appointment confirmed", from: "appointments@maplegrove.example", kind: "",
    body: ["Your cleaning is booked for Tuesday, December 8 at 3pm UTC.", "", "Sent by Brightline Messaging on behalf of Maple Grove Dental."],
  };
  it.for([
    { note: "FYI", kind: "not_interview", company: null },
    { note: "track", kind: "interview", company: "Maple Grove Dental" },
  ])("note $note → $kind, company $company", async ({ note, kind, company }) => {
    const got = await extract(mail({ ...clinic, note }), { now: NOW, seekerTimeZone: "UTC", assistantAddress: "followups@assistant.example" });
    expect(got.kind).toBe(kind);
    expect(got.company).toBe(company);
  });
});
