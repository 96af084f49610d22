/**
 * What a fresh isolate pays, each in a new Node process (run by the benches with --import tsx and the
 * cloudflare:email stub): `mail <file> <now ISO>` runs the start-up warm-up, then that one mail through the
 * pipeline; `tick <store file>` runs the warm-up, then a cron tick with MAX_REMINDERS_PER_TICK reminders due, each
 * of a different interview (the most mails one tick sends), on the store `tickStore` wrote. Prints {"startup", "ms",
 * "busy"} as JSON: `busy` (ticks) is the main thread's busy time, without the wait for the thread pool Node's
 * WebCrypto signs on.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance as nodePerformance } from "node:perf_hooks";
import type { Env } from "../../src/config.ts";
import { newRecord } from "../../src/domain/changes.ts";
import { handleScheduled, MAX_REMINDERS_PER_TICK } from "../../src/handlers/scheduled.ts";
import { answerRaw, warmUp } from "../../src/handlers/warmup.ts";
import { saveNewInterview } from "../../src/store/interviews.ts";
import type { Extraction } from "../../src/extract/types.ts";
import { MemoryKV } from "../../src/store/memory-kv.ts";

export const ZONE = "America/New_York";
const SEEKER = { email: "sam@example.net", name: "Sam Rivera" };

export function benchEnv(kv: MemoryKV): Env {
  return {
    FOLLOWUPS: kv as unknown as KVNamespace,
    REMINDERS: { send: async () => ({ messageId: "x" }) } as unknown as SendEmail,
    ALLOWED_SENDERS: SEEKER.email,
    ASSISTANT_ADDRESS: "followups@assistant.example",
    SEEKER_TIME_ZONE: ZONE,
    SEEKER_NAME: SEEKER.name,
    PUBLIC_URL: "https://followups.example.workers.dev",
    LINK_SECRET: "bench-link-secret-0123456789",
  };
}

const person = (n: string) => ({ name: n, email: `${n.split(" ")[0]!.toLowerCase()}@co.example`, title: null });
const BASE: Extraction = {
  kind: "interview", company: "Acme", role: "Engineer", start: null, end: null, timeZone: ZONE, zoneAssumed: false,
  interviewers: [person("Ana Silva"), person("Bo Kim"), person("Cy Diaz")], contacts: [person("Rae Chen")], teamMailbox: null,
  meetingUrl: null, inviteUid: null, timeline: null, notInterviewReason: null, returnsOn: null,
  original: { from: null, fromName: null, subject: null, date: null }, missing: [], warnings: [],
  confidence: { start: "sure", company: "sure", role: "sure", interviewers: "sure" },
};

/**
 * Stores `count` follow-ups through the storage code; `due` of them fall due at `dueAt`, one per interview
 * (so each is its own mail), the rest later.
 */
export async function seed(kv: MemoryKV, count: number, due: number, dueAt: Date): Promise<void> {
  let stored = 0;
  for (let i = 0; stored < count; i++) {
    const soon = i < due;
    const start = soon ? new Date(dueAt.getTime() - 5 * 3600_000) : new Date(dueAt.getTime() + (i + 2) * 3600_000);
    const r = newRecord(`bench-${i}`, `<b${i}@x>`, { ...BASE, start: start.toISOString(), end: new Date(start.getTime() + 3600_000).toISOString() }, SEEKER, { seekerTimeZone: ZONE }, new Date(start.getTime() - 86400_000));
    // "Later" means after dueAt: an interview-day reminder of an interview just after it would fall before.
    const later = r.followUps.filter((f) => Date.parse(f.due) > dueAt.getTime());
    r.followUps = soon ? r.followUps.filter((f) => f.kind === "thank_you").slice(0, 1) : later.slice(0, count - stored);
    for (const f of r.followUps) if (soon) f.due = new Date(dueAt.getTime() - 60_000).toISOString();
    stored += r.followUps.length;
    await saveNewInterview(kv as unknown as KVNamespace, r, start, 90);
  }
  await kv.list({ prefix: "due:", limit: 1 }); // sort the keys once, as a real store keeps them sorted
  kv.reset();
}

/** When the tick runs: the seeded follow-ups fall due a minute before. */
const TICK_AT = new Date("2027-01-04T15:00:00Z");

/** The tick's store, prepared in the calling process: a real isolate's KV lives outside its heap, and so its
 * garbage and its records are not the isolate's to collect. Returns the file to pass to `tick`. */
export async function tickStore(dir: string): Promise<string> {
  const kv = new MemoryKV();
  await seed(kv, 200, MAX_REMINDERS_PER_TICK, TICK_AT);
  const file = join(dir, "tick-store.json");
  writeFileSync(file, JSON.stringify(kv.entries()));
  return file;
}

async function main(): Promise<void> {
  const [mode, file, nowIso] = process.argv.slice(2);
  // Loaded first, as the bytes a KV read returns: not part of start-up, and not garbage for its collector.
  const kv = mode === "tick" ? MemoryKV.from(JSON.parse(readFileSync(file!, "utf8"))) : null;
  let t = performance.now();
  await warmUp();
  const startup = performance.now() - t;
  let ms: number;
  let busy: number | undefined;
  if (!kv) {
    const raw = new Uint8Array(readFileSync(file!));
    t = performance.now();
    await answerRaw(raw, new Date(nowIso!), ZONE, "followups@assistant.example");
    ms = performance.now() - t;
  } else {
    console.log = () => {};
    t = performance.now();
    const elu = nodePerformance.eventLoopUtilization();
    await handleScheduled(benchEnv(kv), TICK_AT);
    ms = performance.now() - t;
    busy = nodePerformance.eventLoopUtilization(elu).active;
  }
  process.stdout.write(JSON.stringify({ startup, ms, busy }));
}

if (process.argv[1]?.endsWith("fresh.ts")) await main();
