/**
 * What a draft says, per language: rules as data, one engine (compose/drafts.ts). Each language writes its own
 * sentences as a native professional would — greeting and sign-off conventions, formal address where expected —
 * and the engine only chooses among them. Sets hold several variants so that no two drafts of one interview share
 * a paragraph, and check-ins offer a different kind of value each time.
 */
import type { Person } from "../../extract/types.ts";

export const DRAFT_LANGS = ["en", "de", "fr", "es", "pt", "it", "nl", "ja"] as const;
export type DraftLang = (typeof DRAFT_LANGS)[number];

/** What a sentence may mention, already in the draft's language (dates by Intl in the interviewer's zone). */
export type Facts = {
  /** "Wednesday"; with the format, "our video call on Wednesday" is the language's own business. */
  day: string;
  /** "December 16". */
  date: string;
  format: "video" | "onsite" | null;
  /** "the Data Engineer role at Northwind", or the language's words for it without a role or a company. */
  roleAt: string;
  company: string | null;
  role: string | null;
  /** The seeker's note as a topic ("the data pipeline migration"), else the marked placeholder. */
  topic: string;
  /** True when `topic` is the seeker's own. */
  noted: boolean;
  /** The interviewer's title, only when it reads well in a sentence. */
  title: string | null;
  /** What the seeker promised to send (`promised: …`), if anything. */
  promised: string | null;
  seekerName: string;
  /** US or UK spelling, for English. */
  us: boolean;
};

type Line = (f: Facts) => string;

/** The value a check-in offers: the advice's four kinds, in the order a search meets them. */
export type CheckInKind = "article" | "update" | "congrats" | "advice";

export type Phrases = {
  lang: DraftLang;
  /** The slot the seeker fills with a moment of the interview, when no note gave one. */
  placeholder: string;
  /** Every marked slot a draft may carry (the placeholder, [link], …): anything else in brackets is a bug. */
  slots: string[];
  greeting: (to: Person | null, formal: boolean, team: boolean) => string;
  signOff: (formal: boolean, seekerName: string) => string;
  /** Matches a draft's first line and its sign-off: the style rules check every draft with them. */
  greetingPattern: RegExp;
  signOffPattern: RegExp;
  roleAt: (role: string | null, company: string | null) => string;
  subjects: { thanks: Line; followUp: Line; followUpAgain: Line; rejection: Line; offer: Line; moreInfo: Line; withdraw: Line; stayInTouch: Line };
  thanks: {
    /** First paragraph: the day, the format, the role; then a sentence on the topic. Several, one per panel member. */
    openings: Line[];
    /** The interviewer's perspective, when their title reads well. */
    perspective: (title: string) => string;
    topic: Line[];
    middles: Line[];
    closings: Line[];
    late: Line;
    /** The sentence about what the seeker promised to send, and the attachment it calls for. */
    promised: (what: string) => string;
  };
  /** To the recruiter or coordinator who arranged it: thanks for the arranging, not for a conversation. */
  recruiterThanks: Line[];
  inquiry1: Line[];
  inquiry2: Line[];
  checkIns: Record<CheckInKind, { subject: Line; body: Line[] }>;
  rejection: Line[];
  offer: Line[];
  moreInfo: Line[];
  withdraw: Line[];
  /** A few months after a rejection: the seeker's news, the door kept open, a referral asked for. */
  stayInTouch: Line[];
  linkedIn: (first: string | null, f: Facts) => string;
  /** A short handwritten card after a senior role's interview, as the advice suggests: a few lines, no slots. */
  handwritten: Line;
  /** What to say on the phone when the second inquiry met silence: brief, one question, an easy way out. */
  phoneScript: Line;
  /** How the language counts length: words, or characters for scripts without spaces. */
  measure: "words" | "chars";
  /** The text after the greeting's comma goes on in lower case (German: "Guten Tag Frau Roth,\n\nvielen Dank …"). */
  /** `keep`: words that stay capitalised there (the formal "Sie", "Ihnen"). */
  lowerFirst?: { keep: RegExp };
};
