/**
 * Ready-to-send drafts, one function per kind. Pure text: the seeker sends
 * them from their own mailbox. Rules (DESIGN.md, checked by style.ts in the
 * tests): a subject that says what it is; greeting by first name (full name in
 * the formal register); at most the one marked placeholder; no exclamation
 * marks or emoticons; 50–150 words; a professional sign-off.
 */
import type { Person } from "../extract/types.ts";
import type { FollowUpKind } from "../schedule/plan.ts";
import { dayName, firstName, monthDay } from "./format.ts";
import { HIRING_TEAM } from "../schedule/plan.ts";
import { fold } from "../extract/people.ts";

/** The one unfilled token a draft may carry: the seeker replaces it with a moment from the interview. */
export const PLACEHOLDER = "[one thing you discussed]";
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
  /** The moment has passed (the reminder went out late): the draft says so. */
  late?: boolean;
  /** How the interview was held, when known: a video call has a meeting link. */
  format?: "video" | "onsite" | null;
};

/** `via: "linkedin"`: sent as a LinkedIn connection note, so it has no mail link. */
export type Draft = { to: Person | null; subject: string; body: string; via?: "linkedin" };

// Senior roles read more formal: full name in the greeting, no contractions.
const EXECUTIVE = /\b(chief|c[etfiom]o|vp|svp|evp|vice president|president|head of|director|general counsel|partner|managing)\b/i;

function formal(ctx: DraftContext): boolean {
  return !!ctx.role && EXECUTIVE.test(ctx.role);
}

function greeting(to: Person | null, ctx: DraftContext): string {
  // The team's shared mailbox (plan.ts) is greeted as a team, not as a person called "the".
  if (to?.name === HIRING_TEAM) return formal(ctx) ? "Dear Hiring Team," : "Hello,";
  if (formal(ctx)) return to ? `Dear ${to.name},` : "Dear Hiring Team,";
  const first = firstName(to);
  return first ? `Hi ${first},` : "Hello,";
}

function signOff(ctx: DraftContext): string {
  return `${formal(ctx) ? "Kind regards" : "Best regards"},\n${ctx.seekerName}`;
}

function roleAt(ctx: DraftContext, noun = "role"): string {
  return `${ctx.role ? `the ${ctx.role} ${noun}` : `the ${noun}`}${ctx.company ? ` at ${ctx.company}` : ""}`;
}

function subjectFor(prefix: string, ctx: DraftContext): string {
  return `${prefix} – ${ctx.role ? `${ctx.role} interview` : "interview"} – ${ctx.seekerName}`;
}

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

/** The note's topic, else the placeholder the seeker fills in. */
function moment(ctx: DraftContext, to: Person | null = null): string {
  return noteTopic(ctx, to) ?? PLACEHOLDER;
}


function compose(to: Person | null, ctx: DraftContext, subject: string, paragraphs: string[]): Draft {
  return { to, subject, body: [greeting(to, ctx), ...paragraphs, signOff(ctx)].join("\n\n") };
}

// Panel members each get a different opening, so a panel does not compare identical notes.
const THANK_OPENINGS = [
  (day: string, what: string) => `Thank you for taking the time to speak with me on ${day} about ${what}.`,
  (day: string, what: string) => `I appreciated our conversation on ${day} and the chance to learn more about ${what}.`,
  (day: string, what: string) => `Thank you for meeting with me on ${day}. I enjoyed hearing your perspective on ${what}.`,
  (day: string, what: string) => `It was a pleasure to speak with you on ${day} about ${what}.`,
];

/**
 * The interviewer's calendar: an interview at 09:30 on Wednesday in Bengaluru was on Wednesday for the person
 * thanked, though it was Tuesday night for a seeker in New York.
 */
function zoneOf(ctx: DraftContext): string {
  return ctx.interviewZone ?? ctx.seekerTimeZone;
}

/** US spelling for a seeker in the Americas, British elsewhere (as the seeker's own correspondents expect). */
function spell(ctx: DraftContext, us: string, uk: string): string {
  return ctx.seekerTimeZone.startsWith("America/") ? us : uk;
}

export function thankYouDraft(to: Person | null, index: number, ctx: DraftContext): Draft {
  const where = ctx.format === "video" ? "our video call on " : ctx.format === "onsite" ? "my visit on " : "";
  const day = `${where}${dayName(ctx.start, zoneOf(ctx))}`;
  const opening = THANK_OPENINGS[index % THANK_OPENINGS.length]!(day, roleAt(ctx)).replace(/\bon our video call on\b/, "during our video call on").replace(/\bon my visit on\b/, "during my visit on");
  const perspective = to?.title ? ` Hearing how you approach the work as ${to.title.replace(/^(the|our)\s+/i, "")} was especially helpful.` : "";
  return compose(to, ctx, subjectFor("Thank you", ctx), [
    ...(ctx.late ? [`I ${spell(ctx, "apologize", "apologise")} for the delay in writing.`] : []),
    `${opening}${perspective} I especially valued our conversation about ${moment(ctx, to)}, and it reinforced my interest in the position.`,
    "From what I heard, the team's priorities line up well with my experience, and I am confident I could contribute from the start.",
    "Please let me know if I can share anything else that would be helpful. I look forward to hearing about the next steps.",
  ]);
}

export function recruiterThankYouDraft(to: Person | null, ctx: DraftContext): Draft {
  return compose(to, ctx, subjectFor("Thank you", ctx), [
    `Thank you for arranging my interview for ${roleAt(ctx)} and for keeping everything so well ${spell(ctx, "organized", "organised")}. I enjoyed the conversation and came away even more interested in the position.`,
    "Please let me know if there is anything else you need from me. I look forward to hearing about the next steps when there is news.",
  ]);
}

export function statusInquiryDraft(to: Person | null, which: 1 | 2, ctx: DraftContext): Draft {
  const day = monthDay(ctx.start, zoneOf(ctx));
  const paragraphs =
    which === 1
      ? [
          `I hope you are doing well. I am following up on my interview on ${day} for ${roleAt(ctx)}.`,
          "I remain very interested in the position and in the work the team is doing. Could you share an update on the timeline for next steps?",
          "I am happy to provide anything else that would help. Thank you for your time.",
        ]
      : [
          `I hope your week is going well. I wanted to follow up once more about ${roleAt(ctx)}, after our conversation on ${day}.`,
          "I understand these decisions take time, and I am still very interested in the opportunity. If there is any update on the process, I would be grateful to hear it.",
          "Thank you again for considering my application.",
        ];
  return compose(to, ctx, subjectFor("Following up", ctx), paragraphs);
}

export function checkInDraft(to: Person | null, ctx: DraftContext): Draft {
  return compose(to, ctx, `Something you may find useful – ${ctx.seekerName}`, [
    `No response needed. I came across a piece on ${moment(ctx, to)} and thought of our conversation about ${roleAt(ctx)}. It seemed useful for the team, so I wanted to pass it along.`,
    "I remain interested in the opportunity and would be glad to stay in touch as things develop.",
  ]);
}

export function linkedInNote(to: Person | null, ctx: DraftContext): Draft {
  const first = firstName(to);
  const body = `${first ? `Hi ${first}, thank` : "Thank"} you for speaking with me about ${roleAt(ctx)}. I enjoyed our conversation and would be glad to stay connected. ${ctx.seekerName}`;
  return { to, subject: "LinkedIn connection note", body: body.length <= LINKEDIN_MAX_CHARS ? body : `${body.slice(0, LINKEDIN_MAX_CHARS - 1)}…`, via: "linkedin" };
}

export function rejectionReplyDraft(to: Person | null, ctx: DraftContext): Draft {
  return compose(to, ctx, `Re: ${ctx.role ?? "my application"} – thank you`, [
    `Thank you for letting me know about your decision on ${roleAt(ctx)}. While I am disappointed, I appreciated the chance to meet the team and learn about the work.`,
    "If you are able to share any feedback on my interviews, I would value it as I continue my search.",
    `I would be glad to stay in touch and to be considered for future openings${ctx.company ? ` at ${ctx.company}` : ""}. Thank you again for your time.`,
  ]);
}

export function offerReplyDraft(to: Person | null, ctx: DraftContext): Draft {
  return compose(to, ctx, `Re: Offer – ${ctx.role ?? "position"} – ${ctx.seekerName}`, [
    `Thank you for the offer for ${roleAt(ctx)}. I am delighted, and I appreciate the time everyone invested in the process.`,
    "Could you send the written offer with the full details of compensation and benefits? I would also like to confirm the date by which you need my decision.",
    "I look forward to reviewing it and will get back to you promptly.",
  ]);
}

export function moreInfoReplyDraft(to: Person | null, ctx: DraftContext): Draft {
  return compose(to, ctx, `Re: Information for ${ctx.role ?? "my application"} – ${ctx.seekerName}`, [
    `Thank you for your message about ${roleAt(ctx)}. I am glad to provide what you asked for, and I have attached it to this email.`,
    "Please let me know if anything is unclear or if there is more I can send to help the process along. I remain very interested in the position.",
  ]);
}

export function draftFor(kind: FollowUpKind, to: Person | null, index: number, ctx: DraftContext): Draft {
  switch (kind) {
    case "thank_you":
      return thankYouDraft(to, index, ctx);
    case "thank_you_recruiter":
      return recruiterThankYouDraft(to, ctx);
    case "status_inquiry_1":
      return statusInquiryDraft(to, 1, ctx);
    case "status_inquiry_2":
      return statusInquiryDraft(to, 2, ctx);
    case "check_in":
      return checkInDraft(to, ctx);
  }
}

/** RFC 6068 mailto: link that opens the draft prefilled (CRLF line breaks, every reserved character encoded). */
export function mailtoLink(d: Draft): string | null {
  if (!d.to?.email || d.via === "linkedin") return null;
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, "\r\n"));
  return `mailto:${encodeURIComponent(d.to.email).replace(/%40/g, "@")}?subject=${enc(d.subject)}&body=${enc(d.body)}`;
}
