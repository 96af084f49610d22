/**
 * Issue 13's attack probe, each trick through the real email and fetch handlers: who gets in, who
 * steers what, what an answer carries, what forget leaves. docs/security.md describes the rules.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createExecutionContext } from "cloudflare:test";
import worker from "../src/index.ts";
import type { InterviewRecord } from "../src/store/schemas.ts";
import { env } from "./support/env.ts";
import { corpusCase, parseMail, recordingMailer } from "./support/mail.ts";
import { allKeys, clearKv, deliver, testEnv, tick } from "./support/worker.ts";

afterEach(() => {
  vi.useRealTimers();
});
beforeEach(clearKv);

const c = corpusCase("001");
const SEEKER = c.expected.seeker.email; // jordan.okafor@gmail.example
const OTHER = "bo.kim@other.example";
const AT = c.expected.received_at;
const two = testEnv({ ALLOWED_SENDERS: `${SEEKER},${OTHER}` });
const CF = (v: string) => `Authentication-Results: mx.cloudflare.net; ${v}`;

/** The corpus forward with its From replaced and header lines added on top. */
const withFrom = (from: string, extra: string[] = []) => [...extra, c.raw.replace(/^From: .*$/m, `From: ${from}`)].join("\r\n");
const records = async () => Promise.all((await allKeys("iv:")).map(async (k) => (await env.FOLLOWUPS.get(k, "json")) as InterviewRecord));

function steer(from: string, to: { messageId?: string | null; subject?: string }, lines: string[], threaded = true) {
  return [
    `From: ${from}`,
    "To: followups@assistant.example",
    `Subject: Re: ${to.subject ?? "hello"}`,
    `Message-ID: <steer-${Math.random()}@test>`,
    ...(threaded && to.messageId ? [`In-Reply-To: ${to.messageId}`, `References: ${to.messageId}`] : []),
    "",
    ...lines,
    "",
  ].join("\r\n");
}

async function trackedAnswer() {
  const mail = await deliver(c.raw, SEEKER, AT, two);
  return parseMail(mail.answers[0]!);
}

describe("1. the sender is the one From mailbox, judged by the platform's own results", () => {
  it.for([
    ["a quoted display name holding the seeker's address", `"Jordan <${SEEKER}>" <eve@evil.example>`],
    ["a comment holding it", `Jordan (${SEEKER}) <eve@evil.example>`],
    ["a Q-encoded word holding it", `=?utf-8?Q?Jordan_<${SEEKER}>?= <eve@evil.example>`],
    ["a B-encoded word holding it", `=?utf-8?B?${btoa(`Jordan <${SEEKER}>`)}?= <eve@evil.example>`],
    ["two mailboxes", `${SEEKER}, eve@evil.example`],
    ["a group", `Friends: ${SEEKER};`],
  ] as const)("rejects %s, with and without a passing DMARC for the attacker's domain", async ([, from]) => {
    for (const extra of [[], [CF("dmarc=pass header.from=evil.example")]]) {
      for (const e of [two, testEnv({ ALLOWED_SENDERS: SEEKER, SENDER_AUTH: "require" })]) {
        const mail = await deliver(withFrom(from, extra), SEEKER, AT, e);
        expect(mail.rejections).toHaveLength(1);
        expect(mail.answers).toEqual([]);
      }
    }
    expect(await allKeys("iv:")).toEqual([]);
  });

  it("a DMARC pass for another domain than the From's is no pass", async () => {
    const mail = await deliver(withFrom(`Jordan <${SEEKER}>`, [CF("dmarc=pass header.from=evil.example")]), SEEKER, AT);
    expect(mail.rejections).toEqual(["Sender authentication (DMARC/SPF/DKIM) failed."]);
  });

  it.for([
    ["a forged header below the platform's", [CF("dmarc=fail header.from=gmail.example"), "Authentication-Results: forged.example; dmarc=pass header.from=gmail.example"]],
    ["a forged header above the platform's", ["Authentication-Results: forged.example; dmarc=pass header.from=gmail.example", CF("dmarc=fail header.from=gmail.example")]],
    ["a forged ARC header", ["ARC-Authentication-Results: i=1; forged.example; dmarc=pass header.from=gmail.example", CF("dmarc=fail header.from=gmail.example")]],
    ["an envelope SPF fail beside a DMARC pass", [CF("spf=fail smtp.mailfrom=evil.example; dmarc=pass header.from=gmail.example")]],
  ] as const)("trusts only the platform's results: %s is rejected", async ([, lines]) => {
    const mail = await deliver(withFrom(`Jordan <${SEEKER}>`, [...lines]), SEEKER, AT);
    expect(mail.rejections).toEqual(["Sender authentication (DMARC/SPF/DKIM) failed."]);
  });

  it("a forged 'pass' from another server is no result at all: SENDER_AUTH=require refuses it", async () => {
    const forged = withFrom(`Jordan <${SEEKER}>`, ["Authentication-Results: forged.example; dmarc=pass header.from=gmail.example"]);
    expect((await deliver(forged, SEEKER, AT, testEnv({ SENDER_AUTH: "require" }))).rejections).toEqual(["Sender authentication results are missing."]);
  });
});

describe("7. honest mail the gate used to misjudge", () => {
  it("dmarc=none with an aligned SPF pass is the seeker; folded results with comments read the same", async () => {
    const folded = "Authentication-Results: mx.cloudflare.net;\r\n\tdkim=none (no signature);\r\n\tdmarc=none (p=none) header.from=gmail.example;\r\n\tspf=pass (mx.cloudflare.net: domain of x) smtp.mailfrom=jordan.okafor@gmail.example";
    const mail = await deliver(withFrom(`Jordan <${SEEKER}>`, [folded]), SEEKER, AT);
    expect(mail.rejections).toEqual([]);
    expect(mail.answers).toHaveLength(1);
  });

  it("a mail with no From is refused, whatever the envelope says", async () => {
    const mail = await deliver(c.raw.replace(/^From: .*\r\n/m, ""), SEEKER, AT);
    expect(mail.rejections).toEqual(["The From header must name exactly one address."]);
  });

  it.for(["Automatic reply: Re: Tracking", "Out of Office: back Monday", "Abwesenheitsnotiz: Re: Tracking"])("the seeker's own absence notice (%s) gets no answer", async (subject) => {
    const mail = await deliver(steer(`Jordan <${SEEKER}>`, { subject: "x" }, ["I am away until Monday."]).replace(/^Subject: .*$/m, `Subject: ${subject}`), SEEKER, AT);
    expect(mail.answers).toEqual([]);
    expect(mail.rejections).toEqual([]);
  });
});

describe("2 and 3. references nobody can compute; a seeker steers only their own interviews", () => {
  it("ids are not the plain hash of the sender and the Message-ID", async () => {
    await trackedAnswer();
    const [r] = await records();
    const messageId = /^Message-ID: (.*)$/im.exec(c.raw)?.[1]?.trim() ?? "";
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${SEEKER}\n${messageId}`)));
    const plain = [...digest].map((b) => b.toString(16).padStart(2, "0")).join("").slice(0, 16);
    expect(r!.id).toMatch(/^[0-9a-f]{16}$/);
    expect(r!.id).not.toBe(plain);
  });

  it("a tag alone in a fresh mail neither forgets nor stops", async () => {
    const tracked = await trackedAnswer();
    for (const lines of [["forget confirm"], ["stop"]]) {
      const mail = await deliver(steer(`Jordan <${SEEKER}>`, { subject: tracked.subject }, lines, false), SEEKER, "2026-11-04T10:00:00Z", two);
      expect(mail.answers).toHaveLength(1);
    }
    const [r] = await records();
    expect(r!.followUps.some((f) => f.status === "pending")).toBe(true);
  });

  it("another allowed seeker replying in the seeker's thread changes nothing and learns nothing", async () => {
    const tracked = await trackedAnswer();
    const before = await records();
    for (const lines of [["stop"], ["notes: eve was here"], ["rejected"], ["forget confirm"], ["status"]]) {
      const mail = await deliver(steer(`Bo <${OTHER}>`, tracked, lines), OTHER, "2026-11-04T10:00:00Z", two);
      for (const raw of mail.answers) {
        const text = (await parseMail(raw)).text ?? "";
        // The subject B quoted names the company; what only A's record holds must not appear.
        for (const p of [...before[0]!.interviewers, ...before[0]!.contacts]) {
          expect(text).not.toContain(p.name);
          if (p.email) expect(text).not.toContain(p.email);
        }
      }
    }
    expect(await records()).toEqual(before);
  });
});

describe("5. always an answer, never half-stored", () => {
  const invite = (ics: string) =>
    [`From: Jordan <${SEEKER}>`, "To: followups@assistant.example", "Subject: Fwd: Interview", "Message-ID: <ics@test>", 'Content-Type: multipart/mixed; boundary="b"', "", "--b",
      "Content-Type: text/plain", "", "See the invite.", "--b", "Content-Type: text/calendar; method=REQUEST", "", ics, "--b--", ""].join("\r\n");
  const event = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20261203T150000Z\r\nSUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR";
  it.for([
    ["an empty invite", ""],
    ["a blank invite", "   \r\n\r\n  "],
    ["two calendars in one file", `${event}\r\n${event}`],
    ["an unclosed calendar", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2026"],
    ["a VTIMEZONE repeating every second", "BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:Nowhere\r\nBEGIN:STANDARD\r\nDTSTART:20000101T000000\r\nRRULE:FREQ=SECONDLY\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=Nowhere:20261203T100000\r\nEND:VEVENT\r\nEND:VCALENDAR"],
  ] as const)("%s gets an answer", async ([, ics]) => {
    const mail = await deliver(invite(ics), SEEKER, AT);
    expect(mail.answers).toHaveLength(1);
  });

  const refsOnly = (head: string[]) => c.raw.replace(/^(Message-ID: .*)$/im, head.join("\r\n"));
  it.for([
    ["References without In-Reply-To", ["Message-ID: <a1@test>", "References: <old@x.example>"]],
    ["In-Reply-To without References", ["Message-ID: <a2@test>", "In-Reply-To: <old@x.example>"]],
    ["100 references", ["Message-ID: <a3@test>", "In-Reply-To: <r99@x.example>", `References: ${Array.from({ length: 100 }, (_, i) => `<r${i}@x.example>`).join(" ")}`]],
    ["two Message-ID headers", ["Message-ID: <a4@test>", "Message-ID: <a5@test>"]],
    ["a 2,000-character Message-ID", [`Message-ID: <${"x".repeat(2000)}@test>`]],
    ["a Message-ID with 8-bit bytes", ["Message-ID: <zoë-ünïcode@test>"]],
  ] as const)("mail the platform will not let us reply to (%s) is answered through the send binding, once", async ([, head]) => {
    const mail = await deliver(refsOnly([...head]), SEEKER, AT);
    expect(mail.replies).toEqual([]);
    expect(mail.sent).toHaveLength(1);
    const parsed = await parseMail(mail.sent[0]!);
    expect(parsed.subject).toMatch(/^Tracking: /);
    for (const line of mail.sent[0]!.split("\r\n\r\n")[0]!.split("\r\n")) {
      expect(line.length).toBeLessThanOrEqual(998);
      expect(line).toMatch(/^[\x20-\x7e\t]*$/);
    }
    const [r] = await records();
    expect(r!.replied).toBe(true);
  });

  it("when the runtime refuses the reply, the send binding carries it", async () => {
    const mail = await deliver(c.raw, SEEKER, AT, testEnv(), { refuseReply: true });
    expect(mail.sent).toHaveLength(1);
    expect((await records())[0]!.replied).toBe(true);
  });

  it("when neither route takes the answer, nothing stays stored and the mail fails (so it is retried, not half-kept)", async () => {
    await expect(deliver(c.raw, SEEKER, AT, testEnv(), { refuseReply: true, failSend: true })).rejects.toThrow();
    expect((await allKeys()).filter((k) => !k.startsWith("rate:") && !k.startsWith("thread:"))).toEqual([]);
  });
});

describe("6. forget forgets", () => {
  it("'forget confirm' in reply to the question deletes every key that holds the seeker's data or address", async () => {
    const tracked = await trackedAnswer();
    // A forward kept for details, and a used link: data under other prefixes.
    await deliver(c.raw.replace(/^Message-ID: .*$/im, "Message-ID: <kept@test>").replace(/\d{1,2}:\d{2}\s*(AM|PM|am|pm)/g, "").replace(/^Subject: .*$/m, "Subject: Fwd: Let's find a time"), SEEKER, "2026-11-03T22:00:00Z", two);
    const asked = await deliver(steer(`Jordan <${SEEKER}>`, tracked, ["forget"]), SEEKER, "2026-11-04T10:00:00Z", two);
    const question = await parseMail(asked.answers[0]!);
    expect((await allKeys()).some((k) => k.includes(SEEKER))).toBe(true);
    const done = await deliver(steer(`Jordan <${SEEKER}>`, question, ["forget confirm"]), SEEKER, "2026-11-04T10:01:00Z", two);
    expect((await parseMail(done.answers[0]!)).text).toContain("I keep nothing else about you");
    const left = await allKeys();
    expect(left.filter((k) => k.includes(SEEKER))).toEqual([]);
    expect(left.filter((k) => !k.startsWith("secret:"))).toEqual([]);
  });

  it("the admin endpoint deletes the same keys", async () => {
    await trackedAnswer();
    const res = await worker.fetch(new Request(`https://followups.test/admin/seekers/${SEEKER}`, { method: "DELETE", headers: { authorization: "Bearer test-admin-token-0123456789abcdef" } }), two, createExecutionContext());
    expect(res.status).toBe(200);
    expect((await allKeys()).filter((k) => k.includes(SEEKER))).toEqual([]);
  });

  it("a fresh 'forget confirm' mail deletes nothing and is not kept: it asks the question", async () => {
    await trackedAnswer();
    const before = await allKeys();
    const mail = await deliver(steer(`Jordan <${SEEKER}>`, {}, ["forget confirm"], false), SEEKER, "2026-11-04T10:00:00Z", two);
    expect((await parseMail(mail.answers[0]!)).subject).toBe("Forget everything?");
    const after = await allKeys();
    expect(after.filter((k) => k.startsWith("pending:"))).toEqual([]);
    expect(after.filter((k) => k.startsWith("iv:"))).toEqual(before.filter((k) => k.startsWith("iv:")));
  });
});

describe("8. headers and pages", () => {
  it("link tokens name no person, and pages are neither cached nor referred nor framed", async () => {
    const tracked = await trackedAnswer();
    const link = tracked.text!.match(/See everything pending: (\S+)/)![1]!;
    const body = link.split("/s/")[1]!.split(".")[0]!;
    expect(atob(body.replace(/-/g, "+").replace(/_/g, "/"))).not.toContain("@");
    const res = await worker.fetch(new Request(link), two, createExecutionContext());
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    // The status link outlives the plan's first month: it lives as long as the plan.
    const exp = JSON.parse(atob(body.replace(/-/g, "+").replace(/_/g, "/"))).e * 1000;
    const last = Math.max(...(await records())[0]!.followUps.map((f) => Date.parse(f.due)));
    expect(exp).toBeGreaterThanOrEqual(last);
  });

  it("a reminder's action links expire when the plan's next step falls due, not a month later", async () => {
    await trackedAnswer();
    // The first with a draft: the interview-day reminder has nothing to mark sent.
    const first = [...(await records())[0]!.followUps].sort((a, b) => a.due.localeCompare(b.due)).find((f) => f.kind !== "prep")!;
    const { mailer, sent } = recordingMailer();
    await tick(first.due, testEnv({ ALLOWED_SENDERS: `${SEEKER},${OTHER}`, REMINDERS: mailer }));
    const text = (await parseMail(sent[0]!.raw)).text!;
    const token = text.match(/Mark as sent: \S+\/a\/(\S+)/)![1]!;
    const e = JSON.parse(atob(token.split(".")[0]!.replace(/-/g, "+").replace(/_/g, "/"))).e * 1000;
    const after = (await records())[0]!.followUps.filter((f) => f.status === "pending" && f.due > first.due).map((f) => Date.parse(f.due));
    const next = Math.min(...after);
    const sentAt = Date.parse(first.due);
    // Until the next step, but never under two days: a reminder read late still works.
    expect(e).toBe(Math.floor(Math.max(next, sentAt + 2 * 86_400_000) / 1000) * 1000);
    expect(e).toBeLessThan(sentAt + 30 * 86_400_000);
  });
});
