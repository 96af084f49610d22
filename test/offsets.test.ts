import { tzOffset } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import { offsetAt, spansBetween } from "../src/time/offsets.ts";

const HOUR = 3600_000;

describe("zone offsets from the cached year scan", () => {
  // Cairo and Casablanca changed four times a year around Ramadan: the closest changes on record.
  it.for(["Africa/Cairo", "Africa/Casablanca", "America/Sao_Paulo", "Europe/Volgograd"])("agrees with Intl every 5 hours from 2010 to 2030 in %s", (zone) => {
    const wrong: string[] = [];
    for (let t = Date.UTC(2010, 0, 1); t < Date.UTC(2030, 0, 1); t += 5 * HOUR) {
      if (offsetAt(zone, t) !== tzOffset(zone, new Date(t))) wrong.push(new Date(t).toISOString());
    }
    expect(wrong).toEqual([]);
  });

  it("pins each change to the second", () => {
    const spring = Date.UTC(2026, 2, 8, 7); // 2:00 EST on 8 March 2026 is 3:00 EDT
    expect(offsetAt("America/New_York", spring - 1000)).toBe(-300);
    expect(offsetAt("America/New_York", spring)).toBe(-240);
  });

  it("lists the offsets a plan crosses, across a new year", () => {
    const spans = spansBetween("Australia/Sydney", Date.UTC(2026, 2, 1), Date.UTC(2027, 3, 30));
    expect(spans.map((s) => [new Date(s.from).toISOString(), s.offset])).toEqual([
      ["2026-03-01T00:00:00.000Z", 660],
      ["2026-04-04T16:00:00.000Z", 600],
      ["2026-10-03T16:00:00.000Z", 660],
      ["2027-04-03T16:00:00.000Z", 600],
    ]);
  });

  it("answers NaN for an unknown zone or date, and asks Intl outside 2000–2099", () => {
    expect(offsetAt("Nowhere/Special", Date.UTC(2026, 0, 1))).toBeNaN();
    expect(offsetAt("Europe/Paris", Number.NaN)).toBeNaN();
    expect(offsetAt("Europe/Paris", Date.UTC(1990, 6, 1))).toBe(120);
  });
});
