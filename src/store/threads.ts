/**
 * `thread:<seeker>:<Message-ID of a mail we sent>` → the interview (and follow-up) it was about, so a
 * reply's In-Reply-To/References find what the seeker is steering. The seeker is part of the key: a
 * reply from anyone else, quoting the same Message-ID, looks up another key and finds nothing.
 */
// zod/mini: the same parsing, a third of the bytes in a budgeted bundle.
import * as z from "zod/mini";
import { keyPart, MAX_ID_IN_KEY } from "./keys.ts";

const ThreadSchema = z.object({
  id: z.nullable(z.string()),
  followUp: z.nullable(z.string()),
  /** "forget": the mail that asked the seeker to confirm deleting everything. */
  purpose: z._default(z.nullable(z.literal("forget")), null),
});
export type ThreadRef = z.infer<typeof ThreadSchema>;
/** What a new thread key says: the interview (null: none) and, where it has one, the follow-up and purpose. */
export type ThreadInput = Partial<ThreadRef> & { id: string | null };

/** How long a mail we sent can still be answered with a command. */
export const THREAD_TTL_SECONDS = 180 * 86_400;
/** References read from an answer: the newest few are ours; the rest is the thread's history. */
const MAX_REFS_READ = 5;

export const threadPrefix = (seeker: string) => `thread:${seeker}:`;
const key = (seeker: string, messageId: string) => `${threadPrefix(seeker)}${keyPart(messageId)}`;

export async function putThread(kv: KVNamespace, seeker: string, messageId: string, ref: ThreadInput): Promise<void> {
  const value = ThreadSchema.parse({ followUp: null, purpose: null, ...ref });
  await kv.put(key(seeker, messageId), JSON.stringify(value), { expirationTtl: THREAD_TTL_SECONDS });
}

/** The newest of `refs` (References lists oldest first) that is one of ours, sent to this seeker. */
export async function findThread(kv: KVNamespace, seeker: string, refs: string[]): Promise<ThreadRef | null> {
  // Ours are short; a longer reference is someone else's (or hostile) and cannot be ours.
  for (const ref of refs.filter((r) => r.length <= MAX_ID_IN_KEY).slice(-MAX_REFS_READ).reverse()) {
    const parsed = ThreadSchema.safeParse(await kv.get(key(seeker, ref), "json"));
    if (parsed.success) return parsed.data;
  }
  return null;
}

/** Characters of the interview id shown in subjects: enough to tell a seeker's interviews apart. */
const REF_CHARS = 8;

/**
 * "Tracking: … [ref 12ae088b]": lets a reply that lost its headers still find the interview. The id is
 * an HMAC under the deployment's secret, so a tag cannot be computed from what a sender knows, and a tag
 * alone never carries a destructive command.
 */
export function withRef(subject: string, id: string): string {
  return `${subject} [ref ${id.slice(0, REF_CHARS)}]`;
}

export function refIn(subject: string): string | null {
  return /\[ref ([0-9a-f]{8})\]/i.exec(subject)?.[1]?.toLowerCase() ?? null;
}
