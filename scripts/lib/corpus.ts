/**
 * The mail a bench reads: a corpus folder of cases (`<case>/message.eml` beside `expected.json`), or any folder
 * of `.eml` files, searched recursively (the real mail in ../shared/external, for instance). A case's
 * `received_at` is its "now"; a bare .eml's is its Date header, else the bench's start.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export type Mail = { name: string; path: string; now: Date };

/** Folders searched below the one given: deep enough for any corpus layout, bounded against a link loop. */
const MAX_DEPTH = 8;

function dateHeader(path: string): Date | null {
  const head = readFileSync(path).subarray(0, 16_384).toString("latin1");
  const m = /^Date:[ \t]*(.+(?:\r?\n[ \t].+)*)/im.exec(head.split(/\r?\n\r?\n/)[0] ?? "");
  const d = m ? new Date(m[1]!.replace(/\s+/g, " ").replace(/\s*\([^)]*\)\s*$/, "")) : null;
  return d && !Number.isNaN(d.getTime()) ? d : null;
}

export function loadMails(dir: string): Mail[] {
  const out: Mail[] = [];
  const walk = (at: string, depth: number) => {
    if (depth > MAX_DEPTH) return;
    for (const entry of readdirSync(at).sort()) {
      const path = join(at, entry);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path, depth + 1);
      else if (entry.endsWith(".eml")) {
        const expected = join(at, "expected.json");
        const caseNow = entry === "message.eml" && existsSync(expected) ? new Date(JSON.parse(readFileSync(expected, "utf8")).received_at) : null;
        out.push({ name: entry === "message.eml" ? relative(dir, at) : relative(dir, path), path, now: caseNow ?? dateHeader(path) ?? new Date() });
      }
    }
  };
  walk(dir, 0);
  return out;
}

/** `n` of the mails, evenly spaced through the sorted list: a sample that keeps every part of the corpus. */
export function evenly<T>(xs: T[], n: number): T[] {
  if (xs.length <= n) return xs;
  return Array.from({ length: n }, (_, i) => xs[Math.floor((i * xs.length) / n)]!);
}
