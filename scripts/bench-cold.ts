/**
 * `npm run --silent bench:cold -- [<corpus-dir>] [runs]`: what a fresh isolate
 * pays for its first email. A seeker sends a few mails a day, so most land on
 * an isolate that has just started: for each message, `runs` new Node
 * processes (default 3) each run the start-up warm-up (src/index.ts), then
 * that one message through the pipeline; the median of the runs is its
 * figure. The free plan's budget is 10 ms of CPU per email.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(fileURLToPath(import.meta.url), "../..");
const ZONE = "America/New_York";
/** Each figure is a median of this many processes: one fresh process is noisy (GC, background compiling). */
const DEFAULT_RUNS = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** In the child: warm up as the Worker does at start-up, then time one message. */
async function child(dir: string, name: string): Promise<void> {
  const { answerRaw, warmUp } = await import("../src/handlers/warmup.ts");
  const raw = new Uint8Array(readFileSync(join(dir, name, "message.eml")));
  const expected = join(dir, name, "expected.json");
  const now = existsSync(expected) ? new Date(JSON.parse(readFileSync(expected, "utf8")).received_at) : new Date();
  let t = performance.now();
  await warmUp();
  const warm = performance.now() - t;
  t = performance.now();
  await answerRaw(raw, now, ZONE, "followups@assistant.example");
  process.stdout.write(JSON.stringify({ warm, first: performance.now() - t }));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--child") return child(args[1]!, args[2]!);
  const dir = args.find((a) => !/^\d+$/.test(a)) ?? join(ROOT, "test/fixtures/corpus");
  const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? DEFAULT_RUNS);
  const names = readdirSync(dir).filter((d) => existsSync(join(dir, d, "message.eml"))).sort();
  const firsts: number[] = [];
  const warms: number[] = [];
  for (const name of names) {
    const samples = Array.from({ length: runs }, () => {
      const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--child", dir, name], { cwd: ROOT, encoding: "utf8" });
      return JSON.parse(out) as { warm: number; first: number };
    });
    const first = median(samples.map((s) => s.first));
    firsts.push(first);
    warms.push(...samples.map((s) => s.warm));
    console.log(`${name.padEnd(44)} first mail ${first.toFixed(1).padStart(5)} ms   (runs: ${samples.map((s) => s.first.toFixed(1)).join(", ")})`);
  }
  const over = firsts.filter((f) => f > 10).length;
  console.log(`\nfirst mail after start-up: median ${median(firsts).toFixed(1)} ms, max ${Math.max(...firsts).toFixed(1)} ms; ${over} of ${firsts.length} over 10 ms`);
  console.log(`start-up warm-up: median ${median(warms).toFixed(0)} ms`);
}

await main();
