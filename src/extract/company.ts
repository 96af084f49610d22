/**
 * Company and role: the rules (rules/company-role.ts) vote, this resolver
 * chooses. The sender's domain backs a name it spells; a short name is the
 * full name's vote; a role that repeats the company is none.
 */
import { flatten } from "./people.ts";
import { CLEANERS, COMPANY_ROLE_RULES, FIELDS, spelledBy } from "./rules/company-role.ts";
import { choose, emptyTally, type Reading, runRules, type Text } from "./rules/engine.ts";
import { allMatches, warmable } from "./patterns.ts";

export { cleanCompany, cleanRole } from "./rules/clean.ts";

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
  /** The seeker's words above the forward. */
  note?: string;
  /** Names of the people read: "Lydia would like to meet you" names no company. */
  people?: string[];
};

/** A booking's event name reads like a subject: "Event Name: Intro call - Northwind Robotics". */
const EVENT_NAME = /^[ \t]*Event (?:Name|Type)[ \t]*:[ \t]*\n?[ \t]*(.+)$/gim;
const TITLE_PREFIXES = /^\s*((re|fwd?|fw|aw|tr|wg|updated|invitation|canceled|cancelled|confirmed|reminder|updated invitation|new event|updated event|canceled event|cancelled event|event|accepted|declined|tentative|tentatively accepted|new time proposed)\s*:\s*)+/gi;
const TITLE_SPLIT = /\s+[|–—-]\s+|:\s+|\s+\|\s+/;

/** A title without its "Fwd:"/"Invitation:" and its " @ Tue Dec 8…", and its parts. */
function titleTexts(title: string): Text[] {
  const t = title.replace(TITLE_PREFIXES, "").replace(/\s@\s.*$/, "");
  const parts = t.split(TITLE_SPLIT).map((p) => p.trim()).filter(Boolean);
  return [{ source: "title", text: t }, ...parts.map((text): Text => ({ source: "title_part", text }))];
}

/** Every text the rules read, in the order their votes break ties: the body, the invite, the titles, the sender. */
function textsOf(input: CompanyRoleInput): Text[] {
  const description = input.inviteDescription ?? "";
  const events = [input.body, description].flatMap((t) => allMatches(EVENT_NAME, t).map((m) => m[1]!));
  return [
    { source: "body", text: input.bodyFlat ?? flatten(input.body) },
    { source: "body_lines", text: input.body },
    { source: "invite", text: flatten(description) },
    { source: "invite_lines", text: description },
    ...(input.note ? [{ source: "note", text: flatten(input.note) } as Text] : []),
    ...events.flatMap(titleTexts),
    ...(input.subject ? [...titleTexts(input.subject), { source: "subject", text: input.subject } as Text] : []),
    ...(input.inviteSummary ? titleTexts(input.inviteSummary) : []),
    ...(input.senderIsRobot && input.senderName ? [{ source: "sender", text: input.senderName } as Text] : []),
    ...(input.signatureCompany ? [{ source: "signature", text: input.signatureCompany } as Text] : []),
  ];
}

export type CompanyRole = { company: Reading; role: Reading };

export function readCompanyAndRole(input: CompanyRoleInput): CompanyRole {
  const domain = input.senderDomain ? input.senderDomain.toLowerCase().replace(/[^a-z]/g, "") : null;
  const people = new Set((input.people ?? []).map((n) => n.toLowerCase()));
  const tally = runRules(COMPANY_ROLE_RULES, textsOf(input), { seekerName: input.seekerName, domainLetters: domain, people }, emptyTally(FIELDS), CLEANERS);
  const companies = tally.company;
  // A person's first name read as a company ("Lydia would like to") is the person.
  const firstNames = new Set([...people].filter((n) => n.includes(" ")).map((n) => n.split(/\s+/)[0]!));
  for (const [k] of companies) if (firstNames.has(k)) companies.delete(k);
  // A candidate the sender's domain spells out is very likely the employer.
  for (const c of companies.values()) if (spelledBy(domain, c.value)) c.score += 2;
  // "Thistledown" in the subject, "Thistledown Bank" in the signature: the short form is the full name's vote.
  for (const [k, short] of [...companies]) {
    const full = [...companies.values()].find((v) => v !== short && v.value.toLowerCase().startsWith(`${short.value.toLowerCase()} `));
    if (full) {
      full.score += short.score;
      full.rules.push(...short.rules);
      full.sources.push(...short.sources);
      companies.delete(k);
    }
  }
  const company = choose(companies);
  // A role that merely repeats the company ("Pinecrest Bank") is no role.
  if (company.value) for (const [k, v] of tally.role) if (v.value.toLowerCase().includes(company.value.toLowerCase())) tally.role.delete(k);
  return { company, role: choose(tally.role) };
}

/** The values alone, for callers that need no confidence. */
export function companyAndRole(input: CompanyRoleInput): { company: string | null; role: string | null } {
  const r = readCompanyAndRole(input);
  return { company: r.company.value, role: r.role.value };
}

// Compiled at start-up (patterns.ts): a first mail that needs one of these does not pay for it.
warmable(EVENT_NAME, TITLE_PREFIXES, TITLE_SPLIT);
