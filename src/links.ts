/**
 * Signed action links: HMAC-SHA256 over the action, interview, follow-up and
 * expiry, checked in constant time by crypto.subtle.verify. A token names no
 * person: the seeker is the interview record's, read when the link is used,
 * so a link dies with its record (`forget`, expiry).
 */
// zod/mini: the same parsing, a third of the bytes in a budgeted bundle.
import * as z from "zod/mini";

export const LinkPayloadSchema = z.object({
  a: z.enum(["sent", "snooze", "stop", "status"]),
  i: z.nullable(z.string().check(z.maxLength(64))),
  f: z.nullable(z.string().check(z.maxLength(64))),
  e: z.int(),
});
export type LinkPayload = z.infer<typeof LinkPayloadSchema>;
export type LinkCheck = { ok: true; payload: LinkPayload; signature: string } | { ok: false; reason: "malformed" | "bad_signature" | "expired" };

/** No link lives longer than this, whatever the plan: a status link covers the plan's last step. */
export const LINK_TTL_SECONDS = 90 * 86_400;
/** An action link lives until the plan's next step is due, but at least this long: a reminder read late still works. */
export const MIN_ACTION_LINK_SECONDS = 2 * 86_400;
/** Action links minted by the status page act within this: the page is open, and a leaked page mints nothing lasting. */
export const PAGE_ACTION_LINK_SECONDS = 3600;
/** A status link outlives the plan's last follow-up by this, so the last reminder's page still opens. */
export const STATUS_LINK_GRACE_SECONDS = 14 * 86_400;

const enc = new TextEncoder();

function b64url(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromB64url(s: string): Uint8Array<ArrayBuffer> | null {
  try {
    const bin = atob(s.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/**
 * The imported key per secret, kept for the isolate: importing costs about as much as signing, and a tick signs
 * up to thirty links. A deployment has one or two secrets (the link secret, the id secret).
 */
const KEYS = new Map<string, Promise<CryptoKey>>();
const MAX_KEYS = 4;

function key(secret: string): Promise<CryptoKey> {
  let k = KEYS.get(secret);
  if (!k) {
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    k = crypto.subtle.importKey("raw", enc.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
    k.catch(() => KEYS.delete(secret));
    KEYS.set(secret, k);
  }
  return k;
}

/** HMAC-SHA256 of `message` under `secret`, as hex: ids that no sender can compute (interview ids). */
export async function hmacHex(secret: string, message: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", await key(secret), enc.encode(message)));
  return [...mac].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export async function signLink(secret: string, payload: LinkPayload): Promise<string> {
  const body = b64url(enc.encode(JSON.stringify(LinkPayloadSchema.parse(payload))));
  const sig = new Uint8Array(await crypto.subtle.sign("HMAC", await key(secret), enc.encode(body)));
  return `${body}.${b64url(sig)}`;
}

export async function verifyLink(secret: string, token: string, now: Date): Promise<LinkCheck> {
  const [body, sig, extra] = token.split(".");
  if (!body || !sig || extra !== undefined || token.length > 2048) return { ok: false, reason: "malformed" };
  const sigBytes = fromB64url(sig);
  if (!sigBytes) return { ok: false, reason: "malformed" };
  if (!(await crypto.subtle.verify("HMAC", await key(secret), sigBytes, enc.encode(body)))) return { ok: false, reason: "bad_signature" };
  const raw = fromB64url(body);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(raw ?? new Uint8Array()));
  } catch {
    return { ok: false, reason: "malformed" };
  }
  const parsed = LinkPayloadSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: "malformed" };
  if (parsed.data.e * 1000 < now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, payload: parsed.data, signature: sig };
}
