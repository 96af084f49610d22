/**
 * One mail body, two renderings: plain text that reads well on its own, and
 * HTML with inline styles only (no external images or fonts, no backgrounds
 * that break in dark mode, at most 640 px wide). Every string that reaches the
 * HTML is escaped here, once.
 */
import { type Draft, mailtoLink } from "./drafts.ts";
import { describePerson } from "./format.ts";

export type Block =
  | { kind: "p"; text: string }
  | { kind: "facts"; rows: Array<{ label: string; values: string[]; href?: string | null }> }
  | { kind: "list"; title: string; items: Array<{ when: string; what: string }> }
  | { kind: "examples"; lines: string[] }
  | { kind: "heading"; text: string }
  | { kind: "draft"; title: string; draft: Draft }
  | { kind: "actions"; items: Array<{ label: string; href: string }> };

export type MailBody = { greeting: string; blocks: Block[] };

/** Widest the HTML gets: the common safe width for mail clients. */
const MAX_WIDTH_PX = 640;
const LABEL_WIDTH = 15;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const SPECIAL = /[&<>"']/;

export function escapeHtml(s: string): string {
  return SPECIAL.test(s) ? s.replace(/[&<>"']/g, (c) => ESCAPES[c]!) : s;
}

// Both renderings show each draft's link: it is encoded once.
const links = new WeakMap<Draft, string | null>();
function linkOf(d: Draft): string | null {
  let link = links.get(d);
  if (link === undefined) links.set(d, (link = mailtoLink(d)));
  return link;
}

/** Who a draft goes to, as its "To:" line says. */
function recipientOf(d: Draft, nobody: string): string {
  if (d.via === "linkedin") return d.to ? `${d.to.name}, on LinkedIn` : "on LinkedIn";
  return d.to ? describePerson({ name: d.to.name, email: d.to.email, title: null }) : nobody;
}

function draftText(title: string, d: Draft): string {
  const link = linkOf(d);
  return [
    `=== ${title} ===`,
    `To: ${recipientOf(d, "(the hiring team: add the address)")}`,
    `Subject: ${d.subject}`,
    "",
    d.body,
    ...(link ? ["", `Open as a new mail: ${link}`] : []),
  ].join("\n");
}

export function renderText(body: MailBody): string {
  const out: string[] = [body.greeting];
  for (const b of body.blocks) {
    switch (b.kind) {
      case "p":
        out.push(b.text);
        break;
      case "heading":
        out.push(b.text);
        break;
      case "facts":
        out.push(
          b.rows
            .map((r) => `  ${`${r.label}:`.padEnd(LABEL_WIDTH)}${r.values.join(`\n  ${" ".repeat(LABEL_WIDTH)}`)}`)
            .join("\n"),
        );
        break;
      case "list":
        out.push([b.title, ...b.items.map((i) => `  ${i.when}  ${i.what}`)].join("\n"));
        break;
      case "examples":
        out.push(b.lines.map((l) => `  ${l}`).join("\n"));
        break;
      case "draft":
        out.push(draftText(b.title, b.draft));
        break;
      case "actions":
        out.push(b.items.map((i) => `${i.label}: ${i.href}`).join("\n"));
        break;
    }
  }
  return `${out.join("\n\n")}\n`;
}

const S = {
  body: "margin:0;padding:0;",
  wrap: `max-width:${MAX_WIDTH_PX}px;margin:0 auto;padding:16px;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;`,
  p: "margin:0 0 14px 0;",
  h: "margin:22px 0 8px 0;font-size:16px;font-weight:600;",
  table: "border-collapse:collapse;width:100%;margin:0 0 14px 0;table-layout:fixed;",
  th: "text-align:left;vertical-align:top;padding:4px 12px 4px 0;width:120px;font-weight:600;",
  td: "vertical-align:top;padding:4px 0;overflow-wrap:anywhere;word-break:break-word;",
  item: "margin:0 0 6px 0;padding-left:10px;border-left:3px solid #6b8afd;",
  code: "margin:0 0 14px 0;padding:8px 10px;border:1px solid #8c96a3;border-radius:6px;font-family:Menlo,Consolas,monospace;font-size:13px;white-space:pre-wrap;overflow-wrap:anywhere;",
  draft: "margin:0 0 18px 0;padding:12px;border:1px solid #8c96a3;border-radius:8px;",
  meta: "margin:0 0 8px 0;font-size:13px;overflow-wrap:anywhere;",
  pre: "margin:0;white-space:pre-wrap;overflow-wrap:anywhere;word-break:break-word;font-family:inherit;font-size:15px;",
  button: "display:inline-block;margin-top:10px;padding:8px 14px;border-radius:6px;background:#2f5bea;color:#ffffff;text-decoration:none;font-weight:600;",
  link: "color:#2f5bea;overflow-wrap:anywhere;",
};

function draftHtml(title: string, d: Draft): string {
  const link = linkOf(d);
  const to = recipientOf(d, "the hiring team (add the address)");
  return [
    `<div class="draft"${d.lang && d.lang !== "en" ? ` lang="${d.lang}"` : ""} style="${S.draft}">`,
    `<p style="${S.h}margin-top:0;">${escapeHtml(title)}</p>`,
    `<p style="${S.meta}">To: ${escapeHtml(to)}<br>Subject: ${escapeHtml(d.subject)}</p>`,
    `<pre style="${S.pre}">${escapeHtml(d.body)}</pre>`,
    link ? `<a href="${escapeHtml(link)}" style="${S.button}">Open as a new mail</a>` : "",
    `</div>`,
  ].join("");
}

export function renderHtml(body: MailBody, title: string): string {
  const parts: string[] = [`<p style="${S.p}">${escapeHtml(body.greeting)}</p>`];
  for (const b of body.blocks) {
    switch (b.kind) {
      case "p":
        parts.push(`<p style="${S.p}">${escapeHtml(b.text)}</p>`);
        break;
      case "heading":
        parts.push(`<p style="${S.h}">${escapeHtml(b.text)}</p>`);
        break;
      case "facts":
        parts.push(
          `<table role="presentation" style="${S.table}">${b.rows
            .map((r) => {
              const value = r.values.map(escapeHtml).join("<br>");
              const cell = r.href ? `<a href="${escapeHtml(r.href)}" style="${S.link}">${value}</a>` : value;
              return `<tr><th scope="row" style="${S.th}">${escapeHtml(r.label)}</th><td style="${S.td}">${cell}</td></tr>`;
            })
            .join("")}</table>`,
        );
        break;
      case "list":
        parts.push(`<p style="${S.h}">${escapeHtml(b.title)}</p>`);
        parts.push(b.items.map((i) => `<p style="${S.item}"><strong>${escapeHtml(i.when)}</strong><br>${escapeHtml(i.what)}</p>`).join(""));
        break;
      case "examples":
        parts.push(`<pre style="${S.code}">${escapeHtml(b.lines.join("\n"))}</pre>`);
        break;
      case "draft":
        parts.push(draftHtml(b.title, b.draft));
        break;
      case "actions":
        parts.push(`<p style="${S.p}">${b.items.map((i) => `<a href="${escapeHtml(i.href)}" style="${S.button}margin-right:8px;">${escapeHtml(i.label)}</a>`).join(" ")}</p>`);
        break;
    }
  }
  return [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`,
    `<meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">`,
    `<title>${escapeHtml(title)}</title></head>`,
    `<body style="${S.body}"><div style="${S.wrap}">${parts.join("\n")}</div></body></html>`,
  ].join("\n");
}
