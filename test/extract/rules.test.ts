/** Every rule on its own examples, through the one engine: a rule that stops reading what it claims fails here. */
import { describe, expect, it } from "vitest";
import { CLEANERS, COMPANY_ROLE_RULES, FIELDS, type Field } from "../../src/extract/rules/company-role.ts";
import { choose, emptyTally, readExample, runRules, SURE_SCORE, type Candidate } from "../../src/extract/rules/engine.ts";

const cases = COMPANY_ROLE_RULES.flatMap((rule) => rule.examples.map((example) => ({ rule, example, name: `${rule.id}: ${example.text.slice(0, 60)}` })));

describe("company and role rules", () => {
  it("each rule has an id of its own and at least one example", () => {
    const ids = COMPANY_ROLE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of COMPANY_ROLE_RULES) expect(r.examples.length, r.id).toBeGreaterThan(0);
  });

  it.for(cases)("$name", ({ rule, example }) => {
    const source = example.source ?? rule.reads[0]!;
    const tally = readExample(rule, example, FIELDS, { seekerName: "Sam Rivera", domainLetters: null, people: new Set(["priya natarajan"]) }, CLEANERS);
    for (const field of Object.keys(example.reads) as Field[]) {
      const values = [...tally[field].values()].map((c) => c.value);
      const want = example.reads[field];
      if (want === null) expect(values, field).toEqual([]);
      else expect(values, field).toContain(want);
    }
    // The votes say which rule cast them, and from where.
    for (const field of FIELDS) for (const c of tally[field].values()) expect([c.rules, c.sources]).toEqual([c.rules.map(() => rule.id), c.sources.map(() => source)]);
  });

  it("a rule's words are a gate: without them its pattern never runs", () => {
    const gated = COMPANY_ROLE_RULES.find((r) => r.id === "company-is-excited")!;
    const text = "Initech is excited to meet you.";
    const run = (t: string) => runRules([gated], [{ source: "body", text: t }], { seekerName: null, domainLetters: null, people: new Set<string>() }, emptyTally(FIELDS), CLEANERS);
    expect([...run(text).company.keys()]).toEqual(["initech"]);
    expect([...run(text.replace("is excited", "is glad")).company.keys()]).toEqual([]);
  });
});

describe("choosing a value", () => {
  const candidate = (value: string, score: number): [string, Candidate] => [value.toLowerCase(), { value, score, rules: ["r"], sources: ["body"] }];
  it.for([
    ["one labelled value", [candidate("Hooli", SURE_SCORE)], "Hooli", true],
    ["a lone title vote", [candidate("Hooli", 1)], "Hooli", false],
    ["a close rival", [candidate("Hooli", 5), candidate("Initech", 4)], "Hooli", false],
    ["a distant rival", [candidate("Hooli", 6), candidate("Initech", 2)], "Hooli", true],
    ["nothing", [], null, false],
  ] as const)("%s", ([, list, value, sure]) => {
    const r = choose(new Map(list as ReadonlyArray<[string, Candidate]>));
    expect([r.value, r.sure]).toEqual([value, sure]);
  });
});
