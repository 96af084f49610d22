/** Dates and people as the seeker reads them. Pure: zones come in as parameters. */
import type { Person } from "../extract/types.ts";

export function formatWhen(iso: string, zone: string, withZone = true): string {
  const d = new Date(iso);
  const date = new Intl.DateTimeFormat("en-US", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: zone }).format(d);
  const time = new Intl.DateTimeFormat("en-US", { hour: "numeric", minute: "2-digit", timeZone: zone, ...(withZone ? { timeZoneName: "short" } : {}) }).format(d);
  return `${date}, ${time}`;
}

export function formatTime(iso: string, zone: string): string {
  return new Intl.DateTimeFormat("en-US", { hour: "numeric", minute: "2-digit", timeZone: zone, timeZoneName: "short" }).format(new Date(iso));
}

/** "Thu, Nov 12, 2026, 1:00 PM – 1:45 PM EST", in the given zone. */
export function formatSlot(start: string, end: string | null, zone: string): string {
  if (!end) return formatWhen(start, zone);
  return `${formatWhen(start, zone, false)} – ${formatTime(end, zone)}`;
}

/** The day of the interview as a draft mentions it: "on Thursday". */
export function dayName(iso: string, zone: string): string {
  return new Intl.DateTimeFormat("en-US", { weekday: "long", timeZone: zone }).format(new Date(iso));
}

export function firstName(p: Person | null): string | null {
  return p?.name.split(/\s+/)[0] ?? null;
}

export function describePerson(p: Person): string {
  return `${p.name}${p.title ? ` (${p.title})` : ""}${p.email ? ` <${p.email}>` : ""}`;
}

/** Strips CR/LF and other controls: text from incoming mail must never break a header. */
export function headerSafe(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s{2,}/g, " ").trim();
}
