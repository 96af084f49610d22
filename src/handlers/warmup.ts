/**
 * Runs the inbound pipeline at isolate start-up on built-in mail
 * (warmup-samples.ts: the common shapes, then a few classes), from raw MIME on. A
 * seeker sends a few mails a day, so most arrive at a fresh isolate, where V8
 * would first compile every regular expression and function the pipeline
 * touches, postal-mime's included: 60–100 ms of CPU against a 10 ms budget per
 * email. Start-up has its own one-second limit, so the compiling happens there.
 * Pure: no env, KV or clock; a failure here is logged and changes nothing.
 */
import { planCalendar } from "../compose/calendar.ts";
import { buildMime } from "../compose/mime.ts";
import { type ComposedMail, composeNotTrackedReply, composeTrackedReply } from "../compose/reply.ts";
import { type OriginalMail, unwrap } from "../extract/forward.ts";
import { extractFromOriginal, type Extraction } from "../extract/index.ts";
import { CLEANERS, COMPANY_ROLE_RULES, FIELDS } from "../extract/rules/company-role.ts";
import { readExample } from "../extract/rules/engine.ts";
import { newRecord } from "./changes.ts";
import { ASSISTANT, CLASS_SAMPLES, CORE_SAMPLES, NOW, rawMime, type Sample, SEEKER, TWO_BYTE, widened, ZONE } from "./warmup-samples.ts";

const RULE_CONTEXT = { seekerName: SEEKER.name, domainLetters: null, people: new Set<string>() };

/**
 * Passes over the samples. V8 interprets a regular expression on its first
 * run and compiles it on the next (chrono's run to several KB: ~7 ms for one
 * parse), and moves a function to its faster tiers only after some dozens of
 * calls. Six over the core samples, alternating Latin-1 and wider text
 * (below), so each kind gets its second run. What matters as much is which
 * paths run: with the class samples, the first mail after start-up fell from
 * 11.6 to 7–8 ms at the median (`npm run bench:cold`, this machine) for about
 * 110 ms more start-up, against the platform's one-second limit.
 */
const WARMUP_PASSES = 6;

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
  const domain = assistant.split("@")[1]!;
  const mail = (r: ComposedMail, ics?: string) =>
    buildMime({
      from: { addr: assistant }, to: seeker.email, subject: r.subject, text: r.text, html: r.html, messageId: `<reply@${domain}>`, date: now,
      autoSubmitted: "auto-replied", attachments: ics ? [{ filename: "plan.ics", contentType: "text/calendar", content: ics }] : [],
    });
  if (e.kind === "not_interview" || !e.start) return mail(composeNotTrackedReply(e, seeker.name, zone));
  const record = newRecord("pipeline", "<pipeline@invalid>", e, seeker, { seekerTimeZone: zone }, now);
  return mail(composeTrackedReply(record, e), planCalendar(record, now, domain));
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
 * The whole inbound pipeline on each sample; returns what was read (for the
 * test). postal-mime is asynchronous, but only through promises that settle
 * at once (no I/O, no timers), so a top-level await of this settles while the
 * isolate starts (workerd runs the microtasks and requires that).
 */
/**
 * Every company and role rule on its own examples, in Latin-1 and wider text, twice each: a rule whose words
 * the samples lack would compile its pattern in the first mail that has them (a millisecond or more each).
 */
function warmRules(): number {
  let votes = 0;
  for (let pass = 0; pass < 2; pass++) {
    for (const rule of COMPANY_ROLE_RULES) {
      for (const ex of rule.examples) {
        for (const text of [ex.text, `${ex.text} ${TWO_BYTE}`]) {
          const tally = readExample(rule, ex, FIELDS, RULE_CONTEXT, CLEANERS, text);
          votes += tally.company.size + tally.role.size;
        }
      }
    }
  }
  return votes;
}

/** Passes over the class samples: one in Latin-1 text and one wider, so each kind of text compiles its patterns. */
const CLASS_PASSES = 2;

const narrow = (samples: Sample[], from: number) => samples.map((s, i) => rawMime(s, from + i));
const wide = (samples: Sample[], from: number) => samples.map((s, i) => rawMime(widened(s), from + i));
const CORE = [narrow(CORE_SAMPLES, 0), wide(CORE_SAMPLES, 0)];
const CLASSES = [narrow(CLASS_SAMPLES, CORE_SAMPLES.length), wide(CLASS_SAMPLES, CORE_SAMPLES.length)];

/**
 * Reads every sample; returns what the last passes read, core samples first (for the test). The class samples
 * are extracted only, their replies being the core's, but for mail that is not tracked (a reply of its own).
 */
export async function warmUp(): Promise<Extraction[]> {
  const read = async (raws: string[], reply: boolean) => {
    const out: Extraction[] = [];
    for (const raw of raws) {
      const { original } = await unwrap(raw);
      const e = extractFromOriginal(original, { now: NOW, seeker: SEEKER, seekerTimeZone: ZONE, assistantAddress: ASSISTANT });
      if (reply || !e.start) replyMime(e, NOW, SEEKER, ZONE, ASSISTANT);
      out.push(e);
    }
    return out;
  };
  warmRules();
  let core: Extraction[] = [];
  let classes: Extraction[] = [];
  for (let pass = 0; pass < WARMUP_PASSES; pass++) {
    core = await read(CORE[(pass + 1) % 2]!, true);
    if (pass < CLASS_PASSES) classes = await read(CLASSES[(pass + 1) % 2]!, false);
  }
  return [...core, ...classes];
}
