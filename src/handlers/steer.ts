/** Reply commands: load what the seeker is steering, apply, store, and say what changed. */
import type { Config } from "../config.ts";
import { formatWhen } from "../compose/format.ts";
import { KIND_LABEL } from "../compose/labels.ts";
import type { Block } from "../compose/render.ts";
import { type ComposedMail, finish } from "../compose/reply.ts";
import { parseCommands } from "../extract/commands.ts";
import { forgetSeeker, getInterview, replaceInterview, seekerInterviews } from "../store/interviews.ts";
import type { ThreadRef } from "../store/threads.ts";
import { applyCommands, HELP_TEXT } from "./commands.ts";

/** Interviews read for `status`: a seeker rarely has more in flight, and each costs a KV read. */
const MAX_STATUS_INTERVIEWS = 20;

async function statusBlock(cfg: Config, seeker: string, now: Date): Promise<Block> {
  const items: Array<{ when: string; what: string }> = [];
  for (const entry of (await seekerInterviews(cfg.kv, seeker)).slice(0, MAX_STATUS_INTERVIEWS)) {
    const r = await getInterview(cfg.kv, entry.id);
    if (!r) continue;
    for (const f of r.followUps.filter((x) => x.status === "pending" && new Date(x.due) >= new Date(now.getTime() - 86_400_000))) {
      items.push({ when: formatWhen(f.due, r.seekerTimeZone), what: `${KIND_LABEL[f.kind].plan}${f.recipient ? ` to ${f.recipient.name}` : ""} (${r.company ?? "interview"})` });
    }
  }
  items.sort((a, b) => a.when.localeCompare(b.when));
  return items.length ? { kind: "list", title: "Pending follow-ups:", items } : { kind: "p", text: "Nothing is pending." };
}

export async function handleCommands(cfg: Config, thread: ThreadRef, note: string, seeker: string, now: Date): Promise<ComposedMail> {
  const { commands, unknown } = parseCommands(note, now, cfg.seekerTimeZone);
  const greeting = "Done.";
  const blocks: Block[] = [];
  const help = (): Block => ({ kind: "examples", lines: HELP_TEXT });

  const forget = commands.find((c) => c.kind === "forget");
  if (forget?.kind === "forget") {
    if (!forget.confirmed) return finish("Forget everything?", { greeting: "Reply with 'forget confirm' to delete every interview, plan and draft I keep for you. Nothing is deleted until then.", blocks: [] });
    const n = await forgetSeeker(cfg.kv, seeker);
    return finish("Deleted", { greeting: `Deleted ${n} interview(s) and all their follow-ups. I keep nothing else about you.`, blocks: [] });
  }

  const record = await getInterview(cfg.kv, thread.id);
  if (!record) return finish("Not found", { greeting: "I no longer have that interview (it expired or was deleted).", blocks: [help()] });

  const applied = applyCommands(record, thread.followUp, commands, now, { seekerTimeZone: cfg.seekerTimeZone, policy: cfg.policy });
  if (JSON.stringify(applied.record) !== JSON.stringify(record)) await replaceInterview(cfg.kv, record, applied.record, now, cfg.retentionDays);

  for (const line of applied.lines) blocks.push({ kind: "p", text: line });
  for (const d of applied.drafts) blocks.push({ kind: "draft", title: d.title, draft: d.draft });
  if (commands.some((c) => c.kind === "status")) blocks.push(await statusBlock(cfg, seeker, now));
  if (unknown.length) blocks.push({ kind: "p", text: `I did not understand: ${unknown.map((u) => `"${u.slice(0, 60)}"`).join(", ")}. These are the commands I know:` }, help());
  else if (commands.some((c) => c.kind === "help") || commands.length === 0) blocks.push({ kind: "p", text: "Reply with one command per line:" }, help());
  const subject = commands.length ? `Done: ${commands.map((c) => c.kind.replace("_", " ")).join(", ")}` : "Commands I understand";
  return finish(subject, { greeting: commands.length && !unknown.length ? greeting : "Hi,", blocks });
}
