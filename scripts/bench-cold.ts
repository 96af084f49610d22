/**
 * `npm run --silent bench:cold -- [<corpus-dir>] [runs]`: what a fresh isolate
 * pays for its first email. A seeker sends a few mails a day, so most land on
 * an isolate that has just started: for each message, `runs` new Node
 * processes (default 3) each run the start-up warm-up (src/index.ts), then
 * that one message through the pipeline; the median of the runs is its
 * figure. The free plan's budget is 10 ms of CPU per email. `npm run bench`
 * reports the same figures over a sample, with the rest (docs/performance.md).
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadMails } from "./lib/corpus.ts";
import { fresh } from "./lib/spawn-fresh.ts";
import { BLOB_MODEL } from "./lib/workerd-blob.mjs";

const ROOT = join(fileURLToPath(import.meta.url), "../..");
/** Each figure is a median of this many processes: one fresh process is noisy (GC, background compiling). */
const DEFAULT_RUNS = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const args = process.argv.slice(2);
const dir = args.find((a) => !/^\d+$/.test(a)) ?? join(ROOT, "test/fixtures/corpus");
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? DEFAULT_RUNS);
const firsts: number[] = [];
const warms: number[] = [];
for (const mail of loadMails(dir)) {
  const samples = Array.from({ length: runs }, () => fresh(["mail", mail.path, mail.now.toISOString()]));
  const first = median(samples.map((s) => s.ms));
  firsts.push(first);
  warms.push(...samples.map((s) => s.startup));
  console.log(`${mail.name.slice(0, 44).padEnd(44)} first mail ${first.toFixed(1).padStart(5)} ms   (runs: ${samples.map((s) => s.ms.toFixed(1)).join(", ")})`);
}
const over = firsts.filter((f) => f > 10).length;
console.log(`\nfirst mail after start-up: median ${median(firsts).toFixed(1)} ms, max ${Math.max(...firsts).toFixed(1)} ms; ${over} of ${firsts.length} over 10 ms`);
console.log(`start-up warm-up: median ${median(warms).toFixed(0)} ms; Blob: ${BLOB_MODEL} (docs/performance.md)`);
