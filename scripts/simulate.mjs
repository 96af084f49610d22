#!/usr/bin/env node
// `npm run simulate`: forwards the sample under wrangler dev, then fires the cron
// once a day (15:00 UTC) across 40 simulated days, and checks that each planned
// reminder arrives exactly once (a loop's thank-yous together), in plan order, on a business day of the seeker.
import { readMail, sampleMail, startDev } from "./lib/dev.mjs";

const DAYS = 40;
const SEEKER_ZONE = "America/New_York"; // wrangler.toml's SEEKER_TIME_ZONE
const DAILY_TICK_UTC_HOUR = 15;

const dev = await startDev();
const problems = [];
try {
  const start = new Date();
  const replies = await dev.email(sampleMail(start), "jordan.okafor@gmail.example");
  if (replies.length !== 1) throw new Error(`expected one reply, got ${replies.length}`);
  const planned = dev.dueKeys().map((k) => ({ due: k.name.slice(4, 28), id: k.name.split(":").at(-1) }));
  const first = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate() + 1, DAILY_TICK_UTC_HOUR));
  const arrived = [];
  for (let d = 0; d < DAYS; d++) {
    const at = new Date(first.getTime() + d * 86400_000);
    for (const path of await dev.tick(at.getTime())) {
      const mail = await readMail(path);
      const weekday = new Intl.DateTimeFormat("en-US", { weekday: "short", timeZone: SEEKER_ZONE }).format(at);
      arrived.push({ at: at.toISOString(), weekday, subject: mail.subject });
      console.log(`day ${String(d + 1).padStart(2)}  ${at.toISOString().slice(0, 10)} ${weekday}  ${mail.subject}`);
    }
  }
  const end = first.getTime() + (DAYS - 1) * 86400_000;
  // Each reminder comes with the first daily tick at or after its due time, so the
  // arrival days, in order, must be exactly those of the plan.
  const tickFor = (iso) => {
    const n = Math.max(0, Math.ceil((new Date(iso).getTime() - first.getTime()) / 86400_000));
    return new Date(first.getTime() + n * 86400_000).toISOString();
  };
  // Thank-yous due in the same tick come in one mail (one per loop); every other follow-up in its own.
  const mails = new Map();
  for (const p of planned.filter((p) => new Date(p.due).getTime() <= end)) {
    const key = p.id.startsWith("thanks") ? `thanks@${tickFor(p.due)}` : p.id;
    if (!mails.has(key) || p.due < mails.get(key).due) mails.set(key, p);
  }
  const expected = [...mails.values()].sort((a, b) => a.due.localeCompare(b.due));
  if (arrived.length !== expected.length) problems.push(`${arrived.length} reminders arrived, ${expected.length} were planned within ${DAYS} days`);
  const want = expected.map((p) => tickFor(p.due));
  const got = arrived.map((a) => a.at);
  if (JSON.stringify(want) !== JSON.stringify(got)) problems.push(`arrivals ${JSON.stringify(got)} differ from the plan ${JSON.stringify(want)}`);
  const subjects = arrived.map((a) => a.subject);
  if (new Set(subjects).size !== subjects.length) problems.push("a reminder arrived twice");
  for (const a of arrived) if (["Sat", "Sun"].includes(a.weekday)) problems.push(`"${a.subject}" arrived on a ${a.weekday}`);
  console.log(`\n${arrived.length} reminders over ${DAYS} days; ${planned.filter((p) => new Date(p.due).getTime() > end).length} follow-ups planned later than that.`);
} catch (err) {
  problems.push(String(err));
}
dev.stop();
if (problems.length) {
  console.error(`FAILED:\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
console.log("Each planned reminder arrived once, in order, on a business day.");
