/**
 * 10,000 generated malformed or hostile messages through the real email
 * handler in workerd: no unhandled exception, no reply to a sender who is not
 * allowed, and every reply parses back as MIME with safe headers.
 */
import fc from "fast-check";
import PostalMime from "postal-mime";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createExecutionContext } from "cloudflare:test";
import worker from "../src/index.ts";
import { corpus } from "./support/mail.ts";
import { incoming, recordingMailer } from "./support/mail.ts";
import { testEnv } from "./support/worker.ts";

const RUNS = 10_000;
const SEEKER = "jordan.okafor@gmail.example";
const STRANGER = "eve@evil.example";

const nasty = fc.constantFrom(
  "\r\nBcc: victim@evil.example", "<script>alert(1)</script>", "\u0000\u0001\u0002", "=?utf-8?B?////?=", "=?x-unknown?Q?=FF=FE?=",
  "'; DROP TABLE x; --", "\u202eevil", "A".repeat(5000), "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀", "javascript:alert(1)", "%0d%0aSet-Cookie: x", "\r\n\r\n--boundary--",
);
const text = fc.oneof(fc.string({ maxLength: 200 }), nasty, fc.string({ unit: "binary", maxLength: 300 }));
const date = fc.oneof(
  fc.constantFrom("Thursday, December 3, 2026 at 2:00 PM EST", "31/02/2026 25:99", "tomorrow at 10am PT", "0000-00-00 00:00 XYZ", "Dec 3 99999", "next week"),
  fc.date({ min: new Date("1900-01-01"), max: new Date("2200-01-01"), noInvalidDate: true }).map((d) => d.toUTCString()),
);
const ics = fc.record({ start: fc.oneof(fc.constant("20261203T140000Z"), fc.string({ maxLength: 20 }), fc.constant("99999999T999999")), tzid: fc.oneof(fc.constant(""), fc.constant(";TZID=Mars/Olympus"), fc.constant(';TZID="Eastern Standard Time"')), cn: text, dur: fc.constantFrom("PT1H", "P9999999W", "-PT5M", "garbage") })
  .map((e) => ["BEGIN:VCALENDAR", "METHOD:REQUEST", "BEGIN:VEVENT", `DTSTART${e.tzid}:${e.start}`, `DURATION:${e.dur}`, `ATTENDEE;CN="${e.cn.replace(/[\r\n"]/g, "")}":mailto:x@y.example`, "END:VEVENT", "END:VCALENDAR"].join("\r\n"));

function nest(depth: number, inner: string): string {
  let body = inner;
  for (let i = 0; i < depth; i++) body = `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n${body}\r\n--b${i}--`;
  return body;
}

const message = fc.record({
  from: fc.oneof(fc.constant(SEEKER), fc.constant(STRANGER)),
  subject: text,
  name: text,
  body: fc.oneof(text, date.map((d) => `Your interview is confirmed for ${d} with Jane Doe (VP).`), fc.constant("---------- Forwarded message ---------\r\nFrom: x\r\n")),
  html: fc.boolean(),
  ics: fc.option(ics, { nil: null }),
  depth: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 })),
  junkHeaders: fc.array(fc.tuple(fc.constantFrom("X-Junk", "Content-Type", "Content-Transfer-Encoding", "References", "In-Reply-To", "Date"), text), { maxLength: 4 }),
  seed: fc.oneof(fc.constant(null), fc.constantFrom(...Object.values(corpus).slice(0, 5))),
  cut: fc.nat(),
}).map((m) => {
  if (m.seed) {
    // A real confirmation, cut short or with bytes flipped.
    const cut = m.seed.slice(0, Math.max(20, m.cut % m.seed.length));
    return { from: m.from, raw: `Message-ID: <seed-${m.cut}@t>\r\n${cut}` };
  }
  const headers = [
    `From: "${m.name.replace(/[\r\n]/g, " ")}" <${m.from}>`,
    "To: followups@assistant.example",
    `Subject: ${m.subject.replace(/\r?\n(?![ \t])/g, "\r\n ")}`,
    `Message-ID: <h-${m.cut}-${m.subject.length}@t>`,
    ...m.junkHeaders.map(([k, v]) => `${k}: ${v.replace(/\r?\n(?![ \t])/g, " ")}`),
  ];
  const part = m.ics
    ? `Content-Type: multipart/mixed; boundary="z"\r\n\r\n--z\r\nContent-Type: text/${m.html ? "html" : "plain"}; charset=utf-8\r\n\r\n${m.body}\r\n--z\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n${m.ics}\r\n--z--`
    : `Content-Type: text/${m.html ? "html" : "plain"}; charset=utf-8\r\n\r\n${m.body}`;
  return { from: m.from, raw: `${headers.join("\r\n")}\r\n${nest(m.depth, part)}\r\n` };
});

let count = 0;
afterAll(() => console.log(`hostile messages through the email handler: ${count}`));

describe("hostile mail", () => {
  it(`handles ${RUNS.toLocaleString("en")} generated messages safely`, async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    let t = new Date("2026-11-01T00:00:00Z").getTime();
    // Mail the platform will not let us reply to is answered through the send binding: check those too.
    const { mailer, sent } = recordingMailer();
    const env = testEnv({ ALLOWED_SENDERS: SEEKER, REMINDERS: mailer });
    await fc.assert(
      fc.asyncProperty(message, async (m) => {
        t += 3 * 3600_000; // past the hourly rate limit's bucket
        vi.setSystemTime(t);
        count++;
        sent.length = 0;
        const mail = incoming(m.raw, m.from);
        await worker.email(mail.message, env, createExecutionContext()); // throws = failure
        if (m.from === STRANGER) {
          expect(mail.replies).toEqual([]);
          expect(sent).toEqual([]);
          expect(mail.rejections).toHaveLength(1);
        }
        for (const raw of [...mail.replies, ...sent.map((s) => s.raw)]) {
          const head = raw.split("\r\n\r\n")[0]!;
          expect(head).not.toMatch(/\r\n(bcc|set-cookie|cc):/i);
          expect(head.split("\r\n").filter((l) => /^from:/i.test(l))).toHaveLength(1);
          const parsed = await PostalMime.parse(raw);
          expect(parsed.to?.[0]?.address).toBe(SEEKER);
          expect(parsed.subject ?? "").not.toMatch(/[\r\n]/);
          // Text from the mail may say anything; it must never become markup or a link target.
          expect(parsed.html ?? "").not.toMatch(/<script|<img|\bon\w+\s*=|(href|src)\s*=\s*["']?\s*(javascript|data):/i);
        }
      }),
      { numRuns: RUNS, seed: 20261123 },
    );
    vi.useRealTimers();
    expect(count).toBe(RUNS);
  }, 30 * 60_000);
});
