/**
 * Unwraps the seeker's forward to reach the mail the company sent: attached
 * message/rfc822 parts, inline Gmail/Outlook/Apple/mobile blocks, nested
 * forwards. Reply history quoted under the original is cut off, so an old
 * proposal in the thread cannot win over the confirmation on top.
 */
import PostalMime, { type Email } from "postal-mime";
import { type MailAddress, parseAddressList } from "./address.ts";
import { boundSubject, boundText, MAX_BODY_CHARS } from "./bounds.ts";
import { MAX_ICS_CHARS } from "./ics.ts";
import { hasStrikethrough, htmlToText } from "./html.ts";

/** Nested forwards and attached messages; stops runaway recursion on hostile mail. */
export const MAX_FORWARD_DEPTH = 4;
/** MIME parts nested in parts: real mail uses 3 or 4; hostile mail uses thousands. */
export const MAX_MIME_DEPTH = 20;
/** Header bytes across all parts: real mail needs a few KiB. */
export const MAX_HEADER_BYTES = 256 * 1024;
/** Invites read per message: a real confirmation carries one or two. */
export const MAX_CALENDARS = 3;
/**
 * MIME parts read per message level: a confirmation has a handful (text, HTML, an invite, a logo or two).
 * postal-mime spends ~30 µs a part, so 10,000 crafted parts would take most of a second; past this
 * bound the message is cut at the next part's boundary and the parts before it are read.
 */
export const MAX_MIME_PARTS = 120;

const DASH = 0x2d;
const LF = 0x0a;

/** The message cut before its (MAX_MIME_PARTS+1)-th boundary line ("--" then a non-dash), or as it is. */
export function boundParts(raw: ArrayBuffer | Uint8Array | string): ArrayBuffer | Uint8Array | string {
  const bytes = typeof raw === "string" ? null : raw instanceof Uint8Array ? raw : new Uint8Array(raw);
  const at = (i: number) => (bytes ? bytes[i] : (raw as string).charCodeAt(i));
  // Line starts, not dashes: a run of a million dashes is one line.
  const find = (from: number) => (bytes ? bytes.indexOf(LF, from) : (raw as string).indexOf("\n", from));
  let seen = 0;
  for (let lf = find(0); lf >= 0; lf = find(lf + 1)) {
    if (at(lf + 1) !== DASH || at(lf + 2) !== DASH) continue;
    const next = at(lf + 3);
    if (next === undefined || next === DASH || next <= 0x20) continue;
    const i = lf + 1;
    if (++seen > MAX_MIME_PARTS) return bytes ? bytes.subarray(0, i) : (raw as string).slice(0, i);
  }
  return raw;
}

export type OriginalMail = {
  from: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  subject: string | null;
  /** The original's Date as written: a real header or a forward block's line. */
  dateText: string | null;
  /** The original's own text, without the quoted history below it. */
  body: string;
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

// Forward blocks as mail clients write them, in English and the languages clients localise them to.
const FORWARD_MARKER = /^(?:-{2,}\s*(?:Forwarded message|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado|Messaggio inoltrato|Doorgestuurd bericht|Mensagem encaminhada)\s*-{2,}|Begin forwarded message:?|Anfang der weitergeleiteten Nachricht:?|Début du message réexpédié :?|Forwarded message:?)$/i;
const AMBIGUOUS_MARKER = /^(?:-{3,}\s*(?:Original (?:Message|Appointment)|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Messaggio originale|Oorspronkelijk bericht)\s*-{3,}|_{8,}|-{8,})$/i;
const HEADER_KEYS: Record<string, string> = {
  from: "from", von: "from", de: "from", da: "from", van: "from",
  sent: "sent", gesendet: "sent", "envoyé": "sent", enviado: "sent", inviato: "sent", verzonden: "sent",
  date: "date", datum: "date", fecha: "date", data: "date",
  to: "to", an: "to", "à": "to", a: "to", para: "to", aan: "to",
  cc: "cc", bcc: "bcc",
  subject: "subject", betreff: "subject", objet: "subject", asunto: "subject", oggetto: "subject", onderwerp: "subject",
  when: "when", where: "where", "reply-to": "reply-to", importance: "importance", location: "location",
};
const HEADER_LINE = new RegExp(`^(${Object.keys(HEADER_KEYS).join("|")})\\s*:\\s*(.*)$`, "i");
const REPLY_INTRO = /^(On\b.{4,300}\bwrote:|Le\b.{4,300}\ba écrit\s?:|Am\b.{4,300}\bschrieb.*:)\s*$/i;
const FORWARD_SUBJECT = /^\s*(fwd?|fw|tr|wg|vs|rv|enc)\s*:/i;

/** A part's text (from its HTML where that alone has it, or marks struck-through text), within the read bounds. */
export function bodyText(mail: Pick<Email, "text" | "html">): string {
  if (mail.html && (!mail.text || hasStrikethrough(mail.html))) return boundText(htmlToText(mail.html));
  // Twice the bound before line ends are normalised (CRLF → LF at most halves it): the rest is never read.
  return boundText((mail.text ?? "").slice(0, 2 * MAX_BODY_CHARS).replace(/\r\n?/g, "\n"));
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
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const level = quoteLevel(lines[i]!);
    const line = dequote(lines[i]!, level).trim();
    const explicit = FORWARD_MARKER.test(line);
    const bareHeader = /^(From|Von|De)\s*:/i.test(line) && /^(Sent|Date|Gesendet|Datum|Envoyé|Enviado)\s*:/i.test(nextNonBlank(lines, i + 1, level));
    if (!explicit && !AMBIGUOUS_MARKER.test(line) && !bareHeader) continue;
    let j = bareHeader ? i : i + 1;
    const rest = (k: number) => dequote(lines[k] ?? "", level);
    while (j < lines.length && rest(j).trim() === "" && j - i < 4) j++;
    const headers: Record<string, string> = {};
    let lastKey = "";
    while (j < lines.length) {
      const l = rest(j).trim();
      const m = HEADER_LINE.exec(l);
      if (m) {
        const key = HEADER_KEYS[m[1]!.toLowerCase()]!;
        if (key in headers) break; // a block names each header once: a second "Date:" is the body's
        lastKey = key;
        headers[lastKey] = m[2]!.trim();
      } else if (l === "" && lastKey && HEADER_LINE.test(nextNonBlank(lines, j + 1, level)) && (lastKey !== "subject" || !(headers.date || headers.sent))) {
        // HTML puts each header in its own paragraph. After the Subject only while no date was
        // read: Apple writes its Date after the Subject; after Outlook's, a "Date:" is the body's.
      } else if (l !== "" && lastKey && /^[\s]/.test(rest(j)) && lastKey !== "subject") {
        headers[lastKey] += " " + l; // folded header continuation
      } else break;
      j++;
    }
    if (!headers.from || !(headers.subject || headers.date || headers.sent)) continue;
    const after = lines.slice(j).map((l) => dequote(l, level)).join("\n");
    return { headers, before: lines.slice(0, i).join("\n"), after, explicit };
  }
  return null;
}

/** Cuts the quoted reply history ("On … wrote:", "> " lines, an original-message block). */
export function cutReplyHistory(text: string): string {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.trim();
    if (REPLY_INTRO.test(l) || (/^On\b/.test(l) && REPLY_INTRO.test(`${l} ${(lines[i + 1] ?? "").trim()}`))) return lines.slice(0, i).join("\n");
    if (AMBIGUOUS_MARKER.test(l) || FORWARD_MARKER.test(l)) {
      const next = lines.slice(i + 1, i + 4).join("\n");
      if (/^\s*From\s*:/im.test(next)) return lines.slice(0, i).join("\n");
    }
    if (/^From\s*:/i.test(l) && /^(Sent|Date)\s*:/i.test((lines[i + 1] ?? "").trim())) return lines.slice(0, i).join("\n");
  }
  return text;
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

function fromEmail(mail: Email): OriginalMail {
  return {
    from: mail.from ? { name: mail.from.name || null, email: mail.from.address?.toLowerCase() ?? null } : null,
    to: (mail.to ?? []).map((a) => ({ name: a.name || null, email: a.address?.toLowerCase() ?? null })),
    cc: (mail.cc ?? []).map((a) => ({ name: a.name || null, email: a.address?.toLowerCase() ?? null })),
    subject: boundSubject(mail.subject),
    dateText: headerValue(mail, "date"),
    body: bodyText(mail),
    calendars: calendarsOf(mail),
    forwarded: false,
  };
}

/** Follows inline blocks down to the innermost forwarded mail. */
export function unwrapInline(outer: OriginalMail): OriginalMail {
  let current = outer;
  for (let depth = 0; depth < MAX_FORWARD_DEPTH; depth++) {
    const block = findBlock(current.body);
    const descend =
      block && (block.explicit || depth === 0 || FORWARD_SUBJECT.test(current.subject ?? "") || !current.forwarded);
    if (!block || !descend) break;
    const h = block.headers;
    const from = parseAddressList(h.from ?? "")[0] ?? null;
    current = {
      from,
      to: parseAddressList(h.to ?? ""),
      cc: parseAddressList(h.cc ?? ""),
      subject: boundSubject(h.subject),
      dateText: h.date ?? h.sent ?? null,
      body: block.after,
      calendars: current.calendars,
      forwarded: true,
    };
    // Outlook's appointment block carries the When line the invite was written with.
    if (h.when) current.body = `When: ${h.when}\n${current.body}`;
  }
  return { ...current, body: cutReplyHistory(current.body) };
}

/** Parses raw MIME once and returns the innermost original. */
export async function unwrap(raw: ArrayBuffer | Uint8Array | string, depth = 0): Promise<{ outer: Email; original: OriginalMail }> {
  const outer = await PostalMime.parse(boundParts(raw), {
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
  return { outer, original: unwrapInline(top) };
}
