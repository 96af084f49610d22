import { describe, expect, it } from "vitest";
import { remember } from "../src/remember.ts";

describe("per-isolate remembering", () => {
  it("asks once per key, remembers null and false too, and starts over when full", () => {
    const asked: string[] = [];
    const f = remember(2, (a: string, b: number) => `${a}|${b}`, (a: string, b: number) => {
      asked.push(`${a}|${b}`);
      return b === 0 ? null : b > 1;
    });
    expect([f("x", 0), f("x", 0), f("x", 2), f("x", 2)]).toEqual([null, null, true, true]);
    expect(asked).toEqual(["x|0", "x|2"]);
    f("y", 1); // a third key: the map starts over
    f("x", 0);
    expect(asked).toEqual(["x|0", "x|2", "y|1", "x|0"]);
  });
});
