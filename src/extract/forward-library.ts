/**
 * email-forward-parser (crisp-oss) as a second reader of forward headers: its per-client, per-language
 * patterns know separators and intro lines ours does not ("Le … a écrit :", Yahoo's one-line block).
 *
 * Its patterns backtrack: 3,000 blank lines cost it 400 ms, a 16,000-char line of " <" 1.5 s. It therefore
 * reads a window of the text, never the text: runs of blank lines and of spaces collapsed, lines cut, and only
 * the top of the body, where a forward's header sits. The forwarded body is then cut from the real text.
 */
import EmailForwardParser from "email-forward-parser";
import type { MailAddress } from "./address.ts";

/** Lines of the window: a seeker's note and the header block fit in a few dozen. */
export const LIBRARY_WINDOW_LINES = 40;
/** Characters per window line: a header line is short; a long line is a paragraph whose end says nothing. */
export const LIBRARY_LINE_CHARS = 120;

export type LibraryReading = {
  from: MailAddress;
  to: MailAddress[];
  cc: MailAddress[];
  subject: string | null;
  date: string | null;
  /** The text below the header block, from the real text (not the window). */
  body: string;
};

let parser: EmailForwardParser | null = null;

type LibraryMailbox = { address?: string | null; name?: string | null };
function mailbox(a: LibraryMailbox | null | undefined): MailAddress | null {
  const email = a?.address?.replace(/^mailto:/i, "").toLowerCase() || null;
  return email || a?.name ? { name: a?.name || null, email } : null;
}
const mailboxes = (v: LibraryMailbox | LibraryMailbox[] | null | undefined) =>
  (Array.isArray(v) ? v : v ? [v] : []).map(mailbox).filter((a): a is MailAddress => a !== null);

/** The window, and for each of its lines the real line it came from. */
function windowOf(lines: string[]): { text: string; origin: number[] } {
  const kept: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < lines.length && kept.length < LIBRARY_WINDOW_LINES; i++) {
    const line = lines[i]!.slice(0, LIBRARY_LINE_CHARS).replace(/[^\S\n]{3,}/g, "  ").trimEnd();
    if (line === "" && kept.length > 0 && kept[kept.length - 1] === "") continue;
    kept.push(line);
    origin.push(i);
  }
  return { text: kept.join("\n"), origin };
}

/** One forward level read by the library, or null where it sees none. `text` has LF line ends. */
export function readWithLibrary(text: string): LibraryReading | null {
  const lines = text.split("\n", LIBRARY_WINDOW_LINES * 4);
  const window = windowOf(lines);
  parser ??= new EmailForwardParser();
  const r = parser.read(window.text);
  const from = r.forwarded ? mailbox(r.email.from) : null;
  if (!from) return null;
  return {
    from, to: mailboxes(r.email.to), cc: mailboxes(r.email.cc), subject: r.email.subject ?? null, date: r.email.date ?? null,
    body: bodyBelow(text, window, r.email.body ?? ""),
  };
}

/** Where the library's body starts in the window, mapped back to the real text; all of it when not found. */
function bodyBelow(text: string, window: { text: string; origin: number[] }, body: string): string {
  const first = body.split("\n").find((l) => l.trim() !== "")?.trim();
  if (!first) return "";
  const at = window.text.lastIndexOf(first);
  if (at < 0) return text;
  const windowLine = window.text.slice(0, at).split("\n").length - 1;
  const realLine = window.origin[windowLine] ?? 0;
  return text.split("\n").slice(realLine).join("\n");
}
