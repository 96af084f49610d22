import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { checkSender, allowlistOf, robotReason, type HeaderLine } from "../src/handlers/gate.ts";
import { MAX_INTERVIEWS_PER_SEEKER } from "../src/domain/decide.ts";
import { MAX_MAILS_PER_HOUR } from "../src/store/rate.ts";
import { createExecutionContext } from "cloudflare:test";
import worker from "../src/index.ts";
import { corpusCase } from "./support/mail.ts";
import { allKeys, clearKv, deliver, testEnv } from "./support/worker.ts";

afterEach(() => {
  vi.useRealTimers();
});
beforeEach(clearKv);

const c = corpusCase("001");
const seeker = c.expected.seeker.email;
const withHeaders = (lines: string[], raw = c.raw) => `${lines.join("\r\n")}\r\n${raw}`;
const AR = (v: string) => `Authentication-Results: mx.cloudflare.net; ${v}`;
const lines = (init: Record<string, string>): HeaderLine[] => Object.entries(init).map(([key, value]) => ({ key, value }));

describe("who may use it", () => {
  const list = allowlistOf(["sam@example.net", "@team.example"]);
  const h = lines;
  const gate = { list, mode: "if-present" as const, authservId: "mx" };
  it.for([
    ["an allowed address", "sam@example.net", { from: "Sam <sam@example.net>" }, { ok: true, seeker: "sam@example.net" }],
    ["an allowed domain", "ana@team.example", { from: "ana@team.example" }, { ok: true, seeker: "ana@team.example" }],
    ["a stranger", "eve@evil.example", { from: "eve@evil.example" }, { ok: false, reason: "not_allowed" }],
    ["a spoofed From behind an allowed envelope", "sam@example.net", { from: "boss@other.example" }, { ok: false, reason: "from_not_allowed" }],
    ["failing DMARC", "sam@example.net", { from: "sam@example.net", "authentication-results": "mx; dmarc=fail header.from=example.net" }, { ok: false, reason: "auth_failed" }],
    ["passing DMARC", "sam@example.net", { from: "sam@example.net", "authentication-results": "mx; dkim=pass; spf=pass; dmarc=pass header.from=example.net" }, { ok: true, seeker: "sam@example.net" }],
    ["aligned SPF without DMARC", "sam@example.net", { from: "sam@example.net", "authentication-results": "mx; spf=pass smtp.mailfrom=sam@example.net" }, { ok: true, seeker: "sam@example.net" }],
    ["unaligned DKIM without DMARC", "sam@example.net", { from: "sam@example.net", "authentication-results": "mx; dkim=pass header.d=evil.example" }, { ok: false, reason: "auth_failed" }],
  ] as const)("%s", ([, envelope, headers, verdict]) => {
    expect(checkSender(envelope, h(headers), gate)).toEqual(verdict);
  });

  it("in strict mode, mail without authentication results is refused", () => {
    expect(checkSender("sam@example.net", lines({ from: "sam@example.net" }), { ...gate, mode: "require" })).toEqual({ ok: false, reason: "auth_missing" });
    const arc = lines({ from: "sam@example.net", "arc-authentication-results": "i=1; mx; dmarc=pass header.from=example.net" });
    expect(checkSender("sam@example.net", arc, { ...gate, mode: "require" })).toEqual({ ok: true, seeker: "sam@example.net" });
  });
});

describe("a mail the seeker's filter auto-forwarded", () => {
  const gate = { list: allowlistOf(["sam@gmail.example"]), mode: "if-present" as const, authservId: "mx" };
  const ats = { from: "Acme <notifications@ats.example>", "x-forwarded-for": "sam@gmail.example followups@assistant.example", "list-unsubscribe": "<https://ats.example/u>" };
  const envelope = "sam+caf_=followups=assistant.example@gmail.example";
  it.for([
    ["named by X-Forwarded-For and the envelope", envelope, ats, { ok: true, seeker: "sam@gmail.example", autoForwarded: true }],
    ["with SPF passing for the seeker's provider", envelope, { ...ats, "authentication-results": "mx; spf=pass smtp.mailfrom=sam+caf_=f=a@gmail.example; dmarc=pass header.from=ats.example" }, { ok: true, seeker: "sam@gmail.example", autoForwarded: true }],
    ["with SPF failing", envelope, { ...ats, "authentication-results": "mx; spf=fail smtp.mailfrom=sam@gmail.example" }, { ok: false, reason: "auth_failed" }],
    ["with only the original's DMARC passing", envelope, { ...ats, "authentication-results": "mx; dmarc=pass header.from=ats.example" }, { ok: false, reason: "auth_failed" }],
    ["naming another account than the envelope", envelope, { ...ats, "x-forwarded-for": "eve@gmail.example followups@assistant.example" }, { ok: false, reason: "from_not_allowed" }],
    ["without X-Forwarded-For", envelope, { from: ats.from }, { ok: false, reason: "from_not_allowed" }],
  ] as const)("%s", ([, env, headers, verdict]) => {
    expect(checkSender(env, lines(headers), gate)).toEqual(verdict);
  });

  it("in strict mode needs the platform's results", () => {
    expect(checkSender(envelope, lines(ats), { ...gate, mode: "require" })).toEqual({ ok: false, reason: "auth_missing" });
  });

  it("is no robot for the original's list headers, but a bounce or our own mail still is", () => {
    expect(robotReason(lines(ats), envelope)).toBeNull();
    expect(robotReason(lines({ from: ats.from, "list-unsubscribe": "<https://ats.example/u>" }), envelope)).toBe("mailing list");
    expect(robotReason(lines({ ...ats, "list-unsubscribe": "" }), "<>")).not.toBeNull();
    expect(robotReason(lines({ ...ats, "x-interview-assistant": "1" }), envelope)).toBe("our own mail");
  });
});

describe("what it never answers", () => {
  it.for([
    ["Auto-Submitted: auto-replied", "auto-submitted"],
    ["Precedence: bulk", "precedence"],
    ["List-Id: <jobs.list.example>", "mailing list"],
    ["X-Auto-Response-Suppress: All", "auto-response-suppress"],
    ["X-Interview-Assistant: 1", "our own mail"],
  ] as const)("mail with %s", async ([header, reason]) => {
    const [k, v] = header.split(": ");
    expect(robotReason(lines({ [k!.toLowerCase()]: v! }), seeker)).toBe(reason);
    const mail = await deliver(withHeaders([header]), seeker, c.expected.received_at);
    expect(mail.replies).toEqual([]);
    expect(mail.rejections).toEqual([]); // no backscatter
    expect(await allKeys("iv:")).toEqual([]);
  });

  it("bounces (null or MAILER-DAEMON senders)", async () => {
    expect(robotReason([], "")).toBe("bounce");
    const mail = await deliver(c.raw, "MAILER-DAEMON@mx.example", c.expected.received_at);
    expect(mail.replies).toEqual([]);
    expect(mail.rejections).toEqual([]);
  });

  it("Auto-Submitted: no is a person, and gets an answer", async () => {
    const mail = await deliver(withHeaders(["Auto-Submitted: no"]), seeker, c.expected.received_at);
    expect(mail.replies).toHaveLength(1);
  });
});

describe("through the email handler", () => {
  it("rejects a spoofed From with failing DMARC, without a reply", async () => {
    const spoofed = withHeaders([AR("spf=fail smtp.mailfrom=evil.example; dmarc=fail header.from=gmail.example")]);
    const mail = await deliver(spoofed, seeker, c.expected.received_at);
    expect(mail.rejections).toEqual(["Sender authentication (DMARC/SPF/DKIM) failed."]);
    expect(mail.replies).toEqual([]);
    expect(await allKeys("iv:")).toEqual([]);
  });

  it("accepts the seeker's authenticated mail", async () => {
    const mail = await deliver(withHeaders([AR("dkim=pass header.d=gmail.example; dmarc=pass header.from=gmail.example")]), seeker, c.expected.received_at);
    expect(mail.replies).toHaveLength(1);
  });

  it("refuses mail without results when SENDER_AUTH=require", async () => {
    const mail = await deliver(c.raw, seeker, c.expected.received_at, testEnv({ SENDER_AUTH: "require" }));
    expect(mail.rejections).toEqual(["Sender authentication results are missing."]);
  });

  it("stops answering past the hourly limit", async () => {
    const note = (i: number) => `From: Jordan <${seeker}>\r\nTo: followups@assistant.example\r\nSubject: hello ${i}\r\nMessage-ID: <flood-${i}@test>\r\n\r\nhello\r\n`;
    let answered = 0;
    let rejected = 0;
    for (let i = 0; i < MAX_MAILS_PER_HOUR + 3; i++) {
      const mail = await deliver(note(i), seeker, "2026-11-03T21:10:00Z");
      answered += mail.replies.length;
      rejected += mail.rejections.length;
    }
    expect(answered).toBe(MAX_MAILS_PER_HOUR);
    expect(rejected).toBe(3);
  });
});

describe("privacy and limits", () => {
  const ADMIN = "test-admin-token-0123456789abcdef";
  const del = (address: string, token?: string) =>
    worker.fetch(new Request(`https://followups.test/admin/seekers/${encodeURIComponent(address)}`, { method: "DELETE", headers: token ? { authorization: `Bearer ${token}` } : {} }), testEnv(), createExecutionContext());

  it("the admin endpoint deletes a seeker's data with the right token, and only then", async () => {
    await deliver(c.raw, seeker, c.expected.received_at);
    expect((await del(seeker)).status).toBe(401);
    expect((await del(seeker, `${ADMIN}x`)).status).toBe(401);
    expect(await allKeys("iv:")).toHaveLength(1);
    const ok = await del(seeker, ADMIN);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ deleted: 1 });
    expect(await allKeys("iv:")).toEqual([]);
    expect(await allKeys("due:")).toEqual([]);
  });

  it("stops tracking new interviews past the per-seeker limit, and says so", async () => {
    const { env } = await import("./support/env.ts");
    for (let i = 0; i < MAX_INTERVIEWS_PER_SEEKER; i++) await env.FOLLOWUPS.put(`seeker:${seeker}:fake${i}`, "", { metadata: { company: `C${i}`, role: null, start: "2026-12-01T00:00:00.000Z" } });
    const mail = await deliver(c.raw, seeker, c.expected.received_at);
    expect(mail.replies).toHaveLength(1);
    const { parseMail } = await import("./support/mail.ts");
    expect((await parseMail(mail.replies[0]!)).subject).toBe("Not tracked: too many interviews");
    expect(await allKeys("iv:")).toEqual([]);
  });
});

describe("size", () => {
  it("answers an oversize message without reading it, and stores nothing", async () => {
    const { MAX_MESSAGE_BYTES } = await import("../src/handlers/email.ts");
    const big = `${c.raw}\r\n${"x".repeat(MAX_MESSAGE_BYTES)}`;
    const mail = await deliver(big, seeker, c.expected.received_at);
    const { parseMail } = await import("./support/mail.ts");
    expect((await parseMail(mail.replies[0]!)).subject).toBe("Not tracked: message too large");
    expect(await allKeys("iv:")).toEqual([]);
  });
});
