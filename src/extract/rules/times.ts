/**
 * The rules that judge a time chrono read: what the words around it say of it. Each is data — a locale, the cue
 * it gives, the words (locales/<lang>/constants.ts `timeCues`) and the shape of text they stand in — and when.ts
 * asks them, as one engine, whether a time's line calls it old, names it new, an arrival, or its end.
 * chrono reads the dates themselves (its parsers and refiners are the same idea, per locale).
 */
import { LOCALES, type Locale, lowerPhrases } from "../locales/index.ts";
import type { TimeCue } from "../locales/types.ts";
import type { Lang } from "../language.ts";
import { allMatches, warmable } from "../patterns.ts";

export type TimeRule = { id: string; locale: string; cue: TimeCue; pattern: RegExp; words: readonly string[] };

/** Where the words stand in the (lower-cased) text each cue is asked of. */
const SHAPES: Record<TimeCue, (words: string) => string> = {
  // Anywhere in the time's line (and the heading above it): "PREVIOUSLY SCHEDULED", "Neuer Termin:".
  old: (w) => w,
  new: (w) => w,
  arrival: (w) => w,
  // A label on the time's own line, with its colon or a table's cell gap: "End: 11:00", "Ende  11:00".
  end_label: (w) => String.raw`^[ \t\n]*(?:${w})(?:[ \t]*[:：]|[ \t]{2,})`,
  // Right before the time: "blocked until 12:45", "bis 11 Uhr".
  until: (w) => String.raw`(?:${w})[ \t\n]*$`,
  // Earlier in the sentence: "moved from Tuesday 2pm to …", "verschoben von Dienstag 10 Uhr auf …".
  moved: (w) => String.raw`(?:${w})[^.。]*$`,
};

function rulesOf(locale: Locale): TimeRule[] {
  return Object.entries(locale.timeCues ?? {}).map(([cue, words]) => {
    // Global, so that the last `old` word can be found; no i or u: the text is lower-cased first (lowerPhrases).
    const pattern = new RegExp(SHAPES[cue as TimeCue](lowerPhrases(words)), "g");
    return { id: `${cue}:${locale.lang}`, locale: locale.lang, cue: cue as TimeCue, pattern, words };
  });
}

export const TIME_RULES: readonly TimeRule[] = LOCALES.flatMap(rulesOf);

/** The rules a mail in `lang` is judged by: English (a Zoom or Teams block is English in any mail) and its own. */
const BY_LANG = new Map<string, TimeRule[]>();
export function timeRules(lang: Lang | string, cue: TimeCue): TimeRule[] {
  const key = `${lang}:${cue}`;
  let rules = BY_LANG.get(key);
  if (!rules) BY_LANG.set(key, (rules = TIME_RULES.filter((r) => r.cue === cue && (r.locale === "en" || r.locale === lang))));
  return rules;
}

/** Whether any rule of the cue finds its words in the text. */
export function hasCue(text: string, lang: Lang | string, cue: TimeCue): boolean {
  const lower = text.toLowerCase();
  return timeRules(lang, cue).some((r) => {
    r.pattern.lastIndex = 0;
    const found = r.pattern.test(lower);
    // matchAll (lastCueEnd) starts where the pattern's lastIndex stands.
    r.pattern.lastIndex = 0;
    return found;
  });
}

/** Where the last word of the cue ends in the text (-1: none). */
export function lastCueEnd(text: string, lang: Lang | string, cue: TimeCue): number {
  const lower = text.toLowerCase();
  let end = -1;
  for (const r of timeRules(lang, cue)) for (const m of allMatches(r.pattern, lower)) end = Math.max(end, m.index! + m[0].length);
  return end;
}

// Compiled at start-up (patterns.ts): a first mail that needs one of these does not pay for it.
warmable(...TIME_RULES.map((r) => r.pattern));
