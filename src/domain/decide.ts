/**
 * What an incoming mail means, decided without I/O. The email handler loads what a decision needs (the thread a
 * reply answers, the records a copied note or a forward may be about), calls `route` and then, for a mail to be
 * read as a forward, `decide`; it then does what the outcome says (handlers/email.ts `apply`). Both take `now` and
 * settings and never read the clock, KV or env: test/decide.test.ts runs them in plain Node.
 */
import { keptForReply } from "../extract/kind.ts";
import { type Command, type Parsed, parseCommands, type Setting } from "../extract/commands.ts";
import type { Extraction } from "../extract/types.ts";
import type { Block } from "../compose/render.ts";
import type { FollowUp, InterviewRecord, SeekerEntry } from "../store/schemas.ts";
import type { ThreadRef } from "../store/threads.ts";
import { answerCandidates, answeredInterview, answerFromCompany } from "./answers.ts";
import { cancel, endRound, findMatch, newRecord, reschedule, sameApplication, sameSlot, type Settings } from "./changes.ts";
import { copiedFollowUp, markCopied } from "./copied.ts";

/** Interviews kept per seeker (each with up to ~12 follow-ups): far above a real search, far below a flood. */
export const MAX_INTERVIEWS_PER_SEEKER = 60;
/** Interviews searched for the person a copied note went to, newest first: far more than are ever in flight. */
export const MAX_COPIED_SEARCH = 20;
/** Earlier rounds read for a new one: far more than an application has. */
export const MAX_EARLIER_ROUNDS = 10;

/** A mail as the handler read it, before any forward in it is read. */
export type Arrival = {
  seeker: string;
  /** The seeker's filter forwarded the original itself: none of its text is the seeker's, and it steers nothing. */
  autoForwarded: boolean;
  /** A forward (by subject, an attached message, or an auto-forward), not a reply to one of ours. */
  isForward: boolean;
  /** The To line names the assistant (a forward to us is a forward, not a copied note). */
  addressedToUs: boolean;
  /** Whom the mail was written to besides the assistant and the seeker (To and Cc). */
  recipients: string[];
  /** The seeker's own text above any forwarded part. */
  note: string;
};

/** What the handler loaded for `route`: the thread a reply answers, and the records a copied note may be about. */
export type Known = { thread: { ref: ThreadRef; byTag: boolean } | null; copiedCandidates: InterviewRecord[] };

export type Route =
  | { kind: "steer"; ref: ThreadRef; byTag: boolean }
  | { kind: "copied"; before: InterviewRecord; after: InterviewRecord; followUp: FollowUp }
  | { kind: "settings"; settings: Setting[] }
  | { kind: "ask_forget" }
  | { kind: "read" };

/** An earlier mail of this Message-ID was answered already: a redelivery, not news. */
export function isRedelivery(known: InterviewRecord | null, seeker: string): boolean {
  return !!known?.replied && known.seeker.email === seeker;
}

/** Whether a copied note's records are worth reading: a note the seeker wrote to someone, with us copied. */
export function mayBeCopiedNote(a: Arrival): boolean {
  return !a.autoForwarded && (!a.isForward || !a.addressedToUs) && a.recipients.length > 0;
}

export const isSetting = (c: Command): c is Setting => c.kind === "setting";

/** The settings of a mail whose every command is one (`zone: Europe/Paris`), else null. */
export function onlySettings(parsed: Parsed): Setting[] | null {
  const { commands } = parsed;
  return commands.length > 0 && parsed.unknown.length === 0 && commands.every(isSetting) ? commands : null;
}

/** A reply steers; a copied note marks its follow-up sent; a mail of settings sets them; anything else is read. */
export function route(a: Arrival, known: Known, now: Date, settings: Settings): Route {
  if (known.thread) return { kind: "steer", ...known.thread };
  if (mayBeCopiedNote(a)) {
    for (const r of known.copiedCandidates) {
      if (r.seeker.email !== a.seeker) continue;
      const f = copiedFollowUp(r, a.recipients, now);
      if (f) return { kind: "copied", before: r, after: markCopied(r, f.id, a.note, now), followUp: f };
    }
  }
  if (a.isForward) return { kind: "read" };
  const parsed = parseCommands(a.note, now, settings.seekerTimeZone);
  const only = onlySettings(parsed);
  if (only) return { kind: "settings", settings: only };
  // "forget" in a fresh mail asks first; only a reply to that question deletes anything.
  if (parsed.commands.some((c) => c.kind === "forget")) return { kind: "ask_forget" };
  return { kind: "read" };
}

/** A forward as read: the seeker, the extraction, and the id a new interview of it would get. */
export type Reading = { messageId: string; extraction: Extraction; seeker: InterviewRecord["seeker"]; newId: string };
/** The seeker's listing and the records `wanted` named, as read. */
export type State = { listing: SeekerEntry[]; records: ReadonlyMap<string, InterviewRecord> };

type Ended = { before: InterviewRecord; after: InterviewRecord; count: number };

export type Outcome =
  | { kind: "cancel_unknown" }
  | { kind: "cancelled"; before: InterviewRecord; after: InterviewRecord }
  | { kind: "duplicate"; record: InterviewRecord }
  | { kind: "rescheduled"; before: InterviewRecord; after: InterviewRecord }
  | { kind: "company_answer"; before: InterviewRecord; after: InterviewRecord; subject: string; blocks: Block[] }
  /** `keep`: the forward is kept for the seeker's corrections (a confirmation with details missing). */
  | { kind: "not_tracked"; keep: boolean }
  | { kind: "too_many" }
  /** `ended`: the earlier rounds whose inquiries and check-ins this round ends. */
  | { kind: "track"; record: InterviewRecord; ended: Ended[] };

const ANSWERS = new Set(["rejection", "offer", "out_of_office"]);
const aboutTracked = (e: Extraction) => e.kind !== "not_interview" && !!e.start;
const earlier = (listing: SeekerEntry[], e: Extraction) =>
  listing.filter((x) => sameApplication(x, e) && x.start < e.start!).slice(0, MAX_EARLIER_ROUNDS);

/** The records `decide` needs for this extraction: the interview it matches, the one it answers, earlier rounds. */
export function wanted(e: Extraction, listing: SeekerEntry[]): string[] {
  const ids = new Set<string>();
  if (aboutTracked(e)) {
    const match = findMatch(listing, e);
    if (match) ids.add(match.id);
    for (const x of earlier(listing, e)) ids.add(x.id);
  }
  if (e.notInterviewReason && ANSWERS.has(e.notInterviewReason)) for (const id of answerCandidates(listing, e)) ids.add(id);
  return [...ids];
}

/** Whether `decide` may track this mail as a new interview (so the handler derives its id). */
export const mayTrack = (e: Extraction) => aboutTracked(e) && e.kind !== "cancellation";

/** What a forward does: cancel, move or repeat a tracked interview, answer for the company, or start a new one. */
export function decide(reading: Reading, state: State, now: Date, settings: Settings): Outcome {
  const { extraction: e, seeker } = reading;
  const own = (r: InterviewRecord | undefined) => (r && r.seeker.email === seeker.email ? r : null);
  if (aboutTracked(e)) {
    const match = findMatch(state.listing, e);
    const existing = match ? own(state.records.get(match.id)) : null;
    if (e.kind === "cancellation") {
      return !existing || existing.cancelledAt ? { kind: "cancel_unknown" } : { kind: "cancelled", before: existing, after: cancel(existing, now) };
    }
    if (existing && !existing.cancelledAt) {
      if (sameSlot(existing.start, e.start)) return { kind: "duplicate", record: existing };
      if (e.kind === "reschedule" || (e.inviteUid && e.inviteUid === existing.inviteUid)) {
        return { kind: "rescheduled", before: existing, after: reschedule(existing, e, settings, now) };
      }
    }
  }
  if (e.kind === "cancellation") return { kind: "cancel_unknown" };
  if (e.notInterviewReason && ANSWERS.has(e.notInterviewReason)) {
    const answered = own(answeredInterview(state.listing, state.records, e) ?? undefined);
    if (answered) return { kind: "company_answer", before: answered, ...renamed(answerFromCompany(answered, e, now, settings)) };
  }
  if (!aboutTracked(e)) return { kind: "not_tracked", keep: keptForReply(e.notInterviewReason) };
  // Follow-ups per seeker are bounded: a flood of forwards must not turn into a flood of reminders.
  if (state.listing.length >= MAX_INTERVIEWS_PER_SEEKER) return { kind: "too_many" };
  let round = 1;
  const ended: Ended[] = [];
  for (const entry of earlier(state.listing, e)) {
    const r = own(state.records.get(entry.id));
    if (!r || r.cancelledAt) continue;
    round = Math.max(round, r.round + 1);
    const next = endRound(r);
    if (next.ended) ended.push({ before: r, after: next.record, count: next.ended });
  }
  const record = { ...newRecord(reading.newId, reading.messageId, e, seeker, settings, now), round };
  return { kind: "track", record, ended };
}

const renamed = (a: { record: InterviewRecord; subject: string; blocks: Block[] }) => ({ after: a.record, subject: a.subject, blocks: a.blocks });
