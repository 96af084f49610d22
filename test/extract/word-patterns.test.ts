import { describe, expect, it } from "vitest";
import { anyCase, NOT_AFTER_LATIN, NOT_BEFORE_LATIN, wordsPattern } from "../../src/extract/locales/index.ts";

// The locale word patterns go without the u flag (start-up cost): they must still find words at a word's edge only,
// in either case, across the Latin scripts, and CJK words where they stand.
describe("wordsPattern", () => {
  const re = wordsPattern(["interview", "entretien", "vorstellungsgespräch", "recruit", "面接"]);
  it.for([
    ["Your INTERVIEW is set", "INTERVIEW"],
    ["Ihr Vorstellungsgespräch am Montag", "Vorstellungsgespräch"],
    ["(entretien) confirmé", "entretien"],
    ["our recruiting team", "recruit"], // a word may go on: "recruit" is a stem
    ["明日の面接について", "面接"],
  ] as const)("finds %j", ([text, word]) => {
    expect(re.exec(text)?.[0]).toBe(word);
  });
  it.for(["préinterview", "Ünterview", "ếinterview", "ｅinterview", "nonrecruit"])("finds no word inside %j", (text) => {
    expect(re.test(text)).toBe(false);
  });
});

describe("Latin word edges", () => {
  const whole = new RegExp(`${NOT_AFTER_LATIN}role${NOT_BEFORE_LATIN}`, "i");
  it.for([["the Role is", true], ["parole", false], ["roles", false], ["rôle", false], ["ROLE:", true], ["1role", true]] as const)(
    "%j → %s", ([text, found]) => expect(whole.test(text)).toBe(found),
  );
});

describe("anyCase", () => {
  const re = new RegExp(`^${anyCase(String.raw`your (recruit(?:er|ing coordinator))\s+at`)}$`);
  it.for(["your recruiter at", "Your Recruiting Coordinator at", "YOUR RECRUITER  at"])("matches %j without the i flag", (text) => {
    expect(re.test(text)).toBe(true);
  });
  it("keeps escapes and groups as they were", () => {
    expect(anyCase(String.raw`a\s(?:b)`)).toBe(String.raw`[aA]\s(?:[bB])`);
    expect(re.test("your recruiterat")).toBe(false);
  });
});
