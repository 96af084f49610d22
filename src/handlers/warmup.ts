/**
 * Runs the inbound pipeline at isolate start-up on built-in mail
 * (warmup-samples.ts: the shapes most mail takes), from raw MIME on. A
 * seeker sends a few mails a day, so most arrive at a fresh isolate, where V8
 * would first compile every regular expression and function the pipeline
 * touches, postal-mime's included: 60–100 ms of CPU against a 10 ms budget per
 * email. Start-up has its own one-second limit, so the compiling happens there.
 * Pure: no env, KV or clock; a failure here is logged and changes nothing.
 */
import { type Env, loadConfig, warmConfig } from "../config.ts";
import { planCalendar } from "../compose/calendar.ts";
import { formatWhen } from "../compose/format.ts";
import { assistantMime, messageIdIn } from "../compose/mime.ts";
import { type ComposedMail, composeNotTrackedReply, composeTrackedReply } from "../compose/reply.ts";
import { type OriginalMail, unwrap } from "../extract/forward.ts";
import { extractFromOriginal, type Extraction } from "../extract/index.ts";
import { CLEANERS, COMPANY_ROLE_RULES, FIELDS } from "../extract/rules/company-role.ts";
import { readExample } from "../extract/rules/engine.ts";
import { compilePatterns, eager } from "../extract/patterns.ts";
import { newRecord } from "../domain/changes.ts";
import { composeReminder } from "../compose/reminder.ts";
import { InterviewRecordSchema } from "../store/schemas.ts";
import { findWhen } from "../extract/when.ts";
import { hmacHex, signLink, verifyLink } from "../links.ts";
import { MemoryKV } from "../store/memory-kv.ts";
import { runTick } from "./scheduled.ts";
import { wallClockOf } from "../time/wallclock.ts";
import { ASSISTANT, CORE_SAMPLES, DATE_LINES, NOW, rawMime, SEEKER, TWO_BYTE, widened, ZONE } from "./warmup-samples.ts";

const RULE_CONTEXT = { seekerName: SEEKER.name, domainLetters: null, people: new Set<string>() };

/**
 * Passes over the samples. V8 interprets a regular expression on its first run and compiles it on the next
 * (chrono's run to several KB: ~7 ms for one parse), and moves a function to its faster tiers only after some
 * dozens of calls. Every module-level pattern is compiled on its own first (compilePatterns), so the passes are
 * for the functions: three, alternating Latin-1 and wider text. In a paired fresh-process A/B (30 corpus and 30
 * external mails, two rounds each) five passes read no better first mails than three and cost ~30 ms more
 * start-up; two read worse on the external mail (6 of 30 over 10 ms, against 3). Whole-mail samples of more
 * classes cost ~25 ms of start-up each for less than a millisecond of first mail (measured with five samples: an
 * invite from Google, a rejection, German, French, Spanish; they are tests now, class-samples.test.ts);
 * compiling the patterns and warming the common zones covers more for less: `npm run bench:cold` median
 * 10.8 → 7.4 ms.
 */
const WARMUP_PASSES = 3;

export type Seeker = { email: string; name: string };

/**
 * The CPU of email() after MIME parsing, without its KV and sending: extract,
 * plan, the reply with its .ics, MIME out. What the start-up warm-up runs and
 * the bench times.
 */
export function answerMime(original: OriginalMail, now: Date, seeker: Seeker, zone: string, assistant: string): { extraction: Extraction; mime: string } {
  const e = extractFromOriginal(original, { now, seeker, seekerTimeZone: zone, assistantAddress: assistant });
  return { extraction: e, mime: replyMime(e, now, seeker, zone, assistant) };
}

/** The reply to an extraction, as MIME: the tracked reply with its .ics, or the not-tracked one. */
function replyMime(e: Extraction, now: Date, seeker: Seeker, zone: string, assistant: string): string {
  const mail = (r: ComposedMail, ics?: string) =>
    assistantMime(assistant, seeker.email, r, {
      messageId: messageIdIn(assistant, "reply"), date: now, autoSubmitted: "auto-replied",
      attachments: ics ? [{ filename: "plan.ics", contentType: "text/calendar", content: ics }] : [],
    });
  if (e.kind === "not_interview" || !e.start) return mail(composeNotTrackedReply(e, seeker.name, zone));
  const record = newRecord("pipeline", "<pipeline@invalid>", e, seeker, { seekerTimeZone: zone }, now);
  return mail(composeTrackedReply(record, e), planCalendar(record, now, assistant.split("@")[1]!));
}

/**
 * The same from raw MIME: postal-mime and unwrapping first. The seeker is the
 * mail's sender unless given. What the warm-up runs and both benches time.
 */
export async function answerRaw(raw: string | Uint8Array, now: Date, zone: string, assistant: string, seeker?: Seeker): Promise<{ extraction: Extraction; mime: string }> {
  const { outer, original } = await unwrap(raw);
  const who = seeker ?? { email: outer.from?.address?.toLowerCase() ?? "seeker@example.net", name: outer.from?.name || "Seeker" };
  return answerMime(original, now, who, zone, assistant);
}

/**
 * Every company and role rule on its own examples, in Latin-1 and wider text made `eager` (patterns.ts): a rule
 * whose words the samples lack would compile its pattern in the first mail that has them (a millisecond or more).
 */
function warmRules(): number {
  let votes = 0;
  for (const rule of COMPANY_ROLE_RULES) {
    for (const ex of rule.examples) {
      for (const text of [eager(ex.text), eager(`${ex.text} ${TWO_BYTE}`)]) {
        const tally = readExample(rule, ex, FIELDS, RULE_CONTEXT, CLEANERS, text);
        votes += tally.company.size + tally.role.size;
      }
    }
  }
  return votes;
}

/** Latin-1 and two-byte text, long enough that one run compiles a pattern to machine code (patterns.ts). */
const PATTERN_TEXTS = [eager("Sam Rivera 1"), eager(`Sam Rivera ${TWO_BYTE} 1`)];

/**
 * The zones most interview mail is written in, besides the samples' own (New York, Central Europe, Chicago).
 * A zone's first use reads its changes for the year and its short name from Intl: ~1.2 ms, paid here once.
 */
const COMMON_ZONES = [
  "America/Los_Angeles", "America/Denver", "America/Toronto", "America/Sao_Paulo", "America/Mexico_City", "Europe/London",
  "Europe/Paris", "Europe/Madrid", "Asia/Kolkata", "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney",
];

/** Each common zone's offsets and name for the warm-up's year and the next (plans reach months ahead). */
function warmZones(): number {
  let n = 0;
  for (const zone of COMMON_ZONES) {
    for (const at of [NOW.getTime(), NOW.getTime() + 365 * 86_400_000]) n += formatWhen(new Date(at).toISOString(), zone).length;
  }
  return n;
}

const CORE = [CORE_SAMPLES.map(rawMime), CORE_SAMPLES.map((s, i) => rawMime(widened(s), i))];

/**
 * Every stage once or more on built-in input: patterns, zones, rules, each language's dates, the whole inbound
 * pipeline on each sample, reminders, the variables' schema, and cron ticks on an in-memory store. Returns what the
 * last pass over the samples read (for the test). postal-mime and the in-memory store are asynchronous only through
 * promises that settle at once (no I/O, no timers), so a top-level await of this settles while the isolate starts
 * (workerd runs the microtasks and requires that).
 */
export async function warmUp(): Promise<Extraction[]> {
  primeCollector(); // before anything is compiled (PRIME_MB)
  // Links and ticks next: in Node their promises settle on another thread, and a turn of the event loop late in the
  // warm-up let a pending collection discard compiled patterns before the first mail (053 cold: 15 → 21–36 ms).
  await warmLinks();
  await warmTick([(await answerRaw(CORE[0]![0]!, NOW, ZONE, ASSISTANT, SEEKER)).extraction]);
  compilePatterns(PATTERN_TEXTS);
  warmZones();
  warmRules();
  warmLocales();
  let read: Extraction[] = [];
  for (let pass = 0; pass < WARMUP_PASSES; pass++) {
    read = [];
    for (const raw of CORE[(pass + 1) % 2]!) read.push((await answerRaw(raw, NOW, ZONE, ASSISTANT, SEEKER)).extraction);
  }
  warmReminders(read);
  warmConfig();
  return read;
}

/** Cron ticks the warm-up runs, at the sample interview's first instants: its interview-day reminder, its
 * thank-yous (one mail), inquiries and check-ins. */
const WARM_TICKS = 6;
let warmTicksRun = 0;

/**
 * Cron ticks on an in-memory store with a mailer that sends nothing: the sample interviews stored through the real
 * store code, then ticks at their follow-ups' instants, so a fresh isolate's first tick runs code V8 has seen
 * (listing, the desk, the claim, links signed, the record written back). Measured in a fresh process, that first
 * tick cost 4.6–8.1 ms before this against 0.7–1.2 ms for a second one. Returns the mails the ticks sent.
 */
export async function warmTick(read: Extraction[]): Promise<number> {
  const env = {
    FOLLOWUPS: new MemoryKV(), REMINDERS: { send: async () => ({ messageId: "warm-up" }) },
    ALLOWED_SENDERS: SEEKER.email, ASSISTANT_ADDRESS: ASSISTANT, SEEKER_TIME_ZONE: ZONE, SEEKER_NAME: SEEKER.name,
    PUBLIC_URL: "https://warm.up", LINK_SECRET: WARM_SECRET,
  };
  let ids = 0;
  const cfg = { ...loadConfig(env as unknown as Env), randomId: () => `warm-up-${++ids}` };
  // Ids of their own each time: the isolate's desk remembers what was sent, and would stand a second run down.
  const run = ++warmTicksRun;
  const records = read.filter((e) => e.kind !== "not_interview" && e.start)
    .map((e, i) => newRecord(`warmup-${run}-${i}`, `<warmup-${run}-${i}@invalid>`, e, SEEKER, { seekerTimeZone: ZONE }, NOW));
  for (const r of records) await cfg.store.saveNew(r, NOW);
  let sent = 0;
  // A loop's thank-yous share an instant and one mail: each distinct instant is one tick with one mail.
  const instants = [...new Set(records[0]?.followUps.map((f) => f.due))].sort().slice(0, WARM_TICKS);
  for (const at of instants) sent += (await runTick(cfg, new Date(at))).sent;
  return sent;
}

/** Throwaway: the warm-up's link is never sent, and no stored key is signed with it. */
const WARM_SECRET = "warm-up-secret-never-used-for-a-link";

/**
 * A link signed and checked, an id derived: the first use of WebCrypto's HMAC (its key import, its first
 * signature), which every mail's interview id and every reminder's links pay otherwise.
 */
async function warmLinks(): Promise<boolean> {
  const e = Math.floor(NOW.getTime() / 1000) + 3600;
  const token = await signLink(WARM_SECRET, { a: "sent", i: await hmacHex(WARM_SECRET, "warmup"), f: "thanks-0", e });
  return (await verifyLink(WARM_SECRET, token, NOW)).ok;
}

/**
 * Each language's date line read as a mail in that language is, Latin-1 and two-byte, made `eager`: its chrono
 * parser compiles here, not in the first such mail. About 50 ms of start-up for 8 languages (80 when each line was
 * read twice per width instead).
 */
function warmLocales(): number {
  let read = 0;
  const opts = { reference: wallClockOf(NOW, ZONE), notBefore: new Date(0), defaultZone: ZONE, cancellation: false };
  for (const [lang, line] of Object.entries(DATE_LINES) as Array<[keyof typeof DATE_LINES, string]>) {
    for (const text of [eager(line), eager(`${line} ${TWO_BYTE}`)]) read += findWhen(text, { ...opts, lang }) ? 1 : 0;
  }
  return read;
}

const LINKS = ["Mark as sent", "Snooze 2 days", "Stop all follow-ups for this interview"].map((label) => ({ label, href: "https://warm.up/a/x" }));

/**
 * A cron tick's CPU beside its KV: each stored record parsed (zod compiles a schema on its first use), a reminder
 * of every kind composed with its drafts and links, and its MIME built, once (the warm-up's ticks run the path
 * again). Measured in a fresh process: a tick's first reminder cost 6–12 ms before this, most of it first-use
 * compiling.
 */
function warmReminders(read: Extraction[]): number {
  let n = 0;
  for (const e of read) {
    if (e.kind === "not_interview" || !e.start) continue;
    const stored = InterviewRecordSchema.parse(JSON.parse(JSON.stringify(newRecord("warmup", "<warmup@invalid>", e, SEEKER, { seekerTimeZone: ZONE }, NOW))));
    for (const f of stored.followUps) {
      const mail = composeReminder(stored, f, new Date(f.due), LINKS, ASSISTANT);
      n += assistantMime(ASSISTANT, SEEKER.email, mail, { messageId: messageIdIn(ASSISTANT, "r"), date: NOW, autoSubmitted: "auto-generated" }).length;
    }
  }
  return n;
}

/**
 * Megabytes the warm-up allocates first and lets go. V8 runs a full collection when the old generation reaches a
 * limit it sets from the heap the last one left; the modules' heap is small, so the warm-up's compiled patterns
 * and caches used to reach that limit at its very end, and the collection ran in the isolate's first event: a
 * fresh process's first tick spent 11–17 ms of its 10 ms marking the warm-up's heap (`node --trace-gc`), in about
 * half of the runs. Crossing the limit here, before anything is compiled, runs that collection now (5–10 ms of
 * start-up) and sets the next limit above what the warm-up leaves. A collection after the warm-up would also
 * discard the compiled patterns the first mail then needs again (V8 flushes regular-expression code a collection
 * has found unused: 20–30 ms of recompiling, measured with the collection moved there).
 */
const PRIME_MB = 16;
/** Elements per array: 512 KB each, so each goes straight to the old generation's large-object space. */
const PRIME_CHUNK = 65_536;

/** Returns the arrays made, so the work cannot be skipped. */
function primeCollector(): number {
  const held: number[][] = [];
  for (let i = 0; i < PRIME_MB * 2; i++) held.push(new Array<number>(PRIME_CHUNK).fill(i));
  return held.length;
}
