/**
 * "3 marzo 2027", "1° dicembre": a day before a month name, as a chrono parser (a pattern and an extract step)
 * whose month names come from the locale's constants. It stands in for a chrono parser whose pattern costs too
 * much to compile for a first mail: Italian's little-endian parser spells out every ordinal word
 * ("ventiquattresimo", twice, under /i) and took ~75 ms of CPU on its first two runs; this one takes ~2 ms.
 */
import type { Parser } from "chrono-node/en";

/** Digits, ordinals written 1°/1º/1ª, a month name or its first three letters, an optional four-digit year. */
export function dayMonthParser(months: readonly string[]): Parser {
  const byName = new Map<string, number>();
  months.forEach((m, i) => {
    byName.set(m, i + 1);
    byName.set(m.slice(0, 3), i + 1);
  });
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).join("|");
  // chrono runs a pattern on the text from its last match on, so a lookbehind cannot see the character before:
  // the boundary is matched (group 1) and left out of the result, as chrono's own word-boundary parsers do.
  const pattern = new RegExp(`(^|[^\\wÀ-ÿ])(\\d{1,2})(?:°|º|ª)?[ \\t\\u00a0]?(?:di[ \\t])?(${names})\\.?(?:,?[ \\t\\u00a0]{1,2}(\\d{4}))?(?![\\wÀ-ÿ])`, "i");
  return {
    pattern: () => pattern,
    extract(context, m) {
      const day = Number(m[2]);
      const month = byName.get(m[3]!.toLowerCase());
      if (!month || day < 1 || day > 31) {
        // chrono tries again one character on: past the whole number, so "45 marzo" does not become "5 marzo".
        m.index = m.index! + m[1]!.length + m[2]!.length - 1;
        return null;
      }
      const c = context.createParsingComponents({ day, month });
      if (m[4]) c.assign("year", Number(m[4]));
      else c.imply("year", closestYear(context.refDate, day, month));
      const lead = m[1]!.length;
      return context.createParsingResult(m.index! + lead, m[0].slice(lead), c);
    },
  };
}

/** The year that puts day and month nearest the reference (chrono's rule for a date written without one). */
function closestYear(ref: Date, day: number, month: number): number {
  const y = ref.getUTCFullYear();
  const gap = (year: number) => Math.abs(Date.UTC(year, month - 1, day) - ref.getTime());
  return [y - 1, y + 1].reduce((best, year) => (gap(year) < gap(best) ? year : best), y);
}
