import { describe, expect, it } from "vitest";
import { warmUp } from "../src/handlers/warmup.ts";

describe("start-up warm-up", () => {
  it("reads every sample through the whole pipeline, so it compiles the paths real mail takes", () => {
    const [prose, dayFirst, invite] = warmUp();
    expect([prose!.kind, prose!.start, prose!.end, prose!.company, prose!.role]).toEqual(["interview", "2026-11-12T18:00:00.000Z", "2026-11-12T18:45:00.000Z", "Northwind", "Senior Engineer"]);
    expect(prose!.interviewers.map((p) => p.name)).toEqual(expect.arrayContaining(["Priya Natarajan", "Tom Brandt"]));
    expect(prose!.timeline).toBe("within two weeks");
    expect([dayFirst!.start, dayFirst!.end, dayFirst!.timeZone, dayFirst!.company]).toEqual(["2026-12-01T13:00:00.000Z", "2026-12-01T14:00:00.000Z", "Europe/Berlin", "Lumen"]);
    expect([invite!.start, invite!.timeZone, invite!.interviewers.map((p) => p.name)]).toEqual(["2026-12-01T09:00:00.000Z", "Europe/Berlin", ["Ana Silva"]]);
  });
});
