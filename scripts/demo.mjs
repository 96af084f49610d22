#!/usr/bin/env node
// `npm run demo`: the product's main job, locally. Starts the real worker under
// `wrangler dev` (local KV, no account, no network), forwards a sample
// confirmation through the email handler, prints the reply, then fires the cron
// at each due time and prints every reminder as it falls due.
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PostalMime from "postal-mime";

const PORT = 8787 + Math.floor(Math.random() * 1000);
const root = new URL("..", import.meta.url).pathname;
const persist = mkdtempSync(join(tmpdir(), "followups-demo-"));
const env = { ...process.env, WRANGLER_SEND_METRICS: "false", NO_D1_WARNING: "true" };
const wranglerBin = join(root, "node_modules", ".bin", "wrangler");

function fill(template, now) {
  // Next week, on a weekday, so the plan shows business-day scheduling.
  let interview = new Date(now.getTime() + 6 * 86400_000);
  while ([0, 6].includes(new Date(interview.toLocaleString("en-US", { timeZone: "America/New_York" })).getDay())) {
    interview = new Date(interview.getTime() + 86400_000);
  }
  const fmt = (opts) => new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", ...opts }).format.bind(null);
  const gmailDate = `${fmt({ weekday: "short", month: "short", day: "numeric", year: "numeric" })(now)} at ${fmt({ hour: "numeric", minute: "2-digit" })(now)}`;
  return template
    .replaceAll("{{FORWARD_RFC2822}}", now.toUTCString().replace("GMT", "+0000"))
    .replaceAll("{{MESSAGE_ID}}", `demo-${now.getTime()}`)
    .replaceAll("{{FORWARD_GMAIL}}", gmailDate)
    .replaceAll("{{INTERVIEW_DATE}}", fmt({ weekday: "long", month: "long", day: "numeric", year: "numeric" })(interview));
}

const logs = [];
const dev = spawn(wranglerBin, ["dev", "--port", String(PORT), "--ip", "127.0.0.1", "--persist-to", persist, "--log-level", "info"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
dev.stdout.on("data", (d) => logs.push(...d.toString().split("\n")));
dev.stderr.on("data", (d) => logs.push(...d.toString().split("\n")));
const stop = (code) => {
  dev.kill("SIGTERM");
  process.exit(code);
};
process.on("SIGINT", () => stop(130));

async function waitReady() {
  for (let i = 0; i < 120; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${PORT}/health`);
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  console.error(logs.join("\n"));
  throw new Error("wrangler dev did not start");
}

/** Paths of .eml files wrangler wrote since `from` (it logs each one). */
function emlPaths(from) {
  return logs.slice(from).flatMap((l) => [...l.matchAll(/(\/[^\s"']+\.eml)/g)].map((m) => m[1]));
}

async function printMail(path, heading) {
  const mail = await PostalMime.parse(readFileSync(path));
  console.log(`\n${"═".repeat(78)}\n${heading}\nFrom: ${mail.from?.address}   To: ${mail.to?.map((t) => t.address).join(", ")}\nSubject: ${mail.subject}\n${"─".repeat(78)}\n${mail.text}`);
}

async function settle() {
  await new Promise((r) => setTimeout(r, 400));
}

try {
  await waitReady();
  const now = new Date();
  const raw = fill(readFileSync(join(root, "examples/confirmation.template.eml"), "utf8"), now);
  let mark = logs.length;
  const res = await fetch(`http://127.0.0.1:${PORT}/cdn-cgi/handler/email?from=jordan.okafor@gmail.example&to=followups@assistant.example`, { method: "POST", body: raw });
  await settle();
  if (!res.ok) throw new Error(`email handler answered ${res.status}: ${await res.text()}`);
  const replies = emlPaths(mark);
  if (replies.length === 0) throw new Error(`no reply was written:\n${logs.slice(mark).join("\n")}`);
  await printMail(replies[0], "REPLY to the forward (sent at once)");

  const keys = JSON.parse(execFileSync(wranglerBin, ["kv", "key", "list", "--binding", "FOLLOWUPS", "--local", "--persist-to", persist, "--prefix", "due:"], { cwd: root, env, encoding: "utf8" }));
  const dueTimes = [...new Set(keys.map((k) => k.name.slice(4, 28)))].sort();
  let reminders = 0;
  for (const due of dueTimes) {
    // Cron fires on 5-minute marks: the first tick at or after the due time.
    const tick = Math.ceil(new Date(due).getTime() / 300_000) * 300_000;
    mark = logs.length;
    const r = await fetch(`http://127.0.0.1:${PORT}/cdn-cgi/handler/scheduled?time=${tick}`);
    await settle();
    if (!r.ok) throw new Error(`scheduled handler answered ${r.status}`);
    for (const path of emlPaths(mark)) {
      reminders++;
      await printMail(path, `REMINDER sent by the cron at ${new Date(tick).toISOString()}`);
    }
  }
  // A repeated tick at the same moment must send nothing new.
  if (dueTimes.length) {
    mark = logs.length;
    const last = Math.ceil(new Date(dueTimes.at(-1)).getTime() / 300_000) * 300_000;
    await fetch(`http://127.0.0.1:${PORT}/cdn-cgi/handler/scheduled?time=${last}`);
    await settle();
    if (emlPaths(mark).length) throw new Error("a repeated tick sent a reminder twice");
    console.log(`\nRepeated the last tick: nothing sent twice.`);
  }
  console.log(`\n${"═".repeat(78)}\nDemo done: 1 reply, ${reminders} reminders (local KV in ${persist}).`);
  stop(reminders >= 3 ? 0 : 1);
} catch (err) {
  console.error(String(err));
  stop(1);
}
