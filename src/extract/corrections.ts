/**
 * Details the seeker types themselves, one per line, above a forward or in a
 * reply to the assistant: "date: Dec 3 2pm ET", "company: …", "role: …",
 * "interviewers: Jane Doe (VP Product), Tom Brandt". They win over what the
 * parser found.
 */
import { cutReplyHistory, findBlock } from "./forward.ts";
import { parseEntry } from "./people.ts";
import type { Person } from "./types.ts";
import { warmable } from "./patterns.ts";

export type Corrections = {
  date?: string;
  company?: string;
  role?: string;
  interviewers?: Person[];
  /** "track" on a line of its own: the seeker says it is an interview, whatever the mail reads like. */
  track?: boolean;
};
const TRACK = /^\s*track(?: it)?(?: anyway)?\s*[.!]?\s*$/i;

/** Lines read from the seeker's note: corrections are short and at the top. */
const MAX_NOTE_LINES = 40;
const LINE = /^\s*(date|when|time|company|employer|role|position|interviewers?|with)\s*:\s*(.+?)\s*$/i;

/** The seeker's own words: above the first forward block and above any quoted history. */
export function seekerNote(body: string): string {
  const block = findBlock(body);
  return cutReplyHistory(block ? block.before : body)
    .split("\n")
    .filter((l) => !/^\s*>/.test(l))
    .slice(0, MAX_NOTE_LINES)
    .join("\n");
}

export function readCorrections(note: string): Corrections {
  const out: Corrections = {};
  const dateParts: string[] = [];
  for (const line of note.split("\n")) {
    if (TRACK.test(line)) out.track = true;
    const m = LINE.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.replace(/[\u0000-\u001f]/g, " ").slice(0, 200);
    if (key === "date" || key === "when" || key === "time") dateParts.push(value);
    else if (key === "company" || key === "employer") out.company = value;
    else if (key === "role" || key === "position") out.role = value;
    else {
      const people = value
        .split(/;|,(?![^()]*\))|\band\b/)
        .flatMap((part) => parseEntry(part.trim()))
        .filter((p) => p.name);
      if (people.length) out.interviewers = people;
    }
  }
  if (dateParts.length) out.date = dateParts.join(" ");
  return out;
}

export function hasCorrections(c: Corrections): boolean {
  return Object.keys(c).length > 0;
}

// Compiled at start-up (patterns.ts): a first mail that needs one of these does not pay for it.
warmable(TRACK, LINE);
