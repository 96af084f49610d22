/**
 * `npm run --silent eval -- [<corpus-dir>] [--json | --dump] [--only=<regexp>] [--except=<regexp>]`: runs the
 * real extraction over every case folder (message.eml + expected.json) and scores it.
 *   --dump  one JSON object a line, {"case", "got": {kind, company, role, start, end, time_zone,
 *           interviewers: [{name, email, title}], meeting_url}}, for other tools to judge; no scores.
 *   --only / --except  case folders whose name matches (to keep a held-out part unseen while building).
 * The seeker's zone is the case's `seeker.time_zone` (UTC when absent), as SCHEMA.md rules.
 * Exit 0 once every case was read; non-zero only when it could not run.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../src/extract/index.ts";
import { type Expected, type Field, judge } from "./judge.ts";

const FIELDS: Field[] = ["kind", "start", "end", "time_zone", "company", "role", "meeting_url"];
/** The seeker's zone when a case does not say (SCHEMA.md: absent means UTC). */
const DEFAULT_SEEKER_ZONE = "UTC";

const args = process.argv.slice(2);
const json = args.includes("--json");
const dump = args.includes("--dump");
const pattern = (flag: string) => {
  const v = args.find((a) => a.startsWith(`--${flag}=`))?.slice(flag.length + 3);
  return v ? new RegExp(v) : null;
};
const only = pattern("only");
const except = pattern("except");
const dir = resolve(args.find((a) => !a.startsWith("--")) ?? join(fileURLToPath(import.meta.url), "../../test/fixtures/corpus"));
if (!existsSync(dir)) {
  console.error(`eval: no corpus folder at ${dir}`);
  process.exit(2);
}
const cases = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "message.eml")) && existsSync(join(dir, d.name, "expected.json")))
  .map((d) => d.name)
  .filter((n) => (!only || only.test(n)) && (!except || !except.test(n)))
  .sort();
if (cases.length === 0) {
  console.error(`eval: no case folders (message.eml + expected.json) in ${dir}`);
  process.exit(2);
}

const judged: Record<Field, { ok: number; n: number }> = Object.fromEntries(
  [...FIELDS, "interviewers"].map((f) => [f, { ok: 0, n: 0 }]),
) as never;
let tp = 0, predicted = 0, expectedCount = 0, passed = 0;
const failures: Array<{ case: string; fields: string[] }> = [];
const times: number[] = [];
const lines: string[] = [];
/** How the confidence each field leaves extraction with matches the judge: right and wrong readings, sure and unsure. */
const CALIBRATED = ["start", "company", "role", "interviewers"] as const;
const calibration = Object.fromEntries(CALIBRATED.map((f) => [f, { sure: { ok: 0, bad: 0 }, unsure: { ok: 0, bad: 0 } }])) as Record<
  (typeof CALIBRATED)[number],
  Record<"sure" | "unsure", { ok: number; bad: number }>
>;

for (const name of cases) {
  const raw = readFileSync(join(dir, name, "message.eml"));
  const want = JSON.parse(readFileSync(join(dir, name, "expected.json"), "utf8")) as Expected;
  const t0 = performance.now();
  let verdict;
  try {
    const got = await extract(new Uint8Array(raw), { now: new Date(want.received_at), seekerTimeZone: want.seeker.time_zone ?? DEFAULT_SEEKER_ZONE, assistantAddress: "followups@assistant.example" });
    times.push(performance.now() - t0);
    if (dump) {
      const interviewers = got.interviewers.map((p) => ({ name: p.name, email: p.email, title: p.title }));
      const out = { kind: got.kind, company: got.company, role: got.role, start: got.start, end: got.end, time_zone: got.timeZone, interviewers, meeting_url: got.meetingUrl, confidence: got.confidence };
      process.stdout.write(JSON.stringify({ case: name, got: out }) + "\n");
      continue;
    }
    verdict = judge(got, want);
    for (const f of CALIBRATED) {
      const level = got.confidence[f];
      if (level !== "absent" && f in verdict.fields) calibration[f][level][verdict.fields[f] ? "ok" : "bad"]++;
    }
  } catch (err) {
    if (dump) {
      process.stdout.write(JSON.stringify({ case: name, error: (err as Error).message }) + "\n");
      continue;
    }
    verdict = { fields: { kind: false } as Record<string, boolean>, interviewers: null, differences: [`crashed: ${(err as Error).message}`] };
  }
  for (const [f, ok] of Object.entries(verdict.fields)) {
    judged[f as Field].n++;
    if (ok) judged[f as Field].ok++;
  }
  if (verdict.interviewers) {
    tp += verdict.interviewers.truePositive;
    predicted += verdict.interviewers.predicted;
    expectedCount += verdict.interviewers.expected;
  }
  const bad = Object.entries(verdict.fields).filter(([, ok]) => !ok).map(([f]) => f);
  if (bad.length === 0) {
    passed++;
    lines.push(`pass  ${name}`);
  } else {
    failures.push({ case: name, fields: bad });
    lines.push(`FAIL  ${name}\n        ${verdict.differences.join("\n        ")}`);
  }
}

const rate = (f: Field) => (judged[f].n ? judged[f].ok / judged[f].n : 1);
const precision = predicted ? tp / predicted : 1;
const recall = expectedCount ? tp / expectedCount : 1;
const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
const sorted = [...times].sort((a, b) => a - b);
const median = sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0;

if (dump) {
  // Each line was written as its case was read.
} else if (json) {
  const out: Record<string, unknown> = { cases: cases.length, passed };
  for (const f of FIELDS) out[f] = rate(f);
  out.interviewers = { precision, recall, f1 };
  out.failures = failures;
  out.median_ms = Number(median.toFixed(3));
  out.calibration = calibration;
  process.stdout.write(JSON.stringify(out) + "\n");
} else {
  console.log(lines.join("\n"));
  console.log("");
  console.log(FIELDS.map((f) => `${f} ${(rate(f) * 100).toFixed(0)}%`).join("  "));
  console.log(`interviewers precision ${precision.toFixed(2)} recall ${recall.toFixed(2)} f1 ${f1.toFixed(2)}`);
  const cell = (c: { ok: number; bad: number }) => `${c.ok} right ${c.bad} wrong`;
  console.log(`confidence: ${CALIBRATED.map((f) => `${f} sure ${cell(calibration[f].sure)}, unsure ${cell(calibration[f].unsure)}`).join("; ")}`);
  console.log(`median extraction time per message: ${median.toFixed(2)} ms (warm-up included; see npm run bench)`);
  console.log(`${passed} passed, ${cases.length - passed} failed`);
}
