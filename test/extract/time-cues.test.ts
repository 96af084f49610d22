/**
 * The words around a time (rules/times.ts): every rule finds each of its own words, and a mail in each language
 * picks its new slot over the old one, the interview over the arrival, and ends at its "until".
 */
import { describe, expect, it } from "vitest";
import { findWhen } from "../../src/extract/when.ts";
import { hasCue, lastCueEnd, TIME_RULES } from "../../src/extract/rules/times.ts";

/** The text a cue is asked of, with the word where its shape puts it. */
const inShape: Record<string, (w: string) => string> = {
  old: (w) => `\n${w} 10:00`,
  new: (w) => ` ${w} 10:00`,
  arrival: (w) => `\nBitte ${w} `,
  end_label: (w) => `${w}: `,
  until: (w) => `blocked ${w} `,
  moved: (w) => `it was ${w} from `,
};
const stemmed = (w: string) => (w.endsWith("*") ? `${w.slice(0, -1)}o` : w);
const words = TIME_RULES.flatMap((rule) => rule.words.map((word) => ({ rule, word, name: `${rule.id}: ${word}` })));

describe("time rules", () => {
  it("every language with a parser has rules for old and new slots", () => {
    for (const lang of ["en", "de", "fr", "es", "pt", "it", "nl", "ja", "zh"]) {
      expect(TIME_RULES.filter((r) => r.locale === lang).map((r) => r.cue), lang).toEqual(expect.arrayContaining(["old", "new", "arrival", "end_label"]));
    }
  });

  it.for(words)("$name", ({ rule, word }) => {
    expect(hasCue(inShape[rule.cue]!(stemmed(word)), rule.locale, rule.cue)).toBe(true);
  });

  it("a word inside another word is no cue, and another language's words are not asked", () => {
    expect(hasCue("\nunavailable? 10:00", "en", "old")).toBe(false);
    expect(hasCue("\nsurprisingly 10:00", "en", "arrival")).toBe(false);
    expect(hasCue("\nursprünglich 10:00", "en", "old")).toBe(false);
    expect(hasCue("\nursprünglich 10:00", "de", "old")).toBe(true);
    expect(hasCue("\nfinale: ", "fr", "end_label")).toBe(false);
  });

  it("finds where the last old word ends", () => {
    const text = "originally Tuesday, then previously Wednesday";
    expect(lastCueEnd(text, "en", "old")).toBe(text.indexOf("previously") + "previously".length);
    expect(lastCueEnd("Thursday", "en", "old")).toBe(-1);
  });
});

const opts = { reference: { year: 2026, month: 12, day: 1, hour: 9, minute: 0 }, notBefore: new Date("2026-11-30T00:00:00Z"), defaultZone: "Europe/Berlin", cancellation: false };
type Case = { name: string; text: string; start: string; end?: string | null };

const cases: Case[] = [
  { name: "a German reschedule", text: "Leider müssen wir Ihr Gespräch verschieben.\nUrsprünglicher Termin: Dienstag, 8. Dezember 2026, 10:00 Uhr\nNeuer Termin: Donnerstag, 10. Dezember 2026, 14:00 Uhr", start: "2026-12-10T13:00:00.000Z" },
  { name: "a French reschedule", text: "Votre entretien est reporté.\nInitialement prévu le mardi 8 décembre 2026 à 10h00.\nNouvel horaire : jeudi 10 décembre 2026 à 14h00.", start: "2026-12-10T13:00:00.000Z" },
  { name: "a Spanish reschedule", text: "Hemos reprogramado su entrevista.\nOriginalmente: martes 8 de diciembre de 2026 a las 10:00\nNueva fecha: jueves 10 de diciembre de 2026 a las 14:00", start: "2026-12-10T13:00:00.000Z" },
  { name: "a Portuguese reschedule", text: "Sua entrevista foi remarcada.\nAnteriormente: terça-feira, 8 de dezembro de 2026 às 10:00\nNova data: quinta-feira, 10 de dezembro de 2026 às 14:00", start: "2026-12-10T13:00:00.000Z" },
  { name: "an Italian reschedule", text: "Il colloquio è stato spostato.\nInizialmente: martedì 8 dicembre 2026 alle 10:00\nNuova data: giovedì 10 dicembre 2026 alle 14:00", start: "2026-12-10T13:00:00.000Z" },
  { name: "a Dutch reschedule", text: "Uw gesprek is verplaatst.\nOorspronkelijk: dinsdag 8 december 2026 om 10:00\nNieuwe datum: donderdag 10 december 2026 om 14:00", start: "2026-12-10T13:00:00.000Z" },
  { name: "a German arrival before the interview", text: "Ankunft am Empfang: Dienstag, 8. Dezember 2026, 9:30 Uhr\nGesprächsbeginn: Dienstag, 8. Dezember 2026, 10:00 Uhr", start: "2026-12-08T09:00:00.000Z" },
  { name: "a French end label", text: "Début : mardi 8 décembre 2026 à 10h00\nFin : mardi 8 décembre 2026 à 11h30", start: "2026-12-08T09:00:00.000Z", end: "2026-12-08T10:30:00.000Z" },
  { name: "an English reschedule (unchanged)", text: "Previously scheduled: Tuesday, December 8, 2026 at 10:00 AM CET\nNew time: Thursday, December 10, 2026 at 2:00 PM CET", start: "2026-12-10T13:00:00.000Z" },
];

describe("the words around a time, in each language", () => {
  it.for(cases)("$name", (c) => {
    const w = findWhen(c.text, opts);
    expect(w?.start.toISOString()).toBe(c.start);
    if (c.end !== undefined) expect(w?.end?.toISOString() ?? null).toBe(c.end);
  });
});

describe("a weekday written right after its date", () => {
  const opts = (zone: string) => ({ reference: { year: 2026, month: 11, day: 1, hour: 12, minute: 0 }, notBefore: new Date("2026-11-01T00:00:00Z"), defaultZone: zone, cancellation: false });
  // The weekday alone would be the nearest Thursday (November 5); beside its date it is that date's, a month on.
  it.for([
    ["zh", "面试时间：2026年12月10日 星期四 14:00-15:00", "Asia/Shanghai", "2026-12-10T06:00:00.000Z"],
    ["zh", "2026年12月10日（星期四）下午2点", "Asia/Shanghai", "2026-12-10T06:00:00.000Z"],
    ["ja", "日時：2026年12月10日 木曜日 14:00～15:00", "Asia/Tokyo", "2026-12-10T05:00:00.000Z"],
    ["en", "Date: 10 December 2026, Thursday 2:00 PM", "Europe/London", "2026-12-10T14:00:00.000Z"],
  ] as const)("%s: %s", ([lang, text, zone, start]) => {
    expect(findWhen(text, { ...opts(zone), lang })?.start.toISOString()).toBe(start);
  });
});
