/**
 * Corpus cases as other clients would send them. reforward(): the case's
 * original forwarded again the way other mail clients forward (Gmail,
 * Outlook and Apple Mail blocks as text, Outlook's as HTML, the original
 * attached as message/rfc822), its date line in each client's own shape.
 * htmlOnly(): the mail with its HTML part alone, as HTML-only clients and
 * ATSs send it.
 */
import { Buffer } from "node:buffer";
import PostalMime from "postal-mime";
import { readDateLine } from "../../src/extract/dateline.ts";
import { seekerNote } from "../../src/extract/corrections.ts";
import { bodyText, type OriginalMail, unwrap } from "../../src/extract/forward.ts";
import type { WallClock } from "../../src/time/wallclock.ts";

export const FORMATS = ["gmail", "outlook", "apple", "outlookHtml", "rfc822"] as const;
export type Format = (typeof FORMATS)[number];

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const two = (n: number) => String(n).padStart(2, "0");
const weekday = (w: WallClock) => DAYS[new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay()]!;
const clock12 = (w: WallClock) => `${((w.hour + 11) % 12) + 1}:${two(w.minute)} ${w.hour < 12 ? "AM" : "PM"}`;
const gmailDate = (w: WallClock) => `${weekday(w).slice(0, 3)}, ${MONTHS[w.month - 1]!.slice(0, 3)} ${w.day}, ${w.year} at ${clock12(w)}`;
const outlookDate = (w: WallClock) => `${weekday(w)}, ${MONTHS[w.month - 1]} ${w.day}, ${w.year} ${clock12(w)}`;
const appleDate = (w: WallClock) => `${w.day} ${MONTHS[w.month - 1]} ${w.year} at ${two(w.hour)}:${two(w.minute)}:00`;
function rfcDate(w: WallClock, offset: number): string {
  const sign = offset < 0 ? "-" : "+";
  return `${weekday(w).slice(0, 3)}, ${two(w.day)} ${MONTHS[w.month - 1]!.slice(0, 3)} ${w.year} ${two(w.hour)}:${two(w.minute)}:00 ${sign}${two(Math.floor(Math.abs(offset) / 60))}${two(Math.abs(offset) % 60)}`;
}

const address = (a: { name: string | null; email: string | null }) => (!a.email ? `"${a.name}"` : a.name ? `${a.name} <${a.email}>` : `<${a.email}>`);
const base64 = (s: string | ArrayBuffer) => Buffer.from(typeof s === "string" ? s : new Uint8Array(s)).toString("base64").replace(/.{76}/g, "$&\r\n");
const escape = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const part = (boundary: string, type: string, body: string | ArrayBuffer) => `--${boundary}\r\nContent-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64(body)}`;

/** The case re-forwarded in `format` by its own seeker; null when its original has no date line to rewrite. */
export async function reforward(raw: string, receivedAt: string, format: Format): Promise<string | null> {
  const { outer, original: o } = await unwrap(raw);
  const line = readDateLine(o.dateText);
  if (!line || !o.from) return null;
  const to = o.to.map(address).join(", ");
  // Clients show the Cc line under To when the original had one.
  const cc = o.cc.length ? [`Cc: ${o.cc.map(address).join(", ")}`] : [];
  const calendars = (boundary: string) => o.calendars.map((c) => part(boundary, "text/calendar; method=REQUEST", c));
  const head = (subject: string) => [`From: ${address({ name: outer.from?.name || null, email: outer.from?.address ?? null })}`, "To: followups@assistant.example", `Subject: ${subject}`, `Date: ${new Date(receivedAt).toUTCString()}`, "Message-ID: <reforward@test>", "MIME-Version: 1.0"];
  const mixed = (subject: string, parts: string[]) => [...head(subject), 'Content-Type: multipart/mixed; boundary="m"', "", ...parts, ...calendars("m"), "--m--", ""].join("\r\n");
  // The whole original, its quoted thread too: a client forwards all of it.
  const whole = o.history ? `${o.body}\n${o.history}` : o.body;
  // The seeker's own words above the forward go with it (a case's company may be named only there).
  const note = seekerNote(bodyText(outer)).trim() || "fyi";
  // Apple Mail shows the original's Reply-To in its block; the others do not.
  const replyTo = o.replyTo?.length ? [`Reply-To: ${o.replyTo.map(address).join(", ")}`] : [];
  const text = (block: string[]) => mixed(`Fwd: ${o.subject ?? ""}`, [part("m", "text/plain", [note, "", ...block, "", ""].join("\n") + whole)]);
  switch (format) {
    case "gmail":
      return text(["---------- Forwarded message ---------", `From: ${address(o.from)}`, `Date: ${gmailDate(line.wall)}`, `Subject: ${o.subject ?? ""}`, `To: ${to}`, ...cc]);
    case "outlook":
      return text(["________________________________", `From: ${address(o.from)}`, `Sent: ${outlookDate(line.wall)}`, `To: ${to}`, ...cc, `Subject: ${o.subject ?? ""}`]);
    case "apple":
      return text(["Begin forwarded message:", "", `From: ${address(o.from)}`, `Subject: ${o.subject ?? ""}`, `Date: ${appleDate(line.wall)}`, `To: ${to}`, ...cc, ...replyTo]);
    case "outlookHtml": {
      const body = whole.split(/\n\s*\n/).map((p) => `<p>${p.split("\n").map(escape).join("<br>\n")}</p>`).join("\n");
      const block = `<hr><div id="divRplyFwdMsg"><b>From:</b> ${escape(address(o.from))}<br><b>Sent:</b> ${outlookDate(line.wall)}<br><b>To:</b> ${escape(to)}<br>${cc.map((l) => `<b>Cc:</b> ${escape(l.slice(4))}<br>`).join("")}<b>Subject:</b> ${escape(o.subject ?? "")}</div><br>`;
      return mixed(`FW: ${o.subject ?? ""}`, [part("m", "text/html", `<html><body><div>${escape(note)}</div>${block}${body}</body></html>`)]);
    }
    case "rfc822":
      return [...head(`Fwd: ${o.subject ?? ""}`), 'Content-Type: multipart/mixed; boundary="m"', "", `--m\r\nContent-Type: text/plain\r\n\r\n${note}`, '--m\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename="original.eml"\r\n', attached(o, to, rfcDate(line.wall, line.offsetMinutes ?? 0)), "--m--", ""].join("\r\n");
  }
}

function attached(o: OriginalMail, to: string, date: string): string {
  return [`From: ${address(o.from!)}`, `To: ${to}`, ...(o.cc.length ? [`Cc: ${o.cc.map(address).join(", ")}`] : []), ...(o.replyTo?.length ? [`Reply-To: ${o.replyTo.map(address).join(", ")}`] : []), `Subject: ${o.subject ?? ""}`, `Date: ${date}`, "Message-ID: <original@test>", "MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="i"', "", part("i", "text/plain", o.history ? `${o.body}\n${o.history}` : o.body), ...o.calendars.map((c) => part("i", "text/calendar; method=REQUEST", c)), "--i--", ""].join("\r\n");
}

/** The case's HTML part (and any invite) without its plain-text alternative. */
export async function htmlOnly(raw: string): Promise<string> {
  const m = await PostalMime.parse(raw);
  if (!m.html || !m.text) throw new Error("not a two-part mail");
  const head = m.headers.filter((h) => ["from", "to", "cc", "subject", "date", "message-id"].includes(h.key)).map((h) => `${h.key}: ${h.value}`);
  const calendars = m.attachments.filter((a) => /calendar/.test(a.mimeType)).map((a) => part("b", "text/calendar", a.content as ArrayBuffer));
  return [...head, "MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="b"', "", part("b", "text/html", m.html), ...calendars, "--b--", ""].join("\r\n");
}
