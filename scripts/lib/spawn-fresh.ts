/** Runs scripts/lib/fresh.ts in a new Node process (the same loaders as this one) and reads its figures. */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(fileURLToPath(import.meta.url), "../../..");
const FRESH = join(ROOT, "scripts/lib/fresh.ts");

/** `ms` is wall time; `busy` the main thread's busy time within it (ticks only: their links wait on a thread pool). */
export type Fresh = { startup: number; ms: number; busy?: number };

export function fresh(args: string[]): Fresh {
  // The bench's --expose-gc is for its warm timing; a fresh process is an isolate as it starts, without it.
  const loaders = process.execArgv.filter((a) => a !== "--expose-gc");
  const out = execFileSync(process.execPath, [...loaders, FRESH, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 24 });
  return JSON.parse(out) as Fresh;
}
