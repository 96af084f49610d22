/**
 * `npm run --silent bench:ab -- <other-tree> [passes]`: the inbound pipeline of
 * another checkout (say `git worktree add /tmp/before HEAD~3`, with its own
 * `npm ci` or a link to this node_modules) against this one, in one process,
 * message by message, alternating which runs first. This machine's speed
 * drifts by a third within minutes; two trees timed side by side do not
 * drift apart, so a change of a few percent shows (docs/performance.md).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import PostalMime from "postal-mime";

type Pipeline = (raw: Uint8Array, now: Date) => Promise<unknown>;

const ROOT = join(fileURLToPath(import.meta.url), "../..");
const ZONE = "America/New_York";
/** Passes over the corpus that are not timed: both trees optimised before they are compared. */
const WARMUP_PASSES = 20;

const [other, passesArg] = process.argv.slice(2);
if (!other || !existsSync(join(other, "src/extract/index.ts"))) {
  console.error("usage: npm run --silent bench:ab -- <path of another checkout of this project> [passes]");
  process.exit(2);
}
const passes = Number(passesArg ?? 120);

// The pipeline spelt out here, not handlers/warmup.ts's answerMime: the other tree may predate it.
async function load(root: string): Promise<Pipeline> {
  const m = (p: string) => import(join(resolve(root), p));
  const { planCalendar } = await m("src/compose/calendar.ts");
  const { buildMime } = await m("src/compose/mime.ts");
  const { composeNotTrackedReply, composeTrackedReply } = await m("src/compose/reply.ts");
  const { unwrap } = await m("src/extract/forward.ts");
  const { extractFromOriginal } = await m("src/extract/index.ts");
  const { newRecord } = await m("src/domain/changes.ts");
  return async (raw, now) => {
    const { outer, original } = await unwrap(raw);
    const seeker = { email: outer.from?.address?.toLowerCase() ?? "seeker@example.net", name: outer.from?.name || "Seeker" };
    const e = extractFromOriginal(original, { now, seeker, seekerTimeZone: ZONE, assistantAddress: "followups@assistant.example" });
    const mail = (r: { subject: string; text: string; html: string }, ics?: string) =>
      buildMime({
        from: { addr: "followups@assistant.example" }, to: seeker.email, subject: r.subject, text: r.text, html: r.html, messageId: "<ab@assistant.example>", date: now,
        autoSubmitted: "auto-replied", attachments: ics ? [{ filename: "plan.ics", contentType: "text/calendar", content: ics }] : [],
      });
    if (e.kind === "not_interview" || !e.start) return mail(composeNotTrackedReply(e, seeker.name, ZONE));
    const record = newRecord("ab", "<m@x>", e, seeker, { seekerTimeZone: ZONE }, now);
    return mail(composeTrackedReply(record, e), planCalendar(record, now, "assistant.example"));
  };
}

const [theirs, ours] = [await load(other), await load(ROOT)];
const dir = join(ROOT, "test/fixtures/corpus");
const cases = readdirSync(dir)
  .filter((d) => existsSync(join(dir, d, "message.eml")))
  .sort()
  .map((d) => ({ raw: new Uint8Array(readFileSync(join(dir, d, "message.eml"))), now: new Date(JSON.parse(readFileSync(join(dir, d, "expected.json"), "utf8")).received_at) }));

const total = { floor: 0, theirs: 0, ours: 0 };
const timed = async (f: () => Promise<unknown>) => {
  const t = performance.now();
  await f();
  return performance.now() - t;
};
for (let pass = 0; pass < WARMUP_PASSES + passes; pass++) {
  for (const { raw, now } of cases) {
    const floor = await timed(() => PostalMime.parse(raw));
    // Whichever runs second tidies up the first one's garbage: take turns.
    let them: number;
    let us: number;
    if (pass % 2) {
      them = await timed(() => theirs(raw, now));
      us = await timed(() => ours(raw, now));
    } else {
      us = await timed(() => ours(raw, now));
      them = await timed(() => theirs(raw, now));
    }
    if (pass < WARMUP_PASSES) continue;
    total.floor += floor;
    total.theirs += them;
    total.ours += us;
  }
}
console.log(`${other}: ×${(total.theirs / total.floor).toFixed(2)} the floor; this tree: ×${(total.ours / total.floor).toFixed(2)}; this ÷ other = ${(total.ours / total.theirs).toFixed(3)} (sums over ${passes} passes, not medians)`);
