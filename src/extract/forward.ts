/**
 * Unwraps the seeker's forward to reach the mail the company sent: attached
 * message/rfc822 parts, inline Gmail/Outlook/Apple/mobile blocks, nested
 * forwards. Reply history quoted under the original is cut off, so an old
 * proposal in the thread cannot win over the confirmation on top.
 */
import PostalMime, { type Email } from "postal-mime";
import { type MailAddress, parseAddressList } from "./address.ts";
import { boundSubject, boundText, MAX_CALENDARS, TEXT_CHARS_READ } from "./bounds.ts";
import { MAX_ICS_CHARS } from "./ics.ts";
import { repairC1 } from "./charset.ts";
import { readWithLibrary } from "./forward-library.ts";
import { hasStrikethrough, htmlToText } from "./html.ts";
import { boundMime } from "./mime-bounds.ts";
import { alternation, FORWARD_MARKERS, HEADER_LABELS, HEADER_LOCALES_LABELS, ORIGINAL_MARKERS } from "./locales/index.ts";
import { warmable } from "./patterns.ts";

/** Nested forwards and attached messages; stops runaway recursion on hostile mail. */
export const MAX_FORWARD_DEPTH = 4;
/** MIME parts nested in parts: real mail uses 3 or 4; hostile mail uses thousands. */
export const MAX_MIME_DEPTH = 20;
/** Header bytes across all parts: real mail needs a few KiB. */
export const MAX_HEADER_BYTES = 256 * 1024;

export type OriginalMail = {
  from: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  /** Where replies go: a notice from a robot names its person here ("Reply-To: Philippa <philippa@…>"). */
  replyTo?: MailAddress[];
  subject: string | null;
  /** The original's Date as written: a real header or a forward block's line. */
  dateText: string | null;
  /** The original's own text, without the quoted history below it. */
  body: string;
  /** The quoted history cut from under the body (a reply thread's earlier mails): names, never times. */
  history?: string;
  /** Text of every calendar invite found at any level. */
  calendars: string[];
  /** Whether the original came out of a forward (false: the mail itself is the original). */
  forwarded: boolean;
};

type Block = {
  headers: Record<string, string>;
  before: string;
  after: string;
  explicit: boolean;
};

// Forward blocks as mail clients write them, in every language of locales/: the separator line, then labelled headers.
const FORWARD_MARKER = new RegExp(`^(?:-{2,}\\s*(?:${alternation(FORWARD_MARKERS)})\\s*-{2,}|(?:${alternation(FORWARD_MARKERS)})\\s*:?)$`, "i");
const AMBIGUOUS_MARKER = new RegExp(`^(?:-{3,}\\s*(?:${alternation(ORIGINAL_MARKERS)})\\s*-{3,}|_{8,}|-{8,})$`, "i");
/** Headers a block may carry that no locale names: they are read and ignored. */
const EXTRA_LABELS = new Map<string, string>([["importance", "importance"], ["priority", "importance"]]);
const labelOf = (word: string) => HEADER_LABELS.get(word.toLowerCase()) ?? EXTRA_LABELS.get(word.toLowerCase());
// "*From:*" (bold in a text rendering), full-width colons (CJK clients).
const HEADER_LINE = new RegExp(`^\\*?(${alternation([...HEADER_LABELS.keys(), ...EXTRA_LABELS.keys()])})\\s*[:：]\\*?\\s*(.*)$`, "i");
/** The header a line's label names ("Von: …" → from), or undefined for a line that is no header. */
const labelKey = (l: string) => {
  const m = HEADER_LINE.exec(l);
  return m ? labelOf(m[1]!) : undefined;
};
const FROM_LINE = (l: string) => labelKey(l) === "from";
/** A header line this long was hard-wrapped by the client (Gmail's text part wraps near 76). */
const WRAP_COLUMNS = 60;
const unreadLabel = (l: string, read: Record<string, string>) => {
  const k = labelKey(l);
  return !!k && !(k in read);
};
/** A label run on after the text before it, as labels are written (case kept: "Panda:" holds no "Da:"). */
const GLUED_LABEL = new RegExp(`(?<=[^\\s*][ \\t]?)(?=(?:${alternation([...new Set(HEADER_LOCALES_LABELS)])})\\s?:\\s)`, "g");
/** Glued labels that make a line a whole header block run together (Yahoo's text part, Samsung's). */
const MIN_GLUED_LABELS = 3;
/**
 * Yahoo and Samsung write the separator and every header on one line:
 * "----- Forwarded Message ----- From: A <a@x>To: b@y Sent: … Subject: …". Each label starts a line again.
 */
function splitRunOnHeader(line: string): string[] {
  if (line.length < 40 || line.length > MAX_RUN_ON_CHARS || line.indexOf(":") === line.lastIndexOf(":")) return [line];
  const parts = line.split(GLUED_LABEL);
  if (parts.length < MIN_GLUED_LABELS) return [line];
  // The separator glued to the first label ("-------- Original message --------From:") goes on its own line.
  return parts.flatMap((p) => p.split(/(?<=-{3}\s{0,3})(?=\S+\s?:)/)).map((p) => p.trim());
}
/** A run-on header block is a few hundred characters: longer lines are prose. */
const MAX_RUN_ON_CHARS = 2000;
const DASHED_SEPARATOR = /^-{3,}[ \t]*[^-\s][^-]{1,60}-{3,}$/;
/** Labelled lines a header block has below its From before the Date or Subject: To, Cc, Reply-To. */
const MAX_LABELS_BEFORE_DATE = 5;
/** Whether a Date, Sent or Subject header follows in the labelled lines right below (blank lines between allowed). */
function headerBelow(lines: string[], from: number, level: number): boolean {
  const end = Math.min(lines.length, from + 2 * MAX_LABELS_BEFORE_DATE + 2); // HTML's blank line under each header
  for (let k = from, labels = 0; k < end && labels < MAX_LABELS_BEFORE_DATE; k++) {
    const l = dequote(lines[k]!, level).trim();
    if (l === "") continue;
    const key = labelKey(l);
    if (!key) return false;
    if (key === "date" || key === "sent" || key === "subject") return true;
    labels++;
  }
  return false;
}
const REPLY_INTRO = /^(On\b.{4,300}\bwrote:|Le\b.{4,300}\ba écrit\s?:|Am\b.{4,300}\bschrieb.*:)\s*$/i;
/** "Fwd:", "FW:", "TR:", "WG:", "VS:", "RV:", "ENC:" and runs of them: a subject that forwards. */
const FORWARD_PREFIXES = /^(?:\s*(?:fwd?|fw|tr|wg|vs|rv|enc)\s*:)+\s*/i;

/** Whether a subject says its mail forwards another. */
export function isForwardSubject(subject: string): boolean {
  return FORWARD_PREFIXES.test(subject);
}

/** One level of text quoting: "> " before a line. */
const QUOTE_MARK = /^\s*> ?/;
const QUOTED_LINE = /^\s*>/;

/** A part's text (from its HTML where that alone has it, or marks struck-through text), within the read bounds. */
export function bodyText(mail: Pick<Email, "text" | "html">): string {
  if (mail.html && (!mail.text || hasStrikethrough(mail.html))) return repairC1(boundText(htmlToText(mail.html)));
  return repairC1(boundText((mail.text ?? "").slice(0, TEXT_CHARS_READ).replace(/\r\n?/g, "\n")));
}

function dequote(line: string, levels: number): string {
  let l = line;
  for (let i = 0; i < levels; i++) l = l.replace(/^\s?>\s?/, "");
  return l;
}

function quoteLevel(line: string): number {
  // Most lines are not quoted: answer those without a regex.
  if (line[0] !== ">" && line[1] !== ">") return 0;
  return /^(\s?>)*/.exec(line)![0].split(">").length - 1;
}

function nextNonBlank(lines: string[], from: number, level: number): string {
  for (let k = from; k < Math.min(lines.length, from + 3); k++) {
    const l = dequote(lines[k]!, level).trim();
    if (l) return l;
  }
  return "";
}

/** Finds the first forward or original-message block in `text`. */
export function findBlock(text: string): Block | null {
  const lines = text.split("\n").flatMap(splitRunOnHeader);
  for (let i = 0; i < lines.length; i++) {
    const level = quoteLevel(lines[i]!);
    const line = dequote(lines[i]!, level).trim();
    const explicit = FORWARD_MARKER.test(line);
    const bareHeader = FROM_LINE(line) && headerBelow(lines, i + 1, level);
    // A dashed separator in a language no locale has ("----- Přeposlaná zpráva -----") is known by the From under it.
    const separator = AMBIGUOUS_MARKER.test(line) || (DASHED_SEPARATOR.test(line) && FROM_LINE(nextNonBlank(lines, i + 1, level)));
    if (!explicit && !separator && !bareHeader) continue;
    let j = bareHeader ? i : i + 1;
    const rest = (k: number) => dequote(lines[k] ?? "", level);
    while (j < lines.length && rest(j).trim() === "" && j - i < 4) j++;
    const headers: Record<string, string> = {};
    let lastKey = "";
    while (j < lines.length) {
      const l = rest(j).trim();
      const m = HEADER_LINE.exec(l);
      if (m) {
        const key = labelOf(m[1]!)!;
        if (key in headers) break; // a block names each header once: a second "Date:" is the body's
        lastKey = key;
        headers[lastKey] = m[2]!.trim();
      } else if (l === "" && lastKey && HEADER_LINE.test(nextNonBlank(lines, j + 1, level)) && (lastKey !== "subject" || !(headers.date || headers.sent))) {
        // HTML puts each header in its own paragraph. After the Subject only while no date was
        // read: Apple writes its Date after the Subject; after Outlook's, a "Date:" is the body's.
      } else if (l !== "" && lastKey && /^[\s]/.test(rest(j)) && lastKey !== "subject") {
        headers[lastKey] += " " + l; // folded header continuation
      } else if (l !== "" && lastKey && rest(j - 1).length >= WRAP_COLUMNS && unreadLabel(rest(j + 1).trim(), headers)) {
        headers[lastKey] += " " + l; // a long value hard-wrapped at 76 columns (Gmail's text part), the next header right under it
      } else break;
      j++;
    }
    if (!headers.from || !(headers.subject || headers.date || headers.sent)) continue;
    const after = lines.slice(j).map((l) => dequote(l, level)).join("\n");
    return { headers, before: lines.slice(0, i).join("\n"), after, explicit };
  }
  return null;
}

/** "On Wed, Dec 9, 2026 at 4:40 PM Kayla Mercer <kayla@…> wrote:": the date and the person, in English. */
const INTRO_PARTS = /^On\s+(.+?),?\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s*<([^<>\s]+@[^<>\s]+)>\s*wrote:\s*$/u;
/** The clock's half before the name ("4:40 PM Kayla Mercer") is the date's. */
const MERIDIEM_LEAD = /^(?:AM|PM)\s+/;

/**
 * The mail a reply quotes, read from the history under it: the intro line's person and date, and the quoted
 * text one level up (its own history split off again). Null when the history opens with no such intro.
 */
export function quotedMail(current: OriginalMail): OriginalMail | null {
  const lines = (current.history ?? "").split("\n");
  let i = lines.findIndex((l) => l.trim());
  if (i < 0) return null;
  // Gmail wraps a long intro over two lines.
  let intro = lines[i]!.trim();
  if (!/wrote:\s*$/i.test(intro) && /wrote:\s*$/i.test(lines[i + 1] ?? "")) intro = `${intro} ${lines[++i]!.trim()}`;
  const m = INTRO_PARTS.exec(intro);
  if (!m) return null;
  const name = m[2]!.replace(MERIDIEM_LEAD, "");
  const date = `${m[1]!} ${m[2]!.slice(0, m[2]!.length - name.length)}`.trim();
  // Text quoting marks each line ("> "); an HTML blockquote rendered as text does not.
  const rest = lines.slice(i + 1);
  const quoted = rest.some((l) => QUOTED_LINE.test(l)) ? rest.filter((l) => QUOTED_LINE.test(l) || !l.trim()) : rest;
  const { own, history } = splitReplyHistory(quoted.map((l) => l.replace(QUOTE_MARK, "")).join("\n"));
  return {
    from: { name: name || null, email: m[3]!.toLowerCase() },
    to: [],
    cc: [],
    subject: current.subject,
    dateText: date,
    body: own,
    history,
    calendars: current.calendars,
    forwarded: true,
  };
}

/** Share of a body's lines that must be quoted for the quoting to be the forward's, not a reply's history. */
const QUOTED_BODY_SHARE = 0.9;

/** A forward that quotes the whole original ("> Hi Dario!", Proton, some webmail): its text without one quote level. */
export function unquoteWhole(text: string): string {
  const lines = text.split("\n");
  const filled = lines.filter((l) => l.trim());
  const quoted = filled.filter((l) => QUOTED_LINE.test(l)).length;
  if (filled.length === 0 || !QUOTED_LINE.test(filled[0]!) || quoted < filled.length * QUOTED_BODY_SHARE) return text;
  return lines.map((l) => l.replace(QUOTE_MARK, "")).join("\n");
}

/** Cuts the quoted reply history ("On … wrote:", "> " lines, an original-message block). */
export function cutReplyHistory(text: string): string {
  return splitReplyHistory(text).own;
}

/** The text above the quoted reply history, and the history. */
export function splitReplyHistory(text: string): { own: string; history: string } {
  const lines = text.split("\n");
  const at = (i: number) => ({ own: lines.slice(0, i).join("\n"), history: lines.slice(i).join("\n") });
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.trim();
    if (REPLY_INTRO.test(l) || (/^On\b/.test(l) && REPLY_INTRO.test(`${l} ${(lines[i + 1] ?? "").trim()}`))) return at(i);
    if (AMBIGUOUS_MARKER.test(l) || FORWARD_MARKER.test(l)) {
      const next = lines.slice(i + 1, i + 4).join("\n");
      if (/^\s*From\s*:/im.test(next)) return at(i);
    }
    if (/^From\s*:/i.test(l) && /^(Sent|Date)\s*:/i.test((lines[i + 1] ?? "").trim())) return at(i);
  }
  return { own: text, history: "" };
}

function calendarsOf(mail: Email): string[] {
  const out: string[] = [];
  for (const a of mail.attachments) {
    if (out.length >= MAX_CALENDARS) break;
    if (/calendar|ics/i.test(a.mimeType) || /\.ics$/i.test(a.filename ?? "")) {
      // Only the part readInvite reads is decoded: MAX_ICS_CHARS characters take at most 4 bytes each.
      const content = typeof a.content === "string" ? a.content : new TextDecoder().decode(new Uint8Array(a.content).subarray(0, 4 * MAX_ICS_CHARS));
      out.push(content);
    }
  }
  return out;
}

function headerValue(mail: Email, key: string): string | null {
  return mail.headers.find((h) => h.key === key)?.value ?? null;
}

/** A To/Cc mailbox; "Name <null>" and other addresses without an "@" keep only the name. */
function headerMailbox(a: { name?: string; address?: string }): MailAddress {
  return { name: repairC1(a.name) || null, email: a.address?.includes("@") ? a.address.toLowerCase() : null };
}

function fromEmail(mail: Email): OriginalMail {
  return {
    from: mail.from ? { name: repairC1(mail.from.name) || null, email: mail.from.address?.toLowerCase() ?? null } : null,
    to: (mail.to ?? []).map(headerMailbox),
    cc: (mail.cc ?? []).map(headerMailbox),
    replyTo: (mail.replyTo ?? []).map(headerMailbox),
    subject: boundSubject(repairC1(mail.subject)),
    dateText: headerValue(mail, "date"),
    body: bodyText(mail),
    calendars: calendarsOf(mail),
    forwarded: false,
  };
}

/** A forward level email-forward-parser reads where ours found no block. */
function libraryLevel(current: OriginalMail): OriginalMail | null {
  const r = readWithLibrary(current.body);
  if (!r) return null;
  // An intro line ("On …, X wrote:") names no subject: the forward's own, without its "Fwd:", is the original's.
  const subject = boundSubject(r.subject ?? current.subject?.replace(FORWARD_PREFIXES, ""));
  return { from: r.from, to: r.to, cc: r.cc, subject, dateText: r.date, body: r.body, calendars: current.calendars, forwarded: true };
}

/**
 * Follows inline blocks down to the innermost forwarded mail. `attached`: the mail came as a message/rfc822
 * attachment, so it is the original already, and an "Original Message" block in it is its reply history
 * unless its own subject says it forwards ("FW:").
 */
export function unwrapInline(outer: OriginalMail, attached = false): OriginalMail {
  let current = outer;
  for (let depth = 0; depth < MAX_FORWARD_DEPTH; depth++) {
    const block = findBlock(current.body);
    const top = depth === 0 && !attached;
    const descend =
      block && (block.explicit || top || isForwardSubject(current.subject ?? "") || (!current.forwarded && !attached));
    if (!block) {
      // Below the first level only a forward's own forward is followed, as for our blocks.
      const lib = (depth > 0 || attached) && (current.forwarded || attached) && !isForwardSubject(current.subject ?? "") ? null : libraryLevel(current);
      if (!lib) break;
      current = lib;
      continue;
    }
    if (!descend) break;
    const h = block.headers;
    const from = parseAddressList(h.from ?? "")[0] ?? null;
    current = {
      from,
      to: parseAddressList(h.to ?? ""),
      cc: parseAddressList(h.cc ?? ""),
      replyTo: parseAddressList(h["reply-to"] ?? ""),
      subject: boundSubject(h.subject),
      dateText: h.date ?? h.sent ?? null,
      body: block.after,
      calendars: current.calendars,
      forwarded: true,
    };
    // Outlook's appointment block carries the When line the invite was written with.
    if (h.when) current.body = `When: ${h.when}\n${current.body}`;
  }
  const { own, history } = splitReplyHistory(unquoteWhole(current.body));
  return { ...current, body: own, history };
}

/** Parses raw MIME once and returns the innermost original. */
export async function unwrap(raw: ArrayBuffer | Uint8Array | string, depth = 0): Promise<{ outer: Email; original: OriginalMail }> {
  const bytes = typeof raw === "string" ? new TextEncoder().encode(raw) : raw instanceof Uint8Array ? raw : new Uint8Array(raw);
  const outer = await PostalMime.parse(boundMime(bytes), {
    attachmentEncoding: "arraybuffer",
    maxNestingDepth: MAX_MIME_DEPTH,
    maxHeadersSize: MAX_HEADER_BYTES,
    maxRfc822NestingDepth: 0, // attached messages are unwrapped here, with our own depth bound
  });
  const top = fromEmail(outer);
  const attached = outer.attachments.find((a) => a.mimeType === "message/rfc822");
  if (attached && depth < MAX_FORWARD_DEPTH) {
    const inner = await unwrap(attached.content as ArrayBuffer, depth + 1);
    const original = { ...inner.original, forwarded: true };
    original.calendars = [...original.calendars, ...top.calendars].slice(0, MAX_CALENDARS);
    return { outer, original };
  }
  return { outer, original: unwrapInline(top, depth > 0) };
}

// Compiled at start-up (patterns.ts): a first mail that needs one of these does not pay for it.
warmable(FORWARD_MARKER, AMBIGUOUS_MARKER, HEADER_LINE, GLUED_LABEL, DASHED_SEPARATOR, REPLY_INTRO,
  FORWARD_PREFIXES, QUOTE_MARK, QUOTED_LINE, INTRO_PARTS, MERIDIEM_LEAD);
