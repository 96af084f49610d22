/**
 * The style rules every draft must meet (DESIGN.md), in each language the drafts are written in. Used by the
 * tests over every draft kind and by `npm run drafts`; cheap enough to guard drafts built from seeker notes too.
 */
import { LINKEDIN_MAX_CHARS } from "./drafts.ts";
import { PHRASES } from "./phrases/index.ts";
import type { DraftLang } from "./phrases/types.ts";

/** A thank-you: long enough to be personal, short enough to be read (the advice: brief and professional). */
export const MIN_WORDS = 50;
export const MAX_WORDS = 150;
/** Inquiries and check-ins are shorter still: polite and concise. */
export const MAX_SHORT_WORDS = 100;
/** Japanese is counted in characters: about 2.5 of them say what an English word says. */
const CHARS_PER_WORD = 2.5;
/** More than two questions reads as an interrogation. */
const MAX_QUESTIONS = 2;

const EMOTICON = /[:;]-?[)(DPp](?!\w)|\p{Extended_Pictographic}/u;
const PUSHY = /\bjust checking in\b|\bneed (a|your) (decision|answer)\b|\bplease decide\b|\bASAP\b|\burgent/i;

export type StyleRule = "length" | "exclamation" | "emoticon" | "questions" | "pushy" | "sign_off" | "unfilled_token" | "greeting";
/** `short`: an inquiry or a check-in (at most MAX_SHORT_WORDS, no minimum: a polite question is brief). */
export type StyleOptions = { linkedIn?: boolean; lang?: DraftLang; short?: boolean };

/** The length the rules judge: words, or characters over CHARS_PER_WORD where words have no spaces between them. */
export function lengthOf(body: string, lang: DraftLang = "en"): number {
  if (PHRASES[lang].measure === "chars") return Math.round(body.replace(/\s+/g, "").length / CHARS_PER_WORD);
  return body.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/** The marked slots a draft carries (the seeker fills each one in). */
export function slotsIn(body: string, lang: DraftLang = "en"): number {
  return PHRASES[lang].slots.reduce((n, slot) => n + body.split(slot).length - 1, 0);
}

export function styleViolations(body: string, opts: StyleOptions = {}): StyleRule[] {
  const lang = opts.lang ?? "en";
  const P = PHRASES[lang];
  const out: StyleRule[] = [];
  const n = lengthOf(body, lang);
  const long = opts.short ? n > MAX_SHORT_WORDS : n < MIN_WORDS || n > MAX_WORDS;
  if (opts.linkedIn ? body.length > LINKEDIN_MAX_CHARS : long) out.push("length");
  if (/[!！]/.test(body)) out.push("exclamation");
  if (EMOTICON.test(body)) out.push("emoticon");
  if ((body.match(/[?？]/g) ?? []).length > MAX_QUESTIONS) out.push("questions");
  if (PUSHY.test(body)) out.push("pushy");
  if (!opts.linkedIn && !P.signOffPattern.test(body)) out.push("sign_off");
  if (!opts.linkedIn && !P.greetingPattern.test(body)) out.push("greeting");
  let rest = body;
  for (const slot of P.slots) rest = rest.split(slot).join("");
  if (/\[[^\]]*\]|［[^］]*］|\{\{[^}]*\}\}|\bundefined\b|\bnull\b/.test(rest)) out.push("unfilled_token");
  return out;
}
