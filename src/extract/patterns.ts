/**
 * Every module-level pattern of extraction, for the start-up warm-up to compile. V8 compiles a regular
 * expression on its first runs (bytecode, then machine code), once for Latin-1 and once for two-byte text, and
 * shares the result among all patterns of the same source and flags. The warm-up's sample mail reaches only the
 * patterns its shapes need; a first mail that reached one it had not paid 0.1–4 ms for it (the lengths in every
 * locale's words: ~4 ms). Running each on a few words costs start-up a fraction of that.
 * test/node/patterns.test.ts checks each module lists all of its patterns.
 */
const PATTERNS: RegExp[] = [];

/** Registers a module's patterns; called once at the end of each module, with every pattern it declares. */
export function warmable(...patterns: RegExp[]): void {
  PATTERNS.push(...patterns);
}

/**
 * Runs every registered pattern on each text (a Latin-1 and a two-byte one, each made `eager`, so one run
 * compiles each to machine code). Returns the number of matches, so the work cannot be skipped.
 */
export function compilePatterns(texts: readonly string[]): number {
  let matches = 0;
  for (const re of PATTERNS) {
    for (const text of texts) {
      re.lastIndex = 0;
      if (re.test(text)) matches++;
    }
    re.lastIndex = 0;
  }
  return matches;
}

/**
 * V8 compiles a regular expression to bytecode on its first run and to machine code on a later one, unless the
 * subject is at least this long: then to machine code at once (its tier-up for long subjects). The warm-up's texts
 * are padded past it, so each pattern compiles once for each width of string instead of twice: a third less
 * start-up for the module-level patterns (~110 → ~75 ms here).
 */
const EAGER_SUBJECT_CHARS = 1_000;
/** "<" ends most patterns' runs at once (an address's display name, a word, a name), so the pad costs microseconds. */
const PAD = "<".repeat(EAGER_SUBJECT_CHARS);

/** The text made long enough for V8 to compile to machine code on the first run; its own words come first. */
export function eager(text: string): string {
  return `${text}\n${PAD}`;
}

/**
 * Every match of a global pattern, as String.prototype.matchAll gives them, read with the pattern itself.
 * matchAll runs a copy, and V8 compiles a copy anew once a collection has aged its compilation cache: 0.5–1.5 ms
 * a pattern in a fresh isolate's first mail (seven such in the French Outlook case), where the pattern's own code
 * stays compiled. Collected at once, so a caller that uses the same pattern inside its loop disturbs nothing.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global pattern: /${re.source}/${re.flags}`);
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push(m);
    // An empty match moves on by one character, a whole code point under the u flag, as matchAll does.
    if (m[0] === "") re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return found;
}
