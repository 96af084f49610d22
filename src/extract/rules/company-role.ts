/**
 * The rules that read a company and a role. Each is data for the engine
 * (engine.ts): what it reads, the words it needs, its pattern, its votes, and
 * examples that a test runs it on. Weights: a label or a sentence that names
 * the field (4), a sentence that names it beside something else (3), a
 * title's pattern (2), a title's bare part (1).
 */
import { alternation, anyCase, LOCALES } from "../locales/index.ts";
import { cleanCompany, cleanRole } from "./clean.ts";
import type { Cleaners, Rule, Vote } from "./engine.ts";
import { warmable } from "../patterns.ts";

export type Field = "company" | "role";
export const FIELDS = ["company", "role"] as const;
/** What every vote for each field passes before it counts. */
export const CLEANERS: Cleaners<Field> = { company: cleanCompany, role: cleanRole };
export type RuleContext = {
  seekerName: string | null;
  domainLetters: string | null;
  /** Lower-cased full names of the people read: "Priya Natarajan would like to meet you" names no company. */
  people: ReadonlySet<string>;
};
type FieldRule = Rule<Field, RuleContext>;

/** A company's name: up to five capitalised words, with "of", "and", "&" between them. */
const COMPANY = String.raw`(\p{Lu}[\p{L}\d&'’-]*(?:[ ]+(?:&[ ]+)?(?:\p{Lu}[\p{L}\d&'’-]*|of|and|de|la|the)){0,4})`;
const BODY = ["body", "invite", "note"] as const;
const LINES = ["body_lines", "invite_lines"] as const;
/** A role in brackets: "(Backend Engineer II)", "（バックエンドエンジニア）". */
const BRACKETED = /[(（]([^()（）\n]{3,60})[)）]/gu;
/** Tags mail systems put before a subject in brackets: never a company. */
const SUBJECT_TAGS = /^(?:external|ext|spam|secure|encrypted|caution|warning|important|urgent|confidential|reminder|update)$/i;
/** Words before a signature's company that make it a title ("Talent Partner | Harakeke Software"). */
const SIGNED_TITLE = /\b(?:recruit\w*|talent|sourc\w*|coordinator|partner|manager|director|lead|engineer|specialist|advisor|consultant|hr|people|founder|ceo|cto|head)\b/i;
/** A company as the subject of a hiring verb: "Harborline Logistics would like to move you forward". */
const HIRING_VERB = /\s+(?:would like to|wants to|has invited|invited you|(?:has )?(?:canceled|cancelled|rescheduled))\b/;

/** The lazy match starts at the first preposition: "to a technical conversation for the X role" → "X". */
const lastPhrase = (s: string) => s.split(/\b(?:for|in|to|about|of|on)\s+(?:the|our|this|a|an|your)\s+/i).at(-1)!;
/** Capitalised too: a pattern that reads a company's capitals cannot take the i flag. */
const cased = (words: string[]) => words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]);

/** Whether the sender's domain letters spell the name's first word ("Acme" in acme-robotics.example). */
export function spelledBy(letters: string | null, name: string): boolean {
  const first = name.toLowerCase().split(/\s+/)[0]!.replace(/[^a-z]/g, "");
  return !!letters && first.length >= 3 && letters.includes(first);
}

const IS_EXCITED = /\s+(?:is|are)\s+(?:excited|pleased|happy|looking forward)/;
const TITLE_WORDS = String.raw`(?:recruiter|partner|manager|coordinator|lead|engineer|director|specialist|founder|ceo|cto)\s+at\s`;
const AT_COMPANY = new RegExp(String.raw`\b(?:role|position|opening|opportunity|team|interview|job)\s+(?:at|with)\s+${COMPANY}`, "gu");
/** Words of a meeting's name in a title part: what stands before them is the company ("Acme phone screen"). */
const MEETING_NAME = /\s+(?:(?:phone|video|technical|final|onsite|virtual)\s+)?(?:interview|screen|call|chat)\b.*$/i;
const NOT_COMPANY_PART = /interview|invitation|confirm|schedul|screen|round|next|your|thank|application|itinerary|\d/i;
const STAGE_WORD = /^(technical|phone|video|final|onsite|virtual|first|second|third|hr|team|panel|intro|introductory|discovery|screening|quick|initial|follow-up)$/i;
const PART_TAIL = /\b(interview(?:\s+(?:scheduled|confirmation|invitation))?|next steps|next week|invitation|confirmation|scheduled)\b.*$/i;

/** The text without a bracketed "(name)" or "[name]" (lower-cased `name`), spaces inside the brackets allowed. */
function withoutBracketed(text: string, name: string): string {
  const at = text.toLowerCase().indexOf(name);
  if (at < 0) return text;
  const open = text.slice(0, at).match(/\s*[([]\s*$/);
  const close = text.slice(at + name.length).match(/^\s*[)\]]/);
  return open && close ? text.slice(0, at - open[0].length) + text.slice(at + name.length + close[0].length) : text;
}

/** A title's part is a role ("Senior Data Engineer"), else maybe the company ("Acme Analytics phone screen"). */
function titlePart(m: RegExpMatchArray, ctx: RuleContext): Array<Vote<Field>> {
  const seeker = ctx.seekerName?.toLowerCase();
  // "Senior UX Researcher (Caitlin Moriarty)": the seeker's name in brackets is no part of the role. (String
  // search, not a pattern made from the name: each new name would compile one in the mail's CPU time.)
  const p = seeker ? withoutBracketed(m[0], seeker) : m[0];
  if (seeker && p.toLowerCase().includes(seeker)) return [];
  const role = cleanRole(p.replace(PART_TAIL, ""));
  if (role) return [{ field: "role", value: role, weight: 1 }];
  const named = p.replace(MEETING_NAME, "");
  return !NOT_COMPANY_PART.test(named) && !STAGE_WORD.test(named) ? [{ field: "company", value: named, weight: 1 }] : [];
}

const PROSE_RULES: FieldRule[] = [
  {
    id: "company-japanese-legal-form",
    locale: "ja",
    reads: [...BODY, "title"],
    needs: /株式会社|有限会社|合同会社/,
    // "株式会社サクラテックの求人", "サクラテック株式会社 人事部": the legal form names the company it stands by.
    pattern: /(?:株式会社|有限会社|合同会社)([\p{Script=Katakana}ー・A-Za-z0-9&]{2,24})|(?<![\p{Script=Katakana}ー・])([\p{Script=Katakana}ー・]{2,24})(?:株式会社|有限会社|合同会社)/gu,
    read: (m) => [{ field: "company", value: m[0], weight: 2 }],
    examples: [
      { text: "この度は株式会社サクラテックの求人にご応募いただき", reads: { company: "株式会社サクラテック" } },
      { text: "サクラテック株式会社 人事部 佐藤", reads: { company: "サクラテック株式会社" } },
    ],
  },
  {
    id: "role-for-the-x-role",
    locale: "en",
    reads: BODY,
    needs: /\b(?:role|position|opening|opportunity|vacancy|job|req)/,
    pattern: /\b(?:for|in|to|about|regarding|on)\s+(?:the|our|this|a|an)\s+(?:open\s+)?(.{3,80}?)\s+(?:role|position|opening|opportunity|vacancy|job|req(?:uisition)?)\b/g,
    votes: [{ field: "role", group: 1, weight: 4, prepare: lastPhrase }],
    examples: [
      { text: "We'd like to invite you to a technical conversation for the Staff Data Engineer role.", reads: { role: "Staff Data Engineer" } },
      { text: "Thanks for applying to the open Product Designer position.", reads: { role: "Product Designer" } },
    ],
  },
  {
    id: "role-your-x-interview",
    locale: "en",
    reads: BODY,
    needs: /interview|application/,
    pattern: /\b(?:your|the)\s+(.{3,60}?)\s+(?:interview|application)\b/g,
    votes: [{ field: "role", group: 1, weight: 2, prepare: lastPhrase }],
    examples: [{ text: "Here are the details of your Backend Engineer interview.", reads: { role: "Backend Engineer" } }],
  },
  {
    id: "role-application-for-x-at",
    locale: "en",
    reads: BODY,
    needs: /application for/,
    pattern: /\bapplication for (?:the )?(.{3,60}?)\s+(?:at|with)\s/g,
    votes: [{ field: "role", group: 1, weight: 2, prepare: lastPhrase }],
    examples: [{ text: "Thank you for your application for the Data Analyst at Hooli.", reads: { role: "Data Analyst" } }],
  },
  {
    id: "role-label",
    locale: "en",
    reads: LINES,
    needs: /[:：]/,
    // Blanks here are [ \t], never \s: under the m flag `^\s*` runs over every following blank line from each
    // line start, which made 60,000 blank lines cost seconds.
    pattern: /^[ \t]*(?:position|role|job(?: title)?|opening|vacancy|job applied for)[ \t]*[:：][ \t]*\n?[ \t]*(.+)$/gim,
    votes: [{ field: "role", group: 1, weight: 4 }],
    examples: [{ text: "Position: Backend Engineer\nLocation: Remote", reads: { role: "Backend Engineer" } }],
  },
  {
    id: "company-label",
    locale: "en",
    reads: LINES,
    needs: /[:：]/,
    pattern: /^[ \t]*(?:company|employer|organi[sz]ation|hiring company)[ \t]*[:：][ \t]*\n?[ \t]*(.+)$/gim,
    votes: [{ field: "company", group: 1, weight: 4 }],
    examples: [{ text: "Company: Hooli\nPosition: Backend Engineer", reads: { company: "Hooli" } }],
  },
  {
    id: "role-of-x-at-company",
    locale: "en",
    reads: BODY,
    needs: / of /,
    pattern: new RegExp(String.raw`\b(?:role|position) of\s+(?:a |an |the )?(.{3,60}?)\s+(?:at|with)\s+${COMPANY}`, "gu"),
    votes: [{ field: "role", group: 1, weight: 4 }, { field: "company", group: 2, weight: 3 }],
    examples: [{ text: "We're excited to invite you to interview for the role of Senior Designer at Initech.", reads: { role: "Senior Designer", company: "Initech" } }],
  },
  {
    id: "role-booking-question",
    locale: "en",
    reads: LINES,
    needs: /\?/,
    pattern: /which (?:role|position|job)[^?\n]*\?[ \t]*\n?\s*(.+)/i,
    votes: [{ field: "role", group: 1, weight: 4 }],
    examples: [{ text: "Which role are you interviewing for?\nSenior Backend Engineer", reads: { role: "Senior Backend Engineer" } }],
  },
  // Every locale's "la vacante de <role> en <company>".
  ...LOCALES.flatMap((l): FieldRule[] =>
    l.roleAt
      ? [
          {
            id: `role-at-company-${l.lang}`,
            locale: l.lang,
            reads: BODY,
            pattern: new RegExp(String.raw`(?<![\p{L}])(?:${alternation(cased(l.roleAt.before))})\s+(.{3,80}?)\s+(?:${alternation(l.roleAt.at)})\s+${COMPANY}`, "gu"),
            votes: [{ field: "role", group: 1, weight: 4 }, { field: "company", group: 2, weight: 3 }],
            examples: [{ text: l.roleAt.example.text, reads: { role: l.roleAt.example.role, company: l.roleAt.example.company } }],
          },
        ]
      : [],
  ),
  {
    id: "company-after-role-at",
    locale: "en",
    reads: BODY,
    needs: /\b(?:at|with)\s/,
    pattern: AT_COMPANY,
    votes: [{ field: "company", group: 1, weight: 3 }],
    examples: [{ text: "Looking forward to your interview with Pied Piper on Monday.", reads: { company: "Pied Piper" } }],
  },
  {
    id: "company-after-joining",
    locale: "en",
    reads: BODY,
    pattern: new RegExp(String.raw`\b(?:interest in|applying to|applied to|apply to|application to|welcome to|here at|join(?:ing)?|behalf of|from)\s+${COMPANY}`, "gu"),
    votes: [{ field: "company", group: 1, weight: 3 }],
    examples: [{ text: "Thank you for your interest in Vandelay Industries.", reads: { company: "Vandelay Industries" } }],
  },
  {
    id: "company-is-excited",
    locale: "en",
    reads: BODY,
    // The pattern opens with the company's name: it would try every capital letter, so it runs only on these words.
    needs: IS_EXCITED,
    pattern: new RegExp(String.raw`\b${COMPANY}${IS_EXCITED.source}`, "gu"),
    votes: [{ field: "company", group: 1, weight: 3 }],
    examples: [{ text: "Everyone at Globex Corporation is excited to meet you.", reads: { company: "Globex" } }],
  },
  {
    id: "company-hiring-verb",
    locale: "en",
    reads: BODY,
    needs: HIRING_VERB,
    pattern: new RegExp(String.raw`\b${COMPANY}${HIRING_VERB.source}`, "gu"),
    read: (m, ctx) => (ctx.people.has(m[1]!.toLowerCase()) ? [] : [{ field: "company", value: m[1], weight: 3 }]),
    examples: [
      { text: "Great news – Harborline Logistics would like to move you forward.", reads: { company: "Harborline Logistics" } },
      { text: "Lanternfish Data canceled Thursday’s call.", source: "note", reads: { company: "Lanternfish Data" } },
    ],
  },
  {
    id: "role-interview-for",
    locale: "en",
    reads: BODY,
    needs: /interview for/i,
    // The role runs to the sentence's end and may hold a comma: "your interview for Senior Frontend Engineer, Growth."
    pattern: /\binterview for (?:the |a |an )?([^.!?\n]{3,80}?)(?:[.!?\n]|\s+(?:has|have|is|was|will|on|at|with)\s|$)/gi,
    votes: [{ field: "role", group: 1, weight: 3 }],
    examples: [
      { text: "Here are the details for your upcoming interview for Senior Frontend Engineer, Growth.", reads: { role: "Senior Frontend Engineer, Growth" } },
      { text: "Your interview for Security Engineer, Detection & Response has moved.", reads: { role: "Security Engineer, Detection & Response" } },
    ],
  },
  {
    id: "role-position-of",
    locale: "en",
    reads: BODY,
    needs: / of /,
    pattern: /\b(?:position|role|post) of (?:a |an |the )?([^.!?\n]{3,80}?)(?:[.!?\n]| at | with |$)/gi,
    votes: [{ field: "role", group: 1, weight: 4 }],
    examples: [{ text: "You have passed the document screening for the position of Backend Engineer (Payments Platform).", reads: { role: "Backend Engineer (Payments Platform)" } }],
  },
  {
    id: "role-bracketed-in-note",
    locale: "*",
    reads: ["note"],
    needs: /[(（]/,
    pattern: BRACKETED,
    votes: [{ field: "role", group: 1, weight: 3 }],
    examples: [{ text: "Lanternfish Data canceled Thursday’s call (Data Platform Engineer).", reads: { role: "Data Platform Engineer" } }],
  },
  {
    id: "company-signed-title-pipe",
    locale: "*",
    reads: LINES,
    needs: /\|/,
    // "Talent Partner | Harakeke Software", "Jenna MacAulay | Recruiting Coordinator, Birchmount Analytics".
    pattern: new RegExp(String.raw`^[ \t]*(?:[^|\n]{2,40}\|[ \t]*([^|,\n]{2,60}?)[ \t]*,|([^|,\n]{2,60}?)[ \t]*\|)[ \t]*${COMPANY}[ \t]*$`, "gmu"),
    read: (m) => (SIGNED_TITLE.test(m[1] ?? m[2]!) ? [{ field: "company", value: m[3], weight: 3 }] : []),
    examples: [
      { text: "Aroha Ngata (she/her)\nTalent Partner | Harakeke Software", reads: { company: "Harakeke Software" } },
      { text: "Jenna MacAulay | Recruiting Coordinator, Birchmount Analytics", reads: { company: "Birchmount Analytics" } },
      { text: "Monday | Tuesday", reads: { company: null } },
      { text: "Senior Consultant, Supply Chain & Operations", reads: { company: null } },
    ],
  },
  {
    id: "company-team-footer",
    locale: "*",
    reads: LINES,
    needs: /·/,
    pattern: new RegExp(String.raw`^[ \t]*${COMPANY}[ \t]*·[ \t]*(?:Talent Acquisition|Recruiting|Recruitment|Careers|HR|People|Human Resources)[ \t]*$`, "gmu"),
    votes: [{ field: "company", group: 1, weight: 3 }],
    examples: [{ text: "Trinity Ridge Credit Union · Talent Acquisition\n1200 Commerce St", reads: { company: "Trinity Ridge Credit Union" } }],
  },
  {
    id: "company-title-at",
    locale: "en",
    reads: BODY,
    needs: new RegExp(String.raw`\b${TITLE_WORDS}`, "i"),
    // The title in either case, the company capitalised: no i flag, under which \p{Lu} takes lower case too.
    pattern: new RegExp(String.raw`(?<!\w)${anyCase(TITLE_WORDS)}\s*${COMPANY}`, "gu"),
    votes: [{ field: "company", group: 1, weight: 3 }],
    examples: [
      { text: "Dana Scully, Senior Recruiter at Umbrella Health", reads: { company: "Umbrella Health" } },
      { text: "DANA SCULLY | RECRUITER AT Umbrella Health", reads: { company: "Umbrella Health" } },
      { text: "I was a lead engineer at three startups before this.", reads: {} },
    ],
  },
];

const TITLE_RULES: FieldRule[] = [
  {
    id: "title-role-at-company",
    locale: "en",
    reads: ["title"],
    needs: / at /,
    // "Interview: Senior Engineer at Northwind": the role before "at", the company after.
    pattern: new RegExp(String.raw`^(?:.*?[:–—-]\s*)?(.+?)\s+at\s+${COMPANY}`, "u"),
    votes: [
      { field: "role", group: 1, weight: 2, prepare: (s) => s.replace(/^.*?\b(?:interview(?: confirmation)?|confirmation|scheduled)\s*[:–—-]?\s*/i, "") },
      { field: "company", group: 2, weight: 2 },
    ],
    examples: [{ text: "Interview confirmation: Senior Engineer at Northwind Robotics", reads: { role: "Senior Engineer", company: "Northwind Robotics" } }],
  },
  {
    id: "title-for-role",
    locale: "en",
    reads: ["title"],
    needs: /\bfor\s/i,
    // No article before the role in a title: "Interview for Product Manager role".
    pattern: /\bfor\s+(?:the\s+)?(.{3,60}?)\s+(?:role|position|opening)\b/i,
    votes: [{ field: "role", group: 1, weight: 2 }],
    examples: [{ text: "Interview for Product Manager role", reads: { role: "Product Manager" } }],
  },
  {
    id: "title-part",
    locale: "en",
    reads: ["title_part"],
    pattern: /^.+$/s,
    read: titlePart,
    examples: [
      { text: "Senior UX Researcher", reads: { role: "Senior UX Researcher" } },
      { text: "Acme Analytics phone screen", reads: { company: "Acme Analytics" } },
      { text: "Technical", reads: { role: null, company: null } },
    ],
  },
  {
    id: "title-bracketed-company",
    locale: "*",
    reads: ["title"],
    needs: /^[[【]/,
    // "【株式会社ミナトクラウド】二次面接…", "[Hoshimi Mobility] Invitation to First Interview".
    pattern: /^[[【]([^\]】\n]{2,40})[\]】]/u,
    read: (m) => (SUBJECT_TAGS.test(m[1]!.trim()) ? [] : [{ field: "company", value: m[1], weight: 2 }]),
    examples: [
      { text: "【株式会社ミナトクラウド】二次面接日程のご案内（バックエンドエンジニア）", reads: { company: "株式会社ミナトクラウド" } },
      { text: "[EXTERNAL] Interview confirmation", reads: { company: null } },
    ],
  },
  {
    id: "title-bracketed-role",
    locale: "*",
    reads: ["title"],
    needs: /[(（]/,
    pattern: BRACKETED,
    votes: [{ field: "role", group: 1, weight: 2 }],
    examples: [
      { text: "Sorrel Systems - live coding round (Backend Engineer II)", reads: { role: "Backend Engineer II" } },
      { text: "【株式会社ミナトクラウド】二次面接日程のご案内（バックエンドエンジニア）", reads: { role: "バックエンドエンジニア" } },
    ],
  },
  {
    id: "title-company-before-bracket",
    locale: "*",
    reads: ["title"],
    needs: /\(/,
    pattern: /-\s+(\p{Lu}[\p{L} &]+?)\s*\(/u,
    votes: [{ field: "company", group: 1, weight: 1 }],
    examples: [{ text: "Interview - Initech (Data Analyst)", reads: { company: "Initech" } }],
  },
  {
    id: "subject-role-at-company",
    locale: "en",
    reads: ["subject"],
    needs: /\b(?:at|with)\s/,
    pattern: AT_COMPANY,
    votes: [{ field: "company", group: 1, weight: 1 }],
    examples: [{ text: "Re: Frontend Engineer opportunity at Vandelay Industries", reads: { company: "Vandelay Industries" } }],
  },
  {
    id: "subject-interview-with",
    locale: "en",
    reads: ["subject"],
    needs: /\bwith\s/,
    // "Interview with Acme Robotics @ Tue…": the name after "with" is as often a person's, so it counts only when the
    // sender's domain spells it.
    pattern: new RegExp(String.raw`^(?:.*?:\s*)?(?:[Ii]nterview|[Cc]all|[Cc]hat|[Mm]eeting)\s+with\s+${COMPANY}`, "u"),
    read: (m, ctx) => {
      const titled = cleanCompany(m[1]);
      return titled && spelledBy(ctx.domainLetters, titled) ? [{ field: "company", value: titled, weight: 1 }] : [];
    },
    examples: [{ text: "Invitation: Interview with Sam Rivera @ Tue Dec 8", reads: { company: null } }],
  },
];

const SENDER_SUFFIX = /\s+(recruiting|recruitment|careers?|talent(?: acquisition)?(?: team)?|jobs|hiring(?: team)?|hr|team|notifications?|people(?: team)?|via \w+)$/i;

const SENDER_RULES: FieldRule[] = [
  {
    id: "sender-team-name",
    locale: "*",
    reads: ["sender"],
    pattern: /^.+$/s,
    votes: [{ field: "company", group: 0, weight: 3, prepare: (s) => s.replace(SENDER_SUFFIX, "") }],
    examples: [{ text: "Globex Careers", reads: { company: "Globex" } }],
  },
  {
    id: "signature-company",
    locale: "*",
    reads: ["signature"],
    pattern: /^.+$/s,
    votes: [{ field: "company", group: 0, weight: 2 }],
    examples: [{ text: "Northwind Robotics", reads: { company: "Northwind Robotics" } }],
  },
];

export const COMPANY_ROLE_RULES: readonly FieldRule[] = [...PROSE_RULES, ...TITLE_RULES, ...SENDER_RULES];

// Compiled at start-up (patterns.ts): a first mail that needs one of these does not pay for it.
warmable(BRACKETED, SUBJECT_TAGS, SIGNED_TITLE, HIRING_VERB, IS_EXCITED, AT_COMPANY, MEETING_NAME,
  NOT_COMPANY_PART, STAGE_WORD, PART_TAIL, SENDER_SUFFIX);
