/**
 * Two moments of the advice that sit outside the chase, through the worker's real entry points: the morning of the
 * interview (what to ask before leaving; the answers, replied, time and route the inquiries) and the stay-in-touch
 * note some months after a rejection.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { corpusCase, parseMail, recordingMailer } from "./support/mail.ts";
import { allKeys, clearKv, deliver, storedRecord, testEnv, tick } from "./support/worker.ts";

beforeEach(clearKv);

const c001 = corpusCase("001"); // Halcyon Freight, Thu Nov 12 1 PM New York, Marcus Bell; Rachel Whitford recruits
const seeker = c001.expected.seeker.email;
const MORNING = "2026-11-12T12:00:00Z"; // 7 AM in New York on the interview's day

function replyTo(m: { messageId?: string; subject?: string }, lines: string[], id: string): string {
  return [`From: Jordan <${seeker}>`, "To: followups@assistant.example", `Subject: Re: ${m.subject ?? ""}`, `Message-ID: <${id}@test>`,
    `In-Reply-To: ${m.messageId}`, `References: ${m.messageId}`, "", ...lines, ""].join("\r\n");
}

describe("the interview's morning", () => {
  it("brings what to ask before leaving; the answers, replied, time and route the inquiries", async () => {
    await deliver(c001.raw, seeker, c001.expected.received_at);
    const { mailer, sent } = recordingMailer();
    const e = testEnv({ REMINDERS: mailer });
    await tick(MORNING, e);
    expect(sent).toHaveLength(1);
    const prep = await parseMail(sent[0]!.raw);
    expect(prep.subject).toMatch(/^Interview today: what to ask before you leave – .*Halcyon Freight/);
    expect(prep.text).toContain("What are the next steps, and when do you expect to decide?");
    expect(prep.text).toContain('"Is Rachel Whitford the best person to follow up with?"');
    expect(prep.text).not.toMatch(/Mark as sent/); // nothing to send: no links that would mark it
    const before = (await storedRecord()).followUps.find((f) => f.id === "inquiry-1")!;

    const answered = await deliver(replyTo(prep, ["timeline: within two weeks", "contact: Dana Cho <dana.cho@halcyonfreight.example>"], "prep-answers"), seeker, "2026-11-12T20:00:00Z");
    const answer = (await parseMail(answered.replies[0]!)).text!;
    expect(answer).toContain('Timeline noted ("within two weeks")');
    expect(answer).toContain("Status inquiries and check-ins now go to Dana Cho <dana.cho@halcyonfreight.example>");
    const after = (await storedRecord()).followUps;
    const inquiry = after.find((f) => f.id === "inquiry-1")!;
    expect(inquiry.recipient?.name).toBe("Dana Cho");
    // Two weeks after the interview, then a business day or two: later than the default eight days.
    expect(Date.parse(inquiry.due)).toBeGreaterThan(Date.parse(before.due));
    expect(Date.parse(inquiry.due) - Date.parse("2026-11-12T19:00:00Z")).toBeGreaterThanOrEqual(14 * 86_400_000);
    // Delivered, the interview-day reminder is done: not open, and a `skip` to it skips nothing else.
    expect(after.find((f) => f.id === "prep")!.status).toBe("reminded");
    const skipped = await deliver(replyTo(prep, ["skip"], "prep-skip"), seeker, "2026-11-12T20:10:00Z");
    expect((await parseMail(skipped.replies[0]!)).text).toContain("Nothing is pending to skip.");
    expect((await storedRecord()).followUps.filter((f) => f.status === "cancelled")).toEqual([]);
  });

  it("is not sent once the interview has begun (an outage, a backlog): its moment has passed", async () => {
    await deliver(c001.raw, seeker, c001.expected.received_at);
    const { mailer, sent } = recordingMailer();
    await tick("2026-11-12T18:30:00Z", testEnv({ REMINDERS: mailer }));
    expect(sent).toHaveLength(0);
    expect((await storedRecord()).followUps.find((f) => f.id === "prep")!.status).toBe("cancelled");
    expect((await allKeys("due:")).some((k) => k.endsWith(":prep"))).toBe(false);
  });

  it("is not planned when the mail comes in after that morning: the answer asks the questions itself", async () => {
    const sameDay = await deliver(c001.raw, seeker, "2026-11-12T14:00:00Z");
    expect((await storedRecord()).followUps.some((f) => f.kind === "prep")).toBe(false);
    const text = (await parseMail(sameDay.replies[0]!)).text!;
    expect(text).toContain("Your interview is soon. Before you leave it, ask:");
    expect(text).toContain("What are the next steps, and when do you expect to decide?");
    // Days ahead, the morning reminder will ask them: the answer does not.
    await clearKv();
    const early = await deliver(c001.raw, seeker, c001.expected.received_at);
    expect((await parseMail(early.replies[0]!)).text).not.toContain("Before you leave it, ask");
  });
});

describe("months after a rejection", () => {
  it.for([
    ["001", "en", "[what you have been working on]", /introduction/],
    ["045", "de", "[woran Sie gearbeitet haben]", /Empfehlung/],
  ] as const)("%s: one stay-in-touch reminder, with its draft in the interview's language, and nothing before it", async ([id, lang, slot, referral]) => {
    const c = corpusCase(id);
    const tracked = await parseMail((await deliver(c.raw, c.expected.seeker.email, c.expected.received_at)).replies[0]!);
    const at = new Date(Date.parse(c.expected.start!) + 7 * 86_400_000).toISOString();
    const lines = [`From: ${c.expected.seeker.email}`, "To: followups@assistant.example", `Subject: Re: ${tracked.subject}`,
      `Message-ID: <rejected-${id}@test>`, `In-Reply-To: ${tracked.messageId}`, `References: ${tracked.messageId}`, "", "rejected", ""];
    await deliver(lines.join("\r\n"), c.expected.seeker.email, at);
    const due = await allKeys("due:");
    expect(due).toEqual([expect.stringMatching(/:stay-in-touch$/)]);
    const when = due[0]!.slice(4, 28);
    expect(Date.parse(when) - Date.parse(at)).toBeGreaterThan(89 * 86_400_000);

    const { mailer, sent } = recordingMailer();
    const e = testEnv({ REMINDERS: mailer });
    await tick(new Date(Date.parse(when) - 86_400_000).toISOString(), e);
    expect(sent).toHaveLength(0);
    await tick(when, e);
    const mail = await parseMail(sent[0]!.raw);
    expect(mail.subject).toMatch(/^Keep the door open: a stay-in-touch note to /);
    expect(mail.text).toContain("Some months ago they chose someone else.");
    expect(mail.text).toContain(slot);
    expect(mail.text).toMatch(referral);
    expect(mail.html).toContain(`lang="${lang}"`);
  });
});
