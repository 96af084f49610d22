/**
 * Which incoming mail the platform lets us answer with message.reply(), and the threading headers the
 * answer carries. The rules are the runtime's (wrangler's local runtime enforces them as production
 * does): one valid Message-ID, In-Reply-To and References both present or both absent, fewer than 100
 * references; the answer's In-Reply-To is that Message-ID and its References contain the incoming ones.
 * Mail outside them is answered through the send binding instead, so it still gets its answer.
 */
import { type HeaderLine, values } from "./gate.ts";

/** A Message-ID we echo: printable ASCII with one "@", as RFC 5322 writes it; longer ones are not ours to copy. */
export const MAX_ECHOED_ID_CHARS = 250;
/** The platform refuses to reply to mail with this many references or more. */
export const MAX_REFERENCES = 100;
const MSG_ID = /^<[\x21-\x3b\x3d\x3f-\x7e]+@[\x21-\x3b\x3d\x3f-\x7e]+>$/;

export type Threading = { inReplyTo: string; references: string };

/** The incoming Message-ID when it is one we may echo. */
export function echoableId(headers: HeaderLine[]): string | null {
  const ids = values(headers, "message-id");
  const id = ids.length === 1 ? ids[0]!.trim() : "";
  return id.length <= MAX_ECHOED_ID_CHARS && MSG_ID.test(id) ? id : null;
}

/** Threading for message.reply(), or null when the platform would refuse a reply to this mail. */
export function replyThreading(headers: HeaderLine[]): Threading | null {
  const id = echoableId(headers);
  if (!id) return null;
  const irt = values(headers, "in-reply-to");
  const refs = values(headers, "references");
  if (irt.length > 1 || refs.length > 1 || irt.length !== refs.length) return null;
  const incoming = (refs[0] ?? "").trim();
  if ((incoming.match(/@/g)?.length ?? 0) >= MAX_REFERENCES || /[^\x20-\x7e\t]/.test(incoming)) return null;
  return { inReplyTo: id, references: incoming ? `${incoming} ${id}` : id };
}

/** Threading for an answer sent on its own (send binding): the incoming id where it is one we may echo. */
export function sendThreading(headers: HeaderLine[]): Threading | null {
  const id = echoableId(headers);
  return id ? { inReplyTo: id, references: id } : null;
}

/** Message-IDs an answer points at (In-Reply-To, References), oldest first, as the thread lookup reads them. */
export function threadRefs(headers: HeaderLine[]): string[] {
  const refs = (values(headers, "references")[0] ?? "").split(/\s+/).filter(Boolean);
  const inReplyTo = values(headers, "in-reply-to")[0]?.trim();
  return inReplyTo && !refs.includes(inReplyTo) ? [...refs, inReplyTo] : refs;
}
