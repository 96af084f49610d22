/**
 * Every draft a plan holds, and the style figures over them: what `npm run drafts` prints and what the tests hold
 * every corpus case to. Pure: records in, numbers out.
 */
import type { InterviewRecord } from "../store/schemas.ts";
import { type DraftKind, hasDraft } from "../schedule/plan.ts";
import { type Draft, draftFor } from "./drafts.ts";
import { draftLang } from "./phrases/index.ts";
import { draftContext } from "./reply.ts";
import { lengthOf, slotsIn, styleViolations } from "./style.ts";

export type PlannedDraft = { kind: string; to: string | null; subject: string; text: string };
export type CaseDrafts = { case: string; language: string; drafts: PlannedDraft[] };

/** Every planned draft of a record, thank-yous first, in the plan's order (the interview-day reminder has none). */
export function plannedDrafts(r: InterviewRecord): Array<{ kind: DraftKind; draft: Draft }> {
  const ctx = draftContext(r);
  return r.followUps.flatMap((f, i) => (hasDraft(f.kind) ? [{ kind: f.kind, draft: draftFor(f.kind, f.recipient, i, ctx, f.id) }] : []));
}

export function caseDrafts(name: string, r: InterviewRecord): CaseDrafts {
  return {
    case: name,
    language: r.language,
    drafts: plannedDrafts(r).map(({ kind, draft }) => ({ kind, to: draft.to?.email ?? draft.to?.name ?? null, subject: draft.subject, text: draft.body })),
  };
}

const isThanks = (kind: string) => kind.startsWith("thank_you");

/** Paragraphs of a body between its greeting and sign-off: what two drafts must not share. */
function paragraphs(text: string): string[] {
  const parts = text.split(/\n\n/);
  return parts.slice(1, -1).map((p) => p.trim()).filter(Boolean);
}

export type Figures = {
  cases: number;
  drafts: number;
  thank_you_words_min: number;
  thank_you_words_max: number;
  short_words_max: number;
  exclamations: number;
  questions_max: number;
  shared_paragraphs: number;
  identical_check_ins: number;
  placeholders_max: number;
  placeholders_mean: number;
  style_violations: number;
  /** Each violation, to find the draft that broke a rule. */
  problems: string[];
};

export function figures(cases: CaseDrafts[]): Figures {
  const all = cases.flatMap((c) => c.drafts.map((d) => ({ c, d, lang: draftLang(c.language) })));
  const thanks = all.filter(({ d }) => isThanks(d.kind)).map(({ d, lang }) => lengthOf(d.text, lang));
  const short = all.filter(({ d }) => !isThanks(d.kind)).map(({ d, lang }) => lengthOf(d.text, lang));
  const problems: string[] = [];
  for (const { c, d, lang } of all) {
    const broken = styleViolations(d.text, { lang, short: !isThanks(d.kind) });
    if (broken.length) problems.push(`${c.case} ${d.kind} to ${d.to}: ${broken.join(", ")}`);
  }
  let shared = 0;
  let identical = 0;
  for (const c of cases) {
    const seen = new Map<string, number>();
    c.drafts.forEach((d, i) => {
      for (const p of new Set(paragraphs(d.text))) {
        const at = seen.get(p);
        if (at !== undefined && at !== i) {
          shared++;
          problems.push(`${c.case}: a paragraph of ${d.kind} to ${d.to} is also in draft ${at + 1}`);
        } else seen.set(p, i);
      }
    });
    const checkIns = c.drafts.filter((d) => d.kind === "check_in");
    for (let i = 0; i < checkIns.length; i++) {
      for (let j = i + 1; j < checkIns.length; j++) {
        const [a, b] = [checkIns[i]!, checkIns[j]!];
        if (a.to === b.to && (a.subject === b.subject || a.text === b.text)) {
          identical++;
          problems.push(`${c.case}: two check-ins to ${a.to} share a ${a.subject === b.subject ? "subject" : "body"}`);
        }
      }
    }
  }
  const slots = all.map(({ d, lang }) => slotsIn(d.text, lang));
  return {
    cases: cases.length,
    drafts: all.length,
    thank_you_words_min: thanks.length ? Math.min(...thanks) : 0,
    thank_you_words_max: thanks.length ? Math.max(...thanks) : 0,
    short_words_max: short.length ? Math.max(...short) : 0,
    exclamations: all.reduce((n, { d }) => n + (d.text.match(/[!！]/g)?.length ?? 0), 0),
    questions_max: Math.max(0, ...all.map(({ d }) => d.text.match(/[?？]/g)?.length ?? 0)),
    shared_paragraphs: shared,
    identical_check_ins: identical,
    placeholders_max: Math.max(0, ...slots),
    placeholders_mean: slots.length ? +(slots.reduce((a, b) => a + b, 0) / slots.length).toFixed(2) : 0,
    style_violations: problems.length - shared - identical,
    problems,
  };
}
