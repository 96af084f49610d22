/**
 * fetch(): a small Hono app. Signed action links show a confirmation page on
 * GET (mail scanners prefetch links) and act only on the form's POST; a used,
 * expired or tampered token gets a clear page, never a 500.
 */
import { Hono } from "hono";
import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { type Config, type Env, loadConfig } from "../config.ts";
import type { Command } from "../extract/commands.ts";
import { formatWhen } from "../compose/format.ts";
import { KIND_LABEL } from "../compose/labels.ts";
import { type LinkPayload, LINK_TTL_SECONDS, signLink, verifyLink } from "../links.ts";
import { forgetSeeker, getInterview, replaceInterview, seekerInterviews } from "../store/interviews.ts";
import { applyCommands } from "./commands.ts";
import type { InterviewRecord } from "../store/schemas.ts";

export const app = new Hono<{ Bindings: Env }>();

/** Interviews shown on a status page. */
const MAX_STATUS_INTERVIEWS = 20;
const USED_PREFIX = "used:";

const ACTION_TEXT: Record<Exclude<LinkPayload["a"], "status">, { button: string; done: string; command: Command }> = {
  sent: { button: "Mark as sent", done: "Marked as sent.", command: { kind: "sent", who: null } },
  snooze: { button: "Snooze 2 days", done: "Snoozed for 2 days.", command: { kind: "snooze", minutes: 2 * 1440 } },
  stop: { button: "Stop all follow-ups for this interview", done: "Stopped.", command: { kind: "stop" } },
};

function page(title: string, body: HtmlEscapedString | Promise<HtmlEscapedString>, status = 200) {
  return {
    status,
    body: html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light dark"><meta name="robots" content="noindex"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem;line-height:1.5}
button{font:inherit;padding:.6rem 1rem;border-radius:.4rem;border:0;background:#2f5bea;color:#fff;cursor:pointer}
li{margin:.4rem 0}.muted{opacity:.75}</style></head>
<body><main><h1>${title}</h1>${body}</main></body></html>`,
  };
}

function problem(reason: string) {
  const text: Record<string, string> = {
    malformed: "This link is broken. Copy the whole link from the mail, or reply to the mail instead.",
    bad_signature: "This link is not valid. Use the link from the mail as it was sent, or reply to the mail instead.",
    expired: "This link has expired. Reply to the reminder instead (for example 'sent' or 'snooze 2d').",
    used: "This link was already used, so nothing changed.",
    gone: "That interview is no longer stored (it expired or was deleted).",
    off: "Links are not set up on this assistant.",
  };
  const status = reason === "expired" || reason === "used" || reason === "gone" ? 410 : reason === "off" ? 404 : 400;
  return page("Nothing changed", html`<p>${text[reason] ?? text.malformed}</p>`, status);
}

function cfgOf(env: Env): Config | null {
  const cfg = loadConfig(env);
  return cfg.links ? cfg : null;
}

app.get("/health", (c) => c.json({ ok: true }));

type ActionPayload = LinkPayload & { a: keyof typeof ACTION_TEXT };
type Resolved = { ok: true; cfg: Config; payload: ActionPayload; usedKey: string; record: InterviewRecord } | { ok: false; reason: string };

/** Everything GET and POST of an action link check alike: signature, expiry, reuse, and that the interview is still there. */
async function resolveAction(env: Env, token: string, now: Date): Promise<Resolved> {
  const cfg = cfgOf(env);
  if (!cfg) return { ok: false, reason: "off" };
  const check = await verifyLink(cfg.links!.secret, token, now);
  if (!check.ok) return { ok: false, reason: check.reason };
  if (check.payload.a === "status") return { ok: false, reason: "malformed" };
  const usedKey = USED_PREFIX + check.signature;
  if (await cfg.kv.get(usedKey)) return { ok: false, reason: "used" };
  const record = check.payload.i ? await getInterview(cfg.kv, check.payload.i) : null;
  if (!record || record.seeker.email !== check.payload.s) return { ok: false, reason: "gone" };
  return { ok: true, cfg, payload: check.payload as ActionPayload, usedKey, record };
}

app.get("/a/:token", async (c) => {
  const res = await resolveAction(c.env, c.req.param("token"), new Date());
  if (!res.ok) {
    const p = problem(res.reason);
    return c.html(p.body, p.status as 400);
  }
  const { record: r, payload } = res;
  const f = r.followUps.find((x) => x.id === payload.f);
  const action = ACTION_TEXT[payload.a];
  const what = f ? `${KIND_LABEL[f.kind].plan}${f.recipient ? ` to ${f.recipient.name}` : ""}` : "this interview";
  const p = page(
    action.button,
    html`<p>${what} – ${r.role ?? "interview"}${r.company ? ` at ${r.company}` : ""}.</p>
<form method="post"><button type="submit">${action.button}</button></form>
<p class="muted">Nothing changes until you press the button.</p>`,
  );
  return c.html(p.body);
});

app.post("/a/:token", async (c) => {
  const now = new Date();
  const res = await resolveAction(c.env, c.req.param("token"), now);
  if (!res.ok) {
    const p = problem(res.reason);
    return c.html(p.body, p.status as 400);
  }
  const { cfg, record: r, payload, usedKey } = res;
  const action = ACTION_TEXT[payload.a];
  const applied = applyCommands(r, payload.f, [action.command], now, { seekerTimeZone: cfg.seekerTimeZone, policy: cfg.policy });
  await replaceInterview(cfg.kv, r, applied.record, now, cfg.retentionDays);
  await cfg.kv.put(usedKey, "1", { expirationTtl: Math.max(60, payload.e - Math.floor(now.getTime() / 1000)) });
  const p = page(action.done, html`<p>${applied.lines.join(" ")}</p>`);
  return c.html(p.body);
});

app.get("/s/:token", async (c) => {
  const cfg = cfgOf(c.env);
  const now = new Date();
  const check = cfg ? await verifyLink(cfg.links!.secret, c.req.param("token"), now) : ({ ok: false, reason: "off" } as const);
  if (!check.ok || check.payload.a !== "status") {
    const p = problem(check.ok ? "malformed" : check.reason);
    return c.html(p.body, p.status as 400);
  }
  const seeker = check.payload.s;
  const sections: Array<HtmlEscapedString | Promise<HtmlEscapedString>> = [];
  for (const entry of (await seekerInterviews(cfg!.kv, seeker)).slice(0, MAX_STATUS_INTERVIEWS)) {
    const r = await getInterview(cfg!.kv, entry.id);
    if (!r) continue;
    const items = [];
    for (const f of [...r.followUps].sort((a, b) => a.due.localeCompare(b.due))) {
      const label = `${KIND_LABEL[f.kind].plan}${f.recipient ? ` to ${f.recipient.name}` : ""}`;
      const when = formatWhen(f.due, r.seekerTimeZone);
      if (f.status !== "pending") {
        items.push(html`<li class="muted">${when}: ${label} (${f.status})</li>`);
        continue;
      }
      const links = await actionLinks(cfg!, seeker, r.id, f.id, now);
      items.push(html`<li><strong>${when}</strong>: ${label}<br>${raw(links.map((l) => `<a href="${l.href.replace(/"/g, "&quot;")}">${l.label}</a>`).join(" · "))}</li>`);
    }
    sections.push(html`<section><h2>${r.role ?? "Interview"}${r.company ? ` at ${r.company}` : ""}</h2>
<p>${formatWhen(r.start, r.timeZone ?? r.seekerTimeZone)}${r.cancelledAt ? " (cancelled)" : ""}</p><ul>${items}</ul></section>`);
  }
  const p = page("Your follow-ups", sections.length ? html`${sections}` : html`<p>Nothing is tracked.</p>`);
  return c.html(p.body);
});

/** Same time for every wrong token: compare digests, not strings. */
async function sameSecret(a: string, b: string): Promise<boolean> {
  const enc = new TextEncoder();
  const [x, y] = await Promise.all([crypto.subtle.digest("SHA-256", enc.encode(a)), crypto.subtle.digest("SHA-256", enc.encode(b))]);
  const u = new Uint8Array(x);
  const v = new Uint8Array(y);
  let diff = 0;
  for (let i = 0; i < u.length; i++) diff |= u[i]! ^ v[i]!;
  return diff === 0;
}

// Privacy: the operator can delete a seeker's data on request, with a bearer token.
app.delete("/admin/seekers/:address", async (c) => {
  const cfg = loadConfig(c.env);
  const given = c.req.header("authorization")?.replace(/^Bearer\s+/i, "") ?? "";
  if (!cfg.adminToken || !(await sameSecret(given, cfg.adminToken))) return c.json({ error: "unauthorized" }, 401);
  const address = c.req.param("address").trim().toLowerCase();
  if (!/^[^\s@]{1,64}@[^\s@]{1,255}$/.test(address)) return c.json({ error: "not an address" }, 400);
  return c.json({ deleted: await forgetSeeker(cfg.kv, address) });
});

app.notFound((c) => c.json({ error: "not found" }, 404));
app.onError((err, c) => {
  console.error(JSON.stringify({ event: "http_error", error: String(err) }));
  return c.html(page("Something went wrong", html`<p>Nothing changed. Try again later, or reply to the mail instead.</p>`).body, 500);
});

/** Mark sent / snooze / stop links for one follow-up, valid LINK_TTL_SECONDS. */
export async function actionLinks(cfg: Config, seeker: string, id: string, followUp: string, now: Date): Promise<Array<{ label: string; href: string }>> {
  if (!cfg.links) return [];
  const e = Math.floor(now.getTime() / 1000) + LINK_TTL_SECONDS;
  const out = [];
  for (const a of ["sent", "snooze", "stop"] as const) {
    const token = await signLink(cfg.links.secret, { a, i: id, f: followUp, s: seeker, e });
    out.push({ label: ACTION_TEXT[a].button, href: `${cfg.links.baseUrl}/a/${token}` });
  }
  return out;
}

export async function statusLink(cfg: Config, seeker: string, now: Date): Promise<string | null> {
  if (!cfg.links) return null;
  const token = await signLink(cfg.links.secret, { a: "status", i: null, f: null, s: seeker, e: Math.floor(now.getTime() / 1000) + LINK_TTL_SECONDS });
  return `${cfg.links.baseUrl}/s/${token}`;
}
