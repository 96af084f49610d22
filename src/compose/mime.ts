/** MIME out, built with mimetext: headers are encoded by the library, never pasted together. */
import { Buffer } from "node:buffer";
import { MIMEMessage } from "mimetext";
import { headerSafe } from "./format.ts";

export type Attachment = { filename: string; contentType: string; content: string };

export type OutgoingMail = {
  from: { addr: string; name?: string };
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: Attachment[];
  messageId: string;
  date: Date;
  inReplyTo?: string | null;
  /** Space-separated Message-IDs, as the incoming References plus its Message-ID. */
  references?: string | null;
  /** RFC 3834: auto-replied for answers to the seeker's mail, auto-generated for reminders. */
  autoSubmitted: "auto-replied" | "auto-generated";
};

/** The name the assistant's mail is sent under. */
export const ASSISTANT_NAME = "Interview follow-ups";

export type AssistantMail = { subject: string; text: string; html?: string };
type Envelope = Pick<OutgoingMail, "messageId" | "date" | "autoSubmitted" | "attachments" | "inReplyTo" | "references">;

/** Mail from the assistant to its seeker: answers, reminders and calendar mail share one From and name. */
export function assistantMime(assistant: string, to: string, mail: AssistantMail, envelope: Envelope): string {
  return buildMime({ from: { addr: assistant, name: ASSISTANT_NAME }, to, subject: mail.subject, text: mail.text, html: mail.html, ...envelope });
}

/** A Message-ID in the assistant's own domain; `local` is unique per mail (a UUID, or a reminder's attempt). */
export function messageIdIn(assistant: string, local: string): string {
  return `<${local}@${assistant.split("@")[1]}>`;
}

/** Marks mail the assistant sent, so it never answers itself. */
export const LOOP_HEADER = "X-Interview-Assistant";
/** Header lines are folded at a space past this (RFC 5322 recommends 78; 76 keeps every line as short as the base64 body lines). */
const HEADER_LINE = 76;
/** RFC 2045 line length for base64 bodies. */
const BASE64_LINE = 76;
const CONTENT_TYPE = /^[\w.+-]+\/[\w.+-]+$/;

function toBase64(text: string): string {
  return Buffer.from(text, "utf8").toString("base64");
}

/** Text as base64 UTF-8 in lines: safe for any character and any line length. */
export function base64Lines(text: string): string {
  const b64 = toBase64(text);
  let out = b64.slice(0, BASE64_LINE);
  for (let i = BASE64_LINE; i < b64.length; i += BASE64_LINE) out += `\r\n${b64.slice(i, i + BASE64_LINE)}`;
  return out;
}

/**
 * mimetext's own Node set-up joins lines with the platform's EOL and checks
 * types against mime-types' table; mail wants CRLF everywhere, and we only
 * ever pass explicit types, so the message gets this environment instead.
 */
const ENVIRONMENT = {
  eol: "\r\n",
  toBase64,
  toBase64WebSafe: (s: string) => Buffer.from(s, "utf8").toString("base64url"),
  validateContentType: (type: string): string | false => (CONTENT_TYPE.test(type.split(";")[0]!.trim()) ? type : false),
};

export function buildMime(m: OutgoingMail): string {
  const msg = new MIMEMessage(ENVIRONMENT);
  msg.setSender({ addr: m.from.addr, name: m.from.name ?? "" });
  msg.setRecipient(m.to);
  msg.setSubject(headerSafe(m.subject));
  msg.setHeader("Message-ID", m.messageId);
  msg.setHeader("Date", m.date.toUTCString().replace("GMT", "+0000"));
  msg.setHeader("Auto-Submitted", m.autoSubmitted);
  msg.setHeader(LOOP_HEADER, "1");
  if (m.inReplyTo) msg.setHeader("In-Reply-To", headerSafe(m.inReplyTo));
  if (m.references) msg.setHeader("References", headerSafe(m.references));
  msg.addMessage({ contentType: "text/plain", data: base64Lines(m.text), encoding: "base64", charset: "UTF-8" });
  if (m.html) msg.addMessage({ contentType: "text/html", data: base64Lines(m.html), encoding: "base64", charset: "UTF-8" });
  for (const a of m.attachments ?? []) {
    msg.addAttachment({ filename: headerSafe(a.filename).replace(/["\\]/g, ""), contentType: a.contentType, data: base64Lines(a.content) });
  }
  return foldHeaders(msg.asRaw());
}

/**
 * Folds header lines longer than HEADER_LINE at a space (the fold is CRLF + that space, so unfolding
 * gives the value back as it was). A line with no space in reach stays whole: every value we put in a
 * header is bounded (echoed Message-IDs at MAX_ECHOED_ID_CHARS), so no line nears the 998-byte limit.
 */
export function foldHeaders(raw: string): string {
  const end = raw.indexOf("\r\n\r\n");
  if (end < 0) return raw;
  const lines = raw.slice(0, end).split("\r\n");
  if (lines.every((l) => l.length <= HEADER_LINE)) return raw;
  const out: string[] = [];
  for (let line of lines) {
    // A fold right after "Name:" would only move a long word to a line of its own.
    const first = line[0] === " " || line[0] === "\t" ? 1 : line.indexOf(":") + 1;
    while (line.length > HEADER_LINE) {
      const cut = line.lastIndexOf(" ", HEADER_LINE);
      const at = cut > first ? cut : line.indexOf(" ", HEADER_LINE);
      if (at <= first) break;
      out.push(line.slice(0, at));
      line = line.slice(at);
    }
    out.push(line);
  }
  return out.join("\r\n") + raw.slice(end);
}
