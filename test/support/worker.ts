/** Drives the worker through its real entry points, with a controlled clock. */
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { vi } from "vitest";
import worker from "../../src/index.ts";
import type { Env } from "../../src/config.ts";
import type { InterviewRecord } from "../../src/store/schemas.ts";
import { env } from "./env.ts";
import { clearDesks } from "./desks.ts";
import { allCases, incoming, rawOf } from "./mail.ts";

export const seekers = allCases.map((c) => c.expected.seeker.email).join(",");
export const testEnv = (over: Partial<Env> = {}): Env => ({ ...env, ALLOWED_SENDERS: seekers, ...over });

/** The handlers read the clock; tests set it to when a mail arrives. */
export function arriveAt(iso: string) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(iso));
}

/**
 * One mail through worker.email. `replies` went out through message.reply(), `sent` through the send
 * binding (mail the platform would not let us reply to); `answers` is both, in that order.
 */
export async function deliver(raw: string, from: string, at: string, e = testEnv(), opts: { refuseReply?: boolean; failSend?: boolean } = {}) {
  arriveAt(at);
  const mail = incoming(raw, from, undefined, opts);
  const sent: string[] = [];
  const mailer = {
    async send(m: EmailMessage) {
      if (opts.failSend) throw new Error("send failed (test)");
      sent.push(rawOf(m));
      return e.REMINDERS.send(m);
    },
  } as unknown as SendEmail;
  const ctx = createExecutionContext();
  await worker.email(mail.message, { ...e, REMINDERS: mailer }, ctx);
  await waitOnExecutionContext(ctx);
  return { ...mail, sent, answers: [...mail.replies, ...sent] };
}

export async function tick(iso: string, e: Env) {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime: new Date(iso).getTime(), cron: "*/5 * * * *" }), e, ctx);
  await waitOnExecutionContext(ctx);
}

export async function allKeys(prefix = "", kv: KVNamespace = env.FOLLOWUPS) {
  const out: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await kv.list({ prefix, cursor });
    out.push(...page.keys.map((k) => k.name));
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
  return out;
}

/** A fresh store: every KV key, and every seeker's desk (the Message-IDs it answered, the rate counts). */
export async function clearKv() {
  for (const k of await allKeys()) await env.FOLLOWUPS.delete(k);
  await clearDesks();
}

/** Wraps a KV binding: counts every operation, and can make chosen calls fail. */
export function instrumentedKv(kv: KVNamespace, failWhen: (op: string, n: number) => boolean = () => false) {
  const counts: Record<string, number> = { get: 0, put: 0, list: 0, delete: 0 };
  const wrapped = new Proxy(kv, {
    get(target, prop) {
      const v = Reflect.get(target, prop);
      if (typeof prop !== "string" || !(prop in counts) || typeof v !== "function") return typeof v === "function" ? v.bind(target) : v;
      return async (...args: unknown[]) => {
        counts[prop]!++;
        if (failWhen(prop, counts[prop]!)) throw new Error(`KV ${prop} failed (test)`);
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  const total = () => Object.values(counts).reduce((a, b) => a + b, 0);
  const reset = () => {
    for (const k of Object.keys(counts)) counts[k] = 0;
  };
  return { kv: wrapped, counts, total, reset };
}

/** The one interview record a test stored (the first by key when there are more). */
export async function storedRecord(): Promise<InterviewRecord> {
  const [key] = await allKeys("iv:");
  return (await env.FOLLOWUPS.get(key!, "json")) as InterviewRecord;
}
