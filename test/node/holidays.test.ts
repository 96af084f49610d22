/**
 * The shipped holiday table (src/schedule/holidays-data.ts) is what date-holidays computes today, and still
 * reaches far enough ahead for the plans made now (the longest plan runs about three months).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { holidayModule, holidayTable } from "../../scripts/lib/holiday-table.ts";
import { HOLIDAY_LAST_YEAR } from "../../src/schedule/holidays-data.ts";

/** Years the table must still cover beyond this one, so a plan made in December finds next year's holidays. */
const YEARS_AHEAD = 2;

describe("the holiday table", () => {
  it("matches date-holidays: run `npm run holidays` after updating it", () => {
    const shipped = readFileSync(join(import.meta.dirname, "../../src/schedule/holidays-data.ts"), "utf8");
    expect(shipped === holidayModule(holidayTable()), "src/schedule/holidays-data.ts is stale: run `npm run holidays`").toBe(true);
  });

  it(`covers at least ${YEARS_AHEAD} years ahead: raise LAST_YEAR in scripts/lib/holiday-table.ts and regenerate`, () => {
    expect(HOLIDAY_LAST_YEAR).toBeGreaterThanOrEqual(new Date().getFullYear() + YEARS_AHEAD);
  });
});
