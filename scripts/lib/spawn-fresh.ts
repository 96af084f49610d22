/** Runs scripts/lib/fresh.ts in a new Node process (the same loaders as this one) and reads its figures. */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(fileURLToPath(import.meta.url), "../../..");
const FRESH = join(ROOT, "scripts/lib/fresh.ts");

/** `ms` is wall time; `busy` the main thread's busy time within it (ticks only: their links wait on a thread pool). */
export type Fresh = { startup: number; ms: number; busy?: number };

export function fresh(args: string[]): Fresh {
  const out = execFileSync(process.execPath, [...process.execArgv, FRESH, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 24 });
  return JSON.parse(out) as Fresh;
}
