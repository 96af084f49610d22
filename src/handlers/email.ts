/**
 * email(): authorize, parse once, extract, plan, store, answer once.
 * Every side effect of an incoming mail lives here.
 */
import { EmailMessage } from "cloudflare:email";
import { type Config, type Env, loadConfig } from "../config.ts";
import { cancelAttachments, planAttachment } from "../compose/calendar.ts";
import { assistantMime, type Attachment, messageIdIn } from "../compose/mime.ts";
import { checkSender, type HeaderLine, headerLines, MAX_GATE_HEADER_BYTES, type Rejection, robotReason, values } from "./gate.ts";
import type { InterviewRecord, SeekerEntry } from "../store/schemas.ts";
import type { Desk } from "../store/desk.ts";
import { StoreFailed } from "../store/kv.ts";
import { type ComposedMail, finish, composeNotTrackedReply, composeTrackedReply, composeUpdateReply, hi } from "../compose/reply.ts";
import { refIn, type ThreadInput, type ThreadRef, withRef } from "../store/threads.ts";
import { askToForget, handleCommands, handleSettings } from "./steer.ts";
import { effective } from "../domain/settings.ts";
import type { SeekerSettings } from "../store/settings.ts";
import { statusLink } from "./http.ts";
import { extractFromOriginal, type Extraction } from "../extract/index.ts";
import { hasCorrections, readCorrections, seekerNote } from "../extract/corrections.ts";
import { boundSubject } from "../extract/bounds.ts";
import { bodyText, isForwardSubject, unwrap } from "../extract/forward.ts";
import { addressedTo, noteRecipients } from "../domain/copied.ts";
import { KIND_LABEL } from "../compose/labels.ts";
import { settingsOf } from "../domain/changes.ts";
import { withinRate } from "../store/rate.ts";
import { hmacHex } from "../links.ts";
import { replyThreading, sendThreading, type Threading, threadRefs } from "./threading.ts";
import {
  type Arrival,
  decide,
  isRedelivery,
  MAX_COPIED_SEARCH,
  MAX_INTERVIEWS_PER_SEEKER,
  mayBeCopiedNote,
  mayTrack,
  type Outcome,
  type Route,
  route,
  wanted,
} from "../domain/decide.ts";

/** Larger mail is not an interview confirmation; reading it would spend the CPU budget. */
export const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;

const REJECT_TEXT: Record<Rejection, string> = {
  not_allowed: "This address only accepts mail from its owner.",
  from_not_allowed: "This address only accepts mail from its owner.",
  from_ambiguous: "The From header must name exactly one address.",
  auth_failed: "Sender authentication (DMARC/SPF/DKIM) failed.",
  auth_missing: "Sender authentication results are missing.",
};

const UNREADABLE: ComposedMail = finish("Not tracked: I could not read that message", {
  greeting: "Hi,",
  blocks: [
    { kind: "p", text: "I could not read that message: its structure is broken, too deeply nested, or something in it is not a mail I can parse. Nothing was stored." },
    { kind: "p", text: "Forward the original confirmation again, or paste its text into a new mail. If it was a reply to me, reply again with one command per line, for example: date: Thursday, December 3, 2:00 PM ET" },
  ],
});

/** The incoming mail and what answering it needs: its header block, and how the platform lets us answer. */
/** `autoForwarded`: the seeker's filter sent the original itself, so none of its text is the seeker's. */
/** `own`: the seeker's settings (settings.ts), read once per mail. */
type Inbound = { message: ForwardableEmailMessage; headers: HeaderLine[]; seeker: string; autoForwarded: boolean; own: SeekerSettings };
/** An answer, and the thread it opens: a reply to it steers that interview, whose id tags the subject. */
type Answer = { mail: ComposedMail; thread?: ThreadInput | null; attachments?: Attachment[] };

/** The first `max` bytes of the raw message (an oversize mail is not read past its header block). */
async function readHead(stream: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < max) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  if (size >= max) await reader.cancel().catch(() => undefined);
  const out = new Uint8Array(Math.min(size, max));
  let at = 0;
  for (const c of chunks) {
    const part = c.subarray(0, out.length - at);
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

function newMessageId(cfg: Config): string {
  return messageIdIn(cfg.assistantAddress, cfg.randomId());
}

function mimeOf(cfg: Config, to: string, a: Answer, now: Date, messageId: string, threading: Threading | null): string {
  const subject = a.thread?.id ? withRef(a.mail.subject, a.thread.id) : a.mail.subject;
  return assistantMime(cfg.assistantAddress, to, { ...a.mail, subject }, {
    attachments: a.attachments ?? [], messageId, date: now, inReplyTo: threading?.inReplyTo ?? null, references: threading?.references ?? null, autoSubmitted: "auto-replied",
  });
}

/**
 * Answers the mail: message.reply() where the platform allows it, else (or when it refuses) the send
 * binding, to the seeker's verified address. The thread key goes first, so a reply to the answer always
 * finds what it is about. Throws only when neither route took the answer.
 */
async function answer(cfg: Config, inbound: Inbound, a: Answer, now: Date, messageId = newMessageId(cfg)): Promise<void> {
  if (a.thread) await cfg.store.putThread(inbound.seeker, messageId, a.thread);
  const threading = replyThreading(inbound.headers);
  if (threading) {
    try {
      await inbound.message.reply(new EmailMessage(cfg.assistantAddress, inbound.message.from, mimeOf(cfg, inbound.message.from, a, now, messageId, threading)));
      return;
    } catch (err) {
      console.log(JSON.stringify({ event: "reply_refused", error: String(err).slice(0, 200) }));
    }
  }
  await cfg.mailer.send(new EmailMessage(cfg.assistantAddress, inbound.seeker, mimeOf(cfg, inbound.seeker, a, now, messageId, sendThreading(inbound.headers))));
}

/** The thread an answer belongs to: its In-Reply-To/References, else (never for destructive commands) the [ref …] in its subject. */
async function threadOf(cfg: Config, inbound: Inbound, subject: string, listing: () => Promise<SeekerEntry[]>): Promise<{ ref: ThreadRef; byTag: boolean } | null> {
  const byHeaders = await cfg.store.thread(inbound.seeker, threadRefs(inbound.headers));
  if (byHeaders) return { ref: byHeaders, byTag: false };
  const tag = refIn(subject);
  if (!tag) return null;
  const entry = (await listing()).find((e) => e.id.startsWith(tag));
  return entry ? { ref: { id: entry.id, followUp: null, purpose: null }, byTag: true } : null;
}

/** An interview's id: an HMAC of the seeker and the forward's Message-ID, so a retry finds the same keys and no sender can compute it. */
async function interviewId(cfg: Config, seeker: string, messageId: string): Promise<string> {
  return (await hmacHex(await cfg.store.secret(cfg.links?.secret ?? null), `${seeker}\n${messageId}`)).slice(0, 16);
}

export async function handleEmail(message: ForwardableEmailMessage, env: Env, now: Date): Promise<void> {
  const cfg = loadConfig(env); // a bad deployment throws: the mail is retried, not lost
  const tooLarge = message.rawSize > MAX_MESSAGE_BYTES;
  const raw = tooLarge ? await readHead(message.raw, MAX_GATE_HEADER_BYTES) : new Uint8Array(await new Response(message.raw).arrayBuffer());
  const headers = headerLines(raw);
  // Robots first: a bounce or an auto-reply gets neither a reply nor a reject (no backscatter).
  const robot = robotReason(headers, message.from);
  if (robot) {
    console.log(JSON.stringify({ event: "ignored", reason: robot }));
    return;
  }
  const verdict = checkSender(message.from, headers, { list: cfg.allowedSenders, mode: cfg.senderAuth, authservId: cfg.authservId });
  if (!verdict.ok) {
    message.setReject(REJECT_TEXT[verdict.reason]);
    return;
  }
  const inbound: Inbound = { message, headers, seeker: verdict.seeker, autoForwarded: verdict.autoForwarded === true, own: {} };
  // Everything below changes the seeker's state: it runs at their desk, one mail (or tick, or link) at a time.
  const desk = cfg.desk(inbound.seeker);
  await desk.serially(() => atDesk(cfg, desk, inbound, raw, tooLarge, now));
}

/** How long a mail's Message-ID is remembered as answered: the platform's redeliveries come within hours. */
const INBOUND_ONCE_SECONDS = 7 * 86_400;

async function atDesk(cfg: Config, desk: Desk, inbound: Inbound, raw: Uint8Array, tooLarge: boolean, now: Date): Promise<void> {
  const { message } = inbound;
  // One mail delivered twice at once is answered once: the second finds its Message-ID taken.
  const messageId = values(inbound.headers, "message-id")[0]?.trim();
  const once = messageId ? `in:${messageId}` : null;
  if (once && !(await desk.takeOnce(once, INBOUND_ONCE_SECONDS))) {
    console.log(JSON.stringify({ event: "ignored", reason: "duplicate_delivery" }));
    return;
  }
  try {
    if (!(await withinRate(desk, inbound.seeker, now))) {
      message.setReject("Too many messages from this address in the last hour or day; try again later.");
      return;
    }
    if (tooLarge) {
      const text = `That message is larger than ${MAX_MESSAGE_BYTES / 1024 / 1024} MiB, so I did not read it. Forward the confirmation without large attachments.\n`;
      await answer(cfg, inbound, { mail: { subject: "Not tracked: message too large", text, html: "" } }, now);
      return;
    }
    try {
      // The seeker's own settings (zone, name, holidays) over the deployment's defaults, for everything below.
      inbound.own = await cfg.store.settings(inbound.seeker);
      await handleReadable(effective(cfg, inbound.own), inbound, raw, now, messageId);
    } catch (err) {
      if (err instanceof StoredButUnanswered) throw err.cause; // rolled back; the platform retries or bounces
      if (err instanceof StoreFailed) throw err; // KV is down: the mail is delivered again, not answered as unreadable
      // Parsing or extraction failed on this input: the seeker gets the "could not read it" answer, never silence.
      console.log(JSON.stringify({ event: "unreadable", error: String(err).slice(0, 200) }));
      await answer(cfg, inbound, { mail: UNREADABLE }, now);
    }
  } catch (err) {
    // The mail fails and the platform delivers it again: that delivery must be read, not taken for a duplicate.
    if (once) await desk.giveBack(once).catch(() => undefined);
    throw err;
  }
}

/** Neither route took the answer to a new interview: its keys were deleted, and the mail fails. */
class StoredButUnanswered extends Error {}

/** Reads the mail, loads what deciding needs, and does what route() and decide() (domain/decide.ts) say. */
/** `headerId`: the mail's Message-ID as atDesk read it (a mail without one gets an id of its own here). */
async function handleReadable(cfg: Config, inbound: Inbound, raw: Uint8Array, now: Date, headerId: string | undefined): Promise<void> {
  const { seeker: sender } = inbound;
  const messageId = headerId || `<no-id-${cfg.randomId()}>`;
  const known = await cfg.store.interviewFor(messageId);
  if (known && isRedelivery(await cfg.store.interview(known), sender)) return;

  const { outer, original: forwarded } = await unwrap(raw);
  const subject = boundSubject(outer.subject) ?? "";
  const isForward =
    inbound.autoForwarded || isForwardSubject(subject) || outer.attachments.some((a) => a.mimeType === "message/rfc822");
  const arrival: Arrival = {
    seeker: sender,
    autoForwarded: inbound.autoForwarded,
    isForward,
    addressedToUs: addressedTo(outer, cfg.assistantAddress),
    recipients: noteRecipients(outer, cfg.assistantAddress, sender),
    note: inbound.autoForwarded ? "" : seekerNote(bodyText(outer)),
  };
  // The seeker's listing is read at most once per mail (one KV list), by whichever step needs it first.
  let listed: Promise<SeekerEntry[]> | null = null;
  const listing = () => (listed ??= cfg.store.interviewsOf(sender));
  const thread = isForward ? null : await threadOf(cfg, inbound, subject, listing);
  const copiedCandidates = !thread && mayBeCopiedNote(arrival) ? await newestInterviews(cfg, await listing(), MAX_COPIED_SEARCH) : [];
  const routed = route(arrival, { thread, copiedCandidates }, now, settingsOf(cfg));
  if (routed.kind === "steer") {
    const steered = await handleCommands(cfg, routed.ref, arrival.note, sender, now, { byTag: routed.byTag, own: inbound.own });
    return answer(cfg, inbound, steered, now);
  }
  if (routed.kind === "copied") return answer(cfg, inbound, await markCopiedNote(cfg, routed, now), now);
  if (routed.kind === "settings") return answer(cfg, inbound, { mail: await handleSettings(cfg, sender, inbound.own, routed.settings) }, now);
  if (routed.kind === "ask_forget") return answer(cfg, inbound, { mail: askToForget(), thread: { id: null, purpose: "forget" } }, now);

  const corrections = readCorrections(arrival.note);
  // A reply to our "could not read it" answer: read the kept forward again, with the seeker's corrections.
  const pending = hasCorrections(corrections) ? await cfg.store.pending(threadRefs(inbound.headers), sender) : null;
  const source = pending ? (await unwrap(pending.pending.raw)).original : forwarded;
  // An auto-forward's From is the original sender: the seeker's name is on the To line, if anywhere.
  const named = inbound.autoForwarded ? outer.to?.find((a) => a.address?.toLowerCase() === sender)?.name : outer.from?.name;
  // A name the seeker set (`name:`) signs their drafts; else their mail's display name, else the deployment's.
  const seeker = { email: sender, name: inbound.own.name ?? (named?.trim() || cfg.seekerName) };
  const extraction = extractFromOriginal(source, { now, seeker, seekerTimeZone: cfg.seekerTimeZone, assistantAddress: cfg.assistantAddress, corrections, note: arrival.note });
  // Then only the records decide() names.
  const entries = await listing();
  const records = await readAll(cfg, wanted(extraction, entries));
  const newId = mayTrack(extraction) ? await interviewId(cfg, sender, messageId) : "";
  const outcome = decide({ messageId, extraction, seeker, newId }, { listing: entries, records }, now, settingsOf(cfg));
  await apply(cfg, inbound, outcome, { extraction, seeker, kept: pending?.pending.raw ?? raw, pendingId: pending?.messageId ?? null }, now);
}

async function readAll(cfg: Config, ids: string[]): Promise<Map<string, InterviewRecord>> {
  const out = new Map<string, InterviewRecord>();
  for (const id of ids) {
    const r = await cfg.store.interview(id);
    if (r) out.set(id, r);
  }
  return out;
}

/** The seeker's newest `max` interviews, as records. */
async function newestInterviews(cfg: Config, listing: SeekerEntry[], max: number): Promise<InterviewRecord[]> {
  const entries = [...listing].sort((a, b) => b.start.localeCompare(a.start)).slice(0, max);
  return [...(await readAll(cfg, entries.map((e) => e.id))).values()];
}

/** Marks the follow-up a copied note was and returns the one-line receipt. */
async function markCopiedNote(cfg: Config, c: Extract<Route, { kind: "copied" }>, now: Date): Promise<Answer> {
  await cfg.store.replace(c.before, c.after, now);
  const f = c.followUp;
  const what = `${KIND_LABEL[f.kind].plan}${f.recipient ? ` to ${f.recipient.name}` : ""}${c.after.company ? ` (${c.after.company})` : ""}`;
  console.log(JSON.stringify({ event: "copied_sent", id: c.after.id, followUp: f.id }));
  return { mail: finish(`Marked as sent: ${what}`, { greeting: `Marked as sent: ${what}. I kept your note with it.`, blocks: [] }), thread: { id: c.after.id, followUp: f.id } };
}

type Read = { extraction: Extraction; seeker: { email: string; name: string }; kept: Uint8Array; pendingId: string | null };

/** Does what decide() chose: the writes, then the answer (a new interview's writes are undone if no answer went out). */
async function apply(cfg: Config, inbound: Inbound, outcome: Outcome, read: Read, now: Date): Promise<void> {
  const { extraction, seeker } = read;
  const cancelled = (before: InterviewRecord, after: InterviewRecord) => cancelAttachments(before, after, now, cfg.assistantAddress);
  switch (outcome.kind) {
    case "cancel_unknown":
      return answer(cfg, inbound, { mail: composeUpdateReply("cancel_unknown", null, extraction, seeker.name) }, now);
    case "cancelled": {
      await cfg.store.replace(outcome.before, outcome.after, now);
      const mail = composeUpdateReply("cancelled", outcome.after, extraction, seeker.name);
      return answer(cfg, inbound, { mail, attachments: cancelled(outcome.before, outcome.after) }, now);
    }
    case "duplicate":
      return answer(cfg, inbound, { mail: composeUpdateReply("duplicate", outcome.record, extraction, seeker.name), thread: { id: outcome.record.id } }, now);
    case "rescheduled": {
      const moved = outcome.after;
      await cfg.store.replace(outcome.before, moved, now);
      const mail = composeUpdateReply("rescheduled", moved, extraction, seeker.name);
      const attachments = [planAttachment(moved, now, cfg.assistantAddress, await statusLink(cfg, moved, now))];
      return answer(cfg, inbound, { mail, thread: { id: moved.id }, attachments }, now);
    }
    case "company_answer": {
      await cfg.store.replace(outcome.before, outcome.after, now);
      const mail = finish(outcome.subject, { greeting: hi(seeker.name), blocks: outcome.blocks });
      return answer(cfg, inbound, { mail, thread: { id: outcome.after.id }, attachments: cancelled(outcome.before, outcome.after) }, now);
    }
    case "not_tracked":
      return notTracked(cfg, inbound, outcome.keep, read, now);
    case "too_many": {
      const text = `I already track ${MAX_INTERVIEWS_PER_SEEKER} interviews for you, the most I keep at once. Reply 'stop' to one you no longer need, or wait until older ones expire.\n`;
      return answer(cfg, inbound, { mail: { subject: "Not tracked: too many interviews", text, html: "" } }, now);
    }
    case "track":
      return track(cfg, inbound, outcome, read, now);
  }
}

async function notTracked(cfg: Config, inbound: Inbound, keep: boolean, read: Read, now: Date): Promise<void> {
  const mail = composeNotTrackedReply(read.extraction, read.seeker.name, cfg.seekerTimeZone);
  if (!keep) return answer(cfg, inbound, { mail }, now);
  // Kept until the seeker replies with the missing details (or for PENDING_TTL_SECONDS), under the answer's id.
  const replyId = newMessageId(cfg);
  await cfg.store.savePending(replyId, { seeker: inbound.seeker, raw: read.kept, receivedAt: now.toISOString() });
  try {
    await answer(cfg, inbound, { mail }, now, replyId);
  } catch (err) {
    await cfg.store.deletePending(inbound.seeker, replyId);
    throw new StoredButUnanswered("answer failed", { cause: err });
  }
}

async function track(cfg: Config, inbound: Inbound, outcome: Extract<Outcome, { kind: "track" }>, read: Read, now: Date): Promise<void> {
  const { record } = outcome;
  await cfg.store.saveNew(record, now); // throws on KV failure: no success reply, mail retried
  const status = await statusLink(cfg, record, now);
  const ended = outcome.ended.reduce((n, e) => n + e.count, 0);
  const mail = composeTrackedReply(record, read.extraction, status, { ended });
  // The earlier round's inquiries leave the seeker's calendar with this answer.
  const cancelled = outcome.ended.flatMap((e) => cancelAttachments(e.before, e.after, now, cfg.assistantAddress));
  try {
    await answer(cfg, inbound, { mail, thread: { id: record.id }, attachments: [planAttachment(record, now, cfg.assistantAddress, status), ...cancelled] }, now);
  } catch (err) {
    // No answer went out: keep nothing, so no reminder follows a mail the seeker saw bounce.
    await cfg.store.forget(record);
    throw new StoredButUnanswered("answer failed", { cause: err });
  }
  await cfg.store.put({ ...record, replied: true }, now);
  // Only once the seeker has the answer: a mail that fails leaves the earlier round as it was.
  for (const e of outcome.ended) await cfg.store.replace(e.before, e.after, now);
  if (read.pendingId) await cfg.store.deletePending(inbound.seeker, read.pendingId);
  console.log(JSON.stringify({ event: "tracked", id: record.id, followUps: record.followUps.length }));
}
