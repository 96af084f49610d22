/**
 * Each field leaves extraction with a confidence (issue 14, point 1): what a label, an invite or
 * the seeker states is sure; what one title word, a lone sentence or a mail without a zone gives is
 * unsure, and the reply asks about it. Each case is one class of evidence, written here.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.ts";
import type { Confidence, ReadField } from "../../src/extract/types.ts";

const NOW = new Date("2026-12-01T15:00:00Z");

function forward(subject: string, body: string[], note = "FYI"): string {
  return ["From: Sam Seeker <sam@seeker.example>", "To: followups@assistant.example", `Subject: Fwd: ${subject}`, "Message-ID: <c@seeker.example>",
    "Content-Type: text/plain; charset=utf-8", "", note, "", "---------- Forwarded message ---------", "From: Ana Reyes <ana@corp.example>",
    "Date: Tue, Dec 1, 2026 at 9:00 AM", `Subject: ${subject}`, "To: <sam@seeker.example>", "", ...body].join("\r\n");
}

type Case = { name: string; subject: string; body: string[]; note?: string; want: Partial<Record<ReadField, Confidence>> };

const cases: Case[] = [
  {
    name: "labels and a zoned time",
    subject: "Interview confirmation",
    body: ["Company: Initech", "Position: Data Engineer", "Interviewers: Priya Natarajan (Engineering Manager)", "When: Tuesday, December 8, 2026 at 3:00 PM UTC"],
    want: { company: "sure", role: "sure", interviewers: "sure", start: "sure" },
  },
  {
    name: "a role and a company from the subject's words alone",
    subject: "Initech - Data Engineer",
    body: ["Hi Sam, your interview is on Tuesday, December 8, 2026 at 3:00 PM UTC.", "Interviewers: Priya Natarajan"],
    want: { company: "unsure", role: "unsure", interviewers: "sure", start: "sure" },
  },
  {
    name: "a person named in a sentence only",
    subject: "Interview confirmation",
    body: ["Company: Initech", "Position: Data Engineer", "On Tuesday, December 8, 2026 at 3:00 PM UTC you'll chat with Priya Natarajan about the team."],
    want: { interviewers: "unsure" },
  },
  {
    name: "a time with no zone",
    subject: "Interview confirmation",
    body: ["Company: Initech", "Position: Data Engineer", "Interviewers: Priya Natarajan", "When: Tuesday, December 8, 2026 at 3:00 PM"],
    want: { start: "unsure" },
  },
  {
    name: "a time in the subject only",
    subject: "Interview Tue Dec 8, 2026 3pm UTC",
    body: ["Company: Initech", "Position: Data Engineer", "Interviewers: Priya Natarajan", "See you then."],
    want: { start: "unsure" },
  },
  {
    name: "what the seeker typed above the forward",
    subject: "Initech - Data Engineer",
    note: "company: Initech\nrole: Data Engineer",
    body: ["Hi Sam, your interview is on Tuesday, December 8, 2026 at 3:00 PM UTC.", "Interviewers: Priya Natarajan"],
    want: { company: "sure", role: "sure" },
  },
  {
    name: "a field that is not there",
    subject: "Interview confirmation",
    body: ["Hi Sam, your interview is on Tuesday, December 8, 2026 at 3:00 PM UTC.", "Interviewers: Priya Natarajan"],
    want: { company: "absent", role: "absent" },
  },
];

describe("confidence of each field", () => {
  it.for(cases)("$name", async (c) => {
    const e = await extract(forward(c.subject, c.body, c.note), { now: NOW, seekerTimeZone: "UTC" });
    expect(e.kind).toBe("interview");
    const got = Object.fromEntries(Object.keys(c.want).map((f) => [f, e.confidence[f as ReadField]]));
    expect(got).toEqual(c.want);
  });
});
