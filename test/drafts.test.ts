import { describe, expect, it } from "vitest";
import {
  type Draft,
  type DraftContext,
  PLACEHOLDER,
  checkInDraft,
  linkedInNote,
  mailtoLink,
  moreInfoReplyDraft,
  offerReplyDraft,
  recruiterThankYouDraft,
  rejectionReplyDraft,
  statusInquiryDraft,
  thankYouDraft,
  topicOf,
} from "../src/compose/drafts.ts";
import { styleViolations } from "../src/compose/style.ts";
import { extract } from "../src/extract/index.ts";
import { cases } from "./support/mail.ts";

const interviews = cases.filter((c) => c.expected.kind === "interview").slice(0, 8);

async function contexts(): Promise<Array<{ name: string; ctx: DraftContext; people: NonNullable<Draft["to"]>[] }>> {
  return Promise.all(
    interviews.map(async (c) => {
      const e = await extract(c.raw, { now: new Date(c.expected.received_at), seekerTimeZone: "Europe/London" });
      const ctx: DraftContext = { company: e.company, role: e.role, start: e.start!, seekerName: c.expected.seeker.name, seekerTimeZone: "Europe/London", notes: null, format: e.meetingUrl ? "video" : "onsite" };
      return { name: c.name, ctx, people: [...e.interviewers, ...e.contacts] };
    }),
  );
}

const KINDS: Array<[string, (to: Draft["to"], ctx: DraftContext, i: number) => Draft]> = [
  ["thank-you", (to, ctx, i) => thankYouDraft(to, i, ctx)],
  ["late thank-you", (to, ctx, i) => thankYouDraft(to, i, { ...ctx, late: true })],
  ["thank-you with notes", (to, ctx, i) => thankYouDraft(to, i, { ...ctx, notes: "the migration to event sourcing" })],
  ["recruiter thank-you", (to, ctx) => recruiterThankYouDraft(to, ctx)],
  ["first inquiry", (to, ctx) => statusInquiryDraft(to, 1, ctx)],
  ["second inquiry", (to, ctx) => statusInquiryDraft(to, 2, ctx)],
  ["check-in", (to, ctx) => checkInDraft(to, ctx)],
  ["rejection reply", (to, ctx) => rejectionReplyDraft(to, ctx)],
  ["offer reply", (to, ctx) => offerReplyDraft(to, ctx)],
  ["more-information reply", (to, ctx) => moreInfoReplyDraft(to, ctx)],
];

describe("drafts", () => {
  it.for(KINDS)("%s drafts keep the style rules for every interview and recipient", async ([, make]) => {
    for (const { name, ctx, people } of await contexts()) {
      for (const [i, to] of [...people, null].entries()) {
        const d = make(to, ctx, i);
        expect({ name, to: to?.name, rules: styleViolations(d.body) }).toEqual({ name, to: to?.name, rules: [] });
        expect(d.subject).not.toMatch(/undefined|null|\[/);
        expect(d.body.split(PLACEHOLDER).length - 1).toBeLessThanOrEqual(1);
      }
    }
  });

  it("LinkedIn notes fit in 300 characters and keep the rules", async () => {
    for (const { ctx, people } of await contexts()) {
      for (const to of people) {
        const d = linkedInNote(to, { ...ctx, role: `${ctx.role} and a very long specialisation name that goes on and on`.repeat(3) });
        expect(d.body.length).toBeLessThanOrEqual(300);
        expect(styleViolations(d.body, { linkedIn: true })).toEqual([]);
        expect(mailtoLink(d)).toBeNull(); // a LinkedIn note is not sent by mail
      }
    }
  });

  it("gives each panel member a different opening", async () => {
    const { ctx, people } = (await contexts()).find((x) => x.people.length >= 3)!;
    const openings = people.map((p, i) => thankYouDraft(p, i, ctx).body.split("\n\n")[1]!.replace(p.name, ""));
    expect(new Set(openings).size).toBe(openings.length);
  });

  it("greets by first name, or by full name in the formal register for senior roles", () => {
    const base: DraftContext = { company: "Acme", role: "Staff Engineer", start: "2026-12-03T15:00:00Z", seekerName: "Sam Rivera", seekerTimeZone: "UTC", notes: null };
    const jane = { name: "Jane Doe", email: "jane@acme.example", title: null };
    expect(thankYouDraft(jane, 0, base).body).toMatch(/^Hi Jane,\n/);
    const exec = thankYouDraft(jane, 0, { ...base, role: "VP of Engineering" });
    expect(exec.body).toMatch(/^Dear Jane Doe,\n/);
    expect(exec.body).toMatch(/Kind regards,\nSam Rivera$/);
    expect(thankYouDraft(jane, 0, base).subject).toBe("Thank you – Staff Engineer interview – Sam Rivera");
  });

  it("mentions the interviewer's title and how the interview was held", () => {
    const ctx: DraftContext = { company: "Acme", role: "Staff Engineer", start: "2026-12-03T15:00:00Z", seekerName: "Sam Rivera", seekerTimeZone: "UTC", notes: null, format: "video" };
    const d = thankYouDraft({ name: "Jane Doe", email: null, title: "Head of Platform" }, 0, ctx);
    expect(d.body).toContain("during our video call on Thursday");
    expect(d.body).toContain("as Head of Platform");
    expect(thankYouDraft(null, 1, { ...ctx, format: "onsite" }).body).toContain("during my visit on Thursday");
  });

  it("uses the seeker's notes instead of the placeholder", () => {
    const ctx: DraftContext = { company: "Acme", role: "Staff Engineer", start: "2026-12-03T15:00:00Z", seekerName: "Sam Rivera", seekerTimeZone: "UTC", notes: "the on-call redesign." };
    const d = thankYouDraft(null, 0, ctx);
    expect(d.body).toContain("our conversation about the on-call redesign.");
    expect(d.body).not.toContain(PLACEHOLDER);
  });

  it.for([
    ["we discussed the data pipeline migration", "the data pipeline migration"],
    ["We talked about how the team handles on-call. It was fun.", "how the team handles on-call"],
    ["The Kafka migration", "the Kafka migration"],
    ["Kubernetes cost controls!", "Kubernetes cost controls"],
    ["our conversation about pricing experiments", "pricing experiments"],
    ["discussed the roadmap for Q3", "the roadmap for Q3"],
  ] as const)("a note's topic is woven in: %j → %j", ([note, topic]) => {
    expect(topicOf(note)).toBe(topic);
    const ctx: DraftContext = { company: "Acme", role: "Engineer", start: "2026-12-03T15:00:00Z", seekerName: "Sam Rivera", seekerTimeZone: "UTC", notes: note };
    expect(thankYouDraft(null, 0, ctx).body).toContain(`our conversation about ${topic}.`);
    expect(thankYouDraft(null, 0, ctx).body).not.toMatch(/about (we|discussed|our conversation)\b/i);
  });

  it("a note for one interviewer goes in that person's draft only", () => {
    const ana = { name: "Ana Silva", email: null, title: null };
    const bo = { name: "Bo Kim", email: null, title: null };
    const ctx: DraftContext = { company: "Acme", role: "Engineer", start: "2026-12-03T15:00:00Z", seekerName: "Sam", seekerTimeZone: "UTC", notes: null, personNotes: { "ana silva": "we discussed her team's SLOs" } };
    expect(thankYouDraft(ana, 0, ctx).body).toContain("our conversation about her team's SLOs");
    expect(thankYouDraft(bo, 1, ctx).body).toContain(PLACEHOLDER);
  });

  it("builds an RFC 6068 mailto link that round-trips subject and body", () => {
    const d = thankYouDraft({ name: "Jane Doe", email: "jane+hr@acme.example", title: null }, 0, { company: "A & B", role: "Engineer", start: "2026-12-03T15:00:00Z", seekerName: "Sam", seekerTimeZone: "UTC", notes: "costs?&=#" });
    const url = new URL(mailtoLink(d)!);
    expect(decodeURIComponent(url.pathname)).toBe("jane+hr@acme.example");
    expect(url.searchParams.get("subject")).toBe(d.subject);
    expect(url.searchParams.get("body")).toBe(d.body.replace(/\n/g, "\r\n"));
    expect(mailtoLink({ ...d, to: { name: "X", email: null, title: null } })).toBeNull();
  });

  it("the style check catches what it should", () => {
    const ok = `Hi Jane,\n\n${"word ".repeat(60)}\n\nBest regards,\nSam`;
    expect(styleViolations(ok)).toEqual([]);
    expect(styleViolations(ok.replace("word", "word!"))).toContain("exclamation");
    expect(styleViolations(ok.replace("word", "just checking in"))).toContain("pushy");
    expect(styleViolations(ok.replace("word", "[company]"))).toContain("unfilled_token");
    expect(styleViolations(ok.replace("word", "a? b? c?"))).toContain("questions");
    expect(styleViolations(ok.replace("word", ":)"))).toContain("emoticon");
    expect(styleViolations("Hi Jane,\n\nshort\n\nBest regards,\nSam")).toContain("length");
  });
});

describe("the interviewer's day, the seeker's spelling", () => {
  // Wednesday 09:30 in Bengaluru is Tuesday 11 PM in New York.
  const base: DraftContext = { company: "Kestrel", role: "Data Engineer", start: "2026-12-02T04:00:00.000Z", seekerName: "Sam Rivera", seekerTimeZone: "America/New_York", notes: null, format: "video" };
  const ana = { name: "Ana Rao", email: "ana@kestrel.example", title: null };

  it.for([
    ["the invite's zone", { interviewZone: "Asia/Kolkata" }, "Wednesday", "December 2"],
    ["no zone known: the seeker's", { interviewZone: null }, "Tuesday", "December 1"],
  ] as const)("speaks in %s", ([, over, day, date]) => {
    const ctx = { ...base, ...over };
    expect(thankYouDraft(ana, 0, ctx).body).toContain(day);
    expect(statusInquiryDraft(ana, 1, ctx).body).toContain(date);
  });

  it.for([
    ["America/New_York", "organized", "apologize"],
    ["Europe/London", "organised", "apologise"],
  ] as const)("a seeker in %s writes %s", ([zone, organized, apologize]) => {
    const ctx = { ...base, seekerTimeZone: zone, late: true };
    expect(recruiterThankYouDraft(ana, ctx).body).toContain(`well ${organized}`);
    expect(thankYouDraft(ana, 0, ctx).body).toContain(`I ${apologize} for the delay`);
  });
});
