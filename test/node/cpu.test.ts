/**
 * CPU for any input, in Node (warm, as the benchmark measures): generated hostile mail never takes
 * over 50 ms in the pipeline, and each construction that once grew quadratically (issue 13, point 4)
 * stays linear: four times the input costs at most five times the time. "The pipeline" is what runs
 * beyond postal-mime's own parse of the mail, as the benchmark counts it: postal-mime spends ~12 µs a
 * line in Node's Blob, linear but ours to bound only by the message size (MAX_MESSAGE_BYTES).
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import PostalMime from "postal-mime";
import { answerRaw } from "../../src/handlers/warmup.ts";

const NOW = new Date("2026-11-02T15:00:00Z");
const ZONE = "America/New_York";
const ASSISTANT = "followups@assistant.example";
/** The budget per generated mail; the platform gives 10 ms, this leaves room for a slow CI machine. */
const MAX_MS = 50;
const RUNS = 400;

const head = (subject: string, type = "text/plain; charset=utf-8") =>
  `From: Jordan <jordan.okafor@gmail.example>\r\nTo: ${ASSISTANT}\r\nSubject: ${subject}\r\nMessage-ID: <cpu@test>\r\nContent-Type: ${type}\r\n\r\n`;
const html = (body: string) => head("Fwd: Interview", "text/html; charset=utf-8") + body;
const multipart = (parts: string) => head("Fwd: Interview", 'multipart/mixed; boundary="b"') + parts + "--b--\r\n";
const calendar = (ics: string) => multipart(`--b\r\nContent-Type: text/calendar\r\n\r\n${ics}\r\n`);
const repeat = (s: string, bytes: number) => s.repeat(Math.ceil(bytes / s.length));

/** Each construction from the attack probe, at a given size in bytes. */
const CONSTRUCTIONS: Record<string, (bytes: number) => string> = {
  "unclosed comments": (n) => html(repeat("<!--", n)),
  "'unsubscribe ' in a kind pattern": (n) => head("Fwd: Interview") + repeat("unsubscribe ", n),
  "'unsubscribe' on many lines": (n) => head("Fwd: Interview") + repeat("unsubscribe apply\n", n),
  "'Anna Bell (' in a people pattern": (n) => head("Fwd: Interview") + "Your interview with " + repeat("Anna Bell (", n),
  "unclosed links": (n) => html(repeat('<a href="https://x.example/">', n)),
  "unclosed line-through spans": (n) => html(repeat('<span style="text-decoration:line-through">', n)),
  "unclosed tags": (n) => html(repeat("<", n)),
  "a dash run in a forwarded subject": (n) => head("Fwd: x") + `---------- Forwarded message ---------\r\nFrom: a@b.example\r\nSubject: ${repeat("-", n)}\r\n\r\nhi`,
  "a long subject": (n) => head(`Fwd: Interview at ${repeat("Fwd: ", n)}`) + "hi",
  "'<' lines for email-forward-parser": (n) => head("Fwd: x") + repeat(`${" <".repeat(70)}\n`, n),
  "non-breaking space runs": (n) => head("Fwd: x") + repeat("\u00a0", n),
  // Wide blank lines: postal-mime's own cost is per line, and this one is about our look below each From.
  "blank lines under each From": (n) => head("Fwd: x") + repeat(`From: a@b.example\n${" ".repeat(60)}\n${"\t".repeat(60)}\n`, n),
  "run-on header labels": (n) => head("Fwd: x") + repeat(`----- Forwarded ----- From: a <a@b.example>To: c${" To: d".repeat(40)}\n`, n),
  "MIME parts": (n) => multipart(repeat("--b\r\nContent-Type: text/plain\r\n\r\nx\r\n", n)),
  "VTIMEZONE observances": (n) =>
    calendar(`BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:Nowhere\r\n${repeat("BEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nRRULE:FREQ=YEARLY;BYMONTH=1\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nEND:STANDARD\r\n", n)}END:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=Nowhere:20261203T100000\r\nEND:VEVENT\r\nEND:VCALENDAR`),
};

// postal-mime's own parse, timed inside each run: a second parse of the same 4 MB for comparison varies by
// more than the pipeline's whole cost, so subtracting it made the figures noise.
let parseMs = 0;
const parse = PostalMime.parse.bind(PostalMime);
PostalMime.parse = async (...args: Parameters<typeof PostalMime.parse>) => {
  const t = performance.now();
  try {
    return await parse(...args);
  } finally {
    parseMs += performance.now() - t;
  }
};

/** Milliseconds of the pipeline beyond postal-mime's own parse of the mail, in the same run. */
async function ms(raw: string): Promise<number> {
  parseMs = 0;
  const t = performance.now();
  await answerRaw(raw, NOW, ZONE, ASSISTANT).catch(() => undefined); // unreadable is an answer too
  return Math.max(0, performance.now() - t - parseMs);
}

/** The least of a few runs: the machine's noise only ever adds. */
async function best(raw: string, runs = 3): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < runs; i++) min = Math.min(min, await ms(raw));
  return min;
}

const MB = 1024 * 1024;

describe("linear in the input", () => {
  it.for(Object.keys(CONSTRUCTIONS))("%s: 4 MB costs at most 5× 1 MB", { timeout: 120_000 }, async (name) => {
    const make = CONSTRUCTIONS[name]!;
    await ms(make(64 * 1024)); // compile first
    const small = await best(make(MB));
    const large = await best(make(4 * MB));
    console.log(`${name}: 1 MB ${small.toFixed(1)} ms, 4 MB ${large.toFixed(1)} ms`);
    // A floor of 5 ms: below it, timer and collector noise is the signal.
    expect(large).toBeLessThanOrEqual(5 * Math.max(small, 5));
  });
});

/**
 * A body of one character repeated, on lines of a few widths: patterns are bounded by line and window, so a
 * quadratic one shows as a large constant, not as growth with the mail's size, and the test above cannot see it.
 * (A lookbehind tried at each position of a whitespace run, scanning the run back each time, made 50 KB of tabs
 * cost 2 s and of spaces 240 ms.)
 */
const FILLS: Record<string, string> = {
  spaces: " ", tabs: "\t", "non-breaking spaces": "\u00a0", dashes: "-", letters: "a", digits: "7", "space-dash": " -",
  "word-space": "Interview ", "colon-space": ": ", "angle-space": "> ", "at-dot": "@x.",
};
const BODY_CHARS = 50_000;
const WIDTHS = [80, 1_000, BODY_CHARS];
const filled = (fill: string, width: number) => head("Fwd: x") + repeat(`${repeat(fill, width)}\n`, BODY_CHARS);

describe("a body of one character repeated", () => {
  it.for(Object.keys(FILLS))(`%s: under ${MAX_MS} ms at every line width`, { timeout: 120_000 }, async (name) => {
    const fill = FILLS[name]!;
    await ms(filled(fill, 100)); // compile first
    const times = [];
    for (const width of WIDTHS) times.push(await best(filled(fill, width)));
    console.log(`${name}: ${times.map((t, i) => `${WIDTHS[i]} wide ${t.toFixed(1)} ms`).join(", ")}`);
    expect(Math.max(...times)).toBeLessThan(MAX_MS);
  });
});

const token = fc.constantFrom(
  "unsubscribe", "apply", " at ", " with ", "Interview", "Anna Bell", "(", ")", "-", ":", "Fwd:", "From:", "Date:", "Subject:", " on ", "wrote:",
  "<", ">", "<!--", "<a href='https://x.example/'>", "<s>", "<span style='text-decoration:line-through'>", "<td>", "<br>", "&nbsp;", "@", "x@y.example",
  "Thursday", "December 3", "2pm", "10:00", "ET", "https://zoom.us/j/1", "recruiter", "your interviewer", "will", "and", "the", "\n", " ", "\t", ">", "Ł", "日本",
  "Interviewers:", "When:", "BEGIN:VEVENT", "\u00a0", " <", "[", "Von: ", "Fecha: ", " a écrit :", "-----", "Inc.", "our Staff Engineer", "is excited", "|",
);
const pumped = fc.tuple(fc.array(token, { minLength: 1, maxLength: 4 }), fc.array(token, { maxLength: 3 }), fc.integer({ min: 1_000, max: 60_000 }), fc.constantFrom("text", "html", "subject"))
  .map(([pump, prefix, size, where]) => {
    const body = prefix.join("") + repeat(pump.join(""), size);
    if (where === "subject") return head(`Fwd: ${body.replace(/[\r\n]/g, " ")}`) + "hi";
    return where === "html" ? html(body) : head("Fwd: Interview") + body;
  });

let slowest = { ms: 0, sample: "" };
afterAll(() => console.log(`slowest generated mail: ${slowest.ms.toFixed(1)} ms (${JSON.stringify(slowest.sample.slice(200, 320))}…)`));

describe("generated hostile mail", () => {
  it(`${RUNS} pumped mails each stay under ${MAX_MS} ms (warm)`, async () => {
    for (const raw of fc.sample(pumped, { numRuns: 30, seed: 1 })) await ms(raw); // warm up the patterns
    await fc.assert(
      fc.asyncProperty(pumped, async (raw) => {
        // A first run may still compile a pattern for this text's width; the budget is for warm code.
        const t = Math.min(await ms(raw), await ms(raw));
        if (t > slowest.ms) slowest = { ms: t, sample: raw };
        expect(t).toBeLessThan(MAX_MS);
      }),
      { numRuns: RUNS, seed: 20261201 },
    );
  }, 600_000);
});
