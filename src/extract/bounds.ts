/**
 * How much of a mail extraction reads. The interview's details sit in the first
 * screens of the original; what lies beyond them (long signatures, list
 * digests, pasted logs, a crafted flood) costs CPU and decides nothing. Every
 * pattern in extract/ sees text cut by these bounds, so no input, however
 * long, makes a pattern's work grow past them.
 */

/** Subject characters read: real subjects fit in 200, and subject patterns then never see a long run. */
export const MAX_SUBJECT_CHARS = 300;
/** Characters of one line read: a confirmation's lines (Gmail writes a paragraph per line) fit in this. */
export const MAX_LINE_CHARS = 2_000;
/**
 * Characters of one body read (original or outer): three to four screens, past any confirmation with its
 * signature and a quoted reply or two. A 1.1 MB list mail cost 10–30 ms of extraction at 60,000; about half now,
 * with every reading of the corpus and of the external forwards unchanged (run.py, 2026-12-02).
 */
export const MAX_BODY_CHARS = 20_000;
/** Characters of a text body taken before its line ends are normalised (CRLF → LF at most halves it). */
export const TEXT_CHARS_READ = 2 * MAX_BODY_CHARS;
/**
 * Lines of one body read: a confirmation, signature and quoted history included, runs to a few hundred.
 * Several stages walk every line, so 60,000 blank lines cost ~45 ms before this bound.
 */
export const MAX_BODY_LINES = 1_000;
/** Invites read per message: a real confirmation carries one or two. */
export const MAX_CALENDARS = 3;
/** HTML characters converted to text: markup runs ~10× its text, so this covers MAX_BODY_CHARS of text. */
export const MAX_HTML_CHARS = 200_000;

export function boundSubject(subject: string | null | undefined): string | null {
  if (subject == null) return null;
  return subject.length > MAX_SUBJECT_CHARS ? subject.slice(0, MAX_SUBJECT_CHARS) : subject;
}

/** The text cut to MAX_BODY_CHARS and MAX_BODY_LINES, each line to MAX_LINE_CHARS. */
export function boundText(text: string): string {
  let body = text.length > MAX_BODY_CHARS ? text.slice(0, MAX_BODY_CHARS) : text;
  // Most bodies have no long line and few lines: answer those without splitting.
  let longest = 0;
  let lines = 0;
  for (let start = 0; start < body.length; ) {
    const end = body.indexOf("\n", start);
    const stop = end < 0 ? body.length : end;
    longest = Math.max(longest, stop - start);
    if (++lines === MAX_BODY_LINES) {
      body = body.slice(0, stop);
      break;
    }
    start = stop + 1;
  }
  if (longest <= MAX_LINE_CHARS) return body;
  return body
    .split("\n")
    .map((l) => (l.length > MAX_LINE_CHARS ? l.slice(0, MAX_LINE_CHARS) : l))
    .join("\n");
}
