/**
 * The company's answer, forwarded by the seeker: a rejection or an offer stops
 * the follow-ups of that interview (with a reply draft); an out-of-office reply
 * moves the next status inquiry to after the person is back.
 */
import { formatWhen } from "../compose/format.ts";
import type { Block } from "../compose/render.ts";
import type { Extraction } from "../extract/types.ts";
import { addBusinessDays, businessMorning } from "../schedule/business-time.ts";
import { DEFAULT_POLICY } from "../schedule/policy.ts";
import type { InterviewRecord, SeekerEntry } from "../store/schemas.ts";
import { findMatch, type Settings } from "./changes.ts";
import { applyCommands } from "./commands.ts";

/** Records read when matching by the sender's domain: a seeker rarely has more interviews in flight. */
export const MAX_DOMAIN_SCAN = 10;

const domainOf = (email: string | null) => email?.split("@")[1]?.toLowerCase() ?? null;

/** The records an answer may be about, to be read before `answeredInterview`: the company's, else the first few. */
export function answerCandidates(entries: SeekerEntry[], e: Extraction): string[] {
  const byCompany = findMatch(entries, e);
  return byCompany ? [byCompany.id] : entries.slice(0, MAX_DOMAIN_SCAN).map((x) => x.id);
}

/**
 * The tracked interview an answer is about: the same company, else one whose people wrote from the sender's
 * domain. `records`: the candidates as read (answerCandidates).
 */
export function answeredInterview(entries: SeekerEntry[], records: ReadonlyMap<string, InterviewRecord>, e: Extraction): InterviewRecord | null {
  const byCompany = findMatch(entries, e);
  const matched = byCompany ? records.get(byCompany.id) : null;
  if (matched) return matched.cancelledAt ? null : matched;
  const domain = domainOf(e.original.from);
  if (!domain) return null;
  for (const entry of entries.slice(0, MAX_DOMAIN_SCAN)) {
    const r = records.get(entry.id);
    if (r && !r.cancelledAt && [...r.contacts, ...r.interviewers].some((p) => domainOf(p.email) === domain)) return r;
  }
  return null;
}

export function answerFromCompany(r: InterviewRecord, e: Extraction, now: Date, settings: Settings): { record: InterviewRecord; subject: string; blocks: Block[] } {
  const about = `${r.role ?? "interview"}${r.company ? ` at ${r.company}` : ""}`;
  if (e.notInterviewReason === "out_of_office") {
    const record = structuredClone(r);
    const next = record.followUps.filter((f) => f.status === "pending" && f.kind.startsWith("status_inquiry")).sort((a, b) => a.due.localeCompare(b.due))[0];
    const back = e.returnsOn ? new Date(e.returnsOn) : null;
    const who = e.original.fromName ?? "They";
    if (!next || !back) {
      return { record, subject: `Noted: out of office – ${about}`, blocks: [{ kind: "p", text: `${who} is away${back ? ` until ${formatWhen(back.toISOString(), r.seekerTimeZone)}` : ""}. No status inquiry needed moving.` }] };
    }
    const policy = settings.policy ?? DEFAULT_POLICY;
    const after = businessMorning(addBusinessDays(back, r.seekerTimeZone, 1, r.holidayCountry), r.seekerTimeZone, policy.morningHour, r.holidayCountry);
    if (new Date(next.due) < after) next.due = after.toISOString();
    return {
      record,
      subject: `Moved: status inquiry – ${about}`,
      blocks: [{ kind: "p", text: `${who} is out of the office until ${formatWhen(back.toISOString(), r.seekerTimeZone)}, so I moved your next status inquiry to ${formatWhen(next.due, r.seekerTimeZone)}.` }],
    };
  }
  const applied = applyCommands(r, null, [{ kind: e.notInterviewReason === "offer" ? "offer" : "rejected" }], now, settings);
  return {
    record: applied.record,
    subject: `${e.notInterviewReason === "offer" ? "Offer" : "Rejection"}: ${about}`,
    blocks: [...applied.lines.map((text): Block => ({ kind: "p", text })), ...applied.drafts.map((d): Block => ({ kind: "draft", title: d.title, draft: d.draft }))],
  };
}
