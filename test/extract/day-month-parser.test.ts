/** The cheaper day-before-month parser that stands in for chrono's Italian one (src/extract/day-month-parser.ts). */
import { describe, expect, it } from "vitest";
import { localParser } from "../../src/extract/when.ts";

const REF = new Date("2026-11-20T12:00:00Z");
const read = (text: string) => {
  const [r] = localParser("it")!.parse(text, REF);
  return r ? { text: r.text, y: r.start.get("year"), m: r.start.get("month"), d: r.start.get("day"), h: r.start.get("hour"), min: r.start.get("minute") } : null;
};

describe("Italian dates through the lean parser", () => {
  it.for([
    ["martedì 3 marzo 2027 alle 14:00", { y: 2027, m: 3, d: 3, h: 14, min: 0 }],
    ["Il colloquio è fissato per il 1° dicembre alle 10:30.", { y: 2026, m: 12, d: 1, h: 10, min: 30 }],
    ["giovedì 12 set. 2027, 9:15", { y: 2027, m: 9, d: 12, h: 9, min: 15 }],
    // No year: the one nearest the mail's date, so a January date seen in November is next year's.
    ["lunedì 11 gennaio alle 15:00", { y: 2027, m: 1, d: 11, h: 15, min: 0 }],
    ["3 di marzo 2027", { y: 2027, m: 3, d: 3 }],
  ] as const)("%s", ([text, want]) => {
    expect(read(text)).toMatchObject(want);
  });

  it("reads no month inside a longer word, nor a day past 31", () => {
    expect(read("versione 3 marzolino")).toBeNull();
    expect(read("il 45 marzo")).toBeNull();
  });
});
