/**
 * The one door to storage: handlers and the cron speak to a Store, never to KV. `kvStore` is the deployment's
 * (Workers KV, failing loudly: store/kv.ts); `memoryStore` keeps the same keys in a process's memory, for the
 * Node benchmarks and for tests of what a handler writes. docs/storage.md lists every key, shape and TTL.
 */
import type { Desk } from "./desk.ts";
import { forgetSeeker } from "./forget.ts";
import {
  type DueEntry,
  findByMessageId,
  forgetInterview,
  getInterview,
  keys,
  listDue,
  putDueKey,
  putInterview,
  replaceInterview,
  saveNewInterview,
  seekerInterviews,
  ttlSeconds,
} from "./interviews.ts";
import { MemoryKV } from "./memory-kv.ts";
import { deletePending, findPending, type Pending, savePending } from "./pending.ts";
import type { InterviewRecord, SeekerEntry } from "./schemas.ts";
import { deploymentSecret } from "./secret.ts";
import { getSettings, putSettings, type SeekerSettings } from "./settings.ts";
import { findThread, putThread, type ThreadInput, type ThreadRef } from "./threads.ts";
import { isUsed, markUsed } from "./used.ts";

export type { DueEntry };

export interface Store {
  /** A stored interview, parsed; null when absent or corrupt. */
  interview(id: string): Promise<InterviewRecord | null>;
  /** The seeker's interviews as listed (company, role, start, invite UID): one list operation. */
  interviewsOf(seeker: string): Promise<SeekerEntry[]>;
  /** The interview a forwarded Message-ID created, if any. */
  interviewFor(messageId: string): Promise<string | null>;
  /** A new interview: record, due keys, listing, then the Message-ID index (a retry rewrites the same keys). */
  saveNew(record: InterviewRecord, now: Date): Promise<void>;
  /** The record alone (its due keys unchanged). */
  put(record: InterviewRecord, now: Date): Promise<void>;
  /** A changed record: the old pending due keys go, the new ones and the record are written. */
  replace(before: InterviewRecord, after: InterviewRecord, now: Date): Promise<void>;
  /** One interview and its index keys (a new one whose answer never went out). */
  forget(record: InterviewRecord): Promise<void>;
  /** Everything kept about a seeker; returns how many interviews went. */
  forgetSeeker(seeker: string, desk: Desk): Promise<number>;
  /** Due entries at or before `now`, oldest first, at most `limit`. */
  due(now: Date, limit: number): Promise<DueEntry[]>;
  /** The due-index key of one follow-up at one instant. */
  dueKey(due: string, id: string, followUp: string): string;
  putDue(due: string, record: InterviewRecord, followUp: string, now: Date): Promise<void>;
  dropDue(key: string): Promise<void>;
  /** Seconds the record is kept from `now` (its last follow-up plus the retention period). */
  ttl(record: InterviewRecord, now: Date): number;
  thread(seeker: string, refs: string[]): Promise<ThreadRef | null>;
  putThread(seeker: string, messageId: string, ref: ThreadInput): Promise<void>;
  pending(refs: string[], seeker: string): Promise<{ messageId: string; pending: Pending } | null>;
  savePending(replyMessageId: string, p: Pending): Promise<void>;
  deletePending(seeker: string, replyMessageId: string): Promise<void>;
  settings(seeker: string): Promise<SeekerSettings>;
  putSettings(seeker: string, s: SeekerSettings): Promise<void>;
  /** The deployment's id secret: the configured one, else one made and kept on first use. */
  secret(configured: string | null): Promise<string>;
  isUsed(seeker: string, signature: string): Promise<boolean>;
  markUsed(seeker: string, signature: string, ttlSeconds: number): Promise<void>;
}

export function kvStore(kv: KVNamespace, retentionDays: number): Store {
  return {
    interview: (id) => getInterview(kv, id),
    interviewsOf: (seeker) => seekerInterviews(kv, seeker),
    interviewFor: (messageId) => findByMessageId(kv, messageId),
    saveNew: (record, now) => saveNewInterview(kv, record, now, retentionDays),
    put: (record, now) => putInterview(kv, record, now, retentionDays),
    replace: (before, after, now) => replaceInterview(kv, before, after, now, retentionDays),
    forget: (record) => forgetInterview(kv, record),
    forgetSeeker: (seeker, desk) => forgetSeeker(kv, seeker, desk),
    due: (now, limit) => listDue(kv, now, limit),
    dueKey: keys.due,
    putDue: (due, record, followUp, now) => putDueKey(kv, due, record.id, followUp, ttlSeconds(record, now, retentionDays)),
    dropDue: (key) => kv.delete(key),
    ttl: (record, now) => ttlSeconds(record, now, retentionDays),
    thread: (seeker, refs) => findThread(kv, seeker, refs),
    putThread: (seeker, messageId, ref) => putThread(kv, seeker, messageId, ref),
    pending: (refs, seeker) => findPending(kv, refs, seeker),
    savePending: (replyMessageId, p) => savePending(kv, replyMessageId, p),
    deletePending: (seeker, replyMessageId) => deletePending(kv, seeker, replyMessageId),
    settings: (seeker) => getSettings(kv, seeker),
    putSettings: (seeker, s) => putSettings(kv, seeker, s),
    secret: (configured) => deploymentSecret(kv, configured),
    isUsed: (seeker, signature) => isUsed(kv, seeker, signature),
    markUsed: (seeker, signature, ttl) => markUsed(kv, seeker, signature, ttl),
  };
}

/** The same keys in memory (no expiry: a process lives shorter than any TTL). `kv` counts operations. */
export function memoryStore(retentionDays = 90): Store & { kv: MemoryKV } {
  const kv = new MemoryKV();
  return { ...kvStore(kv as unknown as KVNamespace, retentionDays), kv };
}
