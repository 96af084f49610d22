/**
 * The raw message cut to what extraction reads, before postal-mime decodes any of it. postal-mime decodes every
 * part whole, a line at a time, so its cost follows the mail's size: a 42 KB list mail carrying a patch took it
 * 10–30 ms here (1,900 lines, each a chunk it joins at the end), for text of which extraction reads the first
 * thousand lines. One pass over the lines, reading only the headers of each entity:
 * - parts past MAX_MIME_PARTS are cut at their boundary (crafted mail with thousands of parts);
 * - long base64 bodies of parts extraction never reads (a PDF, a screenshot, a build log) are emptied;
 * - invites past the MAX_CALENDARS a message's reading takes are emptied, whatever their size (a series of
 *   eleven meeting invites was half of its mail's bytes, and a fresh isolate spent ~4 ms decoding them);
 * - text and HTML bodies are cut after the most that any reading of them uses (bounds.ts), counted the way
 *   their transfer encoding decodes, so the kept lines decode to the same text the reading sees.
 * Every cut starts at a line's start and ends at a boundary line (or the message's end): the structure stays,
 * and each part keeps its headers.
 */

import { MAX_BODY_LINES, MAX_CALENDARS, MAX_HTML_CHARS, TEXT_CHARS_READ } from "./bounds.ts";
import { warmable } from "./patterns.ts";

/**
 * MIME parts read per message level: a confirmation has a handful (text, HTML, an invite, a logo or two).
 * postal-mime spends ~30 µs a part, so 10,000 crafted parts would take most of a second; past this
 * bound the message is cut at the next part's boundary and the parts before it are read.
 */
export const MAX_MIME_PARTS = 120;
/**
 * Unread base64 bodies at least this long are emptied; shorter ones cost less to decode than to cut, and a
 * mail with nothing to cut is returned as it came (most mail: nothing is copied).
 */
export const UNREAD_BODY_MIN_BYTES = 16 * 1024;
/** Bytes of one head read for its Content-* fields: a message's own runs to a few KiB of Received and DKIM lines. */
const MAX_HEAD_BYTES = 64 * 1024;
/** Attached messages whose own headers are read for their parts, within one pass: unwrap's depth. */
const MAX_NESTED_MESSAGES = 4;
/** Bytes of one header line decoded: Content-Type lines fit in a mail line's 998. */
const MAX_HEADER_LINE_BYTES = 998;
/** Bytes of a boundary line decoded: a boundary is at most 70 characters, then "--" and white space. */
const MAX_BOUNDARY_LINE_BYTES = 200;
/**
 * The most raw bytes one UTF-16 unit of decoded text takes, per transfer encoding, so that a cut after
 * `units × this` bytes keeps at least `units` units: 4 bytes (a GB18030 four-byte character), three times that
 * written as =XX, and 4 × 4/3 plus line breaks in base64.
 */
const RAW_BYTES_PER_UNIT = { identity: 4, "quoted-printable": 12, base64: 6 } as const;
type Encoding = keyof typeof RAW_BYTES_PER_UNIT;

const LF = 0x0a;
const CR = 0x0d;
const DASH = 0x2d;
const EQUALS = 0x3d;

/** Types extraction reads whatever their disposition: the structure, attached messages, invites. */
const READ_TYPE = /^(?:message|multipart)\/|calendar|ics/;
/** The invite types forward.ts counts toward MAX_CALENDARS, as it tests postal-mime's mimeType. */
const CALENDAR_TYPE = /calendar|ics/;
/** An invite's body shorter than this (a blank line or two) counts toward no bound: it holds no event. */
const MIN_INVITE_BYTES = 8;
/** An invite sent as application/octet-stream or text/plain keeps its name: invite.ics, meeting.vcs. */
const INVITE_NAME = /name\*?=\s*"?[^";\n]*\.(?:ics|vcs|ical|eml)\b/i;
const BOUNDARY_PARAM = /;\s*boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i;
const FLOWED = /;\s*format\s*=\s*"?flowed/i;
const CONTENT_FIELD = /^(content-(?:type|transfer-encoding|disposition))\s*:/;
const FIELD_NAME = /^[^:]*:\s*/;
const TRAILING_SPACE = /[\r \t]+$/;
const MEDIA_TYPE = /^\s*([^;\s]+)/;

/**
 * What a body's bytes are: kept, an invite (kept and counted), emptied when long and never read, emptied (an invite
 * past those read), or cut after what is read of them.
 */
type Policy =
  | { kind: "keep" }
  | { kind: "invite" }
  | { kind: "unread" }
  | { kind: "surplus" }
  | { kind: "text"; maxLines: number; maxBytes: number; softBreak: number | null };

const KEEP: Policy = { kind: "keep" };
const INVITE: Policy = { kind: "invite" };
const SURPLUS: Policy = { kind: "surplus" };

type Head = { type: string; encoding: string; disposition: string; contentType: string; bodyStart: number };

/** The message with its unread and unreadable-past-the-bounds bytes cut, or the message itself when none are. */
export function boundMime(raw: Uint8Array): Uint8Array {
  const cuts: Array<[number, number]> = [];
  /** Each enclosing multipart's boundary, and the message (0: the top one, then each attached one) it is part of. */
  const boundaries = new Map<string, number>();
  /** Invites with a body so far, per message: forward.ts reads a message's first MAX_CALENDARS. */
  const invites: number[] = [];
  const lineEnd = (from: number) => {
    const lf = raw.indexOf(LF, from);
    return lf < 0 ? raw.length : lf;
  };
  const latin1 = (from: number, to: number, max: number) => String.fromCharCode(...raw.subarray(from, Math.min(to, from + max)));

  /** An enclosing multipart's boundary line, opening a part of its message or closing it; null for other lines. */
  const boundaryAt = (start: number, end: number): { close: boolean; message: number } | null => {
    if (raw[start] !== DASH || raw[start + 1] !== DASH || !boundaries.size) return null;
    const line = latin1(start + 2, end, MAX_BOUNDARY_LINE_BYTES).replace(TRAILING_SPACE, "");
    const open = boundaries.get(line);
    if (open !== undefined) return { close: false, message: open };
    const closed = line.endsWith("--") ? boundaries.get(line.slice(0, -2)) : undefined;
    return closed === undefined ? null : { close: true, message: closed };
  };

  /** The header block from `at`; null when it runs past MAX_HEAD_BYTES (then nothing further is cut). */
  const readHead = (at: number): Head | null => {
    const fields: Record<string, string> = {};
    let field = "";
    for (let start = at; start < raw.length; ) {
      if (start - at > MAX_HEAD_BYTES) return null;
      const end = lineEnd(start);
      const blank = end === start || (end === start + 1 && raw[start] === CR);
      // A part with no blank line before the next boundary has no body.
      if (blank || boundaryAt(start, end)) return headOf(fields, blank ? end + 1 : start);
      const folded = raw[start] === 0x20 || raw[start] === 0x09;
      if (!folded) {
        // Only the Content-* fields are decoded, the first of each as postal-mime reads them.
        const name = CONTENT_FIELD.exec(latin1(start, end, 32).toLowerCase())?.[1] ?? "";
        field = name in fields ? "" : name;
      }
      if (field) fields[field] = (fields[field] ?? "") + latin1(start, end, MAX_HEADER_LINE_BYTES);
      start = end + 1;
    }
    return headOf(fields, raw.length);
  };

  let parts = 0;
  let messages = 0;
  let message = 0;
  let policy = KEEP;
  let bodyStart = 0;
  let cutFrom = -1;
  let lines = 0;
  /**
   * Sets the policy of the entity whose head is at `at`, a part of message `of`, following attached messages
   * into their own heads.
   */
  const enter = (at: number, of: number): boolean => {
    let head = readHead(at);
    message = of;
    for (let n = 0; head && head.type === "message/rfc822" && head.encoding === "identity" && n < MAX_NESTED_MESSAGES; n++) {
      head = readHead(head.bodyStart);
      message = ++messages;
    }
    if (!head) return false;
    const boundary = head.type.startsWith("multipart/") ? BOUNDARY_PARAM.exec(head.contentType) : null;
    if (boundary) boundaries.set(boundary[1] ?? boundary[2]!, message);
    policy = policyOf(head, invites[message] ?? 0);
    bodyStart = head.bodyStart;
    cutFrom = -1;
    lines = 0;
    return true;
  };
  const leave = (end: number) => {
    if (cutFrom >= 0 && end > cutFrom) cuts.push([cutFrom, end]);
    else if (policy.kind === "unread" && end - bodyStart >= UNREAD_BODY_MIN_BYTES) cuts.push([bodyStart, end]);
    else if (policy.kind === "surplus" && end > bodyStart) cuts.push([bodyStart, end]);
    else if (policy.kind === "invite" && end - bodyStart > MIN_INVITE_BYTES) invites[message] = (invites[message] ?? 0) + 1;
  };

  let limit = raw.length;
  if (enter(0, 0)) {
    for (let start = bodyStart; start < raw.length; ) {
      const end = lineEnd(start);
      const boundary = boundaryAt(start, end);
      if (boundary) {
        leave(start);
        if (boundary.close) {
          policy = KEEP;
          cutFrom = -1;
        } else if (++parts > MAX_MIME_PARTS) {
          limit = start;
          break;
        } else if (!enter(end + 1, boundary.message)) break;
        start = boundary.close ? end + 1 : bodyStart;
        continue;
      }
      if (policy.kind === "text" && cutFrom < 0) {
        const last = end > start && raw[end - 1] === CR ? end - 2 : end - 1;
        if (policy.softBreak === null || raw[last] !== policy.softBreak) lines++;
        if (lines >= policy.maxLines || end + 1 - bodyStart >= policy.maxBytes) cutFrom = end + 1;
      }
      start = end + 1;
    }
    if (limit === raw.length) leave(raw.length);
  }
  return cut(raw, cuts, limit);
}

function headOf(fields: Record<string, string>, bodyStart: number): Head {
  const value = (name: string) => (fields[name] ?? "").replace(FIELD_NAME, "");
  const contentType = value("content-type");
  const type = MEDIA_TYPE.exec(contentType)?.[1]?.toLowerCase() ?? "text/plain";
  const cte = value("content-transfer-encoding").trim().toLowerCase();
  const encoding = cte === "" || cte === "7bit" || cte === "8bit" || cte === "binary" ? "identity" : cte;
  return { type, encoding, disposition: value("content-disposition").trim().toLowerCase(), contentType, bodyStart };
}

/**
 * Extraction reads the inline text and HTML (postal-mime's body), attached messages and invites; postal-mime
 * makes every other part an attachment, which nothing here opens. `invitesBefore`: the invites with a body its
 * message has had so far.
 */
function policyOf(head: Head, invitesBefore: number): Policy {
  // Only parts typed as invites are counted: forward.ts also takes some by name, so it reads no later one.
  if (CALENDAR_TYPE.test(head.type)) return invitesBefore >= MAX_CALENDARS ? SURPLUS : INVITE;
  if (!(head.encoding in RAW_BYTES_PER_UNIT)) return KEEP;
  const encoding = head.encoding as Encoding;
  if (READ_TYPE.test(head.type) || INVITE_NAME.test(head.contentType) || INVITE_NAME.test(head.disposition)) return KEEP;
  const body = (head.type === "text/plain" || head.type === "text/html") && !head.disposition.startsWith("attachment");
  if (!body) return { kind: "unread" };
  const html = head.type === "text/html";
  // Lines bound the plain text where each raw line is one line of it: not in base64, and not in flowed text,
  // whose soft breaks join lines. A quoted-printable line ending in "=" continues on the next.
  const byLines = !html && encoding !== "base64" && !FLOWED.test(head.contentType);
  return {
    kind: "text",
    maxLines: byLines ? MAX_BODY_LINES : Infinity,
    maxBytes: (html ? MAX_HTML_CHARS : TEXT_CHARS_READ) * RAW_BYTES_PER_UNIT[encoding],
    softBreak: encoding === "quoted-printable" ? EQUALS : null,
  };
}

/** `raw` without the `cuts` ranges and anything from `limit` on; `raw` itself when there is nothing to cut. */
function cut(raw: Uint8Array, cuts: Array<[number, number]>, limit: number): Uint8Array {
  if (!cuts.length) return limit < raw.length ? raw.subarray(0, limit) : raw;
  const kept = limit - cuts.reduce((n, [a, b]) => n + b - a, 0);
  const out = new Uint8Array(kept);
  let from = 0;
  let o = 0;
  for (const [a, b] of cuts) {
    out.set(raw.subarray(from, a), o);
    o += a - from;
    from = b;
  }
  out.set(raw.subarray(from, limit), o);
  return out;
}

// Compiled at start-up (patterns.ts): a first mail that needs one of these does not pay for it.
warmable(READ_TYPE, CALENDAR_TYPE, INVITE_NAME, BOUNDARY_PARAM, FLOWED, CONTENT_FIELD, FIELD_NAME, TRAILING_SPACE, MEDIA_TYPE);
