import { describe, expect, it } from "vitest";
import { dayName, formatSlot, formatTime, formatWhen, monthDay } from "../src/compose/format.ts";

// Intl puts a narrow no-break space before AM/PM; our plain space reads the same in any mail client.
const formats = new Map<string, Intl.DateTimeFormat>();
const intl = (opts: Intl.DateTimeFormatOptions, zone: string, at: number) => {
  const key = JSON.stringify([opts, zone]);
  if (!formats.has(key)) formats.set(key, new Intl.DateTimeFormat("en-US", { ...opts, timeZone: zone }));
  return formats.get(key)!.format(at).replace(/\u202f/g, " ");
};
const ZONES = ["America/New_York", "Europe/Paris", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham", "UTC"];

describe("dates as the seeker reads them", () => {
  it.for(ZONES)("match Intl's en-US wording every 7 hours 13 minutes of 2026 in %s", (zone) => {
    const wrong: string[] = [];
    for (let at = Date.UTC(2026, 0, 1); at < Date.UTC(2027, 0, 1); at += 7 * 3600_000 + 13 * 60_000) {
      const iso = new Date(at).toISOString();
      const date = intl({ weekday: "short", day: "numeric", month: "short", year: "numeric" }, zone, at);
      const time = intl({ hour: "numeric", minute: "2-digit" }, zone, at);
      const zoned = intl({ hour: "numeric", minute: "2-digit", timeZoneName: "short" }, zone, at);
      if (formatWhen(iso, zone) !== `${date}, ${zoned}`) wrong.push(`${iso} ${formatWhen(iso, zone)} ≠ ${date}, ${zoned}`);
      if (formatWhen(iso, zone, false) !== `${date}, ${time}`) wrong.push(`${iso} no zone`);
      if (formatTime(iso, zone) !== zoned) wrong.push(`${iso} time`);
      if (dayName(iso, zone) !== intl({ weekday: "long" }, zone, at)) wrong.push(`${iso} day`);
      if (monthDay(iso, zone) !== intl({ month: "long", day: "numeric" }, zone, at)) wrong.push(`${iso} month day`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it("writes a slot with one date and the zone once", () => {
    expect(formatSlot("2026-12-03T18:00:00Z", "2026-12-03T18:45:00Z", "America/New_York")).toBe("Thu, Dec 3, 2026, 1:00 PM – 1:45 PM EST");
    expect(formatSlot("2026-07-03T00:30:00Z", null, "Europe/Paris")).toBe("Fri, Jul 3, 2026, 2:30 AM GMT+2");
  });
});
