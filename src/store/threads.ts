/**
 * `thread:<Message-ID of a mail we sent>` → the interview (and follow-up) it was
 * about, so a reply's In-Reply-To/References find what the seeker is steering.
 */
// zod/mini: the same parsing, a third of the bytes in a budgeted bundle.
import * as z from "zod/mini";
import { MAX_ID_IN_KEY } from "./interviews.ts";

const ThreadSchema = z.object({ id: z.string(), followUp: z.nullable(z.string()) });
export type ThreadRef = z.infer<typeof ThreadSchema>;

/** How long a mail we sent can still be answered with a command. */
export const THREAD_TTL_SECONDS = 180 * 86_400;

export async function putThread(kv: KVNamespace, messageId: string, ref: ThreadRef): Promise<void> {
  await kv.put(`thread:${messageId}`, JSON.stringify(ThreadSchema.parse(ref)), { expirationTtl: THREAD_TTL_SECONDS });
}

/** The newest of `refs` (References lists oldest first) that is one of ours. */
export async function findThread(kv: KVNamespace, refs: string[]): Promise<ThreadRef | null> {
  // Ours are short; a longer reference is someone else's (or hostile) and cannot be a key.
  for (const ref of refs.filter((r) => r.length <= MAX_ID_IN_KEY).slice(-5).reverse()) {
    const parsed = ThreadSchema.safeParse(await kv.get(`thread:${ref}`, "json"));
    if (parsed.success) return parsed.data;
  }
  return null;
}

/** Characters of the interview id shown in subjects: enough to tell a seeker's interviews apart. */
const REF_CHARS = 8;

/** "Tracking: … [ref 12ae088b]": lets a reply that lost its headers still find the interview. */
export function withRef(subject: string, id: string): string {
  return `${subject} [ref ${id.slice(0, REF_CHARS)}]`;
}

export function refIn(subject: string): string | null {
  return /\[ref ([0-9a-f]{8})\]/i.exec(subject)?.[1]?.toLowerCase() ?? null;
}
