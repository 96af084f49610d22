/**
 * Wall clocks and instants in IANA zones, shared by every layer: a conversion
 * is one to three offset look-ups (offsets.ts). Calendar steps happen on the
 * wall clock itself, read as UTC, so they need no zone.
 */
import { offsetAt } from "./offsets.ts";

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number };
export type Zone = { iana: string; offsetMinutes?: undefined } | { iana?: undefined; offsetMinutes: number };

const MINUTE = 60_000;
const DAY = 86_400_000;

/** The wall clock as a timestamp read in UTC: calendar math on it needs no zone. */
function utcOf(w: WallClock): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
}

function wallOfUtc(ms: number): WallClock {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

/**
 * The instant a wall clock shows in a zone. A time skipped by a DST change
 * (2:30 on a spring-forward night) moves forward by the change; a repeated one
 * takes its first occurrence: the same answers as TZDate's constructor.
 */
export function toInstant(w: WallClock, zone: Zone): Date {
  const local = utcOf(w);
  if (zone.iana === undefined) return new Date(local - zone.offsetMinutes * MINUTE);
  const guess = offsetAt(zone.iana, local);
  const at = local - guess * MINUTE;
  const actual = offsetAt(zone.iana, at);
  if (actual === guess) return new Date(at);
  const other = local - actual * MINUTE;
  // Neither offset reproduces the wall clock in a DST gap: the later instant is the wall clock moved forward.
  return new Date(offsetAt(zone.iana, other) === actual ? other : Math.max(at, other));
}

/** The wall clock an instant shows in a zone. */
export function wallClockOf(instant: Date | number, zone: string): WallClock {
  const ms = typeof instant === "number" ? instant : instant.getTime();
  return wallOfUtc(ms + offsetAt(zone, ms) * MINUTE);
}

/** The same time of day `n` calendar days later (earlier for negative `n`). */
export function addDays(w: WallClock, n: number): WallClock {
  return wallOfUtc(utcOf(w) + n * DAY);
}

/** The same calendar day at `hour`:00. */
export function atHour(w: WallClock, hour: number): WallClock {
  // Fields spelt out: V8 clones-then-extends an object spread with extra fields slowly.
  return { year: w.year, month: w.month, day: w.day, hour, minute: 0 };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(w: WallClock): number {
  return new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
}

/** A floating Date whose UTC fields are the wall clock: what chrono gets as its reference. */
export function floating(w: WallClock): Date {
  return new Date(utcOf(w));
}

/** Interviews fall in this window; anything outside is a broken or hostile date, not a plan. */
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

export function plausible(d: Date | null): d is Date {
  return !!d && Number.isFinite(d.getTime()) && d.getTime() >= EARLIEST && d.getTime() < LATEST;
}
