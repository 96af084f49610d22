/**
 * scheduled(): send every reminder that is due, once. `now` is the trigger's
 * scheduled time. Reads only the due part of the index.
 */
import { EmailMessage } from "cloudflare:email";
import { type Config, type Env, loadConfig } from "../config.ts";
import { type AssistantMail, assistantMime, messageIdIn } from "../compose/mime.ts";
import { composeReminder, composeSendFailure } from "../compose/reminder.ts";
import type { DueEntry } from "../store/store.ts";
import type { FollowUp, InterviewRecord } from "../store/schemas.ts";
import { withRef } from "../store/threads.ts";
import { actionLinks } from "./http.ts";
import type { Desk } from "../store/desk.ts";

/**
 * Reminder mails per tick, from what one costs (docs/performance.md, `npm run bench`: tick_max_due_ms): in a
 * fresh isolate the first reminder with its drafts and signed links costs 2.4–3.6 ms of CPU here, with the
 * warm-up's ticks and its early collection; before those, 5–32. One per tick, a 2× margin and more on a cron
 * run's 10 ms: the rest waits five minutes for the next tick, 288 reminders a day, far above what one job search
 * makes (a loop's thank-yous are one mail).
 */
export const MAX_REMINDERS_PER_TICK = 1;
/** Due keys read per tick: a loop's companions and stale keys are cheap to pass over (one list operation). */
export const DUE_KEYS_PER_TICK = 10;
/** Sends tried before the seeker is told a reminder could not be delivered. */
export const MAX_SEND_ATTEMPTS = 5;
/** First retry after a failed send; doubles each time (5, 10, 20, 40 min). */
const RETRY_BASE_MS = 5 * 60_000;
/** A claim older than this belongs to a tick that died; the reminder is taken over. */
export const CLAIM_TIMEOUT_MS = 15 * 60_000;

export type TickReport = { due: number; sent: number; skipped: number; retried: number; failed: number; errors: number };
type Outcome = Exclude<keyof TickReport, "due">;

// Ticks overlapping in one isolate share this: a reminder is in flight at most once here.
const inFlight = new Set<string>();

function mime(cfg: Config, to: string, mail: AssistantMail, now: Date, messageId = messageIdIn(cfg.assistantAddress, cfg.randomId())): string {
  return assistantMime(cfg.assistantAddress, to, mail, { messageId, date: now, autoSubmitted: "auto-generated" });
}

/**
 * Marks every follow-up of one mail as being sent, with one write: a tick that dies before the send leaves the
 * claim to time out (CLAIM_TIMEOUT_MS) and the next tick takes it over. No read-back: the desk lets one tick at a
 * time in, and takeOnce refuses an attempt already sent.
 */
async function claim(cfg: Config, record: InterviewRecord, fs: FollowUp[], now: Date): Promise<void> {
  const token = cfg.randomId();
  for (const f of fs) Object.assign(f, { status: "sending", claimedAt: now.toISOString(), claim: token });
  await cfg.store.put(record, now);
}

/**
 * The loop's other thank-yous that are due too: one onsite loop, one mail with every draft (six mails at
 * 4:15 PM before). Only thank-yous: an inquiry and a check-in each deserve a moment of their own.
 */
function dueTogether(record: InterviewRecord, f: FollowUp, now: Date): FollowUp[] {
  if (!f.kind.startsWith("thank_you")) return [];
  // Equal attempts: one waiting out a failed send's backoff is not due yet, whatever its planned instant says.
  // A dead tick's claim on the loop is taken over whole, as it was made.
  const open = (g: FollowUp) => g.status === "pending" || (f.status === "sending" && g.status === "sending" && g.claim === f.claim);
  return record.followUps.filter((g) => g !== f && g.kind.startsWith("thank_you") && open(g) && g.attempts === f.attempts && Date.parse(g.due) <= now.getTime());
}

/**
 * The due keys a follow-up of this mail may still have: the one the tick found (a retry's time, shared by a loop
 * that failed together) and its planned instant's. Deleting one that is not there costs an operation, nothing more.
 */
function dueKeysOf(cfg: Config, entry: DueEntry, recordId: string, f: FollowUp): string[] {
  return [...new Set([cfg.store.dueKey(entry.due, recordId, f.id), cfg.store.dueKey(f.due, recordId, f.id)])];
}

/** A failed send: every follow-up of that mail waits for the backoff together (or, after the last try, fails). */
async function retryLater(cfg: Config, record: InterviewRecord, fs: FollowUp[], entry: DueEntry, now: Date): Promise<Outcome> {
  const attempts = fs[0]!.attempts + 1;
  const failed = attempts >= MAX_SEND_ATTEMPTS;
  for (const f of fs) Object.assign(f, { attempts, claimedAt: null, claim: null, status: failed ? "failed" : "pending" });
  await cfg.store.put(record, now);
  const retryAt = new Date(now.getTime() + RETRY_BASE_MS * 2 ** (attempts - 1)).toISOString();
  for (const f of fs) {
    if (!failed) await cfg.store.putDue(retryAt, record, f.id, now);
    for (const key of dueKeysOf(cfg, entry, record.id, f)) if (key !== cfg.store.dueKey(retryAt, record.id, f.id)) await cfg.store.dropDue(key);
  }
  if (!failed) return "retried";
  // Tell the seeker; if this fails too, the record keeps status "failed" for the status page.
  for (const f of fs) {
    const notice = composeSendFailure(record, f);
    await cfg.mailer.send(new EmailMessage(cfg.assistantAddress, record.seeker.email, mime(cfg, record.seeker.email, notice, now))).catch(() => {});
  }
  return "failed";
}

/**
 * A reminder's Message-ID, from its follow-up and attempt: were a send ever repeated, the copies would collapse
 * into one in the seeker's mailbox.
 */
function reminderId(cfg: Config, record: InterviewRecord, f: FollowUp): string {
  return messageIdIn(cfg.assistantAddress, `reminder.${attemptOf(record, f)}`);
}

/**
 * One attempt at one reminder: the follow-up, its due instant (a snooze makes a new reminder of it) and its
 * attempt number (a failed send's retry is a new attempt).
 */
function attemptOf(record: InterviewRecord, f: FollowUp): string {
  return `${record.id}.${f.id}.${Math.floor(Date.parse(f.due) / 60_000).toString(36)}.${f.attempts}`;
}

/** `handled`: follow-ups this tick already sent or retried, as a loop's companions: their listed keys are spent. */
async function deliver(cfg: Config, entry: DueEntry, now: Date, handled: Set<string>): Promise<Outcome> {
  if (handled.has(`${entry.id}:${entry.followUp}`)) return "skipped";
  const peek = await cfg.store.interview(entry.id);
  if (!peek) {
    await cfg.store.dropDue(entry.key);
    return "skipped";
  }
  // The record is read again at the seeker's desk: a reply or another tick may have changed it meanwhile.
  const desk = cfg.desk(peek.seeker.email);
  return desk.serially(() => deliverAtDesk(cfg, desk, entry, now, handled));
}

async function deliverAtDesk(cfg: Config, desk: Desk, entry: DueEntry, now: Date, handled: Set<string>): Promise<Outcome> {
  if (handled.has(`${entry.id}:${entry.followUp}`)) return "skipped";
  const record = await cfg.store.interview(entry.id);
  const f = record?.followUps.find((x) => x.id === entry.followUp);
  const stale = f?.status === "sending" && f.claimedAt && now.getTime() - new Date(f.claimedAt).getTime() > CLAIM_TIMEOUT_MS;
  if (!record || !f || (f.status !== "pending" && !stale)) {
    // Sent, cancelled or failed already, or claimed by a live tick: the key is stale or not ours.
    if (!f || f.status !== "sending") await cfg.store.dropDue(entry.key);
    return "skipped";
  }
  if (f.kind === "prep" && now.getTime() >= Date.parse(record.start)) {
    // An outage or a backlog reached it after the interview began: what to ask there is moot, so it is not sent.
    f.status = "cancelled";
    await cfg.store.put(record, now);
    await cfg.store.dropDue(entry.key);
    return "skipped";
  }
  const others = dueTogether(record, f, now);
  // This attempt is sent once, whatever KV shows: a copy of the record a write had not yet reached (another
  // location, a failed delete of the due key) finds it taken and stands down, and records what happened.
  if (!(await desk.takeOnce(`send:${attemptOf(record, f)}`, cfg.store.ttl(record, now)))) {
    for (const g of [f, ...others]) if (g.status === "pending") Object.assign(g, { status: "reminded", remindedAt: g.remindedAt ?? now.toISOString() });
    await cfg.store.put(record, now);
    await cfg.store.dropDue(entry.key);
    return "skipped";
  }
  await claim(cfg, record, [f, ...others], now);
  for (const g of others) handled.add(`${record.id}:${g.id}`);
  const together = await Promise.all(others.map(async (g) => ({ f: g, actions: await actionLinks(cfg, record, g.id, now, undefined, ["sent", "snooze"]) })));
  const reminder = composeReminder(record, f, now, await actionLinks(cfg, record, f.id, now), cfg.assistantAddress, together);
  const messageId = reminderId(cfg, record, f);
  // A reply to this reminder ("sent", "snooze 2d") steers this follow-up; to a loop's, each of its thank-yous
  // (commands.ts: a bare "sent" outside one follow-up marks each person's due thank-you).
  await cfg.store.putThread(record.seeker.email, messageId, { id: record.id, followUp: others.length ? null : f.id });
  try {
    const subject = withRef(reminder.subject, record.id);
    await cfg.mailer.send(new EmailMessage(cfg.assistantAddress, record.seeker.email, mime(cfg, record.seeker.email, { ...reminder, subject }, now, messageId)));
  } catch (err) {
    console.error(JSON.stringify({ event: "send_failed", id: record.id, followUp: f.id, attempt: f.attempts + 1, error: String(err) }));
    return retryLater(cfg, record, [f, ...others], entry, now);
  }
  // Sent: drop the index keys first, so even if marking fails below the reminder is never sent again.
  await cfg.store.dropDue(entry.key);
  for (const g of others) for (const key of dueKeysOf(cfg, entry, record.id, g)) await cfg.store.dropDue(key);
  for (const g of [f, ...others]) Object.assign(g, { status: "reminded", remindedAt: now.toISOString(), claimedAt: null, claim: null });
  await cfg.store.put(record, now);
  return "sent";
}

export async function handleScheduled(env: Env, now: Date): Promise<TickReport> {
  const report = await runTick(loadConfig(env), now);
  if (report.due) console.log(JSON.stringify({ event: "tick", ...report }));
  return report;
}

/** A tick's work on a loaded configuration, unlogged: the start-up warm-up runs it on an in-memory store. */
export async function runTick(cfg: Config, now: Date): Promise<TickReport> {
  const due = await cfg.store.due(now, DUE_KEYS_PER_TICK);
  const report: TickReport = { due: due.length, sent: 0, skipped: 0, retried: 0, failed: 0, errors: 0 };
  const handled = new Set<string>();
  for (const entry of due) {
    // Each mail composed (sent, or tried and left for a retry) is what costs the CPU: stop at the tick's share.
    if (report.sent + report.retried + report.failed >= MAX_REMINDERS_PER_TICK) break;
    const flight = `${entry.id}:${entry.followUp}`;
    if (inFlight.has(flight)) {
      report.skipped++;
      continue;
    }
    inFlight.add(flight);
    try {
      report[await deliver(cfg, entry, now, handled)]++;
    } catch (err) {
      // KV failing mid-tick: this reminder keeps its due key (or its claim times out) and is retried.
      report.errors++;
      console.error(JSON.stringify({ event: "deliver_error", key: entry.key, error: String(err) }));
    } finally {
      inFlight.delete(flight);
    }
  }
  return report;
}


