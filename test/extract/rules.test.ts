/** Every rule on its own examples, through the one engine: a rule that stops reading what it claims fails here. */
import { describe, expect, it } from "vitest";
import { CLEANERS, COMPANY_ROLE_RULES, FIELDS, type Field } from "../../src/extract/rules/company-role.ts";
import { choose, emptyTally, readExample, runRecordRule, runRules, SURE_SCORE, type Candidate } from "../../src/extract/rules/engine.ts";
import { PEOPLE_RULES } from "../../src/extract/rules/people.ts";
import { readPeople } from "../../src/extract/cast.ts";
import { flatten } from "../../src/extract/people.ts";

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

describe("people rules", () => {
  const ctx = { lines: (t: string) => t.split("\n") };
  const peopleCases = PEOPLE_RULES.flatMap((rule) => rule.examples.map((example) => ({ rule, example, name: `${rule.id}: ${example.text.slice(0, 60)}` })));

  it("each rule has an id of its own and at least one example", () => {
    const ids = [...COMPANY_ROLE_RULES, ...PEOPLE_RULES].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of PEOPLE_RULES) expect(r.examples.length, r.id).toBeGreaterThan(0);
  });

  it.for(peopleCases)("$name", ({ rule, example }) => {
    const source = example.source ?? rule.reads[0]!;
    // Sentence rules read the text with its lines run together, as the resolver gives it them.
    const text = source.endsWith("_lines") ? example.text : flatten(example.text);
    const votes = runRecordRule(rule, { source, text }, ctx);
    const read = votes.map((v) => v.value);
    if (example.reads.length === 0) expect(read).toEqual([]);
    for (const want of example.reads) expect(read, JSON.stringify(read)).toContainEqual(expect.objectContaining(want));
    for (const v of votes) expect([v.rule, v.source, v.field, v.weight]).toEqual([rule.id, source, rule.field, rule.weight]);
  });

  it("a labelled interviewer counts as listed, one a sentence names does not", () => {
    const read = readPeople("Interviewer: Ana Silva\n\nYou'll also meet with Bo Kim and Cy Diaz.");
    expect(read.people.map((p) => p.name)).toEqual(["Ana Silva", "Bo Kim", "Cy Diaz"]);
    expect([...read.listed]).toEqual(["ana silva"]);
  });

  it("a gate keeps a rule from running on text without its words", () => {
    const rule = PEOPLE_RULES.find((r) => r.id === "first-name-available")!;
    expect(runRecordRule(rule, { source: "body", text: "Marisa can do Friday." }, ctx)).toHaveLength(1);
    expect(runRecordRule({ ...rule, pattern: /./g }, { source: "body", text: "Marisa could do Friday." }, ctx)).toEqual([]);
  });
});
