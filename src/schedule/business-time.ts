/**
 * Zone-aware calendar math for due times. Each step reads the wall clock once,
 * moves through calendar days on it, and converts back once: a DST change
 * between the two days cannot shift the hour.
 */
import { addDays, atHour, toInstant, type WallClock, wallClockOf, weekday } from "../time/wallclock.ts";

export type Window = { startHour: number; endHour: number };

function isWeekend(w: WallClock): boolean {
  const d = weekday(w);
  return d === 0 || d === 6;
}

function at(w: WallClock, zone: string): Date {
  return toInstant(w, { iana: zone });
}

/** Moves an instant into the [startHour, endHour) window of the zone, later that day or the next. */
export function intoWindow(instant: Date, zone: string, w: Window): Date {
  const local = wallClockOf(instant, zone);
  const hour = local.hour + local.minute / 60;
  if (hour < w.startHour) return at(atHour(local, w.startHour), zone);
  if (hour >= w.endHour) return at(atHour(addDays(local, 1), w.startHour), zone);
  return new Date(instant.getTime());
}

/** The first business day (Mon–Fri in the zone) on or after `instant`, at `hour`:00 local. */
export function businessMorning(instant: Date, zone: string, hour: number): Date {
  let local = wallClockOf(instant, zone);
  while (isWeekend(local)) local = addDays(local, 1);
  return at(atHour(local, hour), zone);
}

/** The instant itself on a business day, else the same local time on the next one (a snooze from Friday). */
export function onBusinessDay(instant: Date, zone: string): Date {
  let local = wallClockOf(instant, zone);
  if (!isWeekend(local)) return new Date(instant.getTime());
  while (isWeekend(local)) local = addDays(local, 1);
  return at(local, zone);
}

/** `n` business days after `instant` (weekends skipped), at the same local time, in the zone. */
export function addBusinessDays(instant: Date, zone: string, n: number): Date {
  let local = wallClockOf(instant, zone);
  let left = n;
  while (left > 0) {
    local = addDays(local, 1);
    if (!isWeekend(local)) left--;
  }
  return at(local, zone);
}

export function addCalendarDays(instant: Date, zone: string, n: number): Date {
  return at(addDays(wallClockOf(instant, zone), n), zone);
}

/** 0 = Sunday … 6 = Saturday, as the zone's calendar shows the instant. */
export function weekdayIn(instant: Date, zone: string): number {
  return weekday(wallClockOf(instant, zone));
}
