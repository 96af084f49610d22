/** Every locale's vocabulary, and the unions the engines match against. */
import { clientLocales } from "./clients.ts";
import { de } from "./de/constants.ts";
import { en } from "./en/constants.ts";
import { es } from "./es/constants.ts";
import { fr } from "./fr/constants.ts";
import { it } from "./it/constants.ts";
import { ja } from "./ja/constants.ts";
import { ko } from "./ko/constants.ts";
import { nl } from "./nl/constants.ts";
import { pt } from "./pt/constants.ts";
import type { HeaderKey, Locale } from "./types.ts";
import { zh } from "./zh/constants.ts";

export type { HeaderKey, Locale } from "./types.ts";

/** The product's languages: companies write confirmations in these. */
export const LOCALES: Locale[] = [en, de, fr, es, pt, it, nl, ja, zh, ko];
const ALL = [...LOCALES, ...clientLocales];

/** Lower-cased header label → the header it names, across every language. */
export const HEADER_LABELS: ReadonlyMap<string, HeaderKey> = new Map(
  ALL.flatMap((l) => Object.entries(l.headerLabels).flatMap(([key, words]) => words.map((w) => [w.toLowerCase(), key as HeaderKey] as const))),
);

/** Every header label as written (case kept). */
export const HEADER_LOCALES_LABELS: string[] = ALL.flatMap((l) => Object.values(l.headerLabels).flat());

export const FORWARD_MARKERS: string[] = [...new Set(ALL.flatMap((l) => l.forwardMarkers ?? []))];
export const ORIGINAL_MARKERS: string[] = [...new Set(ALL.flatMap((l) => l.originalMarkers ?? []))];
export const INTERVIEW_WORDS: string[] = [...new Set(LOCALES.flatMap((l) => l.interviewWords ?? []))];
export const LABEL_POSSESSIVES: string[] = [...new Set(LOCALES.flatMap((l) => l.labelPossessives ?? []))];
export const INTERVIEWER_LABELS: string[] = [...new Set(LOCALES.flatMap((l) => l.interviewerLabels ?? []))];
export const HONORIFICS: string[] = [...new Set(LOCALES.flatMap((l) => l.honorifics ?? []))];
export const TITLE_WORDS: string[] = [...new Set(LOCALES.flatMap((l) => l.titleWords ?? []))];
export const RECRUITING_WORDS: string[] = [...new Set(LOCALES.flatMap((l) => l.recruitingWords ?? []))];
export const HOUR_LEAD_INS: string[] = [...new Set(LOCALES.flatMap((l) => l.hourLeadIns ?? []))];
/** Every locale's phrases for each kind of mail (kind.ts). */
export const KIND_CUES = (cue: import("./types.ts").KindCue): string[] => [...new Set(LOCALES.flatMap((l) => l.kindCues?.[cue] ?? []))];
export const OTHER_EVENTS: string[] = [...new Set(LOCALES.flatMap((l) => l.otherEvents ?? []))];

/** A word (or a stem, "reschedul*") of the Latin scripts: it must stand between non-letters. */
const LATIN_WORD = /^[\p{Script=Latin}\s'’-]+\*?$/u;

/** Words of the Latin scripts, which need word boundaries, and the rest (CJK), which stand where they stand. */
function byScript(words: readonly string[]): { latin: string[]; other: string[] } {
  return { latin: words.filter((w) => LATIN_WORD.test(w)), other: words.filter((w) => !LATIN_WORD.test(w)) };
}

/** Lower-case letters of the Latin scripts, as a class body for patterns without the u flag. */
const LOWER_LATIN = String.raw`a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f`;
/** Those, Vietnamese's and the full-width ones: under the i flag, the letters of the Latin scripts in either case. */
const LATIN_LETTERS = String.raw`${LOWER_LATIN}\u1e00-\u1eff\uff41-\uff5a`;
/**
 * No Latin letter just before (after) here: a word's edge in patterns without the u flag, which compile in half
 * the time of "iu" ones with \p{L} or \p{Script=Latin} (under i, the class takes either case).
 */
export const NOT_AFTER_LATIN = `(?<![${LATIN_LETTERS}])`;
export const NOT_BEFORE_LATIN = `(?![${LATIN_LETTERS}])`;

/**
 * A pattern for words and stems of any script: a Latin word starts after no Latin letter ("role" not in
 * "parole"; the stem "recruit" ends anywhere), a CJK word is found where it stands. Without the u flag: under
 * "iu" V8 closes each word's letters and a \p{L} over Unicode case, ~2 ms of start-up a pattern against ~1.
 */
export function wordsPattern(words: string[], flags = ""): RegExp {
  const { latin, other } = byScript(words);
  const parts = [latin.length ? `${NOT_AFTER_LATIN}(?:${alternation(latin)})` : "", other.length ? `(?:${alternation(other)})` : ""].filter(Boolean);
  return new RegExp(parts.join("|"), `i${flags}`);
}

/** White space a phrase may break at: a line's end, a tab, a no-break space. */
const PHRASE_GAP = String.raw`[ \t\r\n\u00a0]+`;

/**
 * Phrases and stems ("reschedul*") of any script as a pattern source for lower-cased text, without the i or u
 * flags: Latin phrases stand between non-letters (a stem ends anywhere), CJK phrases where they stand. V8
 * compiles \p{L} and \s under "iu" into large classes, ~2 ms a pattern; these compile in a tenth of that.
 */
export function lowerPhrases(words: readonly string[]): string {
  const { latin, other } = byScript(words);
  const source = (ws: string[]) => alternation(ws).replace(/ /g, PHRASE_GAP);
  const whole = latin.filter((w) => !w.endsWith("*"));
  const stems = latin.filter((w) => w.endsWith("*")).map((w) => w.slice(0, -1));
  return [
    whole.length ? `(?<![${LOWER_LATIN}])(?:${source(whole)})(?![${LOWER_LATIN}])` : "",
    stems.length ? `(?<![${LOWER_LATIN}])(?:${source(stems)})` : "",
    other.length ? `(?:${source(other)})` : "",
  ].filter(Boolean).join("|");
}

/**
 * A pattern source whose ASCII letters match either case, so the pattern can go without the i flag: under "iu"
 * V8 closes every class over case (a name's \p{Lu} would then take lower-case letters too) and compiles it several
 * times slower. For sources of words, groups and escapes only: a letter inside a class or \p{...} would break.
 */
export const anyCase = (source: string) => source.replace(/(\\.)|([a-z])/gi, (_, esc: string | undefined, c: string) =>
  esc ?? `[${c.toLowerCase()}${c.toUpperCase()}]`);

/** Escapes a word for a RegExp source. */
export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** An alternation of words, longest first so that "Enviado el" wins over "Enviado". */
export const alternation = (words: Iterable<string>) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
