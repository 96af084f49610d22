import { TZDate } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import { decisionDate, planFollowUps, type PlannedFollowUp, stayInTouch } from "../src/schedule/plan.ts";
import { DEFAULT_POLICY } from "../src/schedule/policy.ts";

const person = (name: string) => ({ name, email: null, title: null });
const local = (iso: string, zone: string) => {
  const d = new TZDate(new Date(iso).getTime(), zone);
  return { day: d.getDay(), hour: d.getHours() };
};
const byKind = (plan: PlannedFollowUp[], kind: PlannedFollowUp["kind"]) => plan.filter((f) => f.kind === kind);
const days = (iso: string, from: string) => (new Date(iso).getTime() - new Date(from).getTime()) / 86400_000;

describe("follow-up plan", () => {
  const base = { start: "2026-12-04T19:00:00Z", end: "2026-12-04T20:00:00Z", interviewers: [person("Ana Silva"), person("Bo Kim")], contacts: [person("Rae Chen")], timeline: null };
  const now = new Date("2026-12-01T12:00:00Z");
  const ny = { now, seekerTimeZone: "America/New_York" };

  it("plans a thank-you per interviewer and one for the recruiter, two inquiries, two check-ins, the interview-day reminder", () => {
    const plan = planFollowUps(base, ny);
    expect(plan.map((f) => [f.kind, f.recipient?.name])).toEqual([
      ["thank_you", "Ana Silva"],
      ["thank_you", "Bo Kim"],
      ["thank_you_recruiter", "Rae Chen"],
      ["status_inquiry_1", "Rae Chen"],
      ["status_inquiry_2", "Rae Chen"],
      ["check_in", "Rae Chen"],
      ["check_in", "Rae Chen"],
      ["prep", undefined],
    ]);
    expect(new Set(plan.map((f) => f.id)).size).toBe(plan.length);
  });

  it("gives the recruiter no separate note when the recruiter is the interviewer", () => {
    const plan = planFollowUps({ ...base, interviewers: [person("Rae Chen")] }, ny);
    expect(byKind(plan, "thank_you_recruiter")).toEqual([]);
  });

  it("sends the thank-you 2–4 hours after the end, inside waking hours, within 24 hours", () => {
    const [ty] = planFollowUps(base, ny);
    const hours = (new Date(ty!.due).getTime() - new Date(base.end).getTime()) / 3600_000;
    expect(hours).toBeGreaterThanOrEqual(2);
    expect(hours).toBeLessThanOrEqual(4);
    const late = planFollowUps({ ...base, end: "2026-12-04T03:00:00Z" }, ny)[0]!;
    expect(local(late.due, "America/New_York").hour).toBe(8); // Wednesday 10 pm end → Thursday morning, not 1 am
    expect(new Date(late.due).getTime() - new Date("2026-12-04T03:00:00Z").getTime()).toBeLessThan(24 * 3600_000);
    // Friday 10 pm: the weekend is no business day, so Monday's business morning (its reminder says it is late).
    const friday = planFollowUps({ ...base, end: "2026-12-05T03:00:00Z" }, ny)[0]!;
    expect(friday.due).toBe("2026-12-07T14:00:00.000Z");
  });

  it("assumes an hour when the interview has no end", () => {
    const [ty] = planFollowUps({ ...base, end: null }, ny);
    expect(new Date(ty!.due).getTime()).toBe(new Date(base.start).getTime() + (1 + DEFAULT_POLICY.thankYouDelayHours) * 3600_000);
  });

  it("puts inquiries and check-ins on business mornings, 7–10 and 15–21 days after, never on a weekend", () => {
    const plan = planFollowUps(base, { now, seekerTimeZone: "Europe/Paris" });
    for (const f of plan.filter((p) => !p.kind.startsWith("thank_you") && p.kind !== "prep")) {
      const l = local(f.due, "Europe/Paris");
      expect([0, 6]).not.toContain(l.day);
      expect(l.hour).toBe(9);
    }
    const [first] = byKind(plan, "status_inquiry_1");
    const [second] = byKind(plan, "status_inquiry_2");
    expect(days(first!.due, base.end)).toBeGreaterThanOrEqual(7);
    expect(days(first!.due, base.end)).toBeLessThanOrEqual(10.5);
    expect(days(second!.due, base.end)).toBeGreaterThanOrEqual(15);
    expect(days(second!.due, base.end)).toBeLessThanOrEqual(21.5);
    const checkIns = byKind(plan, "check_in");
    expect(checkIns).toHaveLength(2);
    expect(days(checkIns[0]!.due, second!.due)).toBeGreaterThanOrEqual(28);
    expect(days(checkIns[1]!.due, checkIns[0]!.due)).toBeGreaterThanOrEqual(28);
  });

  it("keeps the local hour across a DST change", () => {
    // Interview before the US leaves summer time (Nov 1, 2026); inquiries after it.
    const plan = planFollowUps({ ...base, start: "2026-10-28T15:00:00Z", end: "2026-10-28T16:00:00Z" }, { now: new Date("2026-10-20T00:00:00Z"), seekerTimeZone: "America/New_York" });
    for (const f of plan.filter((p) => !p.kind.startsWith("thank_you") && p.kind !== "prep")) expect(local(f.due, "America/New_York").hour).toBe(9);
  });

  it.for([
    ["a 2 PM interview: 7 AM that day", "2026-12-04T19:00:00Z", "2026-12-04T12:00:00.000Z"],
    ["an 8 AM interview: 90 minutes before", "2026-12-04T13:00:00Z", "2026-12-04T11:30:00.000Z"],
    // Wednesday 09:30 in India is Tuesday 11 PM in New York: the seeker's morning of that Tuesday.
    ["India for a New York seeker: the seeker's morning", "2026-12-09T04:00:00Z", "2026-12-08T12:00:00.000Z"],
    ["a Saturday interview: that Saturday, business day or not", "2026-12-05T16:00:00Z", "2026-12-05T12:00:00.000Z"],
  ] as const)("the interview-day reminder: %s", ([, start, due]) => {
    const plan = planFollowUps({ ...base, start, end: null }, ny);
    expect(byKind(plan, "prep").map((f) => [f.id, f.due, f.recipient])).toEqual([["prep", due, null]]);
  });

  it("plans no interview-day reminder once its moment has passed, nor when the policy turns it off", () => {
    expect(byKind(planFollowUps(base, { ...ny, now: new Date("2026-12-04T12:30:00Z") }), "prep")).toEqual([]);
    expect(byKind(planFollowUps(base, { ...ny, policy: { ...DEFAULT_POLICY, prepHour: 0 } }), "prep")).toEqual([]);
    expect(byKind(planFollowUps(base, { ...ny, now: new Date("2026-12-04T11:59:00Z") }), "prep")).toHaveLength(1);
  });

  it("after a rejection: one stay-in-touch note about three months on, a business morning, to the contact", () => {
    const at = new Date("2027-01-20T16:00:00Z");
    const later = stayInTouch(base, { now: at, seekerTimeZone: "America/New_York" })!;
    expect([later.id, later.kind, later.recipient?.name]).toEqual(["stay-in-touch", "stay_in_touch", "Rae Chen"]);
    expect(days(later.due, at.toISOString())).toBeGreaterThanOrEqual(89);
    expect(days(later.due, at.toISOString())).toBeLessThanOrEqual(93);
    const l = local(later.due, "America/New_York");
    expect([l.day === 0 || l.day === 6, l.hour]).toEqual([false, 9]);
    // No contact: the hiring team's mailbox, else the first interviewer; off when the policy says 0.
    expect(stayInTouch({ ...base, contacts: [], teamMailbox: "talent@x.example" }, { now: at, seekerTimeZone: "America/New_York" })!.recipient?.email).toBe("talent@x.example");
    expect(stayInTouch({ ...base, contacts: [] }, { now: at, seekerTimeZone: "America/New_York" })!.recipient?.name).toBe("Ana Silva");
    expect(stayInTouch(base, { now: at, seekerTimeZone: "America/New_York", policy: { ...DEFAULT_POLICY, stayInTouchDays: 0 } })).toBeNull();
  });

  it("asks 1–2 business days after a stated decision date", () => {
    const plan = planFollowUps({ ...base, timeline: "within two weeks" }, ny);
    const decided = decisionDate("within two weeks", new Date(base.end), "America/New_York")!;
    const gap = days(byKind(plan, "status_inquiry_1")[0]!.due, decided.toISOString());
    expect(gap).toBeGreaterThan(0.5);
    expect(gap).toBeLessThan(4.5); // two business days, across a weekend at most
  });

  it.for([
    ["within two weeks", 14],
    ["within 5 business days", 7],
    ["by Friday", 7],
    ["early next week", 9],
  ] as const)("reads the timeline %s", ([timeline, maxDays]) => {
    const d = decisionDate(timeline, new Date(base.end), "America/New_York")!;
    expect(days(d.toISOString(), base.end)).toBeGreaterThan(0);
    expect(days(d.toISOString(), base.end)).toBeLessThanOrEqual(maxDays);
  });

  it("follows a deployment's policy", () => {
    const plan = planFollowUps(base, { ...ny, policy: { ...DEFAULT_POLICY, maxCheckIns: 0, firstInquiryDays: 10 } });
    expect(byKind(plan, "check_in")).toEqual([]);
    expect(days(byKind(plan, "status_inquiry_1")[0]!.due, base.end)).toBeGreaterThan(9.5); // the morning of day 10
  });

  it("never plans a reminder in the past", () => {
    const plan = planFollowUps(base, { now: new Date("2026-12-10T00:00:00Z"), seekerTimeZone: "America/New_York" });
    for (const f of plan) expect(new Date(f.due).getTime()).toBeGreaterThanOrEqual(new Date("2026-12-10T00:00:00Z").getTime());
  });
});
