/**
 * email(): authorize, parse once, extract, plan, store, reply once.
 * Every side effect of an incoming mail lives here.
 */
import { EmailMessage } from "cloudflare:email";
import { type Config, type Env, loadConfig } from "../config.ts";
import { planCalendar } from "../compose/calendar.ts";
import { type Attachment, buildMime } from "../compose/mime.ts";
import { checkSender, robotReason, type Verdict } from "./gate.ts";
import type { InterviewRecord, SeekerEntry } from "../store/schemas.ts";
import { type ComposedMail, finish, composeNotTrackedReply, composeTrackedReply, composeUpdateReply } from "../compose/reply.ts";
import { waitsForTime } from "../extract/kind.ts";
import { findThread, putThread, refIn, type ThreadRef, withRef } from "../store/threads.ts";
import { handleCommands } from "./steer.ts";
import { answerFromCompany, findAnsweredInterview } from "./answers.ts";
import { statusLink } from "./http.ts";
import { extractFromOriginal } from "../extract/index.ts";
import { hasCorrections, readCorrections, seekerNote } from "../extract/corrections.ts";
import { bodyText, unwrap } from "../extract/forward.ts";
import { findByMessageId, getInterview, putInterview, replaceInterview, saveNewInterview, seekerInterviews } from "../store/interviews.ts";
import { cancel, findMatch, newRecord, reschedule, sameSlot } from "./changes.ts";
import { deletePending, findPending, savePending } from "../store/pending.ts";

/** Larger mail is not an interview confirmation; reading it would spend the CPU budget. */
export const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;

async function sha256Hex(s: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(s));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

const REJECT_TEXT: Record<Exclude<Verdict, { ok: true }>["reason"], string> = {
  not_allowed: "This address only accepts mail from its owner.",
  from_not_allowed: "This address only accepts mail from its owner.",
  auth_failed: "Sender authentication (DMARC/SPF/DKIM) failed.",
  auth_missing: "Sender authentication results are missing.",
};

/** Interviews kept per seeker (each with up to ~12 follow-ups): far above a real search, far below a flood. */
export const MAX_INTERVIEWS_PER_SEEKER = 60;

/** Replies per seeker: a loop or a flood stops here, not in someone's inbox. */
export const MAX_MAILS_PER_HOUR = 30;
export const MAX_MAILS_PER_DAY = 200;

/** Counts this mail in hour and day buckets (`rate:` keys, expiring with their bucket). */
async function withinRate(cfg: Config, sender: string, now: Date): Promise<boolean> {
  const hour = `rate:${sender}:h:${now.toISOString().slice(0, 13)}`;
  const day = `rate:${sender}:d:${now.toISOString().slice(0, 10)}`;
  const [h, d] = await Promise.all([cfg.kv.get(hour), cfg.kv.get(day)]);
  const hn = Number(h ?? 0) + 1;
  const dn = Number(d ?? 0) + 1;
  if (hn > MAX_MAILS_PER_HOUR || dn > MAX_MAILS_PER_DAY) return false;
  await Promise.all([cfg.kv.put(hour, String(hn), { expirationTtl: 2 * 3600 }), cfg.kv.put(day, String(dn), { expirationTtl: 2 * 86_400 })]);
  return true;
}

/** Replies, and remembers the reply's Message-ID so the seeker can answer it with commands. */
async function replyInThread(message: ForwardableEmailMessage, cfg: Config, mail: ComposedMail, now: Date, id: string, attachments: Attachment[] = []): Promise<void> {
  const replyId = newMessageId(cfg);
  await putThread(cfg.kv, replyId, { id, followUp: null });
  await reply(message, cfg, { ...mail, subject: withRef(mail.subject, id) }, now, replyId, attachments);
}

/** The thread an answer belongs to: its In-Reply-To/References, else the [ref …] in its subject. */
async function threadOf(cfg: Config, message: ForwardableEmailMessage, subject: string, sender: string): Promise<ThreadRef | null> {
  const byHeaders = await findThread(cfg.kv, threadRefs(message.headers));
  if (byHeaders) return byHeaders;
  const ref = refIn(subject);
  if (!ref) return null;
  const entry = (await seekerInterviews(cfg.kv, sender)).find((e) => e.id.startsWith(ref));
  return entry ? { id: entry.id, followUp: null } : null;
}

function planAttachment(r: InterviewRecord, now: Date, cfg: Config): Attachment {
  return { filename: "follow-up-plan.ics", contentType: "text/calendar", content: planCalendar(r, now, cfg.assistantAddress.split("@")[1]!) };
}

function newMessageId(cfg: Config): string {
  return `<${crypto.randomUUID()}@${cfg.assistantAddress.split("@")[1]}>`;
}

function threadRefs(headers: Headers): string[] {
  const refs = (headers.get("references") ?? "").split(/\s+/).filter(Boolean);
  const inReplyTo = headers.get("in-reply-to")?.trim();
  return inReplyTo && !refs.includes(inReplyTo) ? [...refs, inReplyTo] : refs;
}

async function reply(
  message: ForwardableEmailMessage,
  cfg: Config,
  mail: { subject: string; text: string; html?: string },
  now: Date,
  messageId = newMessageId(cfg),
  attachments: Attachment[] = [],
): Promise<void> {
  const incomingId = message.headers.get("message-id");
  const refs = threadRefs(message.headers);
  const raw = buildMime({
    from: { addr: cfg.assistantAddress, name: "Interview follow-ups" },
    to: message.from,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    attachments,
    messageId,
    date: now,
    inReplyTo: incomingId,
    references: incomingId ? [...refs.filter((r) => r !== incomingId), incomingId] : refs,
    autoSubmitted: "auto-replied",
  });
  await message.reply(new EmailMessage(cfg.assistantAddress, message.from, raw));
}

export async function handleEmail(message: ForwardableEmailMessage, env: Env, now: Date): Promise<void> {
  const cfg = loadConfig(env); // a bad deployment throws: the mail is retried, not lost
  const sender = message.from.toLowerCase();
  // Robots first: a bounce or an auto-reply gets neither a reply nor a reject (no backscatter).
  const robot = robotReason(message.headers, message.from);
  if (robot) {
    console.log(JSON.stringify({ event: "ignored", reason: robot }));
    return;
  }
  const verdict = checkSender(sender, message.headers, cfg.allowedSenders, cfg.senderAuth);
  if (!verdict.ok) {
    message.setReject(REJECT_TEXT[verdict.reason]);
    return;
  }
  if (!(await withinRate(cfg, sender, now))) {
    message.setReject("Too many messages from this address in the last hour or day; try again later.");
    return;
  }
  if (message.rawSize > MAX_MESSAGE_BYTES) {
    await reply(message, cfg, { subject: "Not tracked: message too large", text: `That message is larger than ${MAX_MESSAGE_BYTES / 1024 / 1024} MiB, so I did not read it. Forward the confirmation without large attachments.\n` }, now);
    return;
  }

  const messageId = message.headers.get("message-id")?.trim() || `<no-id-${await sha256Hex(`${sender}${now.getTime()}`)}>`;
  const known = await findByMessageId(cfg.kv, messageId);
  if (known) {
    const record = await getInterview(cfg.kv, known);
    if (record?.replied) return; // a redelivery of a mail already answered
  }

  const raw = new Uint8Array(await new Response(message.raw).arrayBuffer());
  let parsed: Awaited<ReturnType<typeof unwrap>>;
  try {
    parsed = await unwrap(raw);
  } catch (err) {
    // postal-mime refuses absurd nesting or header sizes: say so, store nothing.
    console.log(JSON.stringify({ event: "unreadable", error: String(err).slice(0, 200) }));
    await reply(message, cfg, { subject: "Not tracked: unreadable message", text: "I could not read that message: its structure is broken or too deeply nested. Forward the original confirmation again, or paste its text into a new mail.\n" }, now);
    return;
  }
  const { outer, original: forwarded } = parsed;
  // A reply to one of our mails, with no forwarded mail in it: the seeker is steering.
  const isForward = /^\s*(fwd?|fw|tr|wg)\s*:/i.test((outer.subject ?? "").slice(0, 20)) || outer.attachments.some((a) => a.mimeType === "message/rfc822");
  const thread = isForward ? null : await threadOf(cfg, message, outer.subject ?? "", sender);
  if (thread) {
    const answer = await handleCommands(cfg, thread, seekerNote(bodyText(outer)), sender, now);
    await replyInThread(message, cfg, answer, now, thread.id);
    return;
  }
  const corrections = readCorrections(seekerNote(bodyText(outer)));
  // A reply to our "could not read it" answer: read the kept forward again, with the seeker's corrections.
  const pending = hasCorrections(corrections) ? await findPending(cfg.kv, threadRefs(message.headers), sender) : null;
  const source = pending ? (await unwrap(pending.pending.raw)).original : forwarded;
  const seeker = { email: sender, name: outer.from?.name?.trim() || cfg.seekerName };
  const extraction = extractFromOriginal(source, { now, seeker, seekerTimeZone: cfg.seekerTimeZone, assistantAddress: cfg.assistantAddress, corrections });

  const settings = { seekerTimeZone: cfg.seekerTimeZone, policy: cfg.policy };
  // The seeker's listing is read once per mail (one KV list), for matching and for the limit.
  let listed: SeekerEntry[] | null = null;
  const tracked = async () => (listed ??= await seekerInterviews(cfg.kv, sender));
  if (extraction.kind !== "not_interview" && extraction.start) {
    // A later mail about an interview we track: a cancellation, a reschedule, or the same one again.
    const match = findMatch(await tracked(), extraction);
    const existing = match ? await getInterview(cfg.kv, match.id) : null;
    if (extraction.kind === "cancellation") {
      if (!existing || existing.cancelledAt) {
        await reply(message, cfg, composeUpdateReply("cancel_unknown", null, extraction, seeker.name), now);
        return;
      }
      const cancelled = cancel(existing, now);
      await replaceInterview(cfg.kv, existing, cancelled, now, cfg.retentionDays);
      await reply(message, cfg, composeUpdateReply("cancelled", cancelled, extraction, seeker.name), now);
      return;
    }
    if (existing && !existing.cancelledAt) {
      if (sameSlot(existing.start, extraction.start)) {
        await replyInThread(message, cfg, composeUpdateReply("duplicate", existing, extraction, seeker.name), now, existing.id);
        return;
      }
      if (extraction.kind === "reschedule" || (extraction.inviteUid && extraction.inviteUid === existing.inviteUid)) {
        const moved = reschedule(existing, extraction, settings, now);
        await replaceInterview(cfg.kv, existing, moved, now, cfg.retentionDays);
        await replyInThread(message, cfg, composeUpdateReply("rescheduled", moved, extraction, seeker.name), now, moved.id, [planAttachment(moved, now, cfg)]);
        return;
      }
    }
  }
  if (extraction.kind === "cancellation") {
    await reply(message, cfg, composeUpdateReply("cancel_unknown", null, extraction, seeker.name), now);
    return;
  }
  if (extraction.notInterviewReason === "rejection" || extraction.notInterviewReason === "offer" || extraction.notInterviewReason === "out_of_office") {
    // The company's answer about an interview we track: stop or move its follow-ups.
    const tracked = await findAnsweredInterview(cfg, sender, extraction);
    if (tracked) {
      const outcome = answerFromCompany(tracked, extraction, now, settings);
      await replaceInterview(cfg.kv, tracked, outcome.record, now, cfg.retentionDays);
      await replyInThread(message, cfg, finish(outcome.subject, { greeting: `Hi ${seeker.name.split(" ")[0]},`, blocks: outcome.blocks }), now, tracked.id);
      return;
    }
  }
  if (extraction.kind === "not_interview" || !extraction.start) {
    const answer = composeNotTrackedReply(extraction, seeker.name, cfg.seekerTimeZone);
    const replyId = newMessageId(cfg);
    if (waitsForTime(extraction.notInterviewReason)) {
      // Kept until the seeker replies with the missing details (or for PENDING_TTL_SECONDS).
      await savePending(cfg.kv, replyId, { seeker: sender, raw: pending?.pending.raw ?? raw, receivedAt: now.toISOString() });
    }
    await reply(message, cfg, answer, now, replyId);
    return;
  }

  // Follow-ups per seeker are bounded: a flood of forwards must not turn into a flood of reminders.
  if ((await tracked()).length >= MAX_INTERVIEWS_PER_SEEKER) {
    await reply(message, cfg, { subject: "Not tracked: too many interviews", text: `I already track ${MAX_INTERVIEWS_PER_SEEKER} interviews for you, the most I keep at once. Reply 'stop' to one you no longer need, or wait until older ones expire.\n` }, now);
    return;
  }
  const id = await sha256Hex(`${sender}\n${messageId}`).then((h) => h.slice(0, 16));
  const record = newRecord(id, messageId, extraction, seeker, settings, now);
  await saveNewInterview(cfg.kv, record, now, cfg.retentionDays); // throws on KV failure: no success reply, mail retried
  await replyInThread(message, cfg, composeTrackedReply(record, extraction, await statusLink(cfg, sender, now)), now, record.id, [planAttachment(record, now, cfg)]);
  await putInterview(cfg.kv, { ...record, replied: true }, now, cfg.retentionDays);
  if (pending) await deletePending(cfg.kv, pending.messageId);
  console.log(JSON.stringify({ event: "tracked", id, followUps: record.followUps.length }));
}
