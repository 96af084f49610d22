/**
 * The rules that read people, as data for the engine (engine.ts, record rules): interviewers from labels, tables,
 * itineraries and sentences; contacts from "your recruiter, X" and a recruiter's signature; the host a pasted
 * Zoom invitation names. The name grammar they share (what a name, an entry, a title is) is people.ts; the
 * resolver that weighs their votes against the invite, the sender and the To/Cc lines is cast.ts.
 * Weights: a label, a table's column or an itinerary's row says whom the seeker meets (LISTED_WEIGHT); a
 * sentence says it less surely.
 */
import { alternation, anyCase, INTERVIEWER_LABELS, NOT_AFTER_LATIN } from "../locales/index.ts";
import {
  cleanTitle, columnPeople, firstName, itineraryPeople, labelledPeople, looksLikeName, NAME_SOURCE as NAME,
  NAME_TITLE_AT_END, nameBefore, emailIn, sentencePeople, signedRecruiter,
} from "../people.ts";
import type { Person } from "../types.ts";
import type { RecordRule, Source } from "./engine.ts";
import { allMatches, warmable } from "../patterns.ts";

export type PersonField = "interviewer" | "contact" | "host";
/** The body's lines, split once for every structural rule that reads them. */
export type PeopleContext = { lines: (text: string) => string[] };
type PersonRule = RecordRule<PersonField, Person, PeopleContext>;

/** A label, a table's column or an itinerary's row: the mail lists whom the seeker meets. */
export const LISTED_WEIGHT = 4;
/** A sentence that names people beside other things ("You'll meet with A and B"). */
const SENTENCE_WEIGHT = 2;
/** A structural reader goes through the text's lines itself: its pattern matches once, at the start. */
const WHOLE_TEXT = /^/;

const LINES: readonly Source[] = ["body_lines", "invite_lines"];
const SENTENCES: readonly Source[] = ["body", "invite"];

// Lead-ins read inside a sentence: a word such as "With" or "Staff" is a label only at a line's start.
const LOCAL_LEAD_INS = alternation(INTERVIEWER_LABELS.filter((l) => /\s/.test(l) && !/^(?:meet|meeting) with$/i.test(l)));
const TRIGGER = new RegExp(String.raw`${NOT_AFTER_LATIN}(?:${LOCAL_LEAD_INS}):?\s+|\b(?:meet(?:ing)? with|(?:will|you'll|you’ll|to|going to|get to) meet|(?:minutes|hour|call|conversation|interview|chat|session|time)\s+(?:will be\s+|is\s+)?with|speak(?:ing)? with|talk(?:ing)? with|pair(?:ing)? with|interview(?:ing)? with|conversation with|chat(?:ting)? with|call with|joined by|be joined by|(?:be |being )?interviewed by|interviewers? (?:is|are|will be)|panel (?:is|will be|includes)):?\s+`, "gi");

/** Names listed after "meet with" and the like: a sentence's worth. */
const MAX_LIST_CHARS = 200;
/** Longer than any end marker below, so one that starts within the list is read whole. */
const LIST_END_LOOKAHEAD = 16;
const LIST_END = /¶|https?:|(?<!\b(?:Mr|Ms|Mrs|Dr|Jr|Sr|St))[.!?;](?:\s|$)|\s[-–—]\s|\bwho\b|\bto discuss\b|\bfor (?:a|an|the|about)\b/;

/** The list that follows a lead-in ending at `at`: up to the sentence's end, or MAX_LIST_CHARS. */
function listAfter(flat: string, at: number): string {
  // A look past the limit (for the end markers' last letters) changes nothing; a search through the rest costs.
  const rest = flat.slice(at, at + MAX_LIST_CHARS + LIST_END_LOOKAHEAD);
  const end = rest.search(LIST_END);
  return rest.slice(0, end < 0 ? MAX_LIST_CHARS : Math.min(end, MAX_LIST_CHARS));
}

/** The lists of people after "meet with", "with", "Ihre Gesprächspartnerin ist" and the like. */
export function triggeredLists(flat: string): string[] {
  return allMatches(TRIGGER, flat).map((m) => listAfter(flat, m.index! + m[0].length));
}

/** "pair with Marco from our payments team", "meet Aiko, our designer": a first name alone, then who they are. */
const FIRST_NAME_THEN_WHO = /^(\p{Lu}\p{Ll}{2,})(?=\s+(?:from|on|of)\s+(?:our|the|their)\b|\s*,\s*(?:our|the|who)\b|\s*\()/u;
/** "Marisa can do Friday Dec 18 at noon": a first name whose availability sets the slot is the interviewer's. */
const FIRST_NAME_AVAILABLE = /(?<![\p{L}.])(\p{Lu}\p{Ll}{2,})\s+(?:can do|can meet|can chat|can talk)\b/gu;
const WILL_INTERVIEW = /\s+(?:will|is going to|are going to)\s+(?:still\s+|also\s+)?(?:be\s+)?(?:your\s+)?interview(?:ers?|ing you| you)\b/g;
/** "Jane Doe and John Smith will interview you": the names before the last one. */
const NAMES_BEFORE = new RegExp(`(?:(?<![\\p{L}.])${NAME}\\s*(?:\\([^)@]{2,60}\\))?\\s*(?:,|,?\\s+and|\\s*&)\\s+)+$`, "u");
/** How far before a "will interview you" its list of names may start. */
const MAX_NAMES_BEFORE_CHARS = 160;
const WITH_NAME_TITLE = new RegExp(`\\bwith\\s+(${NAME})\\s*\\(([^)@]{2,60})\\)`, "gu");
const OUR_TITLE_NAME_WILL = new RegExp(`(?:Our|our|Your|your)\\s+([^,.]{2,50}),\\s*(${NAME}),?\\s+(?:will|who will|is going to)\\s+(?:also\\s+)?(?:join|hop on|be|sit in|attend|meet)`, "gu");
/** "Grant Albrecht, Plant Engineering Manager, will call you": a name, its title, and what they will do with the seeker. */
const TITLE_WILL_ACT = /,\s+([^,.]{2,60}),\s+(?:will|is going to|would like to)\s+(?:call|phone|ring|interview|meet|speak with|talk with|chat with|host)\b/g;
/** "Jane Doe, our Engineering Manager, would like to speak with you". */
const OUR_TITLE_WILL = /,\s+(?:our|your)\s+([^,.]{2,50}),\s+(?:would like to|wants to|will|is going to)\s+(?:speak|meet|chat|talk|connect|interview)/g;

const CONTACT_ROLE = "(recruit(?:er|ing coordinator)|coordinator|recruiting partner|talent partner)";
// Its words in either case, its name capitalised: no i flag, under which \p{Lu} takes lower case too.
const YOUR_CONTACT_NAME = new RegExp(`(?<!\\w)${anyCase(`your ${CONTACT_ROLE}`)}[,:]?\\s+(${NAME})(?:\\s*\\(([^)]*)\\))?`, "gu");
const COMMA_YOUR_CONTACT = new RegExp(`,\\s+your ${CONTACT_ROLE}`, "g");
const ZOOM_INVITE = / is inviting you to a scheduled Zoom meeting/g;

/** The person whose name ends where the match begins, titled by the match's first group. */
const namedBefore = (m: RegExpMatchArray, text: string): Person[] => {
  const name = nameBefore(text, m.index!)?.[1];
  return name ? [{ name, email: null, title: cleanTitle(m[1]) }] : [];
};

const STRUCTURE: PersonRule[] = [
  {
    id: "labelled-people",
    locale: "*",
    field: "interviewer",
    weight: LISTED_WEIGHT,
    reads: LINES,
    pattern: WHOLE_TEXT,
    read: (_m, text, ctx) => labelledPeople(ctx.lines(text)),
    examples: [
      { text: "Interviewers:\nJane Doe, Head of Data\nTom Lee (Analyst)", reads: [{ name: "Jane Doe", title: "Head of Data" }, { name: "Tom Lee", title: "Analyst" }] },
      { text: "Ihre Gesprächspartner: Anna Müller (Teamleiterin)", reads: [{ name: "Anna Müller", title: "Teamleiterin" }] },
      { text: "面接官：開発部 部長 山田 太郎", reads: [{ name: "山田 太郎", title: "開発部 部長" }] },
      { text: "Time\tInterviewer\n10:00\tRosa Delgado\n11:00\tMarcus Bell", reads: [{ name: "Rosa Delgado" }, { name: "Marcus Bell" }] },
      { text: "Thanks for your time, Jane Doe.", reads: [] },
    ],
  },
  {
    id: "column-under-header",
    locale: "en",
    field: "interviewer",
    weight: LISTED_WEIGHT,
    reads: LINES,
    pattern: WHOLE_TEXT,
    read: (_m, text, ctx) => columnPeople(ctx.lines(text)),
    examples: [{ text: "Date Time Location Interviewers\nWed 10:00 Video Call (Zoom)\nPriya Shah\nEngineering Manager", reads: [{ name: "Priya Shah", title: "Engineering Manager" }] }],
  },
  {
    id: "itinerary-rows",
    locale: "*",
    field: "interviewer",
    weight: LISTED_WEIGHT,
    reads: LINES,
    pattern: WHOLE_TEXT,
    read: (_m, text, ctx) => itineraryPeople(ctx.lines(text)),
    examples: [
      { text: "9:30 - 10:15  System design – Ana Ruiz\n10:15 - 11:00  Coding: Systems Programming Harlan Pryce, Staff Software Engineer", reads: [{ name: "Ana Ruiz" }, { name: "Harlan Pryce", title: "Staff Software Engineer" }] },
      { text: "10:00 - 11:00 Lunch break", reads: [] },
    ],
  },
];

const SENTENCE: PersonRule[] = [
  {
    id: "meet-with-list",
    locale: "*",
    field: "interviewer",
    weight: SENTENCE_WEIGHT,
    reads: SENTENCES,
    pattern: TRIGGER,
    read: (m, text) => {
      const list = listAfter(text, m.index! + m[0].length);
      const people = sentencePeople(list);
      return people.length ? people : firstName(FIRST_NAME_THEN_WHO.exec(list)?.[1]);
    },
    examples: [
      { text: "You'll meet with Tomás Ibarra (Director) and Grace Liu (Analyst).", reads: [{ name: "Tomás Ibarra", title: "Director" }, { name: "Grace Liu", title: "Analyst" }] },
      { text: "You will pair with Marco from our payments team.", reads: [{ name: "Marco" }] },
      { text: "Ihre Gesprächspartnerin ist Frau Dr. Anna Weber.", reads: [{ name: "Anna Weber" }] },
      { text: "We will meet with the team next week.", reads: [] },
    ],
  },
  {
    id: "first-name-available",
    locale: "en",
    field: "interviewer",
    weight: SENTENCE_WEIGHT,
    reads: SENTENCES,
    needs: / can /,
    pattern: FIRST_NAME_AVAILABLE,
    read: (m) => firstName(m[1]),
    examples: [{ text: "Marisa can do Friday Dec 18 at noon.", reads: [{ name: "Marisa" }] }, { text: "Monday can work too.", reads: [] }],
  },
  {
    id: "name-will-interview",
    locale: "en",
    field: "interviewer",
    weight: SENTENCE_WEIGHT,
    reads: SENTENCES,
    needs: /interview/,
    pattern: WILL_INTERVIEW,
    read: (w, text) => {
      const m = nameBefore(text, w.index!, NAME_TITLE_AT_END);
      if (!m) return [];
      const at = w.index! - m[0].length;
      const before = NAMES_BEFORE.exec(text.slice(Math.max(0, at - MAX_NAMES_BEFORE_CHARS), at))?.[0];
      return [...(before ? sentencePeople(before) : []), { name: m[1]!, email: null, title: cleanTitle(m[2]) }];
    },
    examples: [
      { text: "Jane Doe (Engineering Manager) will still be your interviewer.", reads: [{ name: "Jane Doe", title: "Engineering Manager" }] },
      { text: "Jane Doe and John Smith will interview you.", reads: [{ name: "Jane Doe" }, { name: "John Smith" }] },
    ],
  },
  {
    id: "with-name-title",
    locale: "en",
    field: "interviewer",
    weight: SENTENCE_WEIGHT,
    reads: SENTENCES,
    needs: /with/,
    pattern: WITH_NAME_TITLE,
    read: (m) => (looksLikeName(m[1]!) ? [{ name: m[1]!, email: null, title: cleanTitle(m[2]) }] : []),
    examples: [{ text: "on Tuesday at 10:30 CET with Paul Durand (Design Director)", reads: [{ name: "Paul Durand", title: "Design Director" }] }],
  },
  {
    id: "our-title-name-will-join",
    locale: "en",
    field: "interviewer",
    weight: SENTENCE_WEIGHT,
    reads: SENTENCES,
    pattern: OUR_TITLE_NAME_WILL,
    read: (m) => (looksLikeName(m[2]!) ? [{ name: m[2]!, email: null, title: cleanTitle(m[1]) }] : []),
    examples: [{ text: "Our product designer, Mirela Popescu, will hop on for the last 15 minutes.", reads: [{ name: "Mirela Popescu", title: "Product designer" }] }],
  },
  {
    id: "name-title-will-act",
    locale: "en",
    field: "interviewer",
    weight: SENTENCE_WEIGHT,
    reads: SENTENCES,
    pattern: TITLE_WILL_ACT,
    read: namedBefore,
    examples: [{ text: "Grant Albrecht, Plant Engineering Manager, will call you on Monday.", reads: [{ name: "Grant Albrecht", title: "Plant Engineering Manager" }] }],
  },
  {
    id: "name-our-title-will",
    locale: "en",
    field: "interviewer",
    weight: SENTENCE_WEIGHT,
    reads: SENTENCES,
    pattern: OUR_TITLE_WILL,
    read: namedBefore,
    examples: [{ text: "Jane Doe, our Engineering Manager, would like to speak with you.", reads: [{ name: "Jane Doe", title: "Engineering Manager" }] }],
  },
];

const CONTACTS: PersonRule[] = [
  {
    id: "signed-recruiter",
    locale: "*",
    field: "contact",
    weight: LISTED_WEIGHT,
    reads: ["body_lines"],
    pattern: WHOLE_TEXT,
    read: (_m, text) => {
      const signer = signedRecruiter(text);
      return signer ? [signer] : [];
    },
    examples: [{ text: "Regards,\nLorena Quiroga\nTalent Acquisition Specialist\nlorena.quiroga@acme.example", reads: [{ name: "Lorena Quiroga", email: "lorena.quiroga@acme.example" }] }],
  },
  {
    id: "your-recruiter-name",
    locale: "en",
    field: "contact",
    weight: SENTENCE_WEIGHT,
    reads: ["body"],
    needs: /your /i,
    pattern: YOUR_CONTACT_NAME,
    read: (m) => (looksLikeName(m[2]!) ? [{ name: m[2]!, email: emailIn(m[3] ?? ""), title: cleanTitle(m[1]) }] : []),
    examples: [
      { text: "Questions? Contact your recruiter, Andrea Novak (andrea@acme.example).", reads: [{ name: "Andrea Novak", email: "andrea@acme.example", title: "Recruiter" }] },
      { text: "Your Recruiting Coordinator: Jordan Blake", reads: [{ name: "Jordan Blake", title: "Recruiting Coordinator" }] },
      // A name is capitalised; lower-case words after the role are the sentence going on.
      { text: "Questions? Ask your recruiter andrea novak.", reads: [] },
    ],
  },
  {
    id: "name-your-recruiter",
    locale: "en",
    field: "contact",
    weight: SENTENCE_WEIGHT,
    reads: ["body"],
    pattern: COMMA_YOUR_CONTACT,
    read: namedBefore,
    examples: [{ text: "Reach out to Brynn Talley, your recruiting coordinator, with questions.", reads: [{ name: "Brynn Talley", title: "Recruiting coordinator" }] }],
  },
  {
    id: "zoom-host",
    locale: "en",
    field: "host",
    weight: SENTENCE_WEIGHT,
    // The body as written: run together, the line above would read as part of the name ("Hi Casey Nguyen").
    reads: ["body_lines"],
    pattern: ZOOM_INVITE,
    read: (m, text) => namedBefore(m, text).map((p) => ({ ...p, title: null })),
    examples: [{ text: "Casey Nguyen is inviting you to a scheduled Zoom meeting.", reads: [{ name: "Casey Nguyen" }] }],
  },
];

export const PEOPLE_RULES: readonly PersonRule[] = [...STRUCTURE, ...SENTENCE, ...CONTACTS];

// Compiled at start-up (patterns.ts): a first mail that needs one of these does not pay for it.
warmable(WHOLE_TEXT, TRIGGER, LIST_END, FIRST_NAME_THEN_WHO, FIRST_NAME_AVAILABLE, WILL_INTERVIEW, NAMES_BEFORE,
  WITH_NAME_TITLE, OUR_TITLE_NAME_WILL, TITLE_WILL_ACT, OUR_TITLE_WILL, YOUR_CONTACT_NAME, COMMA_YOUR_CONTACT, ZOOM_INVITE);
