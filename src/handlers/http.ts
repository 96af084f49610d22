/**
 * fetch(): a small Hono app. Signed action links show a confirmation page on
 * GET (mail scanners prefetch links) and act only on the form's POST; a used,
 * expired or tampered token gets a clear page, never a 500.
 */
import { EmailMessage } from "cloudflare:email";
import { Hono } from "hono";
import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { type Config, type Env, loadConfig } from "../config.ts";
import type { Command } from "../extract/commands.ts";
import { calendarChanges } from "../compose/calendar.ts";
import { formatWhen } from "../compose/format.ts";
import { assistantMime, messageIdIn } from "../compose/mime.ts";
import type { Block } from "../compose/render.ts";
import { finish, hi } from "../compose/reply.ts";
import { withRef } from "../store/threads.ts";
import { KIND_LABEL } from "../compose/labels.ts";
import { type LinkPayload, LINK_TTL_SECONDS, MIN_ACTION_LINK_SECONDS, PAGE_ACTION_LINK_SECONDS, signLink, STATUS_LINK_GRACE_SECONDS, verifyLink } from "../links.ts";
import { applyCommands, isOpen } from "../domain/commands.ts";
import { settingsOf } from "../domain/changes.ts";
import type { FollowUp, InterviewRecord } from "../store/schemas.ts";

export const app = new Hono<{ Bindings: Env }>();

/** How a follow-up's state reads on the status page. */
const STATE_TEXT: Record<FollowUp["status"], string> = {
  pending: "planned", sending: "reminder going out", reminded: "reminded, not yet marked sent", sent: "sent by you", failed: "reminder failed", cancelled: "cancelled",
};

/** Interviews shown on a status page. */
const MAX_STATUS_INTERVIEWS = 20;

/**
 * Every page: never cached (it shows a person's plan), no referrer (the token is in the URL), and a
 * policy that allows nothing but our inline style and a form posting back here.
 */
const PAGE_HEADERS: Record<string, string> = {
  "Cache-Control": "no-store",
  "Referrer-Policy": "no-referrer",
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
};

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

app.use(async (c, next) => {
  await next();
  for (const [k, v] of Object.entries(PAGE_HEADERS)) c.header(k, v);
});

app.get("/health", (c) => c.json({ ok: true }));

type ActionPayload = LinkPayload & { a: keyof typeof ACTION_TEXT };
type Resolved = { ok: true; cfg: Config; payload: ActionPayload; signature: string; record: InterviewRecord } | { ok: false; reason: string };

/** Everything GET and POST of an action link check alike: signature, expiry, reuse, and that the interview is still there. */
async function resolveAction(env: Env, token: string, now: Date): Promise<Resolved> {
  const cfg = cfgOf(env);
  if (!cfg) return { ok: false, reason: "off" };
  const check = await verifyLink(cfg.links!.secret, token, now);
  if (!check.ok) return { ok: false, reason: check.reason };
  if (check.payload.a === "status") return { ok: false, reason: "malformed" };
  const record = check.payload.i ? await cfg.store.interview(check.payload.i) : null;
  if (!record) return { ok: false, reason: "gone" };
  if (await cfg.store.isUsed(record.seeker.email, check.signature)) return { ok: false, reason: "used" };
  return { ok: true, cfg, payload: check.payload as ActionPayload, signature: check.signature, record };
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
  const first = await resolveAction(c.env, c.req.param("token"), now);
  // The change runs at the seeker's desk, on the record as it is there: a tick or a reply may have changed it.
  const res = first.ok ? await first.cfg.desk(first.record.seeker.email).serially(() => applyAction(c.env, c.req.param("token"), now)) : first;
  if (!res.ok) {
    const p = problem(res.reason);
    return c.html(p.body, p.status as 400);
  }
  return c.html(res.body);
});

/** A link's action on the record, once: what the POST answers. */
async function applyAction(env: Env, token: string, now: Date): Promise<{ ok: true; body: ReturnType<typeof page>["body"] } | { ok: false; reason: string }> {
  const res = await resolveAction(env, token, now);
  if (!res.ok) return res;
  const { cfg, record: r, payload, signature } = res;
  const action = ACTION_TEXT[payload.a];
  const applied = applyCommands(r, payload.f, [action.command], now, settingsOf(cfg));
  await cfg.store.replace(r, applied.record, now);
  await cfg.store.markUsed(r.seeker.email, signature, payload.e - Math.floor(now.getTime() / 1000));
  // The title says what happened: "Marked as sent." only when something was.
  const changed = JSON.stringify(applied.record.followUps) !== JSON.stringify(r.followUps);
  const mailed = await mailCalendar(cfg, r, applied.record, action.done, applied.lines, payload.f, now);
  const note = mailed === "sent" ? "A calendar file with this change is on its way to your inbox." : mailed === "failed" ? "I could not mail the calendar file for this change: your calendar may still show the old follow-ups." : "";
  return { ok: true, body: page(changed ? action.done : "Nothing changed", html`<p>${applied.lines.join(" ")}</p>${note ? html`<p>${note}</p>` : ""}`).body };
}

/**
 * A link that stops or snoozes changes the seeker's calendar too: the calendar file goes to them by mail, as a
 * reply command's answer carries it. The change stands whether or not this mail goes out; the page says which.
 */
async function mailCalendar(cfg: Config, before: InterviewRecord, after: InterviewRecord, done: string, lines: string[], followUp: string | null, now: Date): Promise<"sent" | "failed" | "none"> {
  const calendar = calendarChanges(before, after, now, cfg.assistantAddress);
  if (!calendar.attachments.length) return "none";
  const about = `${after.role ?? "interview"}${after.company ? ` at ${after.company}` : ""}`;
  const blocks = [...lines, ...calendar.lines].map((text): Block => ({ kind: "p", text }));
  const mail = finish(`${done.replace(/\.$/, "")}: ${about}`, { greeting: hi(after.seeker.name), blocks });
  const messageId = messageIdIn(cfg.assistantAddress, cfg.randomId());
  try {
    // A reply to this mail steers the same interview, as a reply to any of ours does.
    await cfg.store.putThread(after.seeker.email, messageId, { id: after.id, followUp });
    const mime = assistantMime(cfg.assistantAddress, after.seeker.email, { ...mail, subject: withRef(mail.subject, after.id) }, {
      attachments: calendar.attachments, messageId, date: now, autoSubmitted: "auto-generated",
    });
    await cfg.mailer.send(new EmailMessage(cfg.assistantAddress, after.seeker.email, mime));
    return "sent";
  } catch (err) {
    console.error(JSON.stringify({ event: "calendar_mail_failed", id: after.id, error: String(err).slice(0, 200) }));
    return "failed";
  }
}

app.get("/s/:token", async (c) => {
  const cfg = cfgOf(c.env);
  const now = new Date();
  const check = cfg ? await verifyLink(cfg.links!.secret, c.req.param("token"), now) : ({ ok: false, reason: "off" } as const);
  if (!check.ok || check.payload.a !== "status") {
    const p = problem(check.ok ? "malformed" : check.reason);
    return c.html(p.body, p.status as 400);
  }
  // The seeker is the one whose interview the link was minted for: the token itself names no one.
  const owner = check.payload.i ? await cfg!.store.interview(check.payload.i) : null;
  if (!owner) {
    const p = problem("gone");
    return c.html(p.body, p.status as 400);
  }
  const seeker = owner.seeker.email;
  const sections: Array<HtmlEscapedString | Promise<HtmlEscapedString>> = [];
  for (const entry of (await cfg!.store.interviewsOf(seeker)).slice(0, MAX_STATUS_INTERVIEWS)) {
    const r = await cfg!.store.interview(entry.id);
    if (!r) continue;
    const items = [];
    for (const f of [...r.followUps].sort((a, b) => a.due.localeCompare(b.due))) {
      const label = `${KIND_LABEL[f.kind].plan}${f.recipient ? ` to ${f.recipient.name}` : ""}`;
      const when = formatWhen(f.due, r.seekerTimeZone);
      if (!isOpen(f)) {
        const state = f.kind === "prep" && f.status === "reminded" ? "sent to you" : STATE_TEXT[f.status];
        items.push(html`<li class="muted">${when}: ${label} (${state})</li>`);
        continue;
      }
      const links = await actionLinks(cfg!, r, f.id, now, now.getTime() / 1000 + PAGE_ACTION_LINK_SECONDS);
      items.push(html`<li><strong>${when}</strong>: ${label} (${STATE_TEXT[f.status]})<br>${raw(links.map((l) => `<a href="${l.href.replace(/"/g, "&quot;")}">${l.label}</a>`).join(" · "))}</li>`);
    }
    sections.push(html`<section><h2>${r.role ?? "Interview"}${r.company ? ` at ${r.company}` : ""}</h2>
<p>${formatWhen(r.start, r.timeZone ?? r.seekerTimeZone)}${r.cancelledAt ? " (cancelled)" : ""}</p>${reflection(r)}<ul>${items}</ul></section>`);
  }
  const p = page("Your follow-ups", sections.length ? html`${sections}` : html`<p>Nothing is tracked.</p>`);
  return c.html(p.body);
});

/** The seeker's notes and reflection on one interview (`notes:`, `plus:`, `minus:`), as they replied them. */
function reflection(r: InterviewRecord) {
  const rows = [
    ...(r.notes ? [html`<li>Notes: ${r.notes}</li>`] : []),
    ...r.reflection.plus.map((t) => html`<li>Plus: ${t}</li>`),
    ...r.reflection.minus.map((t) => html`<li>Minus: ${t}</li>`),
  ];
  return rows.length ? html`<ul class="muted">${rows}</ul>` : "";
}

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
  return c.json({ deleted: await cfg.store.forgetSeeker(address, cfg.desk(address)) });
});

app.notFound((c) => c.json({ error: "not found" }, 404));
app.onError((err, c) => {
  console.error(JSON.stringify({ event: "http_error", error: String(err) }));
  return c.html(page("Something went wrong", html`<p>Nothing changed. Try again later, or reply to the mail instead.</p>`).body, 500);
});

/**
 * Mark sent / snooze / stop links for one follow-up. They expire when the plan's next step falls due
 * (a newer reminder brings newer links), but never sooner than MIN_ACTION_LINK_SECONDS; `until` (seconds)
 * sets another expiry.
 */
/** `which`: a loop's second and later drafts in one reminder carry only their own mark-sent and snooze links. */
export async function actionLinks(
  cfg: Config, r: InterviewRecord, followUp: string, now: Date, until?: number, which: ReadonlyArray<"sent" | "snooze" | "stop"> = ["sent", "snooze", "stop"],
): Promise<Array<{ label: string; href: string }>> {
  if (!cfg.links) return [];
  const nowS = Math.floor(now.getTime() / 1000);
  const self = r.followUps.find((f) => f.id === followUp);
  // The interview-day reminder has nothing to mark sent, and a stop there would stop the whole plan.
  if (self?.kind === "prep") return [];
  const next = r.followUps.filter((f) => f.status === "pending" && f.id !== followUp && (!self || f.due > self.due)).map((f) => Date.parse(f.due) / 1000).sort((a, b) => a - b)[0];
  const e = Math.floor(until ?? Math.min(nowS + LINK_TTL_SECONDS, Math.max(nowS + MIN_ACTION_LINK_SECONDS, next ?? nowS + LINK_TTL_SECONDS)));
  const out = [];
  for (const a of which) {
    const token = await signLink(cfg.links.secret, { a, i: r.id, f: followUp, e });
    out.push({ label: ACTION_TEXT[a].button, href: `${cfg.links.baseUrl}/a/${token}` });
  }
  return out;
}

/** The status page of the seeker whose interview `r` is; valid until the plan's last step plus STATUS_LINK_GRACE_SECONDS. */
export async function statusLink(cfg: Config, r: InterviewRecord, now: Date): Promise<string | null> {
  if (!cfg.links) return null;
  const last = Math.max(Date.parse(r.start), ...r.followUps.map((f) => Date.parse(f.due))) / 1000;
  const e = Math.floor(Math.min(now.getTime() / 1000 + LINK_TTL_SECONDS, last + STATUS_LINK_GRACE_SECONDS));
  const token = await signLink(cfg.links.secret, { a: "status", i: r.id, f: null, e });
  return `${cfg.links.baseUrl}/s/${token}`;
}
