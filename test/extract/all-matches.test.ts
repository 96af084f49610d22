import { describe, expect, it } from "vitest";
import { allMatches } from "../../src/extract/patterns.ts";

const shape = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

describe("allMatches reads what matchAll reads, with the pattern itself", () => {
  it.for([
    [/(\d+)-(\d+)/g, "1-2, 30-40 and 5-6"],
    [/\b/g, "two words"], // empty matches move on one character
    [/x*/gu, "a😀b"], // …a whole code point under the u flag
    [/(?<![\p{L}])(\p{Lu}\p{Ll}+)/gu, "Ana Silva und Zoë Ärger"],
    [/zzz/g, "no match here"],
  ] as Array<[RegExp, string]>)("%s on %j", ([re, text]) => {
    expect(shape(allMatches(re, text))).toEqual(shape(text.matchAll(new RegExp(re.source, re.flags))));
    expect(re.lastIndex).toBe(0);
  });

  it("starts at the beginning whatever an earlier test() left, and a nested use of the pattern disturbs nothing", () => {
    const re = /[A-Z]\w+/g;
    re.test("Skip Me");
    const seen: string[] = [];
    for (const m of allMatches(re, "Ana and Bo")) {
      seen.push(m[0]);
      allMatches(re, "Zed Yan"); // the same pattern inside the loop
    }
    expect(seen).toEqual(["Ana", "Bo"]);
  });

  it("refuses a pattern without the g flag, as matchAll does", () => {
    expect(() => allMatches(/a/, "a")).toThrow(TypeError);
  });
});
