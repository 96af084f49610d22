/**
 * `npm run --silent diff:extract -- <other-tree> [<corpus-dir> …]`: what
 * another checkout of this project (say `git worktree add /tmp/before HEAD~3`
 * with this `node_modules` linked in) reads differently from this one. Both
 * trees, in one process, read every case (in three seeker zones), every
 * window of one, two and four lines cut from the cases' originals, and every
 * string literal of the tests: extraction, dates (findWhen) and people
 * (prosePeople, namedContacts: cast.ts, people.ts in older trees). It prints each difference and a count; a
 * change meant to keep behaviour should print none; a field one tree lacks is
 * left out. A corpus dir may also be any folder of `.eml` files, searched recursively (the
 * external sets): those mails are read whole, without windows. Exit 1 when any differ.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadMails } from "./lib/corpus.ts";

const ROOT = join(fileURLToPath(import.meta.url), "../..");
/** Differences printed in full (MAX_SHOWN in the environment for more); the rest are counted. */
const MAX_SHOWN = Number(process.env.MAX_SHOWN ?? 30);
/** Seeker zones each case is read in: zones are where readings most often part. */
const ZONES = ["UTC", "America/New_York", "Europe/Berlin"];
/** What every window is read against (findWhen needs a reference and a horizon). */
const WHEN = { reference: { year: 2026, month: 11, day: 20, hour: 10, minute: 0 }, notBefore: new Date("2026-11-19T00:00:00Z"), defaultZone: "America/New_York", cancellation: false };

type Reader = (input: { kind: "case"; raw: Uint8Array; now: Date; zone: string } | { kind: "text"; text: string }) => Promise<unknown>;

// Only entry points every checkout of the project has: the other tree may predate the rest.
async function load(root: string): Promise<Reader> {
  const m = (p: string) => import(join(resolve(root), p));
  const { extract } = await m("src/extract/index.ts");
  const { findWhen } = await m("src/extract/when.ts");
  // The people readers moved from people.ts to cast.ts (rules/people.ts): either tree may be the older one.
  const cast = await m("src/extract/cast.ts");
  const { prosePeople, namedContacts } = cast.prosePeople ? cast : await m("src/extract/people.ts");
  return async (input) =>
    input.kind === "case"
      ? extract(input.raw, { now: input.now, seekerTimeZone: input.zone, assistantAddress: "followups@assistant.example" })
      : { when: findWhen(input.text, WHEN), people: prosePeople(input.text), contacts: namedContacts(input.text) };
}

const [other, ...dirs] = process.argv.slice(2);
if (!other || !existsSync(join(other, "src/extract/index.ts"))) {
  console.error("usage: npm run --silent diff:extract -- <path of another checkout of this project> [<corpus-dir> …]");
  process.exit(2);
}
const corpora = dirs.length ? dirs : [join(ROOT, "test/fixtures/corpus"), join(ROOT, "test/fixtures/extra")];
const [theirs, ours] = [await load(other), await load(ROOT)];
const { unwrap } = await import("../src/extract/forward.ts");

const inputs: Array<{ label: string; input: Parameters<Reader>[0] }> = [];
const texts = new Set<string>();
for (const dir of corpora) {
  for (const mail of loadMails(dir)) {
    const raw = new Uint8Array(readFileSync(mail.path));
    for (const zone of ZONES) inputs.push({ label: `${mail.name} in ${zone}`, input: { kind: "case", raw, now: mail.now, zone } });
    // Windows of the cases only: a folder of thousands of list mails would make millions.
    if (basename(mail.path) !== "message.eml") continue;
    const { original } = await unwrap(raw);
    const lines = `${original.subject ?? ""}\n${original.body}`.split("\n");
    for (let i = 0; i < lines.length; i++) for (const w of [1, 2, 4]) texts.add(lines.slice(i, i + w).join("\n"));
  }
}
for (const f of readdirSync(join(ROOT, "test")).filter((f) => f.endsWith(".ts"))) {
  for (const m of readFileSync(join(ROOT, "test", f), "utf8").matchAll(/"((?:[^"\\\n]|\\.){6,400})"/g)) texts.add(m[1]!.replace(/\\n/g, "\n"));
}
for (const text of texts) inputs.push({ label: JSON.stringify(text).slice(0, 120), input: { kind: "text", text } });

/** A field only one tree reads (one the change added) is no difference: the fields both have are compared. */
function shared(x: unknown, y: unknown): [unknown, unknown] {
  if (!x || !y || typeof x !== "object" || typeof y !== "object" || Array.isArray(x)) return [x, y];
  const keys = Object.keys(x).filter((k) => k in y);
  return [Object.fromEntries(keys.map((k) => [k, (x as Record<string, unknown>)[k]])), Object.fromEntries(keys.map((k) => [k, (y as Record<string, unknown>)[k]]))];
}

let differ = 0;
for (const { label, input } of inputs) {
  const [a, b] = shared(await theirs(input), await ours(input)).map((v) => JSON.stringify(v)) as [string, string];
  if (a === b) continue;
  if (differ++ < MAX_SHOWN) console.log(`${label}\n  other: ${a.slice(0, 400)}\n  this:  ${b.slice(0, 400)}`);
}
console.log(`${differ} of ${inputs.length} readings differ`);
process.exit(differ ? 1 : 0);
