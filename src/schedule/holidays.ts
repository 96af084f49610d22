/**
 * Public holidays of the seeker's country, from the table generated out of date-holidays
 * (scripts/lib/holiday-table.ts says why a table and not the library). Outside the table's years, or for a
 * country it lacks, only weekends are days off: the plan still works, a holiday may be missed.
 */
import { remember } from "../remember.ts";
import { DAYS_OFF, HOLIDAY_FIRST_YEAR, ZONE_COUNTRY } from "./holidays-data.ts";

export const HOLIDAY_COUNTRIES: readonly string[] = Object.keys(DAYS_OFF);

/** Zones whose country is remembered per isolate: a seeker or a cohort uses a few; the bound stops a flood. */
const MAX_REMEMBERED_ZONES = 64;

/**
 * The country whose holidays a zone keeps, or null (UTC, a zone of a country not in the table). Remembered: a
 * zone outside the table asks Intl, and a plan asks dozens of times.
 */
export const countryOfZone = remember(MAX_REMEMBERED_ZONES, (zone: string) => zone, (zone: string): string | null => {
  const direct = ZONE_COUNTRY[zone];
  if (direct) return direct;
  try {
    // Legacy names ("Asia/Calcutta", "US/Eastern") reach the table through the canonical name Intl gives.
    const canonical = new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;
    return ZONE_COUNTRY[canonical] ?? null;
  } catch {
    return null;
  }
});

/**
 * Whose holidays count: `override` when one was set (null: none), else the zone's country. The one place that
 * rule lives, so a plan, a snooze and a reminder agree.
 */
export function holidayCountry(zone: string, override?: string | null): string | null {
  return override === undefined ? countryOfZone(zone) : override;
}

/** Whether a calendar day is a public holiday in `country`. */
export function isHoliday(day: { year: number; month: number; day: number }, country: string | null): boolean {
  if (!country) return false;
  const year = DAYS_OFF[country]?.[day.year - HOLIDAY_FIRST_YEAR];
  if (!year) return false;
  return year.includes(`${String(day.month).padStart(2, "0")}${String(day.day).padStart(2, "0")}`);
}
