/**
 * Every module-level pattern of extraction is registered for the start-up warm-up (src/extract/patterns.ts):
 * one left out compiles in the first mail that needs it, costing that mail up to a few milliseconds.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const EXTRACT = join(import.meta.dirname, "../../src/extract");
const modules = [...readdirSync(EXTRACT).filter((f) => f.endsWith(".ts")), ...readdirSync(join(EXTRACT, "rules")).map((f) => `rules/${f}`)]
  .filter((f) => f !== "patterns.ts");
/**
 * A pattern declared at module level: a literal, a constructed one, or one built from a locale's words; or a list
 * of them (registered spread: `...JOIN_PATTERNS`).
 */
const DECLARED = /^(?:export )?const ([A-Z][A-Z_0-9]*)(?:: RegExp\[\])? = (?:\/|new RegExp\(|wordsPattern\(|\[\s*\/|[A-Z_]+\.map\(\(\[re\]\))/gm;

describe("patterns compiled at start-up", () => {
  it.for(modules)("%s registers each of its patterns", (file) => {
    const source = readFileSync(join(EXTRACT, file), "utf8");
    const declared = [...source.matchAll(DECLARED)].map((m) => m[1]!);
    const call = /warmable\(([^)]*)\);\s*$/.exec(source)?.[1] ?? "";
    const registered = new Set(call.split(",").map((n) => n.trim().replace(/^\.\.\./, "")).filter(Boolean));
    expect(declared.filter((n) => !registered.has(n)), `add them to the warmable(…) call at the end of ${file}`).toEqual([]);
  });
});
