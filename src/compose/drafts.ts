/**
 * Ready-to-send drafts: one engine over each language's phrases (compose/phrases/<lang>.ts). Pure text: the
 * seeker sends them from their own mailbox. Rules (DESIGN.md, checked by style.ts in the tests): a subject that
 * says what it is; a greeting and sign-off as the language writes them; only marked slots; no exclamation marks
 * or emoticons; thank-yous 50–150 words, inquiries and check-ins at most 100; no paragraph shared by two drafts of
 * one interview.
 */
import type { Person } from "../extract/types.ts";
import type { DraftKind } from "../schedule/plan.ts";
import { dayName, firstName, monthDay } from "./format.ts";
import { HIRING_TEAM } from "../schedule/plan.ts";
import { fold, isRecruitingTitle } from "../extract/people.ts";
import { PHRASES } from "./phrases/index.ts";
import { en } from "./phrases/en.ts";
import type { CheckInKind, DraftLang, Facts, Phrases } from "./phrases/types.ts";

/** The slot a draft carries when no note gave the topic: the seeker replaces it with a moment from the interview. */
export const PLACEHOLDER = en.placeholder;
/** LinkedIn's limit for a connection note. */
export const LINKEDIN_MAX_CHARS = 300;

export type DraftContext = {
  company: string | null;
  role: string | null;
  start: string;
  seekerName: string;
  seekerTimeZone: string;
  /** The zone the interview was set in (the invite's or the mail's): the interviewer's calendar, which drafts speak in. */
  interviewZone?: string | null;
  notes: string | null;
  /** Notes for one interviewer (`notes Priya: …`), by folded name: they win over `notes` in that person's draft. */
  personNotes?: Record<string, string>;
  /** What the seeker promised to send (`promised: …`), by folded name, "" for everyone. */
  promised?: Record<string, string>;
  /** The moment has passed (the reminder went out late): the draft says so. */
  late?: boolean;
  /** How the interview was held, when known: a video call has a meeting link. */
  format?: "video" | "onsite" | null;
  /** The language the drafts are written in: the interview mail's (English when we do not write its language). */
  lang?: DraftLang;
};

/** `via: "linkedin"`: sent as a LinkedIn connection note, so it has no mail link. */
/** `lang`: the draft's language, which its HTML declares (a German draft inside an English reply). */
export type Draft = { to: Person | null; subject: string; body: string; via?: "linkedin"; lang?: DraftLang };

// Senior roles read more formal: full name in the greeting, no contractions.
const EXECUTIVE = /\b(chief|c[etfiom]o|vp|svp|evp|vice president|president|head of|director|general counsel|partner|managing)\b/i;

function formal(ctx: DraftContext): boolean {
  return !!ctx.role && EXECUTIVE.test(ctx.role);
}

/** The phrases a draft is written with: the interview's language. */
export const phrasesOf = (ctx: Pick<DraftContext, "lang">): Phrases => PHRASES[ctx.lang ?? "en"];

/** How seekers start a note, before the topic itself: "we discussed the data pipeline migration". */
const NOTE_LEAD = /^(?:(?:i|we)\s+(?:mostly\s+|really\s+|also\s+)?(?:discussed|talked\s+about|spoke\s+about|went\s+over|covered|chatted\s+about|dug\s+into)|(?:discussed|talked\s+about|spoke\s+about|covered|about|re:?|topic:?)|(?:our|the)\s+(?:conversation|discussion|chat)\s+(?:about|on|of))\s+/i;
/** Small words that start a topic in lower case inside a sentence ("… about the migration"). */
const LOWER_FIRST = /^(?:The|A|An|Our|Their|Your|My|His|Her|How|Why|What|When|Where|Which|Some|Its)\b/;

/**
 * The topic of a seeker's note, ready to follow "our conversation about": the lead-in ("we discussed") and the
 * closing stop cut, the first sentence only, a leading "The" lower-cased. A note is woven in, not pasted.
 */
export function topicOf(note: string): string {
  const first = note.trim().split(/(?<=[.!?])\s+|\n/)[0] ?? "";
  const topic = first.replace(NOTE_LEAD, "").replace(/[.!?\s]+$/, "").trim();
  return LOWER_FIRST.test(topic) ? topic[0]!.toLowerCase() + topic.slice(1) : topic;
}

/** The topic a draft to `to` mentions: the person's own note, else the interview's; null when neither has one. */
export function noteTopic(ctx: Pick<DraftContext, "notes" | "personNotes">, to: Person | null): string | null {
  const note = (to ? ctx.personNotes?.[fold(to.name)] : undefined) ?? ctx.notes;
  return (note && topicOf(note)) || null;
}

/** Words a title may have and still read well in "as <title>". */
const MAX_TITLE_WORDS = 5;

/**
 * The title when it reads well in a sentence: a plain job title of a few words, without brackets or stray
 * punctuation ("Head of Platform (cc'd here" broke the sentence it was put in), and not a recruiting title.
 */
export function titleReadsWell(title: string | null | undefined): string | null {
  const t = title?.replace(/^(the|our)\s+/i, "").trim();
  if (!t || t.split(/\s+/).length > MAX_TITLE_WORDS || !/^\p{L}[\p{L}\p{M} &/.'-]*$/u.test(t) || isRecruitingTitle(t)) return null;
  return t;
}

/** The interviewer's calendar: an interview at 09:30 on Wednesday in Bengaluru was on Wednesday for the person thanked. */
function zoneOf(ctx: DraftContext): string {
  return ctx.interviewZone ?? ctx.seekerTimeZone;
}

/** Formatters by language, zone and fields: building one costs more than using it. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function localDate(lang: DraftLang, zone: string, field: "weekday" | "date", iso: string): string {
  const key = `${lang}|${zone}|${field}`;
  let f = formatters.get(key);
  const opts: Intl.DateTimeFormatOptions = field === "weekday" ? { weekday: "long" } : { month: "long", day: "numeric" };
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(lang, { ...opts, timeZone: zone })));
  return f.format(new Date(iso));
}

function factsOf(to: Person | null, ctx: DraftContext, P: Phrases): Facts {
  const zone = zoneOf(ctx);
  const topic = noteTopic(ctx, to);
  const english = P.lang === "en";
  return {
    day: english ? dayName(ctx.start, zone) : localDate(P.lang, zone, "weekday", ctx.start),
    date: english ? monthDay(ctx.start, zone) : localDate(P.lang, zone, "date", ctx.start),
    format: ctx.format ?? null,
    roleAt: P.roleAt(ctx.role, ctx.company),
    company: ctx.company,
    role: ctx.role,
    topic: topic ?? P.placeholder,
    noted: !!topic,
    title: titleReadsWell(to?.title),
    promised: (to ? ctx.promised?.[fold(to.name)] : undefined) ?? ctx.promised?.[""] ?? null,
    seekerName: ctx.seekerName,
    // US spelling for a seeker in the Americas, British elsewhere (as the seeker's own correspondents expect).
    us: ctx.seekerTimeZone.startsWith("America/"),
  };
}

function compose(to: Person | null, ctx: DraftContext, P: Phrases, subject: string, paragraphs: string[]): Draft {
  const team = to?.name === HIRING_TEAM;
  const [head = "", ...rest] = paragraphs;
  const first = P.lowerFirst && !P.lowerFirst.keep.test(head) ? head.charAt(0).toLowerCase() + head.slice(1) : head;
  return { to, subject, body: [P.greeting(to, formal(ctx), team), first, ...rest, P.signOff(formal(ctx), ctx.seekerName)].join("\n\n"), lang: P.lang };
}

/** Variant `i` of a set; past the set's end the person's name leads it, so no two drafts of a panel share one. */
function pick(set: Array<(f: Facts) => string>, i: number, f: Facts, to: Person | null, P: Phrases): string {
  const text = set[i % set.length]!(f);
  if (i < set.length || !to) return text;
  return P.lang === "ja" ? `${to.name}様、${text}` : `${firstName(to)}, ${text[0]!.toLowerCase()}${text.slice(1)}`;
}

/** One thank-you per panel member: member `index` gets variant `index` of each paragraph, so none is shared. */
export function thankYouDraft(to: Person | null, index: number, ctx: DraftContext): Draft {
  const P = phrasesOf(ctx);
  const f = factsOf(to, ctx, P);
  const t = P.thanks;
  const sep = P.lang === "ja" ? "" : " ";
  const first = `${pick(t.openings, index, f, to, P)}${f.title ? t.perspective(f.title) : ""}${sep}${t.topic[index % t.topic.length]!(f)}`;
  return compose(to, ctx, P, P.subjects.thanks(f), [
    ...(ctx.late ? [t.late(f)] : []),
    first,
    pick(t.middles, index, f, to, P),
    ...(f.promised ? [t.promised(f.promised)] : []),
    pick(t.closings, index, f, to, P),
  ]);
}

/** To the recruiter or coordinator: thanks for arranging it, never for a conversation they were not in. */
export function recruiterThankYouDraft(to: Person | null, ctx: DraftContext): Draft {
  const P = phrasesOf(ctx);
  const f = factsOf(to, ctx, P);
  return compose(to, ctx, P, P.subjects.thanks(f), P.recruiterThanks.map((line) => line(f)));
}

export function statusInquiryDraft(to: Person | null, which: 1 | 2, ctx: DraftContext): Draft {
  const P = phrasesOf(ctx);
  const f = factsOf(to, ctx, P);
  const subject = which === 1 ? P.subjects.followUp(f) : P.subjects.followUpAgain(f);
  return compose(to, ctx, P, subject, (which === 1 ? P.inquiry1 : P.inquiry2).map((line) => line(f)));
}

/** The value a check-in offers, by its place in the plan: each one a different kind, as the advice lists. */
export const CHECK_IN_KINDS: CheckInKind[] = ["article", "update", "congrats", "advice"];

export function checkInDraft(to: Person | null, ctx: DraftContext, ordinal = 0): Draft {
  const P = phrasesOf(ctx);
  const f = factsOf(to, ctx, P);
  const kind = P.checkIns[CHECK_IN_KINDS[ordinal % CHECK_IN_KINDS.length]!];
  return compose(to, ctx, P, kind.subject(f), kind.body.map((line) => line(f)));
}

export function linkedInNote(to: Person | null, ctx: DraftContext): Draft {
  const P = phrasesOf(ctx);
  const body = P.linkedIn(firstName(to), factsOf(to, ctx, P));
  const note = body.length <= LINKEDIN_MAX_CHARS ? body : `${body.slice(0, LINKEDIN_MAX_CHARS - 1)}…`;
  return { to, subject: "LinkedIn connection note", body: note, via: "linkedin", lang: P.lang };
}

function simple(kind: "rejection" | "offer" | "moreInfo" | "withdraw" | "stayInTouch", to: Person | null, ctx: DraftContext): Draft {
  const P = phrasesOf(ctx);
  const f = factsOf(to, ctx, P);
  return compose(to, ctx, P, P.subjects[kind](f), P[kind].map((line) => line(f)));
}

export const rejectionReplyDraft = (to: Person | null, ctx: DraftContext) => simple("rejection", to, ctx);
export const offerReplyDraft = (to: Person | null, ctx: DraftContext) => simple("offer", to, ctx);
export const moreInfoReplyDraft = (to: Person | null, ctx: DraftContext) => simple("moreInfo", to, ctx);
/** When the reflection's minuses win: a courteous withdrawal that gives no reason beyond the seeker's own. */
export const withdrawDraft = (to: Person | null, ctx: DraftContext) => simple("withdraw", to, ctx);
/** Months after a rejection: the seeker's news, the door kept open, and a referral asked for. */
export const stayInTouchDraft = (to: Person | null, ctx: DraftContext) => simple("stayInTouch", to, ctx);

/** For a senior role: the few lines of a handwritten card, in the interview's language. */
export function handwrittenNote(to: Person | null, ctx: DraftContext): string | null {
  if (!formal(ctx)) return null;
  const P = phrasesOf(ctx);
  return P.handwritten(factsOf(to, ctx, P));
}

/** What to say on the phone when the inquiries met silence, in the interview's language. */
export function phoneScript(ctx: DraftContext): string {
  const P = phrasesOf(ctx);
  return P.phoneScript(factsOf(null, ctx, P));
}

/** The number a follow-up's id ends with: `thanks-2` is the third panel member (from 0), `check-in-1` the first check-in. */
function ordinalOf(id: string | undefined, fallback: number): number {
  const n = /-(\d+)$/.exec(id ?? "")?.[1];
  return n === undefined ? fallback : Number(n);
}

/** `index`: the follow-up's place in its plan, used when its `id` does not number it. */
export function draftFor(kind: DraftKind, to: Person | null, index: number, ctx: DraftContext, id?: string): Draft {
  switch (kind) {
    case "thank_you":
      return thankYouDraft(to, ordinalOf(id, index), ctx);
    case "thank_you_recruiter":
      return recruiterThankYouDraft(to, ctx);
    case "status_inquiry_1":
      return statusInquiryDraft(to, 1, ctx);
    case "status_inquiry_2":
      return statusInquiryDraft(to, 2, ctx);
    case "check_in":
      return checkInDraft(to, ctx, ordinalOf(id, 1) - 1); // the plan numbers check-ins from 1
    case "stay_in_touch":
      return stayInTouchDraft(to, ctx);
  }
}

/** RFC 6068 mailto: link that opens the draft prefilled (CRLF line breaks, every reserved character encoded). */
export function mailtoLink(d: Draft): string | null {
  if (!d.to?.email || d.via === "linkedin") return null;
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, "\r\n"));
  return `mailto:${encodeURIComponent(d.to.email).replace(/%40/g, "@")}?subject=${enc(d.subject)}&body=${enc(d.body)}`;
}
