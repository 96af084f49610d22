/**
 * Zone-aware calendar math for due times. Each step reads the wall clock once,
 * moves through calendar days on it, and converts back once: a DST change
 * between the two days cannot shift the hour.
 */
import { addDays, atHour, toInstant, type WallClock, wallClockOf, weekday } from "../time/wallclock.ts";
import { holidayCountry, isHoliday } from "./holidays.ts";

export type Window = { startHour: number; endHour: number };

/**
 * Every business-day step below takes `country` last: whose public holidays are days off besides the weekend.
 * Left out, it is the zone's country (holidays.ts); null means weekends only.
 */
type Country = string | null | undefined;

function isOffDay(w: WallClock, country: string | null): boolean {
  const d = weekday(w);
  return d === 0 || d === 6 || isHoliday(w, country);
}

/** Days off in a row are at most a fortnight (Golden Week, year-end in Japan and China): a bound, not a guess. */
const MAX_DAYS_OFF_IN_A_ROW = 16;

function nextWorkingDay(local: WallClock, country: string | null): WallClock {
  let w = local;
  for (let i = 0; i < MAX_DAYS_OFF_IN_A_ROW && isOffDay(w, country); i++) w = addDays(w, 1);
  return w;
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

/** The first business day (not a weekend or holiday in the zone) on or after `instant`, at `hour`:00 local. */
export function businessMorning(instant: Date, zone: string, hour: number, country?: Country): Date {
  return at(atHour(nextWorkingDay(wallClockOf(instant, zone), holidayCountry(zone, country)), hour), zone);
}

/** `hour`:00 local on the zone's calendar day of `instant` (the interview's morning). */
export function sameDayAt(instant: Date, zone: string, hour: number): Date {
  return at(atHour(wallClockOf(instant, zone), hour), zone);
}

/** Whether the zone's calendar shows a business day at `instant`. */
export function isBusinessDay(instant: Date, zone: string, country?: Country): boolean {
  return !isOffDay(wallClockOf(instant, zone), holidayCountry(zone, country));
}

/** The instant itself on a business day, else the same local time on the next one (a snooze from Friday). */
export function onBusinessDay(instant: Date, zone: string, country?: Country): Date {
  const local = wallClockOf(instant, zone);
  const working = nextWorkingDay(local, holidayCountry(zone, country));
  return working === local ? new Date(instant.getTime()) : at(working, zone);
}

/** `n` business days after `instant` (weekends and holidays skipped), at the same local time, in the zone. */
export function addBusinessDays(instant: Date, zone: string, n: number, country?: Country): Date {
  const c = holidayCountry(zone, country);
  let local = wallClockOf(instant, zone);
  let left = n;
  while (left > 0) {
    local = addDays(local, 1);
    if (!isOffDay(local, c)) left--;
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
