/**
 * `pending:<seeker>:<Message-ID of our reply>`: a forward we could not fully
 * read, kept so the seeker can fix it by replying with the missing details.
 * Nothing a seeker sent is lost while they do; `forget` finds them by prefix.
 */
// zod/mini: the same parsing, a third of the bytes in a budgeted bundle.
import * as z from "zod/mini";
import { keyPart, MAX_ID_IN_KEY } from "./keys.ts";

/** How long a forward waits for the seeker's correction. */
export const PENDING_TTL_SECONDS = 14 * 86_400;

const PendingSchema = z.object({
  seeker: z.string(),
  /** The original forward, base64: raw MIME may carry 8-bit bytes. */
  raw: z.string(),
  receivedAt: z.iso.datetime(),
});

export type Pending = { seeker: string; raw: Uint8Array; receivedAt: string };

export const pendingPrefix = (seeker: string) => `pending:${seeker}:`;
const key = (seeker: string, messageId: string) => `${pendingPrefix(seeker)}${keyPart(messageId)}`;

function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(b64: string): Uint8Array {
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

export async function savePending(kv: KVNamespace, replyMessageId: string, p: Pending): Promise<void> {
  const value = PendingSchema.parse({ seeker: p.seeker, raw: toBase64(p.raw), receivedAt: p.receivedAt });
  await kv.put(key(p.seeker, replyMessageId), JSON.stringify(value), { expirationTtl: PENDING_TTL_SECONDS });
}

/** The first pending forward that one of `refs` (In-Reply-To, References) points at, for this seeker. */
export async function findPending(kv: KVNamespace, refs: string[], seeker: string): Promise<{ messageId: string; pending: Pending } | null> {
  for (const ref of refs.filter((r) => r.length <= MAX_ID_IN_KEY).slice(-5).reverse()) {
    const parsed = PendingSchema.safeParse(await kv.get(key(seeker, ref), "json"));
    if (parsed.success && parsed.data.seeker === seeker) {
      return { messageId: ref, pending: { seeker, raw: fromBase64(parsed.data.raw), receivedAt: parsed.data.receivedAt } };
    }
  }
  return null;
}

export async function deletePending(kv: KVNamespace, seeker: string, replyMessageId: string): Promise<void> {
  await kv.delete(key(seeker, replyMessageId));
}
