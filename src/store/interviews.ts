/**
 * KV layout (docs/storage.md): `iv:<id>` record, `due:<ISO due>:<id>:<followUp>`
 * index, `msg:<Message-ID>` dedupe, `seeker:<address>:<id>` listing.
 */
import { keyPart } from "./keys.ts";
import { DueMetaSchema, type InterviewRecord, InterviewRecordSchema, MessageIndexSchema, type SeekerEntry, SeekerEntrySchema } from "./schemas.ts";

const DAY_SECONDS = 86_400;
/** KV's minimum expirationTtl. */
const MIN_TTL_SECONDS = 60;
/** Nothing is kept longer than this, whatever dates a mail carried (KV wants a 32-bit TTL anyway). */
const MAX_TTL_SECONDS = 3 * 365 * DAY_SECONDS;

export const keys = {
  interview: (id: string) => `iv:${id}`,
  due: (due: string, id: string, followUp: string) => `due:${due}:${id}:${followUp}`,
  message: (messageId: string) => `msg:${keyPart(messageId)}`,
  seeker: (email: string, id: string) => `seeker:${email}:${id}`,
};

export type DueEntry = { key: string; due: string; id: string; followUp: string };

/** Seconds until the record may go: after its last follow-up, plus the retention period. */
export function ttlSeconds(record: InterviewRecord, now: Date, retentionDays: number): number {
  const last = Math.max(new Date(record.start).getTime(), ...record.followUps.map((f) => new Date(f.due).getTime()));
  const ttl = Math.ceil((last - now.getTime()) / 1000) + retentionDays * DAY_SECONDS;
  return Math.min(MAX_TTL_SECONDS, Math.max(MIN_TTL_SECONDS, Number.isFinite(ttl) ? ttl : MIN_TTL_SECONDS));
}

export async function getInterview(kv: KVNamespace, id: string): Promise<InterviewRecord | null> {
  const raw = await kv.get(keys.interview(id), "json");
  if (raw === null) return null;
  const parsed = InterviewRecordSchema.safeParse(raw);
  if (!parsed.success) {
    console.error(JSON.stringify({ event: "corrupt_record", id, issues: parsed.error.issues.length }));
    return null;
  }
  return parsed.data;
}

export async function putInterview(kv: KVNamespace, record: InterviewRecord, now: Date, retentionDays: number): Promise<void> {
  await kv.put(keys.interview(record.id), JSON.stringify(InterviewRecordSchema.parse(record)), {
    expirationTtl: ttlSeconds(record, now, retentionDays),
  });
}

/**
 * Stores a new interview. The record is written first and the message index
 * last: if any write fails the handler throws, the mail is retried, and the
 * retry rewrites the same keys (ids are derived from the Message-ID).
 */
export async function saveNewInterview(kv: KVNamespace, record: InterviewRecord, now: Date, retentionDays: number): Promise<void> {
  const expirationTtl = ttlSeconds(record, now, retentionDays);
  await putInterview(kv, record, now, retentionDays);
  await putIndexes(kv, record, expirationTtl);
  await kv.put(keys.message(record.messageId), JSON.stringify({ id: record.id }), { expirationTtl });
}

async function putIndexes(kv: KVNamespace, record: InterviewRecord, expirationTtl: number): Promise<void> {
  for (const f of record.followUps) {
    if (f.status !== "pending") continue;
    await putDueKey(kv, f.due, record.id, f.id, expirationTtl);
  }
  await kv.put(keys.seeker(record.seeker.email, record.id), "", {
    metadata: { company: record.company, role: record.role, start: record.start, inviteUid: record.inviteUid },
    expirationTtl,
  });
}

export async function putDueKey(kv: KVNamespace, due: string, id: string, followUp: string, expirationTtl: number): Promise<void> {
  await kv.put(keys.due(due, id, followUp), "", { metadata: { id, followUp }, expirationTtl });
}

/**
 * Replaces a stored record (a reschedule or a cancellation): the due keys of
 * its old pending follow-ups go, the new ones are written, then the record.
 * A stale due key left by a failure is harmless: a tick drops any key whose
 * follow-up is no longer pending at that time.
 */
export async function replaceInterview(kv: KVNamespace, before: InterviewRecord, after: InterviewRecord, now: Date, retentionDays: number): Promise<void> {
  const expirationTtl = ttlSeconds(after, now, retentionDays);
  for (const f of before.followUps) if (f.status === "pending") await kv.delete(keys.due(f.due, before.id, f.id));
  await putInterview(kv, after, now, retentionDays);
  await putIndexes(kv, after, expirationTtl);
}

/** The seeker's interviews, from the `seeker:` listing (one list operation). */
export async function seekerInterviews(kv: KVNamespace, email: string): Promise<SeekerEntry[]> {
  const prefix = `seeker:${email}:`;
  const page = await kv.list({ prefix });
  return page.keys.flatMap((k) => {
    const meta = SeekerEntrySchema.safeParse(k.metadata);
    return meta.success ? [{ ...meta.data, id: k.name.slice(prefix.length) }] : [];
  });
}

export async function findByMessageId(kv: KVNamespace, messageId: string): Promise<string | null> {
  const raw = await kv.get(keys.message(messageId), "json");
  const parsed = MessageIndexSchema.safeParse(raw);
  return parsed.success ? parsed.data.id : null;
}

/**
 * Due entries at or before `now`, oldest first, at most `limit`. One list
 * operation: keys sort by due time, so everything after the first future key
 * is not due yet and is never read.
 */
export async function listDue(kv: KVNamespace, now: Date, limit: number): Promise<DueEntry[]> {
  const page = await kv.list({ prefix: "due:", limit });
  // ";" sorts after ":", so every key due exactly at `now` is included.
  const cutoff = `due:${now.toISOString()};`;
  const out: DueEntry[] = [];
  for (const k of page.keys) {
    if (k.name > cutoff) break;
    const meta = DueMetaSchema.safeParse(k.metadata);
    const due = k.name.slice(4, 28);
    if (!meta.success) {
      console.error(JSON.stringify({ event: "bad_due_key", key: k.name }));
      continue;
    }
    out.push({ key: k.name, due, id: meta.data.id, followUp: meta.data.followUp });
  }
  return out;
}

/** Deletes one interview with its index keys (a new one whose answer never went out). */
export async function forgetInterview(kv: KVNamespace, r: InterviewRecord): Promise<void> {
  for (const f of r.followUps) await kv.delete(keys.due(f.due, r.id, f.id));
  await kv.delete(keys.message(r.messageId));
  await kv.delete(keys.seeker(r.seeker.email, r.id));
  await kv.delete(keys.interview(r.id));
}

/** Deletes every interview, index key and listing of a seeker (store/forget.ts does the rest). Returns how many went. */
export async function forgetInterviews(kv: KVNamespace, seeker: string): Promise<number> {
  const entries = await seekerInterviews(kv, seeker);
  for (const e of entries) {
    const r = await getInterview(kv, e.id);
    for (const f of r?.followUps ?? []) if (f.status === "pending" || f.status === "sending") await kv.delete(keys.due(f.due, e.id, f.id));
    if (r) await kv.delete(keys.message(r.messageId));
    await kv.delete(keys.interview(e.id));
    await kv.delete(keys.seeker(seeker, e.id));
  }
  return entries.length;
}
