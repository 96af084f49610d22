/**
 * scheduled(): send every reminder that is due, once. `now` is the trigger's
 * scheduled time. Reads only the due part of the index.
 */
import { EmailMessage } from "cloudflare:email";
import { type Config, type Env, loadConfig } from "../config.ts";
import { buildMime } from "../compose/mime.ts";
import { composeReminder, composeSendFailure } from "../compose/reminder.ts";
import { type DueEntry, getInterview, listDue, putDueKey, putInterview, ttlSeconds } from "../store/interviews.ts";
import type { FollowUp, InterviewRecord } from "../store/schemas.ts";
import { putThread, withRef } from "../store/threads.ts";
import { actionLinks } from "./http.ts";

/**
 * Reminders per tick. Each costs about 6 KV operations and one send; 10 keeps a
 * tick far inside the free plan's 50 subrequests and 10 ms CPU. The rest waits
 * five minutes for the next tick.
 */
export const MAX_REMINDERS_PER_TICK = 10;
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

function mime(cfg: Config, to: string, mail: { subject: string; text: string; html: string }, now: Date, messageId = newId(cfg)): string {
  return buildMime({
    from: { addr: cfg.assistantAddress, name: "Interview follow-ups" },
    to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId,
    date: now,
    autoSubmitted: "auto-generated",
  });
}

function newId(cfg: Config): string {
  return `<${crypto.randomUUID()}@${cfg.assistantAddress.split("@")[1]}>`;
}

async function claim(cfg: Config, record: InterviewRecord, f: FollowUp, now: Date): Promise<boolean> {
  f.status = "sending";
  f.claimedAt = now.toISOString();
  f.claim = crypto.randomUUID();
  await putInterview(cfg.kv, record, now, cfg.retentionDays);
  // Read back: if another tick claimed it in between, its write won and we stand down.
  const check = await getInterview(cfg.kv, record.id);
  const mine = check?.followUps.find((x) => x.id === f.id);
  return !!mine && mine.status === "sending" && mine.claim === f.claim;
}

async function retryLater(cfg: Config, record: InterviewRecord, f: FollowUp, entry: DueEntry, now: Date): Promise<Outcome> {
  f.attempts += 1;
  f.claimedAt = null;
  f.claim = null;
  const ttl = ttlSeconds(record, now, cfg.retentionDays);
  if (f.attempts >= MAX_SEND_ATTEMPTS) {
    f.status = "failed";
    await putInterview(cfg.kv, record, now, cfg.retentionDays);
    await cfg.kv.delete(entry.key);
    // Tell the seeker; if this fails too, the record keeps status "failed" for the status page.
    const notice = composeSendFailure(record, f);
    await cfg.mailer.send(new EmailMessage(cfg.assistantAddress, record.seeker.email, mime(cfg, record.seeker.email, notice, now))).catch(() => {});
    return "failed";
  }
  f.status = "pending";
  const retryAt = new Date(now.getTime() + RETRY_BASE_MS * 2 ** (f.attempts - 1)).toISOString();
  await putInterview(cfg.kv, record, now, cfg.retentionDays);
  await putDueKey(cfg.kv, retryAt, record.id, f.id, ttl);
  await cfg.kv.delete(entry.key);
  return "retried";
}

async function deliver(cfg: Config, entry: DueEntry, now: Date): Promise<Outcome> {
  const record = await getInterview(cfg.kv, entry.id);
  const f = record?.followUps.find((x) => x.id === entry.followUp);
  const stale = f?.status === "sending" && f.claimedAt && now.getTime() - new Date(f.claimedAt).getTime() > CLAIM_TIMEOUT_MS;
  if (!record || !f || (f.status !== "pending" && !stale)) {
    // Sent, cancelled or failed already, or claimed by a live tick: the key is stale or not ours.
    if (!f || f.status !== "sending") await cfg.kv.delete(entry.key);
    return "skipped";
  }
  if (!(await claim(cfg, record, f, now))) return "skipped";
  const reminder = composeReminder(record, f, now, await actionLinks(cfg, record, f.id, now), cfg.assistantAddress);
  const messageId = newId(cfg);
  // A reply to this reminder ("sent", "snooze 2d") steers this follow-up.
  await putThread(cfg.kv, record.seeker.email, messageId, { id: record.id, followUp: f.id });
  try {
    const subject = withRef(reminder.subject, record.id);
    await cfg.mailer.send(new EmailMessage(cfg.assistantAddress, record.seeker.email, mime(cfg, record.seeker.email, { ...reminder, subject }, now, messageId)));
  } catch (err) {
    console.error(JSON.stringify({ event: "send_failed", id: record.id, followUp: f.id, attempt: f.attempts + 1, error: String(err) }));
    return retryLater(cfg, record, f, entry, now);
  }
  // Sent: drop the index key first, so even if marking fails below the reminder is never sent again.
  await cfg.kv.delete(entry.key);
  f.status = "reminded";
  f.remindedAt = now.toISOString();
  f.claimedAt = null;
  f.claim = null;
  await putInterview(cfg.kv, record, now, cfg.retentionDays);
  return "sent";
}

export async function handleScheduled(env: Env, now: Date): Promise<TickReport> {
  const cfg = loadConfig(env);
  const due = await listDue(cfg.kv, now, MAX_REMINDERS_PER_TICK);
  const report: TickReport = { due: due.length, sent: 0, skipped: 0, retried: 0, failed: 0, errors: 0 };
  for (const entry of due) {
    const flight = `${entry.id}:${entry.followUp}`;
    if (inFlight.has(flight)) {
      report.skipped++;
      continue;
    }
    inFlight.add(flight);
    try {
      report[await deliver(cfg, entry, now)]++;
    } catch (err) {
      // KV failing mid-tick: this reminder keeps its due key (or its claim times out) and is retried.
      report.errors++;
      console.error(JSON.stringify({ event: "deliver_error", key: entry.key, error: String(err) }));
    } finally {
      inFlight.delete(flight);
    }
  }
  if (due.length) console.log(JSON.stringify({ event: "tick", ...report }));
  return report;
}


