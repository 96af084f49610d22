/**
 * The mail's language, told from the mail itself (never configured): the script for Japanese, Chinese and
 * Korean; for the others, how many of each locale's month, weekday and most common words the text holds.
 */
import { type Locale, LOCALES } from "./locales/index.ts";
import { warmable } from "./patterns.ts";

export const LANGS = ["en", "de", "fr", "es", "pt", "it", "nl", "ja", "zh", "ko"] as const;
export type Lang = (typeof LANGS)[number];

/** Text read to tell the language: the top of a mail says it. */
const SAMPLE_CHARS = 4_000;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL = /\p{Script=Hangul}/gu;
const HAN = /\p{Script=Han}/gu;
/** Any of them: one pass over the sample finds that most mail has none. */
const CJK = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Han}]/u;
/** Characters of a script that make it the mail's: a name or two in it do not. */
const MIN_SCRIPT_CHARS = 12;
const count = (re: RegExp, s: string) => s.match(re)?.length ?? 0;
/**
 * A CJK character says about half what a Latin word says: an English mail from Tokyo with a Japanese heading,
 * signature and Cc name has some twenty of them beside two hundred words, and is English.
 */
const CJK_CHARS_PER_WORD = 0.5;
const LATIN_WORD = /\p{Script=Latin}{2,}/gu;

/** A month or weekday name says more than a short common word, which neighbouring languages share. */
const DATE_WORD_WEIGHT = 3;
const WORDS: Array<{ lang: Lang; words: Map<string, number> }> = LOCALES.filter((l) => !["ja", "zh", "ko"].includes(l.lang)).map((l: Locale) => ({
  lang: l.lang as Lang,
  words: new Map([...(l.commonWords ?? []).map((w) => [w, 1] as const), ...[...(l.months ?? []), ...(l.weekdays ?? [])].map((w) => [w, DATE_WORD_WEIGHT] as const)]),
}));

export function detectLanguage(text: string): Lang {
  return readLanguage(text).lang;
}

/**
 * Evidence a mail is in a language, enough to write to its people in it: more than one month name (a seeker
 * called Mei Lin is no Dutch mail, "mei" being May), so a month and a common word at least.
 */
export const MIN_LANGUAGE_SCORE = DATE_WORD_WEIGHT + 1;

/** The language and how much speaks for it: Infinity for a script, else the weight of its distinct words. */
export function readLanguage(text: string): { lang: Lang; score: number } {
  const sample = text.slice(0, SAMPLE_CHARS);
  const cjk = CJK.test(sample);
  const [kana, hangul, han] = cjk ? [count(KANA, sample), count(HANGUL, sample), count(HAN, sample)] : [0, 0, 0];
  // Latin words are counted only when a CJK script is there at all: most mail has none.
  const enough = Math.max(kana, hangul, han) < MIN_SCRIPT_CHARS ? Infinity : Math.max(MIN_SCRIPT_CHARS, count(LATIN_WORD, sample) * CJK_CHARS_PER_WORD);
  if (kana >= enough || (kana > 0 && kana + han >= enough)) return { lang: "ja", score: Infinity };
  if (hangul >= enough) return { lang: "ko", score: Infinity };
  if (han >= enough) return { lang: "zh", score: Infinity };
  const tokens = sample.toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];
  let best: Lang = "en";
  let bestScore = 0;
  for (const { lang, words } of WORDS) {
    let score = 0;
    for (const t of tokens) score += words.get(t) ?? 0;
    // English wins ties: a mail with as many English words is read in English first.
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  // The evidence counts each word once: a name said twice ("Mei Lin", "mei" being May in Dutch) is one word.
  const words = WORDS.find((w) => w.lang === best)?.words;
  let evidence = 0;
  if (words) for (const t of new Set(tokens)) evidence += words.get(t) ?? 0;
  return { lang: best, score: evidence };
}

// Compiled at start-up (patterns.ts): a first mail that needs one of these does not pay for it.
warmable(KANA, HANGUL, HAN, CJK, LATIN_WORD);
