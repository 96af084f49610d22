/**
 * scheduled(): send every reminder that is due, once. `now` is the trigger's
 * scheduled time. Reads only the due part of the index.
 */
import { EmailMessage } from "cloudflare:email";
import { type Config, type Env, loadConfig } from "../config.ts";
import { buildMime } from "../compose/mime.ts";
import { composeReminder } from "../compose/reminder.ts";
import { getInterview, listDue, putInterview, type DueEntry } from "../store/interviews.ts";

/**
 * Reminders per tick. Each costs about 5 KV operations and one send; 10 keeps a
 * tick far inside the free plan's 50 subrequests and 10 ms CPU. The rest waits
 * five minutes for the next tick.
 */
export const MAX_REMINDERS_PER_TICK = 10;

export type TickReport = { due: number; sent: number; skipped: number; failed: number };

async function deliver(cfg: Config, entry: DueEntry, now: Date): Promise<"sent" | "skipped" | "failed"> {
  const record = await getInterview(cfg.kv, entry.id);
  const followUp = record?.followUps.find((f) => f.id === entry.followUp);
  if (!record || !followUp || followUp.status !== "pending") {
    await cfg.kv.delete(entry.key); // stale index entry: already sent, cancelled, or expired
    return "skipped";
  }
  // Claim it before sending, so an overlapping tick that reads the record skips it.
  followUp.status = "sending";
  await putInterview(cfg.kv, record, now, cfg.retentionDays);
  const { subject, text } = composeReminder(record, followUp, now);
  const raw = buildMime({
    from: { addr: cfg.assistantAddress, name: "Interview follow-ups" },
    to: record.seeker.email,
    subject,
    text,
    messageId: `<${crypto.randomUUID()}@${cfg.assistantAddress.split("@")[1]}>`,
    date: now,
    autoSubmitted: "auto-generated",
  });
  try {
    await cfg.mailer.send(new EmailMessage(cfg.assistantAddress, record.seeker.email, raw));
  } catch (err) {
    followUp.status = "pending"; // the index key stays: the next tick tries again
    followUp.attempts += 1;
    await putInterview(cfg.kv, record, now, cfg.retentionDays);
    console.error(JSON.stringify({ event: "send_failed", id: record.id, followUp: followUp.id, error: String(err) }));
    return "failed";
  }
  followUp.status = "sent";
  followUp.sentAt = now.toISOString();
  await putInterview(cfg.kv, record, now, cfg.retentionDays);
  await cfg.kv.delete(entry.key);
  return "sent";
}

export async function handleScheduled(env: Env, now: Date): Promise<TickReport> {
  const cfg = loadConfig(env);
  const due = await listDue(cfg.kv, now, MAX_REMINDERS_PER_TICK);
  const report: TickReport = { due: due.length, sent: 0, skipped: 0, failed: 0 };
  for (const entry of due) report[await deliver(cfg, entry, now)]++;
  if (due.length) console.log(JSON.stringify({ event: "tick", ...report }));
  return report;
}
