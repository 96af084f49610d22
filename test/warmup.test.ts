import { describe, expect, it } from "vitest";
import { warmTick, warmUp } from "../src/handlers/warmup.ts";

describe("start-up warm-up", () => {
  it("reads every sample through the whole pipeline, so it compiles the paths real mail takes", async () => {
    const [prose, dayFirst, invite, itinerary] = await warmUp();
    expect([prose!.kind, prose!.start, prose!.end, prose!.company, prose!.role]).toEqual(["interview", "2026-11-12T18:00:00.000Z", "2026-11-12T18:45:00.000Z", "Northwind", "Senior Engineer"]);
    expect(prose!.interviewers.map((p) => p.name)).toEqual(expect.arrayContaining(["Priya Natarajan", "Tom Brandt"]));
    expect(prose!.timeline).toBe("within two weeks");
    // Read out of quoted-printable: "=" travels as "=3D".
    expect(prose!.meetingUrl).toBe("https://northwind.zoom.invalid/j/123456?pwd=abc");
    expect([dayFirst!.start, dayFirst!.end, dayFirst!.timeZone, dayFirst!.company]).toEqual(["2026-12-01T13:00:00.000Z", "2026-12-01T14:00:00.000Z", "Europe/Berlin", "Lumen"]);
    expect([invite!.start, invite!.timeZone, invite!.interviewers.map((p) => p.name)]).toEqual(["2026-12-01T09:00:00.000Z", "Europe/Berlin", ["Ana Silva"]]);
    // HTML only, quoted-printable, from Outlook: slots in a table, a panel list, people named in passing.
    expect([itinerary!.start, itinerary!.end, itinerary!.timeZone, itinerary!.company, itinerary!.role]).toEqual(["2026-11-17T15:30:00.000Z", "2026-11-17T17:00:00.000Z", "America/Chicago", "Orbit Labs", "Data Analyst"]);
    expect(itinerary!.interviewers.map((p) => [p.name, p.email])).toEqual([
      ["Rosa Delgado", "rosa.delgado@orbit.invalid"], ["Kwame Mensah", "kwame.mensah@orbit.invalid"], ["Jane Okoro", null], ["Casey Nguyen", null],
    ]);
    expect(itinerary!.contacts.map((p) => p.name)).toEqual(["Brynn Talley"]);
  });

  it("runs cron ticks on an in-memory store that send the sample interview's reminders through the real tick", async () => {
    const [prose] = await warmUp();
    // The interview-day reminder, the thank-yous (one mail), two inquiries, two check-ins: each "sent" to no one.
    expect(await warmTick([prose!])).toBe(6);
    expect(await warmTick([])).toBe(0);
  });
});
