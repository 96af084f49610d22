import { TZDate } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import { addDays, toInstant, wallClockOf, weekday } from "../src/time/wallclock.ts";

// DST north and south, half- and quarter-hour offsets, a 30-minute DST shift (Lord Howe), none at all.
const ZONES = ["America/New_York", "America/Santiago", "Australia/Lord_Howe", "Asia/Kathmandu", "America/St_Johns", "UTC"];
// 50 minutes walks through every ten-minute mark of the hour, so each DST gap and repeat is visited.
const STEP = 50 * 60_000;

describe("wall clocks in IANA zones", () => {
  it.for(ZONES)("converts every 50 minutes of 2026 in %s as TZDate does, through DST gaps and repeats", (zone) => {
    let mismatches = 0;
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += STEP) {
      const d = new Date(t);
      const wall = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
      const expected = new TZDate(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, 0, zone).getTime();
      if (toInstant(wall, { iana: zone }).getTime() !== expected) mismatches++;
      const local = new TZDate(t, zone);
      const back = wallClockOf(d, zone);
      if (back.day !== local.getDate() || back.hour !== local.getHours() || back.minute !== local.getMinutes()) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it("moves a time skipped by spring-forward ahead by the change", () => {
    // 2:30 on 8 March 2026 does not exist in New York: 3:30 EDT.
    expect(toInstant({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, { iana: "America/New_York" }).toISOString()).toBe("2026-03-08T07:30:00.000Z");
  });

  it("uses a fixed offset as given", () => {
    expect(toInstant({ year: 2026, month: 12, day: 3, hour: 14, minute: 0 }, { offsetMinutes: 330 }).toISOString()).toBe("2026-12-03T08:30:00.000Z");
  });

  it("steps calendar days across month ends and leap days and names the weekday", () => {
    const w = { year: 2028, month: 2, day: 28, hour: 9, minute: 15 };
    expect(addDays(w, 1)).toEqual({ year: 2028, month: 2, day: 29, hour: 9, minute: 15 });
    expect(addDays(w, 2)).toEqual({ year: 2028, month: 3, day: 1, hour: 9, minute: 15 });
    expect(addDays(w, -59)).toEqual({ year: 2027, month: 12, day: 31, hour: 9, minute: 15 });
    expect(weekday({ year: 2026, month: 11, day: 30, hour: 0, minute: 0 })).toBe(1); // a Monday
  });

  it("gives an invalid date, not a crash, for an unknown zone or an absurd year", () => {
    expect(Number.isNaN(toInstant({ year: 2026, month: 1, day: 1, hour: 0, minute: 0 }, { iana: "Mars/Olympus" }).getTime())).toBe(true);
    expect(Number.isNaN(toInstant({ year: 300000, month: 1, day: 1, hour: 0, minute: 0 }, { iana: "Europe/Paris" }).getTime())).toBe(true);
  });
});
