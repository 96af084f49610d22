import { TZDate } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import { decisionDate, planFollowUps } from "../src/schedule/plan.ts";

const person = (name: string) => ({ name, email: null, title: null });
const local = (iso: string, zone: string) => {
  const d = new TZDate(new Date(iso).getTime(), zone);
  return { day: d.getDay(), hour: d.getHours() };
};

describe("follow-up plan", () => {
  const base = { start: "2026-12-04T19:00:00Z", end: "2026-12-04T20:00:00Z", interviewers: [person("Ana Silva"), person("Bo Kim")], contacts: [person("Rae Chen")], timeline: null };
  const now = new Date("2026-12-01T12:00:00Z");

  it("plans a thank-you per interviewer and two inquiries", () => {
    const plan = planFollowUps(base, { now, seekerTimeZone: "America/New_York" });
    expect(plan.map((f) => [f.kind, f.recipient?.name])).toEqual([
      ["thank_you", "Ana Silva"],
      ["thank_you", "Bo Kim"],
      ["status_inquiry_1", "Rae Chen"],
      ["status_inquiry_2", "Rae Chen"],
    ]);
  });

  it("sends the thank-you 2–4 hours after the end, inside waking hours, within 24 hours", () => {
    const [ty] = planFollowUps(base, { now, seekerTimeZone: "America/New_York" });
    const hours = (new Date(ty!.due).getTime() - new Date(base.end).getTime()) / 3600_000;
    expect(hours).toBeGreaterThanOrEqual(2);
    expect(hours).toBeLessThanOrEqual(4);
    const late = planFollowUps({ ...base, end: "2026-12-05T03:00:00Z" }, { now, seekerTimeZone: "America/New_York" })[0]!;
    expect(local(late.due, "America/New_York").hour).toBe(8); // 10 pm end → next morning, not 1 am
    expect(new Date(late.due).getTime() - new Date("2026-12-05T03:00:00Z").getTime()).toBeLessThan(24 * 3600_000);
  });

  it("puts inquiries on business mornings, 7–10 and 15–21 days after, never on a weekend", () => {
    const plan = planFollowUps(base, { now, seekerTimeZone: "Europe/Paris" });
    for (const f of plan.filter((p) => p.kind !== "thank_you")) {
      const l = local(f.due, "Europe/Paris");
      expect([0, 6]).not.toContain(l.day);
      expect(l.hour).toBe(9);
    }
    const days = (iso: string) => (new Date(iso).getTime() - new Date(base.end).getTime()) / 86400_000;
    expect(days(plan[2]!.due)).toBeGreaterThanOrEqual(7);
    expect(days(plan[2]!.due)).toBeLessThanOrEqual(10.5);
    expect(days(plan[3]!.due)).toBeGreaterThanOrEqual(15);
    expect(days(plan[3]!.due)).toBeLessThanOrEqual(21.5);
  });

  it("keeps the local hour across a DST change", () => {
    // Interview before the US leaves summer time (Nov 1, 2026); inquiries after it.
    const plan = planFollowUps({ ...base, start: "2026-10-28T15:00:00Z", end: "2026-10-28T16:00:00Z" }, { now: new Date("2026-10-20T00:00:00Z"), seekerTimeZone: "America/New_York" });
    for (const f of plan.filter((p) => p.kind !== "thank_you")) expect(local(f.due, "America/New_York").hour).toBe(9);
  });

  it("asks 1–2 business days after a stated decision date", () => {
    const plan = planFollowUps({ ...base, timeline: "within two weeks" }, { now, seekerTimeZone: "America/New_York" });
    const decided = decisionDate("within two weeks", new Date(base.end), "America/New_York")!;
    const gap = (new Date(plan[2]!.due).getTime() - decided.getTime()) / 86400_000;
    expect(gap).toBeGreaterThan(0.5);
    expect(gap).toBeLessThan(4.5); // two business days, across a weekend at most
  });

  it("never plans a reminder in the past", () => {
    const plan = planFollowUps(base, { now: new Date("2026-12-10T00:00:00Z"), seekerTimeZone: "America/New_York" });
    for (const f of plan) expect(new Date(f.due).getTime()).toBeGreaterThanOrEqual(new Date("2026-12-10T00:00:00Z").getTime());
  });
});
