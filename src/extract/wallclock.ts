/** Wall-clock times and their conversion to instants, zone-aware via @date-fns/tz. */
import { TZDate } from "@date-fns/tz";
import type { ZoneSpec } from "./zones.ts";

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number };

export function toInstant(w: WallClock, zone: ZoneSpec): Date {
  if (zone.iana) return new Date(new TZDate(w.year, w.month - 1, w.day, w.hour, w.minute, 0, zone.iana).getTime());
  return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - (zone.offsetMinutes ?? 0) * 60_000);
}

/** The wall clock an instant shows in a zone. */
export function wallClockOf(instant: Date, zone: string): WallClock {
  const d = new TZDate(instant.getTime(), zone);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), hour: d.getHours(), minute: d.getMinutes() };
}

/** A floating Date whose UTC fields are the wall clock: what chrono gets as its reference. */
export function floating(w: WallClock): Date {
  return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute));
}

/** Interviews fall in this window; anything outside is a broken or hostile date, not a plan. */
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

export function plausible(d: Date | null): d is Date {
  return !!d && Number.isFinite(d.getTime()) && d.getTime() >= EARLIEST && d.getTime() < LATEST;
}
