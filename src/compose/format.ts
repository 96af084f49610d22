/**
 * Dates and people as the seeker reads them, in en-US style ("Thu, Nov 12,
 * 2026, 1:00 PM EST"). Pure: zones come in as parameters. Dates are written
 * from the wall clock (time/wallclock.ts); Intl is asked only for a zone's
 * short name, once per zone and offset, since a reply formats dozens of dates
 * and each Intl call costs about 2 µs.
 */
import type { Person } from "../extract/types.ts";
import { remember } from "../remember.ts";
import { offsetAt } from "../time/offsets.ts";
import { type WallClock, wallClockOf, weekday } from "../time/wallclock.ts";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** Zone names remembered per isolate; bounded like every per-isolate cache. */
const MAX_ZONE_NAMES = 256;

/** "EST", "GMT+1", "GMT+5:30": Intl's short name for the zone at that offset. */
const zoneName = remember(
  MAX_ZONE_NAMES,
  (zone: string, at: number) => `${zone}|${offsetAt(zone, at)}`,
  (zone: string, at: number) =>
    new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "short" }).formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? zone,
);

function dateOf(w: WallClock): string {
  return `${WEEKDAYS[weekday(w)]!.slice(0, 3)}, ${MONTHS[w.month - 1]!.slice(0, 3)} ${w.day}, ${w.year}`;
}

function timeOf(w: WallClock): string {
  return `${w.hour % 12 || 12}:${String(w.minute).padStart(2, "0")} ${w.hour < 12 ? "AM" : "PM"}`;
}

/** "Thu, Nov 12, 2026, 1:00 PM EST" (without the zone's name when `withZone` is false). */
export function formatWhen(iso: string, zone: string, withZone = true): string {
  const at = new Date(iso).getTime();
  const w = wallClockOf(at, zone);
  return `${dateOf(w)}, ${timeOf(w)}${withZone ? ` ${zoneName(zone, at)}` : ""}`;
}

/** "1:45 PM EST". */
export function formatTime(iso: string, zone: string): string {
  const at = new Date(iso).getTime();
  return `${timeOf(wallClockOf(at, zone))} ${zoneName(zone, at)}`;
}

/** "Thu, Nov 12, 2026, 1:00 PM – 1:45 PM EST", in the given zone. */
export function formatSlot(start: string, end: string | null, zone: string): string {
  if (!end) return formatWhen(start, zone);
  return `${formatWhen(start, zone, false)} – ${formatTime(end, zone)}`;
}

/** The day of the interview as a draft mentions it: "Thursday". */
export function dayName(iso: string, zone: string): string {
  return WEEKDAYS[weekday(wallClockOf(new Date(iso), zone))]!;
}

/** "November 12". */
export function monthDay(iso: string, zone: string): string {
  const w = wallClockOf(new Date(iso), zone);
  return `${MONTHS[w.month - 1]} ${w.day}`;
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
