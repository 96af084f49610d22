/** Zone-aware calendar math for due times, with date-fns and @date-fns/tz. */
import { TZDate } from "@date-fns/tz";
import { addDays, isWeekend } from "date-fns";

export type Window = { startHour: number; endHour: number };

/** Moves an instant into the [startHour, endHour) window of the zone, later that day or the next. */
export function intoWindow(at: Date, zone: string, w: Window): Date {
  const local = new TZDate(at.getTime(), zone);
  const hour = local.getHours() + local.getMinutes() / 60;
  if (hour < w.startHour) return atLocal(local, w.startHour);
  if (hour >= w.endHour) return atLocal(addDays(local, 1), w.startHour);
  return new Date(local.getTime());
}

/** The first business day (Mon–Fri in the zone) on or after `at`, at `hour`:00 local. */
export function businessMorning(at: Date, zone: string, hour: number): Date {
  let local = new TZDate(at.getTime(), zone);
  while (isWeekend(local)) local = addDays(local, 1);
  return atLocal(local, hour);
}

/** `n` business days after `at` (weekends skipped), in the zone. */
export function addBusinessDays(at: Date, zone: string, n: number): Date {
  let local = new TZDate(at.getTime(), zone);
  let left = n;
  while (left > 0) {
    local = addDays(local, 1);
    if (!isWeekend(local)) left--;
  }
  return new Date(local.getTime());
}

export function addCalendarDays(at: Date, zone: string, n: number): Date {
  return new Date(addDays(new TZDate(at.getTime(), zone), n).getTime());
}

function atLocal(day: TZDate, hour: number): Date {
  // Built from the wall clock, so a DST change between now and then cannot shift the hour.
  return new Date(new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hour, 0, 0, day.timeZone!).getTime());
}
