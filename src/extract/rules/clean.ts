/** What makes a string a company's name or a role: the cleaning every vote for those fields passes. */
import { INTERVIEW_WORDS, TITLE_WORDS as LOCAL_TITLE_WORDS, wordsPattern } from "../locales/index.ts";
import { warmable } from "../patterns.ts";

// "-ist" makes a profession (biologist, chemist, economist, pharmacist): the list cannot name them all.
// So do "-ator", "-itor", "-ctor", "-essor", "-veyor", "-isor" (auditor, inspector, assessor, surveyor, supervisor).
const ROLE_NOUN = /\b(\w{3,}ist|\w{2,}(?:ator|itor|ctor|essor|veyor|isor|selor)|engineer|engineering|manager|analyst|developer|designer|producer|scientist|associate|lead|director|specialist|consultant|architect|administrator|coordinator|officer|intern|researcher|writer|editor|accountant|counsel|attorney|nurse|technician|strategist|marketer|representative|executive|head|vp|president|partner|recruiter|sre|product owner|owner|advisor|assistant|controller|economist|planner|operator|programmer|tester|qa|trainee|fellow|teacher|instructor|physician|pharmacist|therapist|agent|buyer|chef|clerk)s?\b/i;
const LEGAL_SUFFIX = /[,\s]+(s\.a\.? de c\.v\.?|inc\.?|incorporated|llc|l\.l\.c\.|llp|ltd\.?|limited|gmbh|ag|as|asa|ab|oy|bv|b\.v\.?|nv|n\.v\.|sa|s\.a\.?|sas|sarl|srl|s\.r\.l\.|spa|s\.p\.a\.|plc|pty\.? ltd\.?|pvt\.? ltd\.?|pte\.?(?: ltd\.?)?|private limited|fzco|fze|fz-llc|dmcc|k\.k\.|kk|co\.?|corp\.?|corporation)$/i;
const ROBOT_SENDERS = /^(calendly|greenhouse|lever|workday|ashby|goodtime|linkedin|indeed|glassdoor|smartrecruiters|icims|jobvite|taleo|google calendar|microsoft outlook|outlook|zoom|teams|hirewell jobs)$/i;
/** "Frontend Engineer opportunity": the word for an opening is not part of the role. */
const TRAILING_OPENING = /\s+(?:role|position|opportunity|opening|vacancy)$/i;
// "(Req #123)", "(R-10293)", or after a dash: "Senior Analyst - R-10293" (Workday), "– JR12345".
// "(260418)", "- Requisition ID 260418" (Taleo).
const REQ_SUFFIX = /\s*[([]\s*(?:ref\.?|req\.?|r-|job ?id|requisition)[^)\]]*[)\]]\s*$|\s*[([](?:[A-Z]{1,4}-?)?\d[\w-]*[)\]]\s*$|\s+[-–—]\s+(?:(?:req(?:uisition)?|ref|job)(?:\s*(?:id|no\.?|number))?\.?\s*[#:]?\s*[A-Z]{0,4}-?\d[\w-]*|[A-Z]{1,4}-?\d[\w-]*)\s*$/i;
/** Job-title words of every locale ("Analista", "Entwickler"): a role in another language has one. */
const LOCAL_ROLE_NOUN = wordsPattern(LOCAL_TITLE_WORDS);
/** A name with an interview word in any language is a title the pattern ran into ("【Acme】二次面接のご案内"). */
const INTERVIEW_WORD = wordsPattern(INTERVIEW_WORDS);
/** A role longer than this many words is a sentence the pattern ran into. */
const MAX_ROLE_WORDS = 9;

export function cleanCompany(s: string | null | undefined): string | null {
  if (!s) return null;
  let c = s.replace(/\s+/g, " ").trim().replace(/^\*+|\*+$/g, "").replace(/[!.,;:]+$/, "").trim();
  c = c.replace(LEGAL_SUFFIX, "").replace(LEGAL_SUFFIX, "").trim();
  if (c.length < 2 || c.length > 60 || ROBOT_SENDERS.test(c)) return null;
  if (/^(the|our|your|a|an|us|you|we|interview|team|hr)$/i.test(c) || /[【】（）()[\]]/.test(c) || INTERVIEW_WORD.test(c)) return null;
  return c;
}

export function cleanRole(s: string | null | undefined): string | null {
  if (!s) return null;
  // Markdown's *bold* around a role in a text part is no part of it.
  // "*Pessoa Desenvolvedora Backend Sênior* aqui": the bold marks where the role ends.
  let r = s.replace(/\s+/g, " ").trim().replace(/^\*([^*]{2,80})\*.*$/, "$1").replace(/^\*+|\*+$/g, "").replace(/^(?:role|position) as\s+/i, "");
  r = r.replace(REQ_SUFFIX, "").replace(/^(the|our|a|an)\s+/i, "").replace(/[!.,;:]+$/, "").replace(TRAILING_OPENING, "").trim();
  if (r.length < 2 || r.length > 80 || r.split(" ").length > MAX_ROLE_WORDS) return null;
  if (!(ROLE_NOUN.test(r) || LOCAL_ROLE_NOUN.test(r)) || /\binterview|\bstage\b|\bround\b|\bscreen\b|[【】]/i.test(r) || INTERVIEW_WORD.test(r)) return null;
  return r;
}

// Compiled at start-up (patterns.ts): a first mail that needs one of these does not pay for it.
warmable(ROLE_NOUN, LEGAL_SUFFIX, ROBOT_SENDERS, TRAILING_OPENING, REQ_SUFFIX, LOCAL_ROLE_NOUN, INTERVIEW_WORD);
