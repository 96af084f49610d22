/**
 * `npm run --silent drafts -- [<corpus>] [--json]`: every planned draft of every case (thank-yous to check-ins, in
 * the interview's language) and the style figures over all of them (compose/audit.ts). With --json, one object:
 * {"cases": [{"case", "language", "drafts": [{"kind", "to", "subject", "text"}]}], "figures": {…}}.
 * `<corpus>`: case folders (message.eml + expected.json) or any folder of .eml files (default: the test corpus).
 * Exit 1 when a figure breaks a rule, so a script can gate on it.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { caseDrafts, type CaseDrafts, figures } from "../src/compose/audit.ts";
import { newRecord } from "../src/domain/changes.ts";
import { extract } from "../src/extract/index.ts";
import { loadMails } from "./lib/corpus.ts";

const args = process.argv.slice(2);
const json = args.includes("--json");
const dir = resolve(args.find((a) => !a.startsWith("--")) ?? join(fileURLToPath(import.meta.url), "../../test/fixtures/corpus"));
if (!existsSync(dir)) {
  console.error(`drafts: no folder at ${dir}`);
  process.exit(2);
}
/** A bare .eml names no seeker: drafts are signed by this one, in this zone. */
const DEFAULT_SEEKER = { email: "seeker@example.com", name: "Sam Rivera", zone: "America/New_York" };

const cases: CaseDrafts[] = [];
for (const mail of loadMails(dir)) {
  const expectedPath = join(dirname(mail.path), "expected.json");
  const expected = existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, "utf8")) : null;
  const seeker = { email: expected?.seeker?.email ?? DEFAULT_SEEKER.email, name: expected?.seeker?.name ?? DEFAULT_SEEKER.name };
  const zone = expected?.seeker?.time_zone ?? DEFAULT_SEEKER.zone;
  const e = await extract(readFileSync(mail.path), { now: mail.now, seeker, seekerTimeZone: zone, assistantAddress: "followups@assistant.example" });
  if (e.kind === "not_interview" || e.kind === "cancellation" || !e.start) continue;
  cases.push(caseDrafts(mail.name, newRecord("drafts", "<drafts>", e, seeker, { seekerTimeZone: zone }, mail.now)));
}
const f = figures(cases);
if (json) process.stdout.write(`${JSON.stringify({ cases, figures: f })}\n`);
else {
  for (const c of cases) {
    process.stdout.write(`\n##### ${c.case} (${c.language})\n`);
    for (const d of c.drafts) process.stdout.write(`\n--- ${d.kind} to ${d.to ?? "(nobody yet)"}\nSubject: ${d.subject}\n\n${d.text}\n`);
  }
  const { problems, ...table } = f;
  process.stdout.write("\nfigure                 value\n");
  for (const [k, v] of Object.entries(table)) process.stdout.write(`${k.padEnd(22)} ${v}\n`);
  for (const p of problems) process.stdout.write(`  ! ${p}\n`);
}
process.exitCode = f.problems.length || f.exclamations ? 1 : 0;
