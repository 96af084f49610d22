/**
 * email(): authorize, parse once, extract, plan, store, answer once.
 * Every side effect of an incoming mail lives here.
 */
import { EmailMessage } from "cloudflare:email";
import { type Config, type Env, loadConfig } from "../config.ts";
import { cancelAttachments, planAttachment } from "../compose/calendar.ts";
import { type Attachment, buildMime } from "../compose/mime.ts";
import { checkSender, type HeaderLine, headerLines, MAX_GATE_HEADER_BYTES, type Rejection, robotReason, values } from "./gate.ts";
import type { InterviewRecord, SeekerEntry } from "../store/schemas.ts";
import type { Desk } from "../store/desk.ts";
import { StoreFailed } from "../store/kv.ts";
import { type ComposedMail, finish, composeNotTrackedReply, composeTrackedReply, composeUpdateReply } from "../compose/reply.ts";
import { keptForReply } from "../extract/kind.ts";
import { findThread, putThread, refIn, type ThreadInput, type ThreadRef, withRef } from "../store/threads.ts";
import { askToForget, handleCommands, handleSettings, onlySettings, wantsForget } from "./steer.ts";
import { parseCommands } from "../extract/commands.ts";
import { effective } from "./settings.ts";
import { getSettings, type SeekerSettings } from "../store/settings.ts";
import { answerFromCompany, findAnsweredInterview } from "./answers.ts";
import { statusLink } from "./http.ts";
import { extractFromOriginal, type Extraction } from "../extract/index.ts";
import { hasCorrections, readCorrections, seekerNote } from "../extract/corrections.ts";
import { boundSubject } from "../extract/bounds.ts";
import { bodyText, isForwardSubject, unwrap } from "../extract/forward.ts";
import { findByMessageId, forgetInterview, getInterview, putInterview, replaceInterview, saveNewInterview, seekerInterviews } from "../store/interviews.ts";
import { addressedTo, copiedFollowUp, markCopied, noteRecipients } from "./copied.ts";
import { KIND_LABEL } from "../compose/labels.ts";
import type { Email } from "postal-mime";
import { cancel, endRound, findMatch, newRecord, reschedule, sameApplication, sameSlot, settingsOf } from "./changes.ts";
import { deletePending, findPending, savePending } from "../store/pending.ts";
import { withinRate } from "../store/rate.ts";
import { deploymentSecret } from "../store/secret.ts";
import { hmacHex } from "../links.ts";
import { replyThreading, sendThreading, type Threading, threadRefs } from "./threading.ts";

/** Larger mail is not an interview confirmation; reading it would spend the CPU budget. */
export const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;

/** Interviews kept per seeker (each with up to ~12 follow-ups): far above a real search, far below a flood. */
export const MAX_INTERVIEWS_PER_SEEKER = 60;

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
  return `<${crypto.randomUUID()}@${cfg.assistantAddress.split("@")[1]}>`;
}

function mimeOf(cfg: Config, to: string, a: Answer, now: Date, messageId: string, threading: Threading | null): string {
  return buildMime({
    from: { addr: cfg.assistantAddress, name: "Interview follow-ups" },
    to,
    subject: a.thread?.id ? withRef(a.mail.subject, a.thread.id) : a.mail.subject,
    text: a.mail.text,
    html: a.mail.html,
    attachments: a.attachments ?? [],
    messageId,
    date: now,
    inReplyTo: threading?.inReplyTo ?? null,
    references: threading?.references ?? null,
    autoSubmitted: "auto-replied",
  });
}

/**
 * Answers the mail: message.reply() where the platform allows it, else (or when it refuses) the send
 * binding, to the seeker's verified address. The thread key goes first, so a reply to the answer always
 * finds what it is about. Throws only when neither route took the answer.
 */
async function answer(cfg: Config, inbound: Inbound, a: Answer, now: Date, messageId = newMessageId(cfg)): Promise<void> {
  if (a.thread) await putThread(cfg.kv, inbound.seeker, messageId, a.thread);
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
async function threadOf(cfg: Config, inbound: Inbound, subject: string): Promise<{ ref: ThreadRef; byTag: boolean } | null> {
  const byHeaders = await findThread(cfg.kv, inbound.seeker, threadRefs(inbound.headers));
  if (byHeaders) return { ref: byHeaders, byTag: false };
  const tag = refIn(subject);
  if (!tag) return null;
  const entry = (await seekerInterviews(cfg.kv, inbound.seeker)).find((e) => e.id.startsWith(tag));
  return entry ? { ref: { id: entry.id, followUp: null, purpose: null }, byTag: true } : null;
}

/** An interview's id: an HMAC of the seeker and the forward's Message-ID, so a retry finds the same keys and no sender can compute it. */
async function interviewId(cfg: Config, seeker: string, messageId: string): Promise<string> {
  return (await hmacHex(await deploymentSecret(cfg.kv, cfg.links?.secret ?? null), `${seeker}\n${messageId}`)).slice(0, 16);
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
      inbound.own = await getSettings(cfg.kv, inbound.seeker);
      await handleReadable(effective(cfg, inbound.own), inbound, raw, now);
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

async function handleReadable(cfg: Config, inbound: Inbound, raw: Uint8Array, now: Date): Promise<void> {
  const { seeker: sender } = inbound;
  const messageId = values(inbound.headers, "message-id")[0]?.trim() || `<no-id-${crypto.randomUUID()}>`;
  const known = await findByMessageId(cfg.kv, messageId);
  if (known) {
    const record = await getInterview(cfg.kv, known);
    if (record?.replied && record.seeker.email === sender) return; // a redelivery of a mail already answered
  }

  const { outer, original: forwarded } = await unwrap(raw);
  const subject = boundSubject(outer.subject) ?? "";
  // An auto-forward is the original itself: it has no note of the seeker's, and steers nothing.
  const note = inbound.autoForwarded ? "" : seekerNote(bodyText(outer));
  // A reply to one of our mails, with no forwarded mail in it: the seeker is steering.
  const isForward =
    inbound.autoForwarded || isForwardSubject(subject) || outer.attachments.some((a) => a.mimeType === "message/rfc822");
  const thread = isForward ? null : await threadOf(cfg, inbound, subject);
  if (thread) {
    const steered = await handleCommands(cfg, thread.ref, note, sender, now, { byTag: thread.byTag, own: inbound.own });
    await answer(cfg, inbound, steered, now);
    return;
  }
  // A note the seeker sent to an interviewer or contact with us in Bcc or Cc: that follow-up is sent. A forward
  // counts too when it was not addressed to us (an article passed on as a check-in).
  if (!inbound.autoForwarded && (!isForward || !addressedTo(outer, cfg.assistantAddress))) {
    const receipt = await markCopiedNote(cfg, inbound, outer, now);
    if (receipt) {
      await answer(cfg, inbound, receipt, now);
      return;
    }
  }
  // A fresh mail of settings lines only ("zone: Europe/Paris", "name: Ana Ruiz").
  const settings = isForward ? null : onlySettings(parseCommands(note, now, cfg.seekerTimeZone));
  if (settings) {
    await answer(cfg, inbound, { mail: await handleSettings(cfg, sender, inbound.own, settings) }, now);
    return;
  }
  // "forget" in a fresh mail starts the flow; only a reply to the question deletes anything.
  if (!isForward && wantsForget(note, now, cfg.seekerTimeZone)) {
    await answer(cfg, inbound, { mail: askToForget(), thread: { id: null, purpose: "forget" } }, now);
    return;
  }
  const corrections = readCorrections(note);
  // A reply to our "could not read it" answer: read the kept forward again, with the seeker's corrections.
  const pending = hasCorrections(corrections) ? await findPending(cfg.kv, threadRefs(inbound.headers), sender) : null;
  const source = pending ? (await unwrap(pending.pending.raw)).original : forwarded;
  // An auto-forward's From is the original sender: the seeker's name is on the To line, if anywhere.
  const named = inbound.autoForwarded ? outer.to?.find((a) => a.address?.toLowerCase() === sender)?.name : outer.from?.name;
  // A name the seeker set (`name:`) signs their drafts; else their mail's display name, else the deployment's.
  const seeker = { email: sender, name: inbound.own.name ?? (named?.trim() || cfg.seekerName) };
  const extraction = extractFromOriginal(source, { now, seeker, seekerTimeZone: cfg.seekerTimeZone, assistantAddress: cfg.assistantAddress, corrections, note });
  const kept = pending?.pending.raw ?? raw;
  await act(cfg, inbound, { messageId, extraction, seeker, kept, pendingId: pending?.messageId ?? null }, now);
}

/** Interviews searched for the person a copied note went to, newest first: far more than are ever in flight. */
const MAX_COPIED_SEARCH = 20;

/**
 * Marks the follow-up a copied note was (copied.ts decides which) and returns the one-line receipt; null when
 * the note went to nobody a tracked interview names, so the mail is read as any other.
 */
async function markCopiedNote(cfg: Config, inbound: Inbound, outer: Email, now: Date): Promise<Answer | null> {
  const recipients = noteRecipients(outer, cfg.assistantAddress, inbound.seeker);
  if (recipients.length === 0) return null;
  const entries = (await seekerInterviews(cfg.kv, inbound.seeker)).sort((a, b) => b.start.localeCompare(a.start));
  for (const entry of entries.slice(0, MAX_COPIED_SEARCH)) {
    const r = await getInterview(cfg.kv, entry.id);
    if (!r || r.seeker.email !== inbound.seeker) continue;
    const f = copiedFollowUp(r, recipients, now);
    if (!f) continue;
    await replaceInterview(cfg.kv, r, markCopied(r, f.id, seekerNote(bodyText(outer)), now), now, cfg.retentionDays);
    const what = `${KIND_LABEL[f.kind].plan}${f.recipient ? ` to ${f.recipient.name}` : ""}${r.company ? ` (${r.company})` : ""}`;
    console.log(JSON.stringify({ event: "copied_sent", id: r.id, followUp: f.id }));
    return { mail: finish(`Marked as sent: ${what}`, { greeting: `Marked as sent: ${what}. I kept your note with it.`, blocks: [] }), thread: { id: r.id, followUp: f.id } };
  }
  return null;
}

/** Earlier rounds read for a new one: far more than an application has. */
const MAX_EARLIER_ROUNDS = 10;

/**
 * The earlier rounds of the application a new interview belongs to (changes.ts sameApplication): the new one's
 * round number, and each earlier record whose open inquiries and check-ins the new round ends.
 */
async function earlierRounds(cfg: Config, entries: SeekerEntry[], e: Extraction, seeker: string) {
  const out = { next: 1, ended: [] as Array<{ before: InterviewRecord; after: InterviewRecord; count: number }> };
  const earlier = entries.filter((x) => sameApplication(x, e) && x.start < e.start!).slice(0, MAX_EARLIER_ROUNDS);
  for (const entry of earlier) {
    const r = await getInterview(cfg.kv, entry.id);
    if (!r || r.seeker.email !== seeker || r.cancelledAt) continue;
    out.next = Math.max(out.next, r.round + 1);
    const { record, ended } = endRound(r);
    if (ended) out.ended.push({ before: r, after: record, count: ended });
  }
  return out;
}

type Reading = { messageId: string; extraction: Extraction; seeker: { email: string; name: string }; kept: Uint8Array; pendingId: string | null };

async function act(cfg: Config, inbound: Inbound, reading: Reading, now: Date): Promise<void> {
  const { extraction, seeker } = reading;
  const sender = seeker.email;
  const settings = settingsOf(cfg);
  // The seeker's listing is read once per mail (one KV list), for matching and for the limit.
  let listed: SeekerEntry[] | null = null;
  const tracked = async () => (listed ??= await seekerInterviews(cfg.kv, sender));
  if (extraction.kind !== "not_interview" && extraction.start) {
    // A later mail about an interview we track: a cancellation, a reschedule, or the same one again.
    const match = findMatch(await tracked(), extraction);
    const found = match ? await getInterview(cfg.kv, match.id) : null;
    const existing = found?.seeker.email === sender ? found : null;
    if (extraction.kind === "cancellation") {
      if (!existing || existing.cancelledAt) {
        await answer(cfg, inbound, { mail: composeUpdateReply("cancel_unknown", null, extraction, seeker.name) }, now);
        return;
      }
      const cancelled = cancel(existing, now);
      await replaceInterview(cfg.kv, existing, cancelled, now, cfg.retentionDays);
      const attachments = cancelAttachments(existing, cancelled, now, cfg.assistantAddress);
      await answer(cfg, inbound, { mail: composeUpdateReply("cancelled", cancelled, extraction, seeker.name), attachments }, now);
      return;
    }
    if (existing && !existing.cancelledAt) {
      if (sameSlot(existing.start, extraction.start)) {
        await answer(cfg, inbound, { mail: composeUpdateReply("duplicate", existing, extraction, seeker.name), thread: { id: existing.id } }, now);
        return;
      }
      if (extraction.kind === "reschedule" || (extraction.inviteUid && extraction.inviteUid === existing.inviteUid)) {
        const moved = reschedule(existing, extraction, settings, now);
        await replaceInterview(cfg.kv, existing, moved, now, cfg.retentionDays);
        const mail = composeUpdateReply("rescheduled", moved, extraction, seeker.name);
        await answer(cfg, inbound, { mail, thread: { id: moved.id }, attachments: [planAttachment(moved, now, cfg.assistantAddress, await statusLink(cfg, moved, now))] }, now);
        return;
      }
    }
  }
  if (extraction.kind === "cancellation") {
    await answer(cfg, inbound, { mail: composeUpdateReply("cancel_unknown", null, extraction, seeker.name) }, now);
    return;
  }
  if (extraction.notInterviewReason === "rejection" || extraction.notInterviewReason === "offer" || extraction.notInterviewReason === "out_of_office") {
    // The company's answer about an interview we track: stop or move its follow-ups.
    const answered = await findAnsweredInterview(cfg, sender, extraction);
    if (answered) {
      const outcome = answerFromCompany(answered, extraction, now, settings);
      await replaceInterview(cfg.kv, answered, outcome.record, now, cfg.retentionDays);
      const mail = finish(outcome.subject, { greeting: `Hi ${seeker.name.split(" ")[0]},`, blocks: outcome.blocks });
      await answer(cfg, inbound, { mail, thread: { id: answered.id }, attachments: cancelAttachments(answered, outcome.record, now, cfg.assistantAddress) }, now);
      return;
    }
  }
  if (extraction.kind === "not_interview" || !extraction.start) {
    const mail = composeNotTrackedReply(extraction, seeker.name, cfg.seekerTimeZone);
    if (!keptForReply(extraction.notInterviewReason)) {
      await answer(cfg, inbound, { mail }, now);
      return;
    }
    // Kept until the seeker replies with the missing details (or for PENDING_TTL_SECONDS), under the answer's id.
    const replyId = newMessageId(cfg);
    await savePending(cfg.kv, replyId, { seeker: sender, raw: reading.kept, receivedAt: now.toISOString() });
    try {
      await answer(cfg, inbound, { mail }, now, replyId);
    } catch (err) {
      await deletePending(cfg.kv, sender, replyId);
      throw new StoredButUnanswered("answer failed", { cause: err });
    }
    return;
  }

  // Follow-ups per seeker are bounded: a flood of forwards must not turn into a flood of reminders.
  if ((await tracked()).length >= MAX_INTERVIEWS_PER_SEEKER) {
    const text = `I already track ${MAX_INTERVIEWS_PER_SEEKER} interviews for you, the most I keep at once. Reply 'stop' to one you no longer need, or wait until older ones expire.\n`;
    await answer(cfg, inbound, { mail: { subject: "Not tracked: too many interviews", text, html: "" } }, now);
    return;
  }
  const id = await interviewId(cfg, sender, reading.messageId);
  const rounds = await earlierRounds(cfg, await tracked(), extraction, sender);
  const record = { ...newRecord(id, reading.messageId, extraction, seeker, settings, now), round: rounds.next };
  await saveNewInterview(cfg.kv, record, now, cfg.retentionDays); // throws on KV failure: no success reply, mail retried
  const status = await statusLink(cfg, record, now);
  const ended = rounds.ended.reduce((n, e) => n + e.count, 0);
  const mail = composeTrackedReply(record, extraction, status, { ended });
  // The earlier round's inquiries leave the seeker's calendar with this answer.
  const cancelled = rounds.ended.flatMap((e) => cancelAttachments(e.before, e.after, now, cfg.assistantAddress));
  try {
    await answer(cfg, inbound, { mail, thread: { id: record.id }, attachments: [planAttachment(record, now, cfg.assistantAddress, status), ...cancelled] }, now);
  } catch (err) {
    // No answer went out: keep nothing, so no reminder follows a mail the seeker saw bounce.
    await forgetInterview(cfg.kv, record);
    throw new StoredButUnanswered("answer failed", { cause: err });
  }
  await putInterview(cfg.kv, { ...record, replied: true }, now, cfg.retentionDays);
  // Only once the seeker has the answer: a mail that fails leaves the earlier round as it was.
  for (const e of rounds.ended) await replaceInterview(cfg.kv, e.before, e.after, now, cfg.retentionDays);
  if (reading.pendingId) await deletePending(cfg.kv, sender, reading.pendingId);
  console.log(JSON.stringify({ event: "tracked", id, followUps: record.followUps.length }));
}

