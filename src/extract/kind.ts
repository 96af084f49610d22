/** What kind of mail this is: a new interview, a reschedule, a cancellation, or none of those. */
import { INTERVIEW_WORDS, KIND_CUES, lowerPhrases, OTHER_EVENTS, RECRUITING_WORDS, wordsPattern } from "./locales/index.ts";
import type { Extraction, InterviewKind } from "./types.ts";
import { warmable } from "./patterns.ts";

type Reason = NonNullable<Extraction["notInterviewReason"]>;

const REJECTION = /\b(decided|chosen|opted) (not )?to (move|proceed|go) forward with (other|another)|\bnot (be )?(moving|proceeding|progressing) forward\b|\bregret to inform\b|\bunable to offer you\b|\bwill not be (moving|progressing|proceeding)\b|\bposition has been filled\b|\bpursue other candidates\b|\bnot been selected\b|\bdecided not to (move|proceed|continue|progress)\b|\bnot (be )?(able to )?(move|moving) (you )?forward\b|\bunable to (progress|proceed with|move forward with) your (application|candidacy)\b|\bnot (be )?progress(ing)? your (application|candidacy)\b/i;
const OFFER = /\b(pleased|thrilled|delighted|excited|happy) to (extend|offer)( you)?( an| the)? (offer|position|role)?|\bpleased to (extend|offer)\b|\bwe(?:'d| would) like to (extend|offer) you\b|\boffer letter\b|\bformal offer\b|\bverbal offer\b/i;
const RECEIVED = /\bthank(s| you) for (applying|your application to)\b|\bwe(?:'ve| have) received your application\b|\bapplication (has been )?received\b|\bsuccessfully (submitted|applied)\b/i;
const NEWSLETTER = /\bjob alert\b|\bnew jobs? (match|for)\b|\bjobs? you may be interested in\b|\bunsubscribe\b.*\bapply\b|\beasy apply\b/is;
const CONFIRMED = /\b(is|are|been|you're|you are) (confirmed|scheduled|booked|all set)\b|\bconfirm(ing)? (the details|your)\b|\binvit(e|ing) you to\b|\bhas been (re)?scheduled\b|\bitinerary\b|\byour (event|interview) (has been|is) (scheduled|confirmed)\b/i;
const CANCELLED_SUBJECT = /^\s*((fwd?|fw|re)\s*:\s*)*(canceled|cancelled|cancellation)\b|\binterview (has been )?cancel(l)?ed\b/i;
const CANCELLED_BODY = /\b(need|have|had) to cancel\b|\bhas been cancel(l)?ed\b|\bis (now )?cancel(l)?ed\b|\bwe(?:'ve| have) cancel(l)?ed\b/i;
const RESCHEDULED = /\breschedul(ed|ing)\b|\b(has been|we(?:'ve| have)) moved\b|\bmoved your\b|\bupdated (interview )?(details|time)\b|(?<!\b(?:propose|request|suggest|pick|choose|find|need) (?:a )?)\bnew time\b|\b(time|date) (has )?changed\b|\b(need|have|had) to (move|shift) (your|our|the) (interview|call|meeting|chat) to\b|^[ \t]*((fwd?|fw)[ \t]*:[ \t]*)*updated invitation\b|\binstead of [^,.?\n]{2,40},? (?:could|can|shall) we (?:do|move|meet)\b/im;

/**
 * A pattern with the lower-case words it cannot match without. Most mail has
 * none of "regret", "unsubscribe" or "out of office": a look for the words in
 * the lower-cased text skips the pattern's scan, which costs far more.
 */
type Guarded = { words: string[]; re: RegExp };
const guarded = (words: string[], re: RegExp): Guarded => ({ words, re });
function found(g: Guarded, text: string, lower = text.toLowerCase()): boolean {
  return g.words.some((w) => lower.includes(w)) && g.re.test(text);
}

/**
 * Slots offered to choose from: nothing is fixed until the seeker picks one.
 * Only phrasings of a choice: "if this does not work, share your availability"
 * closes many a confirmation.
 */
const PROPOSAL = /\b(?:which|one|any) of (?:these|the following|the below|those) (?:times|slots|options|dates|windows)\b|\bcould you do (?:one|any) of\b|\bplease (?:choose|pick|select) (?:a|one) (?:time|slot)\b/i;

const OUT_OF_OFFICE = /\b(out of (the )?office|automatic reply|auto(matic)?[- ]reply|away from (the|my) office|I am (currently )?(away|on leave|out)|on (annual |parental )?leave until|limited access to (my )?e-?mail)\b/i;

/** A test taken alone by a deadline (HackerRank, Codility, a take-home): no one to meet, nothing to follow up. */
const ASSESSMENT = /\b(?:online|coding|technical|skills?) (?:assessment|test|challenge)\b|\btake[- ]home\b|\bcoding challenge\b|\b(?:hackerrank|codility|codesignal|testgorilla|hirevue assessment)\b/i;
const DEADLINE = /\b(?:complete|completed|submit(?:ted)?|finish(?:ed)?|due)\s+(?:it\s+|the (?:test|assessment)\s+)?(?:by|before|within)\b|\bdeadline\b|\bexpires?\b/i;
const TESTED = guarded(["assessment", "test", "challenge", "take-home", "take home", "hackerrank", "codility", "codesignal"], ASSESSMENT);

const AWAY = guarded(["office", "reply", "i am ", "leave until", "limited access"], OUT_OF_OFFICE);
const REJECTED = guarded(["forward", "regret", "unable to", "will not be", "filled", "other candidates", "been selected", "decided not", "progress"], REJECTION);
const OFFERED = guarded(["offer", "extend"], OFFER);
const ALERT = guarded(["job alert", "new job", "you may be interested in", "unsubscribe", "easy apply"], NEWSLETTER);
const ACKNOWLEDGED = guarded(["applying", "application", "successfully"], RECEIVED);
const PROPOSES = guarded(["of these", "of the following", "of the below", "of those", "could you do", "choose", "pick", "select"], PROPOSAL);
const CANCELS = guarded(["cancel"], CANCELLED_BODY);
const MOVES = guarded(["reschedul", "moved", "updated", "new time", "changed", "to move", "to shift", "instead of"], RESCHEDULED);

/** The other languages' phrases for each kind (locales/<lang>/constants.ts `kindCues`). */
// Matched against lower-cased text (lowerPhrases says why).
const LOCAL_REJECTION = new RegExp(lowerPhrases(KIND_CUES("rejection")));
const LOCAL_OFFER = new RegExp(lowerPhrases(KIND_CUES("offer")));
const LOCAL_CANCELLED = new RegExp(lowerPhrases(KIND_CUES("cancellation")));
const LOCAL_MOVED = new RegExp(lowerPhrases(KIND_CUES("reschedule")));

export function notInterviewReason(subject: string, body: string): Reason | null {
  const text = `${subject}\n${body}`;
  const lower = text.toLowerCase();
  // "I'm out of the office today but wanted to confirm your interview" is a confirmation.
  if (found(AWAY, subject) || (found(AWAY, body.slice(0, 400)) && !CONFIRMED.test(body))) return "out_of_office";
  if (found(REJECTED, text, lower) || LOCAL_REJECTION.test(lower)) return "rejection";
  if (found(OFFERED, text, lower) || LOCAL_OFFER.test(lower)) return "offer";
  // An ATS footer ("Unsubscribe | Apply to more jobs") under a confirmation makes no job alert of it.
  if (found(ALERT, text, lower) && !CONFIRMED.test(text)) return "newsletter";
  if (found(ACKNOWLEDGED, text, lower) && !CONFIRMED.test(text)) return "application_received";
  if (found(TESTED, text, lower) && DEADLINE.test(text) && !CONFIRMED.test(text)) return "assessment";
  if (found(PROPOSES, text, lower) && !CONFIRMED.test(text)) return "times_proposed";
  return null;
}

/**
 * A mail that still waits for the seeker to say when: it gives no time, or
 * offers times to pick from. It is kept for their reply (`date: …`).
 */
export function waitsForTime(reason: Reason | null): boolean {
  return reason === null || reason === "no_time" || reason === "times_proposed";
}

/** A mail kept for the seeker's reply: one that waits for a time, or one they may say is an interview (`track`). */
export function keptForReply(reason: Reason | null): boolean {
  return waitsForTime(reason) || reason === "not_about_interview";
}

/** Whether the mail cancels something: then the time it names is the cancelled slot, not an old one to skip. */
export function mentionsCancellation(subject: string, body: string): boolean {
  return CANCELLED_SUBJECT.test(subject) || found(CANCELS, body) || LOCAL_CANCELLED.test(`${subject}\n${body}`.toLowerCase());
}

/** A reschedule says so near the top; "moved" further down is often a thread's history or a footer. */
const MOVED_WITHIN_CHARS = 1500;

export function classify(input: {
  subject: string;
  body: string;
  inviteMethod: string | null;
  inviteStatus: string | null;
  inviteSequence: number;
  hasStart: boolean;
  /** notInterviewReason(subject, body), when the caller has it already. */
  reason?: Reason | null;
}): { kind: InterviewKind; reason: Reason | null } {
  if (input.inviteMethod === "CANCEL" || input.inviteStatus === "CANCELLED") return { kind: "cancellation", reason: null };
  const reason = input.reason === undefined ? notInterviewReason(input.subject, input.body) : input.reason;
  if (reason) return { kind: "not_interview", reason };
  if (!input.hasStart) return { kind: "not_interview", reason: "no_time" };
  if (mentionsCancellation(input.subject, input.body)) return { kind: "cancellation", reason: null };
  const opening = input.body.slice(0, MOVED_WITHIN_CHARS);
  const moved = found(MOVES, input.subject) || found(MOVES, opening) || LOCAL_MOVED.test(input.subject.toLowerCase()) || LOCAL_MOVED.test(opening.toLowerCase());
  if (moved || (input.inviteSequence > 0 && /updated/i.test(input.subject))) {
    return { kind: "reschedule", reason: null };
  }
  return { kind: "interview", reason: null };
}

/** A mail that talks like an interview confirmation, even if we could not read its time. */
export function looksLikeInterview(subject: string, body: string): boolean {
  return /\binterview|\bonsite|\bphone screen|\brecruiter screen|\bhiring manager (call|conversation|chat)/i.test(`${subject}\n${body}`) && CONFIRMED.test(`${subject}\n${body}`);
}

const INTERVIEW = wordsPattern(INTERVIEW_WORDS);
const HIRING = wordsPattern([...INTERVIEW_WORDS, ...RECRUITING_WORDS]);
const OTHER_EVENT = wordsPattern(OTHER_EVENTS);
/** Applicant-tracking and scheduling products: what they send is about hiring. */
const HIRING_SENDER = /(?:^|\.)(greenhouse|lever|workday|myworkday|ashbyhq|ashby|smartrecruiters|icims|jobvite|taleo|workable|teamtailor|personio|recruitee|bamboohr|goodtime|gem|hirevue|jazzhr|breezy)\.|\b(greenhouse|lever|workday|ashby|smartrecruiters|icims|jobvite|taleo|workable|teamtailor|personio|recruitee)\b/i;

export type Evidence = {
  subject: string;
  body: string;
  /** The invite's SUMMARY and DESCRIPTION: its attendee lines say nothing ("ROLE=REQ-PARTICIPANT"). */
  invite: string;
  note: string;
  senderDomain: string | null;
};

/**
 * Whether anything says the mail is about a job interview: its words (any locale's interview or
 * hiring vocabulary) in the subject, the text, the invite's title or the seeker's own note, or an
 * applicant-tracking sender. A dated mail without it (a dentist, a community call) is not tracked.
 */
export function aboutInterview(e: Evidence): boolean {
  if (e.senderDomain && HIRING_SENDER.test(e.senderDomain)) return true;
  return [e.subject, e.note, e.invite, e.body].some((t) => HIRING.test(t));
}

/** The seeker's note names an interview ("for my interview", "Interview with a startup"). */
export function seekerSaysInterview(note: string): boolean {
  return INTERVIEW.test(note);
}

/** A title that names another kind of event ("Virtual Open House", "Webinar: …") and not an interview. */
export function namesOtherEvent(title: string): boolean {
  return OTHER_EVENT.test(title) && !INTERVIEW.test(title);
}

// Compiled at start-up (patterns.ts): a first mail that needs one of these does not pay for it.
warmable(LOCAL_REJECTION, LOCAL_OFFER, LOCAL_CANCELLED, LOCAL_MOVED, REJECTION, OFFER, RECEIVED, NEWSLETTER, CONFIRMED, CANCELLED_SUBJECT, CANCELLED_BODY, RESCHEDULED,
  PROPOSAL, OUT_OF_OFFICE, ASSESSMENT, DEADLINE, HIRING_SENDER, INTERVIEW, HIRING, OTHER_EVENT);
