/**
 * Business days without public holidays (issue 15): nothing is due on a weekend or a holiday of the seeker's
 * country — plans, snoozes and moved inquiries — and a thank-you pushed past 48 hours says so.
 */
import { TZDate } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import { composeReminder } from "../src/compose/reminder.ts";
import { loadConfig } from "../src/config.ts";
import { applyCommands } from "../src/domain/commands.ts";
import { addBusinessDays, businessMorning, onBusinessDay } from "../src/schedule/business-time.ts";
import { countryOfZone, holidayCountry, isHoliday } from "../src/schedule/holidays.ts";
import { planFollowUps } from "../src/schedule/plan.ts";
import type { FollowUp, InterviewRecord } from "../src/store/schemas.ts";
import { env } from "./support/env.ts";

const day = (iso: string, zone: string) => {
  const d = new TZDate(new Date(iso).getTime(), zone);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};
const person = (name: string) => ({ name, email: `${name.split(" ")[0]!.toLowerCase()}@acme.example`, title: null });

describe("whose holidays", () => {
  it.for([
    ["America/New_York", "US"],
    ["America/Los_Angeles", "US"],
    ["Europe/London", "GB"],
    ["Europe/Berlin", "DE"],
    ["Asia/Tokyo", "JP"],
    ["Asia/Calcutta", "IN"], // a legacy name, through Intl's canonical one
    ["UTC", null],
    ["Pacific/Tahiti", null], // a country the table does not cover: weekends only
  ] as const)("%s keeps the holidays of %s", ([zone, country]) => {
    expect(countryOfZone(zone)).toBe(country);
  });

  it("a deployment's override wins, and null means none", () => {
    expect(holidayCountry("America/New_York", "DE")).toBe("DE");
    expect(holidayCountry("America/New_York", null)).toBeNull();
    expect(holidayCountry("America/New_York", undefined)).toBe("US");
  });

  it.for([
    ["US", 2026, 12, 25, true],
    ["US", 2026, 12, 24, true], // Christmas Eve: most US offices are closed
    ["US", 2027, 1, 1, true],
    ["US", 2027, 1, 18, true], // Martin Luther King Jr. Day, third Monday of January
    ["US", 2026, 12, 26, false], // Boxing Day is not one in the US …
    ["GB", 2026, 12, 28, true], // … but is in Britain, moved off the weekend
    ["DE", 2027, 5, 6, true], // Ascension, 39 days after Easter
    ["JP", 2027, 5, 3, true], // Golden Week
    ["US", 2026, 12, 23, false],
  ] as const)("%s %i-%i-%i is a holiday: %s", ([country, year, month, d, off]) => {
    expect(isHoliday({ year, month, day: d }, country)).toBe(off);
  });
});

describe("business-day steps skip holidays", () => {
  const ny = "America/New_York";
  it("a business morning after Christmas Eve is the Monday after Christmas", () => {
    expect(day(businessMorning(new Date("2026-12-24T15:00:00Z"), ny, 9).toISOString(), ny)).toBe("2026-12-28");
    expect(day(businessMorning(new Date("2026-12-24T15:00:00Z"), ny, 9, null).toISOString(), ny)).toBe("2026-12-24");
  });
  it("two business days from Dec 23 skip Dec 24, 25 and the weekend", () => {
    expect(day(addBusinessDays(new Date("2026-12-23T15:00:00Z"), ny, 2).toISOString(), ny)).toBe("2026-12-29");
  });
  it("a snooze landing on New Year's Day moves to Monday Jan 4, at the same hour", () => {
    const moved = onBusinessDay(new Date("2027-01-01T16:30:00Z"), ny);
    expect(moved.toISOString()).toBe("2027-01-04T16:30:00.000Z");
  });
});

describe("plans keep off holidays", () => {
  const base = { interviewers: [person("Ana Silva"), person("Bo Kim")], contacts: [person("Rae Chen")], timeline: null };
  // One interview on each day of December and January, in four countries: no due date on a weekend or holiday.
  const starts = Array.from({ length: 62 }, (_, i) => new Date(Date.UTC(2026, 11, 1 + i, 15)).toISOString());
  it.for(["America/New_York", "Europe/London", "Europe/Berlin", "Asia/Tokyo"])("%s: every due date is a business day", (zone) => {
    const country = countryOfZone(zone);
    for (const start of starts) {
      const end = new Date(Date.parse(start) + 3600_000).toISOString();
      const plan = planFollowUps({ ...base, start, end }, { now: new Date(start), seekerTimeZone: zone });
      for (const f of plan) {
        const d = new TZDate(new Date(f.due).getTime(), zone);
        const ymd = { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
        expect([0, 6], `${start} ${f.id} ${f.due}`).not.toContain(d.getDay());
        expect(isHoliday(ymd, country), `${start} ${f.id} ${f.due}`).toBe(false);
      }
    }
  });

  it("the inquiry of a Dec 16 interview skips Christmas Eve and Day", () => {
    const plan = planFollowUps({ ...base, start: "2026-12-16T15:00:00Z", end: "2026-12-16T16:00:00Z" }, { now: new Date("2026-12-10T12:00:00Z"), seekerTimeZone: "America/New_York" });
    const first = plan.find((f) => f.kind === "status_inquiry_1")!;
    expect(day(first.due, "America/New_York")).toBe("2026-12-28");
    // Without holidays the same plan asks on Christmas Eve.
    const bare = planFollowUps({ ...base, start: "2026-12-16T15:00:00Z", end: "2026-12-16T16:00:00Z" }, { now: new Date("2026-12-10T12:00:00Z"), seekerTimeZone: "America/New_York", holidayCountry: null });
    expect(day(bare.find((f) => f.kind === "status_inquiry_1")!.due, "America/New_York")).toBe("2026-12-24");
  });

  it("a thank-you that would fall on Christmas Day waits for the next business morning", () => {
    const plan = planFollowUps({ ...base, start: "2026-12-24T20:00:00Z", end: "2026-12-24T21:00:00Z" }, { now: new Date("2026-12-20T12:00:00Z"), seekerTimeZone: "America/New_York" });
    const thanks = plan.filter((f) => f.kind === "thank_you");
    expect(thanks.map((f) => f.due)).toEqual(["2026-12-28T14:00:00.000Z", "2026-12-28T14:00:00.000Z"]);
  });
});

describe("a snooze and a late thank-you", () => {
  const fu = (id: string, kind: FollowUp["kind"], due: string, status: FollowUp["status"] = "pending"): FollowUp => ({
    id, kind, recipient: person("Ana Silva"), due, status, sentAt: null, sentText: null, remindedAt: null, attempts: 0, claimedAt: null, claim: null,
  });
  const record = (followUps: FollowUp[], holidayCountry?: string | null): InterviewRecord => ({
    v: 1, id: "iv1", seeker: { email: "sam@seeker.example", name: "Sam Rivera" }, seekerTimeZone: "America/New_York", messageId: "<m@x>",
    ...(holidayCountry === undefined ? {} : { holidayCountry }),
    createdAt: "2026-12-20T12:00:00.000Z", kind: "interview", round: 1, cancelledAt: null, company: "Acme", role: "Analyst",
    start: "2026-12-23T15:00:00.000Z", end: "2026-12-23T16:00:00.000Z", timeZone: "America/New_York", zoneAssumed: false,
    interviewers: [person("Ana Silva")], contacts: [], teamMailbox: null, meetingUrl: null, inviteUid: null, timeline: null, notes: null, personNotes: {}, promised: {}, reflection: { plus: [], minus: [] }, language: "en", followUps, replied: true,
  });
  const settings = { seekerTimeZone: "America/New_York" };

  it("`snooze 1d` from Christmas Eve lands on Monday Dec 28; the record's country decides", () => {
    const now = new Date("2026-12-24T14:00:00Z");
    const r = record([fu("inquiry-1", "status_inquiry_1", "2026-12-24T14:00:00.000Z", "reminded")]);
    const out = applyCommands(r, "inquiry-1", [{ kind: "snooze", minutes: 1440 }], now, settings);
    expect(out.record.followUps[0]!.due).toBe("2026-12-28T14:00:00.000Z");
    const none = applyCommands(record(r.followUps, null), "inquiry-1", [{ kind: "snooze", minutes: 1440 }], now, settings);
    expect(none.record.followUps[0]!.due).toBe("2026-12-25T14:00:00.000Z");
  });

  it("a thank-you snoozed past 48 hours after the interview says so", () => {
    const now = new Date("2026-12-23T20:00:00Z");
    const out = applyCommands(record([fu("thanks-0", "thank_you", "2026-12-23T19:00:00.000Z", "reminded")]), "thanks-0", [{ kind: "snooze", minutes: 1440 }], now, settings);
    expect(out.record.followUps[0]!.due).toBe("2026-12-28T20:00:00.000Z");
    expect(out.lines.join("\n")).toContain("more than 48 hours after the interview");
  });

  it("the reminder of a thank-you due more than two days after the interview says to send it today", () => {
    const f = fu("thanks-0", "thank_you", "2026-12-28T14:00:00.000Z");
    const late = composeReminder(record([f]), f, new Date("2026-12-28T14:05:00Z"));
    expect(late.text).toContain("more than two days since the interview");
    const g = fu("thanks-0", "thank_you", "2026-12-23T19:00:00.000Z");
    expect(composeReminder(record([g]), g, new Date("2026-12-23T19:05:00Z")).text).not.toContain("more than two days");
  });
});

describe("HOLIDAY_COUNTRY", () => {
  it("takes a covered country or none, and names the choices otherwise", () => {
    expect(loadConfig({ ...env, HOLIDAY_COUNTRY: "de" } as never).holidayCountry).toBe("DE");
    expect(loadConfig({ ...env, HOLIDAY_COUNTRY: "none" } as never).holidayCountry).toBeNull();
    expect(loadConfig({ ...env, HOLIDAY_COUNTRY: undefined } as never).holidayCountry).toBeUndefined();
    expect(() => loadConfig({ ...env, HOLIDAY_COUNTRY: "XX" } as never)).toThrow(/HOLIDAY_COUNTRY must be none or one of US, CA/);
  });
});
