/**
 * One mechanism for reading a field from mail. A rule is data: an id, the
 * texts it reads, the words a text must hold before its pattern runs, the
 * pattern, and what each match votes for with what weight. The engine runs
 * the rules and gathers the votes with where they came from; a resolver per
 * field (see company.ts) chooses, and says how sure it is.
 */
import { allMatches } from "../patterns.ts";

/** Where a text was found: a vote carries it, and the resolver weighs by it. */
export type Source =
  /** The original's body, line by line (labels such as "Role: X" live on lines). */
  | "body_lines"
  /** The original's body with its lines run together (sentences). */
  | "body"
  /** The invite's description, as lines and as sentences. */
  | "invite_lines"
  | "invite"
  /** The original's subject as written. */
  | "subject"
  /** A title: the subject, the invite's summary or a booking's event name, with "Fwd:"/"Invitation:" cut off. */
  | "title"
  /** One part of a title split at its " - ", " | " and ": ". */
  | "title_part"
  /** A no-reply sender's display name ("Acme Careers"). */
  | "sender"
  /** The company line of the sender's signature. */
  | "signature"
  /** The seeker's own words above the forward ("Lanternfish Data canceled Thursday's call"). */
  | "note";

export type Text = { source: Source; text: string };

/** What one capture of a match votes for. */
export type VoteSpec<F extends string> = {
  field: F;
  group: number;
  weight: number;
  /** Trims what the pattern cannot ("…to a call for the X role": the part after the last "for the"). */
  prepare?: (s: string) => string;
};

/** A vote from a rule's own reading of a match (for the few a capture cannot express). */
export type Vote<F extends string> = { field: F; value: string | null | undefined; weight: number };

export type Example<F extends string> = {
  text: string;
  /** The source the example stands in; the rule's first when absent. */
  source?: Source;
  /** What the rule reads from it, after the field's cleaning; null: it reads nothing for that field. */
  reads: Partial<Record<F, string | null>>;
};

export type Rule<F extends string, C = unknown> = {
  id: string;
  /** The locale its words come from ("*": language-neutral). */
  locale: string;
  reads: readonly Source[];
  /** A cheap test a text must pass before the pattern runs: most patterns open on any capital letter. */
  needs?: RegExp;
  /** With the g flag every match votes; without it, the first. */
  pattern: RegExp;
  votes?: ReadonlyArray<VoteSpec<F>>;
  read?: (m: RegExpMatchArray, ctx: C) => Array<Vote<F>>;
  examples: ReadonlyArray<Example<F>>;
};

/** A candidate value of a field, with every vote it got. */
export type Candidate = { value: string; score: number; rules: string[]; sources: Source[] };

export type Tally<F extends string> = Record<F, Map<string, Candidate>>;

/** Each field's cleaning: a value it rejects (null) casts no vote. */
export type Cleaners<F extends string> = Record<F, (s: string) => string | null>;

export function emptyTally<F extends string>(fields: readonly F[]): Tally<F> {
  return Object.fromEntries(fields.map((f) => [f, new Map()])) as Tally<F>;
}

export function addVote<F extends string>(tally: Tally<F>, clean: Cleaners<F>, field: F, raw: string | null | undefined, weight: number, rule: string, source: Source): void {
  const value = raw == null ? null : clean[field](raw);
  if (!value) return;
  const key = value.toLowerCase();
  const c = tally[field].get(key);
  if (c) {
    c.score += weight;
    c.rules.push(rule);
    c.sources.push(source);
  } else tally[field].set(key, { value, score: weight, rules: [rule], sources: [source] });
}

function matchesOf(re: RegExp, text: string): Iterable<RegExpMatchArray> {
  if (re.global) return allMatches(re, text);
  const m = re.exec(text);
  return m ? [m] : [];
}

/** Each rule list's rules by the source they read, made once per list. */
const BY_SOURCE = new WeakMap<ReadonlyArray<Rule<string, never>>, Map<Source, Array<Rule<string, never>>>>();

function bySource<F extends string, C>(rules: ReadonlyArray<Rule<F, C>>): Map<Source, Array<Rule<F, C>>> {
  const key = rules as unknown as ReadonlyArray<Rule<string, never>>;
  let map = BY_SOURCE.get(key);
  if (!map) {
    map = new Map();
    for (const rule of key) for (const source of rule.reads) map.set(source, [...(map.get(source) ?? []), rule]);
    BY_SOURCE.set(key, map);
  }
  return map as unknown as Map<Source, Array<Rule<F, C>>>;
}

/** One rule on one text: its gate words, its matches, their votes. */
function runRule<F extends string, C>(rule: Rule<F, C>, t: Text, ctx: C, tally: Tally<F>, clean: Cleaners<F>): void {
  if (rule.needs && !rule.needs.test(t.text)) return;
  for (const m of matchesOf(rule.pattern, t.text)) {
    for (const v of rule.votes ?? []) {
      const raw = m[v.group];
      addVote(tally, clean, v.field, raw == null ? null : v.prepare ? v.prepare(raw) : raw, v.weight, rule.id, t.source);
    }
    for (const v of rule.read?.(m, ctx) ?? []) addVote(tally, clean, v.field, v.value, v.weight, rule.id, t.source);
  }
}

/** Runs every rule on every text it reads and adds its votes to the tally. */
export function runRules<F extends string, C>(rules: ReadonlyArray<Rule<F, C>>, texts: readonly Text[], ctx: C, tally: Tally<F>, clean: Cleaners<F>): Tally<F> {
  const index = bySource(rules);
  for (const t of texts) if (t.text) for (const rule of index.get(t.source) ?? []) runRule(rule, t, ctx, tally, clean);
  return tally;
}

/** One rule on one of its examples (as given, or `text` in its place): what the rules test and the warm-up run. */
export function readExample<F extends string, C>(rule: Rule<F, C>, example: Example<F>, fields: readonly F[], ctx: C, clean: Cleaners<F>, text = example.text): Tally<F> {
  const tally = emptyTally(fields);
  runRule(rule, { source: example.source ?? rule.reads[0]!, text }, ctx, tally, clean);
  return tally;
}

/** A field's reading: its value, its score, and how sure the resolver is. */
export type Reading = { value: string | null; score: number; sure: boolean; rules: string[]; sources: Source[] };

/**
 * A field is sure when its winner has this score: one labelled value ("Role: X", 4) or a sentence
 * and a title agreeing (3 + 1); a lone title or signature vote (1–2) is a guess the seeker confirms.
 */
export const SURE_SCORE = 4;
/** …and when no rival comes close: a runner-up with more than this share of the winner's score makes it a toss-up. */
const RIVAL_SHARE = 0.75;

/** A field with no candidate, or not read at all (extract/index.ts: a mail that is not about hiring). */
export function noReading(): Reading {
  return { value: null, score: 0, sure: false, rules: [], sources: [] };
}

export function choose(candidates: Map<string, Candidate>): Reading {
  const ranked = [...candidates.values()].sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best) return noReading();
  const rival = ranked[1]?.score ?? 0;
  return { value: best.value, score: best.score, sure: best.score >= SURE_SCORE && rival <= best.score * RIVAL_SHARE, rules: best.rules, sources: best.sources };
}

/**
 * A rule that reads whole records rather than one string: a person is a name with a title and an address, and
 * a list ("You'll meet A (VP) and B, Lead") or a table reads several at once. Same shape otherwise: what it
 * reads, the words it needs, its pattern, its weight, its examples; `read` gets the whole text, for readers that
 * go on past the match (a label's value runs on over the lines under it).
 */
export type RecordRule<F extends string, T, C = unknown> = {
  id: string;
  locale: string;
  field: F;
  /** What each record it reads weighs: the resolver sets labelled people above people in a sentence by it. */
  weight: number;
  reads: readonly Source[];
  needs?: RegExp;
  pattern: RegExp;
  read: (m: RegExpMatchArray, text: string, ctx: C) => T[];
  /** What the rule reads from each example: some of its records (a subset of each, for a person the name and title). */
  examples: ReadonlyArray<{ text: string; source?: Source; reads: ReadonlyArray<Partial<T>> }>;
};

/** One record a rule read, with its evidence. */
export type RecordVote<F extends string, T> = { field: F; value: T; weight: number; rule: string; source: Source };

/** One record rule on one text. */
export function runRecordRule<F extends string, T, C>(rule: RecordRule<F, T, C>, t: Text, ctx: C, out: Array<RecordVote<F, T>> = []): Array<RecordVote<F, T>> {
  if (rule.needs && !rule.needs.test(t.text)) return out;
  for (const m of matchesOf(rule.pattern, t.text)) {
    for (const value of rule.read(m, t.text, ctx)) out.push({ field: rule.field, value, weight: rule.weight, rule: rule.id, source: t.source });
  }
  return out;
}

/** Every record rule on every text it reads, texts in order and rules in list order: the order votes come in. */
export function runRecordRules<F extends string, T, C>(rules: ReadonlyArray<RecordRule<F, T, C>>, texts: readonly Text[], ctx: C): Array<RecordVote<F, T>> {
  const out: Array<RecordVote<F, T>> = [];
  for (const t of texts) if (t.text) for (const rule of rules) if (rule.reads.includes(t.source)) runRecordRule(rule, t, ctx, out);
  return out;
}
