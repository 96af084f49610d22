/** Addresses as they appear in forwarded header blocks and signatures. */
import { allMatches, warmable } from "./patterns.ts";

export type MailAddress = { name: string | null; email: string | null };

const ANGLE = /(?:"?([^"<>;]*?)"?\s*)<([^<>\s@]+@[^<>\s]+)>/g;
const BARE_EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

export function cleanName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let n = raw.replace(/["'`]/g, (c) => (c === "'" ? c : "")).replace(/\s+/g, " ").trim();
  n = n.replace(/^[,;:\s]+|[,;:\s]+$/g, "");
  if (!n || n.includes("@")) return null;
  // "Last, First" (Outlook, Exchange) → "First Last"
  const m = /^([^,]+),\s*([^,]+)$/.exec(n);
  if (m && !/\b(inc|llc|ltd|gmbh)\b/i.test(n)) n = `${m[2]!.trim()} ${m[1]!.trim()}`;
  return n;
}

/** Parses a header value such as `A <a@x>, "Doe, Jane" <j@x>` or `A; B; C`. */
export function parseAddressList(written: string): MailAddress[] {
  const out: MailAddress[] = [];
  const value = withoutMailtoLinks(written);
  let rest = value;
  for (const m of allMatches(ANGLE, value)) {
    out.push({ name: cleanName(m[1]), email: m[2]!.toLowerCase() });
    rest = rest.replace(m[0], ";");
  }
  for (const part of rest.split(out.length > 0 || rest.includes(";") ? ";" : /[;,]/)) {
    const p = part.trim();
    if (!p) continue;
    const email = p.match(BARE_EMAIL)?.[0];
    if (email) out.push({ name: cleanName(p.replace(email, "").replace(/[<>()]/g, "")), email: email.toLowerCase() });
    else if (/\p{L}/u.test(p)) out.push({ name: cleanName(p), email: null });
  }
  return out;
}

/**
 * Outlook and Missive render each address's link in plain text: `a@b<mailto:a@b>`, `Name [mailto:a@b]`.
 * The link repeats the address (or names a list's bounce box): the written address is the one meant.
 */
function withoutMailtoLinks(value: string): string {
  if (!/mailto:/i.test(value)) return value;
  const cut = value.replace(/<mailto:[^<>\s]*>/gi, "").replace(/\[mailto:[^\]\s]*\]/gi, "").replace(/mailto:/gi, "");
  return /@/.test(cut) ? cut : value.replace(/mailto:/gi, "");
}

export function findEmails(text: string): string[] {
  return allMatches(BARE_EMAIL, text).map((m) => m[0].toLowerCase());
}

/** An address that no person reads: ATS notifications, no-reply boxes. */
export function isRobotAddress(email: string | null): boolean {
  if (!email) return false;
  // Team mailboxes (careers@, recruiting@) count too: their name is the company's, not a person's.
  return /^(no-?reply|do-?not-?reply|notifications?|alerts?|careers?(-?noreply)?|recruiting|recruitment|talent|hiring|jobs|mailer-daemon|postmaster|calendar-notification|invitations?)\b/i.test(
    email.split("@")[0] ?? "",
  ) || ATS_DOMAIN.test(email.split("@")[1] ?? "");
}

/** Domains of applicant-tracking and scheduling products: their mail is sent for a company, never read by one. */
const ATS_DOMAIN = /greenhouse|lever|workday|ashby|calendly|goodtime|smartrecruiters|icims|jobvite|taleo/i;
/** The local part of a hiring team's shared mailbox: talent@, careers@, recruiting@, jobs@, people-ops@. */
const TEAM_BOX = /^(?:talent(?:[._-]?acquisition)?|recruit(?:ing|ment|ers?)?|careers?|jobs|hiring|hr|people(?:[._-]?ops)?|staffing|campus|interviews?)(?:[._-][a-z0-9]+)?$/i;

/**
 * The hiring team's own mailbox, where the mail gives one (the sender, else the first in the text): where a
 * status inquiry goes when no recruiter or coordinator is named. Never an applicant-tracking product's box.
 */
export function teamMailbox(from: string | null, text: string): string | null {
  for (const email of [from, ...findEmails(text)]) {
    if (!email) continue;
    const [local, domain] = email.toLowerCase().split("@");
    if (local && domain && TEAM_BOX.test(local) && !ATS_DOMAIN.test(domain)) return email.toLowerCase();
  }
  return null;
}

// Compiled at start-up (patterns.ts): a first mail that needs one of these does not pay for it.
warmable(ANGLE, BARE_EMAIL, ATS_DOMAIN, TEAM_BOX);
