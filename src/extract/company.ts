/** Company and role from prose, subject lines, invites, sender names and signatures, by vote. */
import { alternation, escapeRe, LOCALES, TITLE_WORDS as LOCAL_TITLE_WORDS, wordsPattern } from "./locales/index.ts";
import { flatten } from "./people.ts";

// "-ist" makes a profession (biologist, chemist, economist, pharmacist): the list cannot name them all.
const ROLE_NOUN = /\b(\w{3,}ist|engineer|engineering|manager|analyst|developer|designer|producer|scientist|associate|lead|director|specialist|consultant|architect|administrator|coordinator|officer|intern|researcher|writer|editor|accountant|counsel|attorney|nurse|technician|strategist|marketer|representative|executive|head|vp|president|partner|recruiter|sre|product owner|owner|advisor|assistant|controller|economist|planner|operator|programmer|tester|qa|trainee|fellow|teacher|instructor|physician|pharmacist|therapist|agent|buyer|chef|clerk)s?\b/i;
const LEGAL_SUFFIX = /[,\s]+(s\.a\.? de c\.v\.?|inc\.?|incorporated|llc|l\.l\.c\.|llp|ltd\.?|limited|gmbh|ag|as|asa|ab|oy|bv|b\.v\.?|nv|n\.v\.|sa|s\.a\.?|sas|sarl|srl|s\.r\.l\.|spa|s\.p\.a\.|plc|pty\.? ltd\.?|pvt\.? ltd\.?|pte\.?(?: ltd\.?)?|private limited|fzco|fze|fz-llc|dmcc|k\.k\.|kk|co\.?|corp\.?|corporation|s\.a\.? de c\.v\.?)$/i;
const ROBOT_SENDERS = /^(calendly|greenhouse|lever|workday|ashby|goodtime|linkedin|indeed|glassdoor|smartrecruiters|icims|jobvite|taleo|google calendar|microsoft outlook|outlook|zoom|teams|hirewell jobs)$/i;
const SENDER_SUFFIX = /\s+(recruiting|recruitment|careers?|talent(?: acquisition)?(?: team)?|jobs|hiring(?: team)?|hr|team|notifications?|people(?: team)?|via \w+)$/i;
/** "Frontend Engineer opportunity": the word for an opening is not part of the role. */
const TRAILING_OPENING = /\s+(?:role|position|opportunity|opening|vacancy)$/i;
// "(Req #123)", "(R-10293)", or after a dash: "Senior Analyst - R-10293" (Workday), "– JR12345".
const REQ_SUFFIX = /\s*[([]\s*(?:ref\.?|req\.?|r-|job ?id|requisition)[^)\]]*[)\]]\s*$|\s*[([][A-Z]{1,4}-?\d[\w-]*[)\]]\s*$|\s+[-–—]\s+(?:(?:req|ref|job ?id)\.?\s*#?\s*)?[A-Z]{1,4}-?\d[\w-]*\s*$/i;
const COMPANY = String.raw`(\p{Lu}[\p{L}\d&'’-]*(?:[ ]+(?:&[ ]+)?(?:\p{Lu}[\p{L}\d&'’-]*|of|and|de|la|the)){0,4})`;

/** Job-title words of every locale ("Analista", "Entwickler"): a role in another language has one. */
const LOCAL_ROLE_NOUN = wordsPattern(LOCAL_TITLE_WORDS);
/** "la vacante de <role> en <company>", "le poste de <role> chez <company>", per locale. */
const LOCAL_ROLE_AT: RegExp[] = LOCALES.filter((l) => l.roleAt).map(
  (l) => new RegExp(String.raw`(?<![\p{L}])(?:${alternation(l.roleAt!.before)})\s+(.{3,80}?)\s+(?:${alternation(l.roleAt!.at)})\s+${COMPANY}`, "giu"),
);

export function cleanCompany(s: string | null | undefined): string | null {
  if (!s) return null;
  let c = s.replace(/\s+/g, " ").trim().replace(/^\*+|\*+$/g, "").replace(/[!.,;:]+$/, "").trim();
  c = c.replace(LEGAL_SUFFIX, "").replace(LEGAL_SUFFIX, "").trim();
  if (c.length < 2 || c.length > 60 || ROBOT_SENDERS.test(c)) return null;
  if (/^(the|our|your|a|an|us|you|we|interview|team|hr)$/i.test(c)) return null;
  return c;
}

export function cleanRole(s: string | null | undefined): string | null {
  if (!s) return null;
  // Markdown's *bold* around a role in a text part is no part of it.
  let r = s.replace(/\s+/g, " ").trim().replace(/^\*+|\*+$/g, "").replace(/^(?:role|position) as\s+/i, "");
  r = r.replace(REQ_SUFFIX, "").replace(/^(the|our|a|an)\s+/i, "").replace(/[!.,;:]+$/, "").replace(TRAILING_OPENING, "").trim();
  if (r.length < 2 || r.length > 80 || r.split(" ").length > 9) return null;
  if (!(ROLE_NOUN.test(r) || LOCAL_ROLE_NOUN.test(r)) || /\binterview|\bstage\b|\bround\b|\bscreen\b/i.test(r)) return null;
  return r;
}

type Vote = Map<string, { value: string; score: number }>;

function vote(votes: Vote, value: string | null, score: number): void {
  if (!value) return;
  const key = value.toLowerCase();
  const v = votes.get(key);
  if (v) v.score += score;
  else votes.set(key, { value, score });
}

function winner(votes: Vote): string | null {
  let best: { value: string; score: number } | null = null;
  for (const v of votes.values()) if (!best || v.score > best.score) best = v;
  return best?.value ?? null;
}

export type CompanyRoleInput = {
  body: string;
  /** The body as flatten() gives it, when the caller has it already. */
  bodyFlat?: string;
  subject: string | null;
  inviteSummary: string | null;
  inviteDescription: string | null;
  senderName: string | null;
  senderIsRobot: boolean;
  senderDomain: string | null;
  signatureCompany: string | null;
  seekerName: string | null;
};

const ROLE_PROSE: RegExp[] = [
  /\b(?:for|in|to|about|regarding|on)\s+(?:the|our|this|a|an)\s+(?:open\s+)?(.{3,80}?)\s+(?:role|position|opening|opportunity|vacancy|job|req(?:uisition)?)\b/g,
  /\b(?:your|the)\s+(.{3,60}?)\s+(?:interview|application)\b/g,
  /\bapplication for (?:the )?(.{3,60}?)\s+(?:at|with)\s/g,
];
// Blanks here are [ \t], never \s: under the m flag, `^\s*` runs over every following blank line from each
// line start, which made 60,000 blank lines cost seconds.
const ROLE_LABEL = /^[ \t]*(?:position|role|job(?: title)?|opening|vacancy|job applied for)[ \t]*[:：][ \t]*\n?[ \t]*(.+)$/gim;
const COMPANY_LABEL = /^[ \t]*(?:company|employer|organi[sz]ation|hiring company)[ \t]*[:：][ \t]*\n?[ \t]*(.+)$/gim;
const ROLE_QA = /which (?:role|position|job)[^?\n]*\?[ \t]*\n?\s*(.+)/i;
const EVENT_NAME = /^[ \t]*Event (?:Name|Type)[ \t]*:[ \t]*\n?[ \t]*(.+)$/gim;
const AT_COMPANY = new RegExp(String.raw`\b(?:role|position|opening|opportunity|team|interview|job)\s+(?:at|with)\s+${COMPANY}`, "gu");
/**
 * A calendar title: "Interview with Acme Robotics @ Tue Dec 8 …". The name
 * after "with" is as often a person's ("Interview with Sam Rivera"), so it
 * counts only when the sender's domain spells it (checked by the caller).
 */
const TITLE_WITH = new RegExp(String.raw`^(?:.*?:\s*)?(?:[Ii]nterview|[Cc]all|[Cc]hat|[Mm]eeting)\s+with\s+${COMPANY}`, "u");
const IS_EXCITED = /\s+(?:is|are)\s+(?:excited|pleased|happy|looking forward)/;
const TITLE_WORDS = String.raw`(?:recruiter|partner|manager|coordinator|lead|engineer|director|specialist|founder|ceo|cto)\s+at\s`;
const TITLE_AT = new RegExp(String.raw`\b${TITLE_WORDS}`, "i");
// Each with the words it cannot match without: a pattern that opens with the
// company's name tries every capital letter, so it runs only when they are there.
const COMPANY_PROSE: Array<[RegExp, RegExp | null]> = [
  [AT_COMPANY, null],
  [new RegExp(String.raw`\b(?:interest in|applying to|applied to|apply to|application to|welcome to|here at|join(?:ing)?|behalf of|from)\s+${COMPANY}`, "gu"), null],
  [new RegExp(String.raw`\b${COMPANY}${IS_EXCITED.source}`, "gu"), IS_EXCITED],
  // (?<!\w), not \b: V8 runs \b under the i and u flags together some fifteen times slower.
  [new RegExp(String.raw`(?<!\w)${TITLE_WORDS}\s*${COMPANY}`, "giu"), TITLE_AT],
];

/** "for the role of Senior Designer at Initech": both at once. */
const ROLE_OF_AT = new RegExp(String.raw`\b(?:role|position) of\s+(?:a |an |the )?(.{3,60}?)\s+(?:at|with)\s+${COMPANY}`, "gu");
/** A subject's "Interview for Product Manager role": no article before the role. */
const SUBJECT_FOR_ROLE = /\bfor\s+(?:the\s+)?(.{3,60}?)\s+(?:role|position|opening)\b/i;

/** "Interview: Senior Engineer at Northwind": the role before "at", the company after. */
const ROLE_AT_COMPANY = new RegExp(String.raw`^(?:.*?[:–—-]\s*)?(.+?)\s+at\s+${COMPANY}`, "u");

function subjectVotes(subject: string, roles: Vote, companies: Vote, seeker: string | null): void {
  const s = subject.replace(/^\s*((re|fwd?|fw|aw|tr|wg|updated|invitation|canceled|cancelled|confirmed|reminder|updated invitation|new event|updated event|canceled event|cancelled event|event|accepted|declined|tentative|tentatively accepted|new time proposed)\s*:\s*)+/gi, "").replace(/\s@\s.*$/, "");
  const at = ROLE_AT_COMPANY.exec(s);
  if (at) {
    vote(roles, cleanRole(at[1]!.replace(/^.*?\b(?:interview(?: confirmation)?|confirmation|scheduled)\s*[:–—-]?\s*/i, "")), 2);
    vote(companies, cleanCompany(at[2]), 2);
  }
  vote(roles, cleanRole(SUBJECT_FOR_ROLE.exec(s)?.[1]), 2);
  const parts = s.split(/\s+[|–—-]\s+|:\s+|\s+\|\s+/).map((p) => p.trim()).filter(Boolean);
  for (const part of parts) {
    // "Senior UX Researcher (Caitlin Moriarty)": the seeker's name in brackets is no part of the role.
    const p = seeker ? part.replace(new RegExp(String.raw`\s*[([]\s*${escapeRe(seeker)}\s*[)\]]`, "i"), "") : part;
    if (seeker && p.toLowerCase().includes(seeker.toLowerCase())) continue;
    const role = cleanRole(p.replace(/\b(interview(?:\s+(?:scheduled|confirmation|invitation))?|next steps|next week|invitation|confirmation|scheduled)\b.*$/i, ""));
    // "Acme interview", "Acme Analytics phone screen": the words before the meeting's name.
    const named = p.replace(/\s+(?:(?:phone|video|technical|final|onsite|virtual)\s+)?(?:interview|screen|call|chat)\b.*$/i, "");
    if (role) vote(roles, role, 1);
    else if (!/interview|invitation|confirm|schedul|screen|round|next|your|thank|application|itinerary|\d/i.test(named) && !/^(technical|phone|video|final|onsite|virtual|first|second|third|hr|team|panel|intro|introductory|discovery|screening|quick|initial|follow-up)$/i.test(named)) vote(companies, cleanCompany(named), 1);
  }
  const paren = /-\s+(\p{Lu}[\p{L} &]+?)\s*\(/u.exec(s);
  if (paren) vote(companies, cleanCompany(paren[1]), 1);
}

/** A sender's domain as its letters alone ("acme-robotics.example" → "acmeroboticsexample"). */
function lettersOf(domain: string | null): string | null {
  return domain ? domain.toLowerCase().replace(/[^a-z]/g, "") : null;
}

/** Whether the domain's letters spell the name's first word ("Acme"). */
function spelledBy(letters: string | null, name: string): boolean {
  const first = name.toLowerCase().split(/\s+/)[0]!.replace(/[^a-z]/g, "");
  return !!letters && first.length >= 3 && letters.includes(first);
}

export function companyAndRole(input: CompanyRoleInput): { company: string | null; role: string | null } {
  const domain = lettersOf(input.senderDomain);
  const roles: Vote = new Map();
  const companies: Vote = new Map();
  const description = input.inviteDescription ?? "";
  for (const [text, flat] of [[input.body, input.bodyFlat ?? flatten(input.body)], [description, flatten(description)]] as const) {
    for (const re of ROLE_PROSE) {
      for (const m of flat.matchAll(re)) {
        // The lazy match starts at the first preposition: "to a technical conversation for the X role".
        const inner = m[1]!.split(/\b(?:for|in|to|about|of|on)\s+(?:the|our|this|a|an)\s+/i).at(-1);
        vote(roles, cleanRole(inner), re === ROLE_PROSE[0] ? 4 : 2);
      }
    }
    for (const m of text.matchAll(ROLE_LABEL)) vote(roles, cleanRole(m[1]), 4);
    for (const m of text.matchAll(COMPANY_LABEL)) vote(companies, cleanCompany(m[1]), 4);
    if (flat.includes(" of ")) {
      for (const m of flat.matchAll(ROLE_OF_AT)) {
        vote(roles, cleanRole(m[1]), 4);
        vote(companies, cleanCompany(m[2]), 3);
      }
    }
    vote(roles, cleanRole(ROLE_QA.exec(text)?.[1]), 4);
    for (const re of LOCAL_ROLE_AT) {
      for (const m of flat.matchAll(re)) {
        vote(roles, cleanRole(m[1]), 4);
        vote(companies, cleanCompany(m[2]), 3);
      }
    }
    // Calendly and similar: "Event Name: Intro call - Northwind Robotics" reads like a subject.
    for (const m of text.matchAll(EVENT_NAME)) subjectVotes(m[1]!, roles, companies, input.seekerName);
    for (const [re, needs] of COMPANY_PROSE) {
      if (needs && !needs.test(flat)) continue;
      for (const m of flat.matchAll(re)) vote(companies, cleanCompany(m[1]), 3);
    }
  }
  if (input.subject) {
    subjectVotes(input.subject, roles, companies, input.seekerName);
    for (const m of input.subject.matchAll(AT_COMPANY)) vote(companies, cleanCompany(m[1]), 1);
    const titled = cleanCompany(TITLE_WITH.exec(input.subject)?.[1]);
    if (titled && spelledBy(domain, titled)) vote(companies, titled, 1);
  }
  if (input.inviteSummary) subjectVotes(input.inviteSummary, roles, companies, input.seekerName);
  if (input.senderIsRobot && input.senderName) vote(companies, cleanCompany(input.senderName.replace(SENDER_SUFFIX, "")), 3);
  vote(companies, cleanCompany(input.signatureCompany), 2);
  // A candidate the sender's domain spells out is very likely the employer.
  for (const v of companies.values()) if (spelledBy(domain, v.value)) v.score += 2;
  // "Thistledown" in the subject, "Thistledown Bank" in the signature: the short form is the full name's vote.
  for (const [k, short] of [...companies]) {
    const full = [...companies.values()].find((v) => v !== short && v.value.toLowerCase().startsWith(`${short.value.toLowerCase()} `));
    if (full) {
      full.score += short.score;
      companies.delete(k);
    }
  }
  // A role that merely repeats the company ("Pinecrest Bank") is no role.
  const company = winner(companies);
  if (company) for (const [k, v] of roles) if (v.value.toLowerCase().includes(company.toLowerCase())) roles.delete(k);
  return { company, role: winner(roles) };
}
