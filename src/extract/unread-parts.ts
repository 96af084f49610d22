/**
 * Attachments extraction never reads, emptied before postal-mime decodes them. A confirmation's facts are in its
 * text, its HTML, its invites and its attached messages; a forwarded PDF, a screenshot or a build log is decoded
 * by postal-mime all the same, and that decoding was most of the first mail for list mail with attachments (a
 * 295 KB mail with two base64 logs: ~20 of its 44 ms). The part stays, with its headers, and postal-mime reads it
 * as an empty attachment.
 */

import { warmable } from "./patterns.ts";

/**
 * Base64 bodies at least this long are emptied; shorter ones cost less to decode than to judge, and a mail
 * without one is returned as it came (most mail: nothing is copied).
 */
export const UNREAD_BODY_MIN_BYTES = 16 * 1024;
/** Header lines read after a boundary before the part is left alone: real part headers run to a handful. */
const MAX_PART_HEADER_LINES = 20;

const LF = 0x0a;
const DASH = 0x2d;
const CONTENT_TYPE = /^content-type:\s*([^;\s]+)/im;
const READ_TYPE = /^(?:text|message|multipart)\/|calendar|ics/;
const INVITE_NAME = /name\*?=\s*"?[^";\n]*\.(?:ics|vcs|ical|eml)\b/i;
const BASE64 = /^content-transfer-encoding:\s*base64/im;
const FOLD = /\n[ \t]+/g;

/** What extraction reads: text, HTML, invites (any type named so), attached messages, and the parts holding them. */
function isRead(headers: string): boolean {
  const type = CONTENT_TYPE.exec(headers)?.[1]?.toLowerCase() ?? "text/plain";
  // An invite sent as application/octet-stream keeps its name: invite.ics, meeting.vcs.
  return READ_TYPE.test(type) || INVITE_NAME.test(headers);
}

/**
 * The message with every long base64 body of an unread part emptied, or the message itself when there is none.
 * A base64 body holds no line starting with "--", so the body ends at the next such line (the next boundary).
 */
export function emptyUnreadParts(raw: Uint8Array): Uint8Array {
  if (raw.length < UNREAD_BODY_MIN_BYTES) return raw;
  const cuts: Array<[number, number]> = [];
  const lineEnd = (from: number) => {
    const lf = raw.indexOf(LF, from);
    return lf < 0 ? raw.length : lf;
  };
  const text = (from: number, to: number) => String.fromCharCode(...raw.subarray(from, Math.min(to, from + 998)));
  for (let start = 0; start < raw.length; ) {
    const end = lineEnd(start);
    const boundary = raw[start] === DASH && raw[start + 1] === DASH && (raw[start + 2] ?? 0) > 0x20 && raw[start + 2] !== DASH;
    start = end + 1;
    if (!boundary) continue;
    // The part's headers: up to the blank line.
    let headers = "";
    let at = start;
    for (let n = 0; n < MAX_PART_HEADER_LINES && at < raw.length; n++) {
      const e = lineEnd(at);
      const line = text(at, e).replace(/\r$/, "");
      at = e + 1;
      if (line === "") break;
      headers += `${line}\n`;
    }
    if (!BASE64.test(headers) || isRead(headers.replace(FOLD, " "))) continue;
    // The body: to the next line that starts with "--".
    let bodyEnd = at;
    while (bodyEnd < raw.length && !(raw[bodyEnd] === DASH && raw[bodyEnd + 1] === DASH)) bodyEnd = lineEnd(bodyEnd) + 1;
    bodyEnd = Math.min(bodyEnd, raw.length);
    if (bodyEnd - at >= UNREAD_BODY_MIN_BYTES) cuts.push([at, bodyEnd]);
    start = bodyEnd;
  }
  if (!cuts.length) return raw;
  const kept = raw.length - cuts.reduce((n, [a, b]) => n + b - a, 0);
  const out = new Uint8Array(kept);
  let from = 0;
  let o = 0;
  for (const [a, b] of cuts) {
    out.set(raw.subarray(from, a), o);
    o += a - from;
    from = b;
  }
  out.set(raw.subarray(from), o);
  return out;
}

// Compiled at start-up (patterns.ts): a first mail that needs one of these does not pay for it.
warmable(CONTENT_TYPE, READ_TYPE, INVITE_NAME, BASE64, FOLD);
