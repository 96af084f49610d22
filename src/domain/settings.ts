/**
 * Per-seeker settings set by reply: `zone: Europe/Paris`, `name: Ana Ruiz`, `language: de`, `country: DE`.
 * Pure: parsing a value, applying it, and what a seeker's mail runs with (their settings over the deployment's).
 * The variables in wrangler.toml are the defaults for a seeker who set nothing.
 */
import type { Config } from "../config.ts";
import type { Setting } from "../extract/commands.ts";
import { LANGS } from "../extract/language.ts";
import { DRAFT_LANGS } from "../compose/phrases/types.ts";
import { resolveTzid } from "../extract/zones.ts";
import { HOLIDAY_COUNTRIES } from "../schedule/holidays.ts";
import type { SeekerSettings } from "../store/settings.ts";


/** A name signs drafts: a person's name, not a paragraph. */
const MAX_NAME_CHARS = 80;

/** The settings with one more applied, and the line that says what changed (or why not). */
export function applySetting(s: SeekerSettings, c: Setting): { settings: SeekerSettings; line: string } {
  const value = c.value.trim();
  switch (c.key) {
    case "zone": {
      const zone = resolveTzid(value); // an IANA name, an alias, a Windows name or a city ("zone: Paris")
      if (!zone) return { settings: s, line: `I do not know the time zone "${value.slice(0, 60)}". Write it like: zone: Europe/Paris` };
      return { settings: { ...s, zone }, line: `Time zone set to ${zone}, for interviews you forward from now on.` };
    }
    case "name": {
      const name = value.replace(/[\u0000-\u001f<>]/g, "").slice(0, MAX_NAME_CHARS).trim();
      if (!name) return { settings: s, line: "A name cannot be empty. Write it like: name: Ana Ruiz" };
      return { settings: { ...s, name }, line: `Drafts will be signed ${name}, from your next forward on.` };
    }
    case "language": {
      const lang = LANGS.find((l) => l === value.toLowerCase().slice(0, 2));
      if (!lang) return { settings: s, line: `I do not know the language "${value.slice(0, 20)}". Write its code, like: language: de (${LANGS.join(", ")})` };
      const written = (DRAFT_LANGS as readonly string[]).includes(lang) ? "" : ` I do not write drafts in ${lang} yet: they stay in English.`;
      return { settings: { ...s, language: lang }, line: `Language set to ${lang}: drafts of interviews you forward from now on are written in it, whatever the mail's language.${written}` };
    }
    case "country": {
      const code = value.toUpperCase();
      if (code === "NONE") return { settings: { ...s, country: null }, line: "No public holidays: only weekends are days off in new plans." };
      if (!HOLIDAY_COUNTRIES.includes(code)) return { settings: s, line: `I have no holiday calendar for "${value.slice(0, 20)}". Use one of ${HOLIDAY_COUNTRIES.join(", ")}, or none.` };
      return { settings: { ...s, country: code }, line: `Public holidays of ${code} are days off in new plans.` };
    }
  }
}

/** What one seeker's mail runs with: their settings over the deployment's defaults. */
export function effective(cfg: Config, s: SeekerSettings): Config {
  return {
    ...cfg,
    seekerTimeZone: s.zone ?? cfg.seekerTimeZone,
    seekerName: s.name ?? cfg.seekerName,
    holidayCountry: s.country !== undefined ? s.country : cfg.holidayCountry,
    language: s.language ?? null,
  };
}

/** The settings as `status` shows them, with where each default comes from. */
export function describeSettings(cfg: Config, s: SeekerSettings): string {
  const own = (set: boolean) => (set ? "" : " (default)");
  const country = s.country !== undefined ? s.country : cfg.holidayCountry;
  return [
    `zone ${s.zone ?? cfg.seekerTimeZone}${own(!!s.zone)}`,
    `name ${s.name ?? `${cfg.seekerName}, or your mail's sender name`}${own(!!s.name)}`,
    `language ${s.language ?? "en"}${own(!!s.language)}`,
    `holidays ${country === null ? "none" : (country ?? "of your zone's country")}${own(s.country !== undefined)}`,
  ].join("; ");
}
