/**
 * The style rules every draft must meet (DESIGN.md). Used by the tests over
 * every draft kind; cheap enough to guard drafts built from seeker notes too.
 */
import { LINKEDIN_MAX_CHARS, PLACEHOLDER } from "./drafts.ts";

export const MIN_WORDS = 50;
export const MAX_WORDS = 150;
/** More than two questions reads as an interrogation. */
const MAX_QUESTIONS = 2;

const EMOTICON = /[:;]-?[)(DPp]|\p{Extended_Pictographic}/u;
const PUSHY = /\bjust checking in\b|\bneed (a|your) (decision|answer)\b|\bplease decide\b|\bASAP\b|\burgent/i;
const SIGN_OFF = /\n\n(Best regards|Kind regards|Sincerely|Regards|Thank you),\n\S/;

export type StyleRule = "length" | "exclamation" | "emoticon" | "questions" | "pushy" | "sign_off" | "unfilled_token" | "greeting";

export function styleViolations(body: string, opts: { linkedIn?: boolean } = {}): StyleRule[] {
  const out: StyleRule[] = [];
  const words = body.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  if (opts.linkedIn ? body.length > LINKEDIN_MAX_CHARS : words < MIN_WORDS || words > MAX_WORDS) out.push("length");
  if (body.includes("!")) out.push("exclamation");
  if (EMOTICON.test(body)) out.push("emoticon");
  if ((body.match(/\?/g) ?? []).length > MAX_QUESTIONS) out.push("questions");
  if (PUSHY.test(body)) out.push("pushy");
  if (!opts.linkedIn && !SIGN_OFF.test(body)) out.push("sign_off");
  if (!opts.linkedIn && !/^(Hi [^\n]+|Hello|Dear [^\n]+),\n/.test(body)) out.push("greeting");
  const tokens = (body.match(/\[[^\]]*\]|\{\{[^}]*\}\}|\bundefined\b|\bnull\b/g) ?? []).filter((t) => t !== PLACEHOLDER);
  if (tokens.length) out.push("unfilled_token");
  return out;
}
