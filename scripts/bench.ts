/**
 * `npm run --silent bench -- [<corpus-dir>] [--json]`: CPU of the inbound
 * pipeline against postal-mime alone on the same bytes (the floor), the KV cost
 * and time of cron ticks with 10,000 and 100,000 stored follow-ups, and the
 * gzip size of the bundle. Figures, not pass/fail: docs/performance.md.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import PostalMime from "postal-mime";
import type { Env } from "../src/config.ts";
import { newRecord } from "../src/handlers/changes.ts";
import { handleScheduled } from "../src/handlers/scheduled.ts";
import { answerRaw, warmUp } from "../src/handlers/warmup.ts";
import { saveNewInterview } from "../src/store/interviews.ts";
import { MemoryKV } from "./lib/memory-kv.ts";

const ROOT = join(fileURLToPath(import.meta.url), "../..");
/** Runs per message after warm-up; interleaved with the floor so drift hits both alike. */
const RUNS = 60;
const WARMUP = 5;
/**
 * Passes over the whole corpus before any timing: V8 optimises a function after
 * many calls, and code paths that only some messages take would otherwise
 * still be cold when the first messages are timed.
 */
const WARMUP_PASSES = 10;
const ZONE = "America/New_York";

const args = process.argv.slice(2);
const json = args.includes("--json");
const dir = args.find((a) => !a.startsWith("--")) ?? join(ROOT, "test/fixtures/corpus");
const log = (...a: unknown[]) => (json ? undefined : console.log(...a));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length - 1) * p + 0.5))]!;

async function pipeline(raw: Uint8Array, now: Date): Promise<string> {
  return (await answerRaw(raw, now, ZONE, "followups@assistant.example")).mime;
}

let warmUpMs = 0;
let firstMailMs = 0;

async function cpu() {
  const cases = readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, "message.eml")))
    .sort()
    .map((name) => {
      const expectedPath = join(dir, name, "expected.json");
      const now = existsSync(expectedPath) ? new Date(JSON.parse(readFileSync(expectedPath, "utf8")).received_at) : new Date();
      return { name, raw: new Uint8Array(readFileSync(join(dir, name, "message.eml"))), now };
    });
  // What a fresh isolate does: the start-up warm-up (src/index.ts), then its first mail.
  let t = performance.now();
  await warmUp();
  warmUpMs = performance.now() - t;
  t = performance.now();
  await pipeline(cases[0]!.raw, cases[0]!.now);
  firstMailMs = performance.now() - t;
  for (let pass = 0; pass < WARMUP_PASSES; pass++) {
    for (const { raw, now } of cases) {
      await PostalMime.parse(raw);
      await pipeline(raw, now);
    }
  }
  const rows: Array<{ name: string; floor: number; pipeline: number; ratio: number }> = [];
  for (const { name, raw, now } of cases) {
    const floor: number[] = [];
    const full: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      let t = performance.now();
      await PostalMime.parse(raw);
      const f = performance.now() - t;
      t = performance.now();
      await pipeline(raw, now);
      const p = performance.now() - t;
      if (i >= WARMUP) {
        floor.push(f);
        full.push(p);
      }
    }
    const row = { name, floor: median(floor), pipeline: median(full), ratio: median(full) / median(floor) };
    rows.push(row);
    log(`${name.padEnd(44)} floor ${row.floor.toFixed(2).padStart(6)} ms   pipeline ${row.pipeline.toFixed(2).padStart(6)} ms   ×${row.ratio.toFixed(1)}`);
  }
  return rows;
}

function benchEnv(kv: MemoryKV): Env {
  return {
    FOLLOWUPS: kv as unknown as KVNamespace,
    REMINDERS: { send: async () => ({ messageId: "x" }) } as unknown as SendEmail,
    ALLOWED_SENDERS: "sam@example.net",
    ASSISTANT_ADDRESS: "followups@assistant.example",
    SEEKER_TIME_ZONE: ZONE,
    SEEKER_NAME: "Sam Rivera",
  };
}

/** Stores `count` follow-ups through the storage code; ten fall due at `dueAt`, the rest later. */
async function seed(kv: MemoryKV, count: number, dueAt: Date): Promise<void> {
  const person = (n: string) => ({ name: n, email: `${n.split(" ")[0]!.toLowerCase()}@co.example`, title: null });
  const base = {
    kind: "interview" as const, company: "Acme", role: "Engineer", timeZone: ZONE, zoneAssumed: false, interviewers: [person("Ana Silva"), person("Bo Kim"), person("Cy Diaz")],
    contacts: [person("Rae Chen")], meetingUrl: null, inviteUid: null, timeline: null, notInterviewReason: null, returnsOn: null,
    teamMailbox: null, original: { from: null, fromName: null, subject: null, date: null }, missing: [], warnings: [], confidence: { start: "sure", company: "sure", role: "sure", interviewers: "sure" } as const,
  };
  let stored = 0;
  for (let i = 0; stored < count; i++) {
    const soon = stored < 10;
    const start = soon ? new Date(dueAt.getTime() - 5 * 3600_000) : new Date(dueAt.getTime() + (i + 2) * 3600_000);
    const r = newRecord(`bench-${i}`, `<b${i}@x>`, { ...base, start: start.toISOString(), end: new Date(start.getTime() + 3600_000).toISOString() }, { email: "sam@example.net", name: "Sam Rivera" }, { seekerTimeZone: ZONE }, new Date(start.getTime() - 86400_000));
    r.followUps = soon ? r.followUps.filter((f) => f.kind === "thank_you").slice(0, 10 - stored) : r.followUps.slice(0, count - stored);
    for (const f of r.followUps) if (soon) f.due = new Date(dueAt.getTime() - 60_000).toISOString();
    stored += r.followUps.length;
    await saveNewInterview(kv as unknown as KVNamespace, r, start, 90);
  }
  await kv.list({ prefix: "due:", limit: 1 }); // sort the keys once, as a real store keeps them sorted
  kv.reset();
}

async function tick(count: number) {
  const kv = new MemoryKV();
  const dueAt = new Date("2027-01-04T15:00:00Z");
  await seed(kv, count, dueAt);
  let t = performance.now();
  await handleScheduled(benchEnv(kv), new Date(dueAt.getTime() - 3600_000));
  const empty = { ops: kv.total, ms: performance.now() - t };
  kv.reset();
  t = performance.now();
  const report = await handleScheduled(benchEnv(kv), dueAt);
  const due = { ops: kv.total, ms: performance.now() - t, sent: report.sent };
  log(`tick with ${count.toLocaleString("en")} stored: nothing due ${empty.ops} KV ops, ${empty.ms.toFixed(2)} ms; 10 due ${due.ops} KV ops, ${due.ms.toFixed(2)} ms (${due.sent} sent)`);
  return { empty, due };
}

function bundleGzipBytes(): number {
  const out = mkdtempSync(join(tmpdir(), "bench-bundle-"));
  execFileSync(join(ROOT, "node_modules/.bin/wrangler"), ["deploy", "--dry-run", "--outdir", out], { cwd: ROOT, env: { ...process.env, WRANGLER_SEND_METRICS: "false" }, stdio: "ignore" });
  let total = 0;
  for (const f of readdirSync(out)) if (/\.(m?js|wasm)$/.test(f) && statSync(join(out, f)).isFile()) total += gzipSync(readFileSync(join(out, f)), { level: 9 }).length;
  return total;
}

console.log = json ? () => {} : console.log; // the worker's own logs stay out of --json output
const rows = await cpu();
await tick(10_000);
const big = await tick(100_000);
const bundle = bundleGzipBytes();
const pipelineMs = rows.map((r) => r.pipeline);
const ratios = rows.map((r) => r.ratio);
const slowest = rows.reduce((a, b) => (b.pipeline > a.pipeline ? b : a));
const result = {
  pipeline_ms_p50: +pct(pipelineMs, 0.5).toFixed(3),
  pipeline_ms_p95: +pct(pipelineMs, 0.95).toFixed(3),
  floor_ms_p50: +pct(rows.map((r) => r.floor), 0.5).toFixed(3),
  ratio_p50: +pct(ratios, 0.5).toFixed(2),
  ratio_p95: +pct(ratios, 0.95).toFixed(2),
  slowest_case: slowest.name,
  tick_empty_kv_ops: big.empty.ops,
  tick_10_due_kv_ops: big.due.ops,
  tick_empty_ms: +big.empty.ms.toFixed(3),
  bundle_gzip_bytes: bundle,
};
if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
else {
  process.stdout.write(`\npipeline p50 ${result.pipeline_ms_p50} ms, p95 ${result.pipeline_ms_p95} ms; postal-mime floor p50 ${result.floor_ms_p50} ms\n`);
  process.stdout.write(`ratio p50 ×${result.ratio_p50}, p95 ×${result.ratio_p95}; slowest ${result.slowest_case}\n`);
  process.stdout.write(`bundle ${(bundle / 1024).toFixed(1)} KiB gzip\n`);
  process.stdout.write(`fresh process: start-up warm-up ${warmUpMs.toFixed(1)} ms, then the first mail ${firstMailMs.toFixed(1)} ms\n`);
}
