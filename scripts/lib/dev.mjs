// Shared by the demo and the simulation: the real worker under `wrangler dev`
// (local KV in a fresh folder, no account, no network), and the .eml files it writes.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PostalMime from "postal-mime";
import { ensureDevVars } from "./dev-vars.mjs";

export const root = new URL("../..", import.meta.url).pathname;
const wranglerBin = join(root, "node_modules", ".bin", "wrangler");
const env = { ...process.env, WRANGLER_SEND_METRICS: "false" };
/** wrangler dev takes a few seconds to start; give up after a minute. */
const START_TIMEOUT_MS = 60_000;
/** wrangler writes the .eml and logs its path just after answering. */
const SETTLE_MS = 400;

const zoneDay = (d, zone) => new Date(d.toLocaleString("en-US", { timeZone: zone })).getDay();

/** The sample confirmation, dated `daysAhead` from now (moved off weekends). */
export function sampleMail(now, daysAhead = 6) {
  let interview = new Date(now.getTime() + daysAhead * 86400_000);
  while ([0, 6].includes(zoneDay(interview, "America/New_York"))) interview = new Date(interview.getTime() + 86400_000);
  const fmt = (opts) => (d) => new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", ...opts }).format(d);
  const gmailDate = `${fmt({ weekday: "short", month: "short", day: "numeric", year: "numeric" })(now)} at ${fmt({ hour: "numeric", minute: "2-digit" })(now)}`;
  return readFileSync(join(root, "examples/confirmation.template.eml"), "utf8")
    .replaceAll("{{FORWARD_RFC2822}}", now.toUTCString().replace("GMT", "+0000"))
    .replaceAll("{{MESSAGE_ID}}", `demo-${now.getTime()}`)
    .replaceAll("{{FORWARD_GMAIL}}", gmailDate)
    .replaceAll("{{INTERVIEW_DATE}}", fmt({ weekday: "long", month: "long", day: "numeric", year: "numeric" })(interview));
}

export async function startDev() {
  ensureDevVars();
  const port = 8787 + Math.floor(Math.random() * 1000);
  const persist = mkdtempSync(join(tmpdir(), "followups-dev-"));
  const logs = [];
  const child = spawn(wranglerBin, ["dev", "--port", String(port), "--ip", "127.0.0.1", "--persist-to", persist, "--log-level", "info", "--var", `PUBLIC_URL:http://127.0.0.1:${port}`], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (d) => logs.push(...d.toString().split("\n")));
  child.stderr.on("data", (d) => logs.push(...d.toString().split("\n")));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch {}
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`wrangler dev did not start:\n${logs.join("\n")}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const settle = () => new Promise((r) => setTimeout(r, SETTLE_MS));
  /** Runs `action`, then returns the paths of the .eml files wrangler wrote meanwhile. */
  const written = async (action) => {
    const mark = logs.length;
    const res = await action();
    await settle();
    if (!res.ok) throw new Error(`worker answered ${res.status}: ${await res.text()}`);
    return logs.slice(mark).flatMap((l) => [...l.matchAll(/(\/[^\s"']+\.eml)/g)].map((m) => m[1]));
  };
  return {
    base,
    persist,
    logs,
    stop: () => child.kill("SIGTERM"),
    email: (raw, from, to = "followups@assistant.example") =>
      written(() => fetch(`${base}/cdn-cgi/handler/email?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, { method: "POST", body: raw })),
    tick: (ms) => written(() => fetch(`${base}/cdn-cgi/handler/scheduled?time=${ms}`)),
    dueKeys: () =>
      JSON.parse(execFileSync(wranglerBin, ["kv", "key", "list", "--binding", "FOLLOWUPS", "--local", "--persist-to", persist, "--prefix", "due:"], { cwd: root, env, encoding: "utf8" })),
  };
}

export async function readMail(path) {
  return PostalMime.parse(readFileSync(path));
}

export function printMail(mail, heading) {
  console.log(`\n${"═".repeat(78)}\n${heading}\nFrom: ${mail.from?.address}   To: ${mail.to?.map((t) => t.address).join(", ")}\nSubject: ${mail.subject}\n${"─".repeat(78)}\n${mail.text}`);
}
