/**
 * A reply thread the seeker forwards (issue 14, class "a change accepted in a reply thread"): the seeker's
 * short yes, the proposal it quotes, the first confirmation under that. Examples written here.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.ts";
import { findWhen } from "../../src/extract/when.ts";

const thread = (answer: string[]) =>
  ["From: Sam Seeker <sam@seeker.example>", "To: followups@assistant.example", "Subject: Fwd: Re: Interview confirmation", "Message-ID: <t@s.example>", "",
    "Update below.", "", "---------- Forwarded message ---------", "From: Sam Seeker <sam@seeker.example>", "Date: Thu, Dec 10, 2026 at 9:12 AM",
    "Subject: Re: Interview confirmation", "To: Ana Reyes <ana@corp.example>", "", ...answer, "",
    "On Wed, Dec 9, 2026 at 4:40 PM Ana Reyes <ana@corp.example> wrote:", "", "> Hi Sam,", ">",
    "> Omar has a conflict on Tuesday. Instead of Tuesday, could we do Thursday, December 17 at the same time (2pm CT)? Same Zoom link, same 45 minutes with Omar.",
    ">", "> Ana Reyes", "> Senior Recruiter | Corvid Freight", ">", "> On Mon, Dec 7, 2026 at 11:03 AM Ana Reyes <ana@corp.example> wrote:", ">",
    ">> Happy to confirm your interview with Omar Haddad, our Director of Data, on Tuesday, December 15 at 2:00pm CT.",
    ">> It's a 45-minute video call: https://corvid.zoom.us/j/93310475528", ">>", ">> Ana Reyes"].join("\r\n");

describe("a change the seeker accepted in a reply thread", () => {
  it("reads the proposal they said yes to, and what it keeps from the first mail", async () => {
    const got = await extract(thread(["Thursday works! See you then.", "", "Sam"]), { now: new Date("2026-12-10T15:20:00Z"), seekerTimeZone: "America/Chicago" });
    expect({ kind: got.kind, start: got.start, end: got.end, url: got.meetingUrl, company: got.company, people: got.interviewers.map((p) => p.name) }).toEqual({
      kind: "reschedule",
      start: "2026-12-17T20:00:00.000Z",
      end: "2026-12-17T20:45:00.000Z",
      url: "https://corvid.zoom.us/j/93310475528",
      company: "Corvid Freight",
      people: ["Omar Haddad"],
    });
    expect(got.contacts.map((p) => [p.name, p.email])).toEqual([["Ana Reyes", "ana@corp.example"]]);
  });

  it("does not read a long answer of the seeker's as a yes to the quoted mail", async () => {
    const long = "I'm sorry, but Thursday does not work for me at all this week. ".repeat(6);
    const got = await extract(thread([long]), { now: new Date("2026-12-10T15:20:00Z"), seekerTimeZone: "America/Chicago" });
    expect(got.start).not.toBe("2026-12-17T20:00:00.000Z");
  });
});

describe("old and new times in one sentence", () => {
  const opts = { reference: { year: 2026, month: 12, day: 9, hour: 9, minute: 0 }, notBefore: new Date("2026-12-08T00:00:00Z"), defaultZone: "UTC", cancellation: false };
  it.for([
    ["'instead of', then the new slot", "Instead of Tuesday, could we do Thursday, December 17 at 2pm CT?", "2026-12-17T20:00:00.000Z"],
    ["'moved to' after the old slot", "Your interview, previously on Tuesday, has moved to Thursday, December 17 at 2pm CT.", "2026-12-17T20:00:00.000Z"],
  ] as const)("%s", ([, text, start]) => {
    expect(findWhen(text, opts)?.start.toISOString()).toBe(start);
  });

  it("still skips a time its sentence calls old", () => {
    expect(findWhen("We were originally scheduled for Tuesday, December 15 at 2pm CT.", opts)).toBeNull();
  });
});
