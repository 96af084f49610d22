/**
 * What the seeker asks for when they reply to the assistant: one command per
 * line, at the top of the reply, case-insensitive. Pure: text in, values out.
 */
import { parseEntry } from "./people.ts";
import type { Person } from "./types.ts";

export type Command =
  | { kind: "sent"; who: string | null }
  | { kind: "snooze"; minutes: number }
  | { kind: "skip" }
  | { kind: "stop" }
  | { kind: "status" }
  | { kind: "rejected" }
  | { kind: "offer" }
  | { kind: "next_round" }
  | { kind: "help" }
  | { kind: "forget"; confirmed: boolean }
  | { kind: "notes"; text: string; who?: string }
  /** The reflection before writing: what speaks for the job (`plus:`) and against it (`minus:`). */
  | { kind: "reflect"; side: "plus" | "minus"; text: string }
  /** What the seeker promised to send in the interview: the thank-you says it is attached. */
  | { kind: "promised"; text: string; who?: string }
  | { kind: "withdraw" }
  | { kind: "date"; text: string }
  | { kind: "company"; text: string }
  | { kind: "role"; text: string }
  | { kind: "timeline"; text: string }
  | { kind: "interviewers"; people: Person[] }
  | { kind: "contact"; people: Person[] }
  | Setting;

/** A seeker's own setting (domain/settings.ts applies it): `zone:`, `name:`, `language:`, `country:`. */
export type Setting = { kind: "setting"; key: "zone" | "name" | "language" | "country"; value: string };
const SETTING_KEYS: Record<string, Setting["key"]> = { zone: "zone", timezone: "zone", "time zone": "zone", name: "name", language: "language", country: "country" };

export type Parsed = { commands: Command[]; unknown: string[] };

/** One line of the reflection: a thought, not an essay. */
export const MAX_REFLECTION_CHARS = 300;
/** Lines read for commands: a reply's commands sit on top; the rest is quoted history. */
const MAX_COMMAND_LINES = 12;
/** Longest snooze: past this the follow-up has lost its point. */
export const MAX_SNOOZE_MINUTES = 60 * 24 * 60;
const UNITS: Record<string, number> = { m: 1, min: 1, h: 60, hr: 60, hour: 60, d: 1440, day: 1440, w: 10080, week: 10080 };
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

function snoozeMinutes(arg: string, now: Date, zone: string): number | null {
  const m = /^(\d{1,3})\s*(m|min|h|hr|hour|d|day|w|week)s?$/.exec(arg);
  if (m) return Math.min(Number(m[1]) * UNITS[m[2]!]!, MAX_SNOOZE_MINUTES);
  const until = /^until\s+(\w+)$/.exec(arg);
  if (until) {
    const target = WEEKDAYS.indexOf(until[1]!.toLowerCase());
    if (target < 0 && until[1] !== "tomorrow") return null;
    const today = new Date(now.toLocaleString("en-US", { timeZone: zone })).getDay();
    const days = until[1] === "tomorrow" ? 1 : ((target - today + 7) % 7 || 7);
    return days * 1440;
  }
  return null;
}

export function parseCommands(note: string, now: Date, zone: string): Parsed {
  const commands: Command[] = [];
  const unknown: string[] = [];
  const lines = note.split("\n").map((l) => l.trim()).filter(Boolean).slice(0, MAX_COMMAND_LINES);
  for (const line of lines) {
    const l = line.toLowerCase().replace(/[.!]+$/, "");
    // "notes Priya: she asked about the on-call rotation": notes for one interviewer (and what was promised to her).
    const personal = /^(notes?|promised)\s+(?:for\s+|to\s+)?([^:\s][^:]{0,40}):\s*(.+)$/i.exec(line);
    if (personal) {
      const [, what, who, text] = personal as unknown as [string, string, string, string];
      commands.push({ kind: what.toLowerCase() === "promised" ? "promised" : "notes", who: who.trim(), text: text.slice(0, 500) });
      continue;
    }
    const reflection = /^(plus|minus|pro|con|\+|-)\s*:\s*(.+)$/i.exec(line);
    if (reflection) {
      const side = /^(plus|pro|\+)$/i.test(reflection[1]!) ? "plus" : "minus";
      commands.push({ kind: "reflect", side, text: reflection[2]!.trim().slice(0, MAX_REFLECTION_CHARS) });
      continue;
    }
    const promised = /^promised\s*:\s*(.+)$/i.exec(line);
    if (promised) {
      commands.push({ kind: "promised", text: promised[1]!.trim().slice(0, 200) });
      continue;
    }
    const setting = /^(zone|time ?zone|name|language|country)\s*:\s*(.+)$/i.exec(line);
    if (setting) {
      commands.push({ kind: "setting", key: SETTING_KEYS[setting[1]!.toLowerCase()]!, value: setting[2]!.slice(0, 200) });
      continue;
    }
    const field = /^(notes?|date|when|company|role|timeline|interviewers?|contact|recruiter)\s*:\s*(.+)$/i.exec(line);
    if (field) {
      const key = field[1]!.toLowerCase();
      const text = field[2]!.slice(0, 500);
      if (key.startsWith("note")) commands.push({ kind: "notes", text });
      else if (key === "date" || key === "when") commands.push({ kind: "date", text });
      else if (key === "company") commands.push({ kind: "company", text });
      else if (key === "role") commands.push({ kind: "role", text });
      else if (key === "timeline") commands.push({ kind: "timeline", text });
      else if (key === "contact" || key === "recruiter") commands.push({ kind: "contact", people: parseEntry(text.trim()).slice(0, 1) });
      else commands.push({ kind: "interviewers", people: text.split(/;|,(?![^()]*\))|\band\b/).flatMap((p) => parseEntry(p.trim())) });
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = /^sent(?:\s+(?:to\s+)?(.+))?$/.exec(l))) commands.push({ kind: "sent", who: m[1]?.trim() || null });
    else if ((m = /^snooze\s+(.+)$/.exec(l))) {
      const minutes = snoozeMinutes(m[1]!.trim(), now, zone);
      if (minutes) commands.push({ kind: "snooze", minutes });
      else unknown.push(line);
    } else if (/^(skip|skip this)$/.test(l)) commands.push({ kind: "skip" });
    else if (/^(stop|stop all|unsubscribe)$/.test(l)) commands.push({ kind: "stop" });
    else if (/^status$/.test(l)) commands.push({ kind: "status" });
    else if (/^(rejected|rejection|no offer)$/.test(l)) commands.push({ kind: "rejected" });
    else if (/^(offer|got an offer|offered)$/.test(l)) commands.push({ kind: "offer" });
    else if (/^next round$/.test(l)) commands.push({ kind: "next_round" });
    else if (/^(withdraw|withdraw my application)$/.test(l)) commands.push({ kind: "withdraw" });
    else if (/^(help|\?)$/.test(l)) commands.push({ kind: "help" });
    else if ((m = /^forget(\s+confirm)?$/.exec(l))) commands.push({ kind: "forget", confirmed: !!m[1] });
    else unknown.push(line);
  }
  return { commands, unknown };
}
