/** Reply commands: load what the seeker is steering, apply, store, and say what changed. */
import type { Config } from "../config.ts";
import { formatWhen } from "../compose/format.ts";
import { KIND_LABEL } from "../compose/labels.ts";
import type { Block } from "../compose/render.ts";
import { type ComposedMail, finish, hi } from "../compose/reply.ts";
import { parseCommands } from "../extract/commands.ts";
import type { ThreadInput, ThreadRef } from "../store/threads.ts";
import { applyCommands, HELP_TEXT, isOpen } from "../domain/commands.ts";
import { settingsOf } from "../domain/changes.ts";
import { calendarChanges } from "../compose/calendar.ts";
import type { Attachment } from "../compose/mime.ts";
import { applySetting, describeSettings } from "../domain/settings.ts";
import { isSetting, onlySettings } from "../domain/decide.ts";
import type { SeekerSettings } from "../store/settings.ts";
import type { Command, Setting } from "../extract/commands.ts";

/** Interviews read for `status`: a seeker rarely has more in flight, and each costs a KV read. */
const MAX_STATUS_INTERVIEWS = 20;

/** Reminded follow-ups older than this drop out of `status`: the seeker has moved on from them. */
const MAX_REMINDED_AGE_MS = 14 * 86_400_000;

type StatusGroup = { application: string; round: number; items: Array<{ due: string; when: string; what: string }> };

/** Open follow-ups by application (company and role) and round, each group by time, the groups by their first. */
async function statusBlocks(cfg: Config, seeker: string, now: Date): Promise<Block[]> {
  const groups: StatusGroup[] = [];
  for (const entry of (await cfg.store.interviewsOf(seeker)).slice(0, MAX_STATUS_INTERVIEWS)) {
    const r = await cfg.store.interview(entry.id);
    if (!r) continue;
    const application = `${r.company ?? "Interview"}${r.role ? ` – ${r.role}` : ""}`;
    let group = groups.find((g) => g.application === application && g.round === r.round);
    if (!group) groups.push((group = { application, round: r.round, items: [] }));
    for (const f of r.followUps) {
      const age = now.getTime() - Date.parse(f.due);
      const shown = (f.status === "pending" && age <= 86_400_000) || (isOpen(f) && f.status === "reminded" && age <= MAX_REMINDED_AGE_MS);
      if (!shown) continue;
      const state = f.status === "reminded" ? " – reminded; reply \"sent\" once you send it" : "";
      group.items.push({ due: f.due, when: formatWhen(f.due, r.seekerTimeZone), what: `${KIND_LABEL[f.kind].plan}${f.recipient ? ` to ${f.recipient.name}` : ""}${state}` });
    }
  }
  const open = groups.filter((g) => g.items.length > 0);
  if (open.length === 0) return [{ kind: "p", text: "Nothing is pending." }];
  // By time, not by the text of the date (which starts with the weekday's name).
  for (const g of open) g.items.sort((a, b) => a.due.localeCompare(b.due));
  open.sort((a, b) => a.items[0]!.due.localeCompare(b.items[0]!.due));
  const rounds = (g: StatusGroup) => groups.some((o) => o !== g && o.application === g.application) || g.round > 1;
  return [{ kind: "p", text: "Open follow-ups:" }, ...open.map((g): Block => ({
    kind: "list",
    title: `${g.application}${rounds(g) ? `, round ${g.round}` : ""}:`,
    items: g.items.map(({ when, what }) => ({ when, what })),
  }))];
}

/** A subject longer than this is cut: it is read in a list of mail. */
const MAX_SUBJECT_CHARS = 90;

/** Commands whose answer is news, a list or a draft: its own subject. */
const OWN_SUBJECT: Partial<Record<Command["kind"], string>> = {
  help: "Commands I understand",
  status: "Your open follow-ups",
  rejected: "Sorry to hear it",
  offer: "Congratulations",
  next_round: "Good news: the next round",
  withdraw: "Withdrawing your application",
};

/** What steering answers: the mail, and the thread its own answer opens (null: none, as after forgetting). */
/** `attachments`: a METHOD:CANCEL calendar file when the commands took follow-ups out of the plan. */
export type Steered = { mail: ComposedMail; thread: ThreadInput | null; attachments?: Attachment[] };

/**
 * Commands that change what cannot be restored act only in a reply to a mail we sent, never on a tag:
 * `stop` here; `forget` is answered above, and deletes only in reply to its own question.
 */
const DESTRUCTIVE = new Set(["stop"]);

export function askToForget(): ComposedMail {
  return finish("Forget everything?", {
    greeting: "Reply to this mail with 'forget confirm' to delete every interview, plan, draft and kept forward I hold for you. Nothing is deleted until then.",
    blocks: [],
  });
}

/** The seeker's settings (`own`, as this mail read them) with `settings` applied and stored, and what each did. */
async function saveSettings(cfg: Config, seeker: string, own: SeekerSettings, settings: Setting[]): Promise<{ own: SeekerSettings; lines: string[] }> {
  if (settings.length === 0) return { own, lines: [] };
  const lines: string[] = [];
  for (const c of settings) {
    const applied = applySetting(own, c);
    own = applied.settings;
    lines.push(applied.line);
  }
  await cfg.store.putSettings(seeker, own);
  return { own, lines };
}

/** Applies a mail of settings and answers with what changed and the seeker's settings now. */
export async function handleSettings(cfg: Config, seeker: string, own: SeekerSettings, settings: Setting[]): Promise<ComposedMail> {
  const saved = await saveSettings(cfg, seeker, own, settings);
  return finish("Settings", { greeting: "Hi,", blocks: [...saved.lines.map((text) => ({ kind: "p", text }) as Block), { kind: "p", text: `Your settings: ${describeSettings(cfg, saved.own)}.` }] });
}

/** `own`: the seeker's settings as this mail read them. */
export async function handleCommands(cfg: Config, thread: ThreadRef, note: string, seeker: string, now: Date, opts: { byTag: boolean; own: SeekerSettings }): Promise<Steered> {
  const parsed = parseCommands(note, now, cfg.seekerTimeZone);
  const { unknown } = parsed;
  const blocks: Block[] = [];
  const help = (): Block => ({ kind: "examples", lines: HELP_TEXT });
  const here = thread.id ? { id: thread.id } : null;
  const settingsOnly = onlySettings(parsed);
  if (settingsOnly) return { mail: await handleSettings(cfg, seeker, opts.own, settingsOnly), thread: here };
  // Settings are the seeker's, not the interview's: stored here, the rest applies to the record below.
  const saved = await saveSettings(cfg, seeker, opts.own, parsed.commands.filter(isSetting));
  for (const text of saved.lines) blocks.push({ kind: "p", text });
  const commands = parsed.commands.filter((c) => !isSetting(c));

  const forget = commands.find((c) => c.kind === "forget");
  if (forget?.kind === "forget") {
    // Only a reply to the question we asked deletes: "forget confirm" anywhere else asks again.
    if (!forget.confirmed || thread.purpose !== "forget") return { mail: askToForget(), thread: { id: null, purpose: "forget" } };
    const n = await cfg.store.forgetSeeker(seeker, cfg.desk(seeker));
    const text = `Deleted ${n} interview(s) with their follow-ups, the forwards I kept for you, and the record of our threads and links. I keep nothing else about you.`;
    return { mail: finish("Deleted", { greeting: text, blocks: [] }), thread: null };
  }
  if (!thread.id) return { mail: finish("Commands I understand", { greeting: "Hi,", blocks: [{ kind: "p", text: "Reply with one command per line:" }, help()] }), thread: null };
  if (opts.byTag && commands.some((c) => DESTRUCTIVE.has(c.kind))) {
    const text = "To stop an interview's follow-ups, reply to one of my mails about it (its reply keeps the thread), not a new mail with the reference in the subject.";
    return { mail: finish("Not stopped", { greeting: "Hi,", blocks: [{ kind: "p", text }] }), thread: here };
  }

  const found = await cfg.store.interview(thread.id);
  // A record is steered by its own seeker only, whatever thread or tag pointed at it.
  const record = found?.seeker.email === seeker ? found : null;
  if (!record) return { mail: finish("Not found", { greeting: "I no longer have that interview (it expired or was deleted).", blocks: [help()] }), thread: null };

  const applied = applyCommands(record, thread.followUp, commands, now, settingsOf(cfg));
  if (JSON.stringify(applied.record) !== JSON.stringify(record)) await cfg.store.replace(record, applied.record, now);

  for (const line of applied.lines) blocks.push({ kind: "p", text: line });
  for (const d of applied.drafts) blocks.push({ kind: "draft", title: d.title, draft: d.draft });
  if (commands.some((c) => c.kind === "status")) {
    blocks.push(...(await statusBlocks(cfg, seeker, now)), { kind: "p", text: `Your settings: ${describeSettings(cfg, saved.own)}.` });
  }
  if (unknown.length) blocks.push({ kind: "p", text: `I did not understand: ${unknown.map((u) => `"${u.slice(0, 60)}"`).join(", ")}. These are the commands I know:` }, help());
  else if (commands.some((c) => c.kind === "help") || commands.length === 0) blocks.push({ kind: "p", text: "Reply with one command per line:" }, help());
  const own = commands.map((c) => OWN_SUBJECT[c.kind]).find(Boolean);
  // The subject says what happened, in the answer's own first words ("Marked as sent: …", "Snoozed: …").
  const said = applied.lines[0]?.replace(/\.$/, "");
  const subject = own ?? (commands.length && said ? (said.length > MAX_SUBJECT_CHARS ? `${said.slice(0, MAX_SUBJECT_CHARS - 1)}…` : said) : "Commands I understand");
  const calendar = calendarChanges(record, applied.record, now, cfg.assistantAddress);
  for (const text of calendar.lines) blocks.push({ kind: "p", text });
  // No stock "Done.": the lines below say what happened.
  const greeting = hi(record.seeker.name);
  return { mail: finish(subject, { greeting, blocks }), thread: here, attachments: calendar.attachments };
}
