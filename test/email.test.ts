import { env } from "./support/env.ts";
import { createExecutionContext } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import worker from "../src/index.ts";
import { cases, corpusCase, incoming, parseMail } from "./support/mail.ts";
import { allKeys, arriveAt, clearKv, deliver, testEnv } from "./support/worker.ts";

const ASSISTANT = "followups@assistant.example";

afterEach(() => {
  vi.useRealTimers();
});

beforeEach(clearKv);

/** Keys holding the seeker's data: rate counters are bookkeeping, not data. */
const seekerData = async () => (await allKeys()).filter((k) => !k.startsWith("rate:"));

const interviews = cases.filter((c) => c.expected.kind === "interview" || c.expected.kind === "reschedule");

/** Delivers Jordan's forward and checks it is answered, not tracked, and kept for a reply; returns the answer. */
async function keptForReply(raw: string) {
  const first = await deliver(raw, "jordan.okafor@gmail.example", "2026-11-03T21:07:44Z");
  const answer = await parseMail(first.replies[0]!);
  expect(answer.text).toContain("reply to this message");
  expect(await allKeys("iv:")).toEqual([]);
  expect(await allKeys("pending:")).toEqual([`pending:jordan.okafor@gmail.example:${answer.messageId}`]);
  return answer;
}

/** Jordan's Gmail forward of a mail from Rachel at Halcyon Freight. */
function rachelForward(messageId: string, subject: string, body: string[]): string {
  return [
    "From: Jordan Okafor <jordan.okafor@gmail.example>",
    "To: followups@assistant.example",
    `Subject: Fwd: ${subject}`,
    `Message-ID: ${messageId}`,
    "Date: Tue, 03 Nov 2026 16:07:41 -0500",
    "",
    "---------- Forwarded message ---------",
    "From: Rachel Whitford <rachel@halcyonfreight.example>",
    "Date: Tue, Nov 3, 2026 at 2:22 PM",
    `Subject: ${subject}`,
    "",
    ...body,
    "",
  ].join("\r\n");
}

describe("email handler", () => {
  it.for(interviews)("tracks $name: stores the plan and replies once with one draft per interviewer", async (c) => {
    // The seeker's configured zone, where the case gives one: a mail that names no zone is read in it.
    const zone = c.expected.seeker.time_zone;
    const mail = await deliver(c.raw, c.expected.seeker.email, c.expected.received_at, testEnv(zone ? { SEEKER_TIME_ZONE: zone } : {}));
    expect(mail.rejections).toEqual([]);
    // One answer: a reply where the platform allows one (059 has References without In-Reply-To), else a send.
    expect(mail.answers).toHaveLength(1);

    const reply = await parseMail(mail.answers[0]!);
    const incomingId = mail.message.headers.get("message-id");
    expect(reply.from?.address).toBe(ASSISTANT);
    expect(reply.to?.[0]?.address).toBe(c.expected.seeker.email);
    expect(reply.inReplyTo).toBe(incomingId);
    expect(reply.references).toContain(incomingId!);
    expect(reply.headers.find((h) => h.key === "auto-submitted")?.value).toBe("auto-replied");
    const thankYous = reply.text!.match(/^=== Thank-you note to (.+) ===$/gm) ?? [];
    expect(thankYous).toHaveLength(c.expected.interviewers.length);
    for (const person of c.expected.interviewers) expect(reply.text).toContain(`=== Thank-you note to ${person.name} ===`);

    const ivKeys = await allKeys("iv:");
    expect(ivKeys).toHaveLength(1);
    const record = (await env.FOLLOWUPS.get(ivKeys[0]!, "json")) as { followUps: Array<{ due: string; id: string }>; start: string; replied: boolean };
    expect(record.start).toBe(new Date(c.expected.start!).toISOString());
    expect(record.replied).toBe(true);
    const due = await allKeys("due:");
    expect(due).toHaveLength(record.followUps.length);
    expect(due).toEqual([...due].sort());
    expect(await allKeys("msg:")).toEqual([`msg:${incomingId}`]);
  });

  it.for(cases.filter((c) => c.expected.kind === "not_interview"))("does not track $name, and says why", async (c) => {
    const mail = await deliver(c.raw, c.expected.seeker.email, c.expected.received_at);
    expect(mail.answers).toHaveLength(1);
    const reply = await parseMail(mail.answers[0]!);
    expect(reply.subject).toMatch(/^Not tracked/);
    expect(await allKeys("iv:")).toEqual([]);
    if (reply.text?.includes("I keep your forward for 14 days")) {
      // A mail that may yet be one (no time read, or nothing says interview): kept for the seeker's reply only.
      expect(reply.text).toMatch(/^\s*(track|date: .+)\s*$/m);
      expect((await seekerData()).every((k) => k.startsWith("pending:") || k.startsWith("thread:"))).toBe(true);
    } else {
      expect(reply.text).toContain("Nothing was stored.");
      expect(await seekerData()).toEqual([]);
    }
  });

  it("rejects a sender who is not allowed, without a reply or any storage", async () => {
    const c = corpusCase("001");
    const mail = await deliver(c.raw, "stranger@elsewhere.example", c.expected.received_at);
    expect(mail.rejections).toHaveLength(1);
    expect(mail.replies).toEqual([]);
    expect(await seekerData()).toEqual([]);
  });

  it("answers a mail without an interview time with what is missing, and completes it from the seeker's reply", async () => {
    const raw = rachelForward("<no-time@test>", "Interview confirmed", [
      "Hi Jordan, your interview for the Senior Data Engineer role at Halcyon Freight is confirmed.",
      "We'll send the time separately.",
    ]);
    const answer = await keptForReply(raw);
    expect(answer.text).toContain("Missing: the interview date and time");

    const correction = [
      "From: Jordan Okafor <jordan.okafor@gmail.example>",
      "To: followups@assistant.example",
      `Subject: Re: ${answer.subject}`,
      "Message-ID: <fix@test>",
      `In-Reply-To: ${answer.messageId}`,
      `References: <no-time@test> ${answer.messageId}`,
      "",
      "date: Thursday, November 12, 2026, 1:00 PM - 1:45 PM ET",
      "interviewers: Marcus Bell (Engineering Manager), Priya Natarajan",
      "",
      "On Tue, Nov 3, 2026 at 4:08 PM Interview follow-ups <followups@assistant.example> wrote:",
      "> Missing: the interview date and time.",
      "",
    ].join("\r\n");
    const second = await deliver(correction, "jordan.okafor@gmail.example", "2026-11-03T21:30:00Z");
    const tracked = await parseMail(second.replies[0]!);
    expect(tracked.subject).toMatch(/^Tracking: Senior Data Engineer at Halcyon Freight \[ref [0-9a-f]{8}\]$/);
    expect(tracked.text).toContain("=== Thank-you note to Marcus Bell ===");
    expect(tracked.text).toContain("=== Thank-you note to Priya Natarajan ===");
    const [iv] = await allKeys("iv:");
    const record = (await env.FOLLOWUPS.get(iv!, "json")) as { start: string; end: string };
    expect([record.start, record.end]).toEqual(["2026-11-12T18:00:00.000Z", "2026-11-12T18:45:00.000Z"]);
    expect(await allKeys("pending:")).toEqual([]);
  });

  it("does not track times offered to choose from, and tracks the one the seeker picks", async () => {
    const raw = rachelForward("<slots@test>", "Interview availability", [
      "Hi Jordan, could you do one of these slots for the Senior Data Engineer interview at Halcyon Freight?",
      "- Wednesday, Nov 11 at 10am ET",
      "- Thursday, Nov 12 at 1pm ET",
    ]);
    const answer = await keptForReply(raw);
    expect(answer.text).toContain("offers times to choose from");
    expect(answer.text).toContain("When you have picked one");

    const pick = ["From: Jordan Okafor <jordan.okafor@gmail.example>", "To: followups@assistant.example", `Subject: Re: ${answer.subject}`, "Message-ID: <pick@test>", `In-Reply-To: ${answer.messageId}`, "", "date: Thursday, November 12, 2026, 1:00 PM - 1:45 PM ET", ""].join("\r\n");
    const second = await deliver(pick, "jordan.okafor@gmail.example", "2026-11-03T21:30:00Z");
    expect((await parseMail(second.answers[0]!)).subject).toMatch(/^Tracking: Senior Data Engineer at Halcyon Freight/);
    const [iv] = await allKeys("iv:");
    expect(((await env.FOLLOWUPS.get(iv!, "json")) as { start: string }).start).toBe("2026-11-12T18:00:00.000Z");
  });

  it("does not track a dated mail that is not about an interview, and tracks it when the seeker replies 'track'", async () => {
    const raw = rachelForward("<lunch@test>", "Lunch next week", ["Hi Jordan, lunch on Thursday, November 12, 2026 at 1:00 PM ET at Hart's works for me.", "", "Rachel"]);
    const answer = await keptForReply(raw);
    expect(answer.text).toContain("nothing in it says it is a job interview");
    expect(answer.text).toContain('I saw: "Lunch next week", Rachel Whitford');
    expect(answer.text).toMatch(/^\s*track\s*$/m);

    const track = ["From: Jordan Okafor <jordan.okafor@gmail.example>", "To: followups@assistant.example", `Subject: Re: ${answer.subject}`, "Message-ID: <track@test>", `In-Reply-To: ${answer.messageId}`, "", "track", ""].join("\r\n");
    const second = await deliver(track, "jordan.okafor@gmail.example", "2026-11-03T21:30:00Z");
    expect((await parseMail(second.answers[0]!)).subject).toMatch(/^Tracking: /);
    const [iv] = await allKeys("iv:");
    expect(((await env.FOLLOWUPS.get(iv!, "json")) as { start: string }).start).toBe("2026-11-12T18:00:00.000Z");
    expect(await allKeys("pending:")).toEqual([]);
  });

  it("reads corrections typed above a forward", async () => {
    const c = corpusCase("013"); // gives only a GMT offset and no role in the subject
    const raw = c.raw.replace("Final round!! details below", "role: Head of Growth\r\ncompany: Driftwood Commerce Ltd\r\n\r\nFinal round!! details below");
    const mail = await deliver(raw, c.expected.seeker.email, c.expected.received_at);
    const reply = await parseMail(mail.replies[0]!);
    expect(reply.subject).toMatch(/^Tracking: Head of Growth at Driftwood Commerce Ltd \[ref/);
  });

  it("does not answer the same delivery twice", async () => {
    const c = corpusCase("001");
    await deliver(c.raw, c.expected.seeker.email, c.expected.received_at);
    const keysAfterFirst = await seekerData();
    const second = await deliver(c.raw, c.expected.seeker.email, c.expected.received_at);
    expect(second.replies).toEqual([]);
    expect(await seekerData()).toEqual(keysAfterFirst);
  });

  it("sends no success reply when storing fails, and throws so the mail is retried", async () => {
    const c = corpusCase("001");
    const failing = new Proxy(env.FOLLOWUPS, {
      get(target, prop) {
        if (prop === "put") return async () => { throw new Error("KV unavailable (test)"); };
        const v = Reflect.get(target, prop);
        return typeof v === "function" ? v.bind(target) : v;
      },
    });
    arriveAt(c.expected.received_at);
    const mail = incoming(c.raw, c.expected.seeker.email);
    await expect(worker.email(mail.message, testEnv({ FOLLOWUPS: failing }), createExecutionContext())).rejects.toThrow(/KV unavailable/);
    expect(mail.replies).toEqual([]);
    // The retry succeeds and answers.
    const retry = await deliver(c.raw, c.expected.seeker.email, c.expected.received_at);
    expect(retry.replies).toHaveLength(1);
  });

  it("never answers automated mail", async () => {
    const c = corpusCase("001");
    const raw = `Auto-Submitted: auto-replied\r\n${c.raw}`;
    const mail = await deliver(raw, c.expected.seeker.email, c.expected.received_at);
    expect(mail.replies).toEqual([]);
  });
});

describe("fetch handler", () => {
  it("answers /health", async () => {
    const res = await worker.fetch(new Request("http://x/health"), env, createExecutionContext());
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });
});
