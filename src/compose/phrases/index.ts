/** Every language's draft phrases, by code (types.ts says what each holds). */
import { de } from "./de.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { fr } from "./fr.ts";
import { it } from "./it.ts";
import { ja } from "./ja.ts";
import { nl } from "./nl.ts";
import { pt } from "./pt.ts";
import { DRAFT_LANGS, type DraftLang, type Phrases } from "./types.ts";

export const PHRASES: Record<DraftLang, Phrases> = { en, de, fr, es, pt, it, nl, ja };

/** The drafts' language for a mail's: one we write in, else English. */
export function draftLang(lang: string | null | undefined): DraftLang {
  return DRAFT_LANGS.find((l) => l === lang) ?? "en";
}
