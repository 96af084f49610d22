/**
 * A follow-up's life (issue 15): planned → reminded → sent by the seeker, skipped, snoozed or cancelled.
 * `sent` marks one follow-up, never a person's series; a delivered reminder can still be marked sent;
 * `status` lists what is open, by time.
 */
import { describe, expect, it } from "vitest";
import { applyCommands } from "../src/domain/commands.ts";
import type { FollowUp, InterviewRecord } from "../src/store/schemas.ts";
import { DEFAULT_POLICY } from "../src/schedule/policy.ts";

const NOW = new Date("2026-12-03T15:00:00Z");
const talia = { name: "Talia Brooks", email: "talia@acme.example", title: "Recruiter" };
const omar = { name: "Omar Haddad", email: "omar@acme.example", title: null };
const fu = (id: string, kind: FollowUp["kind"], recipient: FollowUp["recipient"], due: string, status: FollowUp["status"] = "pending"): FollowUp => ({
  id, kind, recipient, due, status, sentAt: null, sentText: null, remindedAt: status === "reminded" ? due : null, attempts: 0, claimedAt: null, claim: null,
});
const record = (followUps: FollowUp[]): InterviewRecord => ({
  v: 1, id: "iv1", seeker: { email: "sam@seeker.example", name: "Sam Rivera" }, seekerTimeZone: "America/New_York", messageId: "<m@x>",
  createdAt: "2026-12-01T12:00:00.000Z", kind: "interview", round: 1, cancelledAt: null, company: "Acme", role: "Analyst", start: "2026-12-02T15:00:00.000Z",
  end: null, timeZone: "America/New_York", zoneAssumed: false, interviewers: [talia, omar], contacts: [], teamMailbox: null, meetingUrl: null, inviteUid: null,
  timeline: null, notes: null, personNotes: {}, promised: {}, reflection: { plus: [], minus: [] }, language: "en", followUps, replied: true,
});
const screen = () =>
  record([
    fu("thanks-0", "thank_you", talia, "2026-12-03T14:00:00.000Z", "reminded"),
    fu("thanks-1", "thank_you", omar, "2026-12-03T14:00:00.000Z"),
    fu("inquiry-1", "status_inquiry_1", talia, "2026-12-11T14:00:00.000Z"),
    fu("inquiry-2", "status_inquiry_2", talia, "2026-12-21T14:00:00.000Z"),
    fu("check-in-1", "check_in", talia, "2027-01-20T14:00:00.000Z"),
  ]);
const settings = { seekerTimeZone: "America/New_York", policy: DEFAULT_POLICY };
const sentIds = (r: InterviewRecord) => r.followUps.filter((f) => f.status === "sent").map((f) => f.id);

describe("what `sent` marks", () => {
  it.for([
    { say: "sent Talia", thread: null, marks: ["thanks-0"] },
    { say: "sent Talia, in reply to her inquiry's reminder", thread: "inquiry-1", who: "Talia", marks: ["inquiry-1"] },
    { say: "sent, in reply to a delivered reminder", thread: "thanks-0", marks: ["thanks-0"] },
    { say: "sent, in reply to a planned one's reminder", thread: "thanks-1", marks: ["thanks-1"] },
    { say: "sent, outside a thread: each person's due thank-you", thread: null, marks: ["thanks-0", "thanks-1"] },
  ])("$say → $marks", ({ say, thread, marks, who }) => {
    const name = who ?? (say.startsWith("sent Talia") ? "Talia" : null);
    const { record: r, lines } = applyCommands(screen(), thread, [{ kind: "sent", who: name }], NOW, settings);
    expect(sentIds(r)).toEqual(marks);
    expect(lines[0]).toMatch(/^Marked as sent: /);
    expect(r.followUps.find((f) => f.id === "inquiry-2")!.status).toBe("pending"); // never a series
  });

  it("a second `sent` to the same reminder says it is already marked, and changes nothing", () => {
    const once = applyCommands(screen(), "thanks-0", [{ kind: "sent", who: null }], NOW, settings).record;
    const twice = applyCommands(once, "thanks-0", [{ kind: "sent", who: null }], NOW, settings);
    expect(twice.lines).toEqual(["Already marked as sent: Thank-you note to Talia Brooks."]);
    expect(twice.record).toEqual(once);
  });

  it("a snooze of a delivered reminder makes it planned again, two days on, on a business day", () => {
    const wednesday = new Date("2026-12-02T20:00:00Z");
    const { record: r, lines } = applyCommands(screen(), "thanks-0", [{ kind: "snooze", minutes: 2 * 1440 }], wednesday, settings);
    const f = r.followUps.find((x) => x.id === "thanks-0")!;
    expect([f.status, f.due]).toEqual(["pending", "2026-12-04T20:00:00.000Z"]); // Friday
    // From Thursday, two days is Saturday: it lands on Monday at the same hour.
    const fromThursday = applyCommands(screen(), "thanks-0", [{ kind: "snooze", minutes: 2 * 1440 }], NOW, settings).record;
    expect(fromThursday.followUps.find((x) => x.id === "thanks-0")!.due).toBe("2026-12-07T15:00:00.000Z");
    expect(lines.join(" ")).toMatch(/more than 48 hours after the interview/);
  });

  it("a snooze that keeps a thank-you within 48 hours says nothing of lateness", () => {
    const soon = new Date("2026-12-02T17:00:00Z");
    const { lines } = applyCommands(screen(), "thanks-0", [{ kind: "snooze", minutes: 3 * 60 }], soon, settings);
    expect(lines).toHaveLength(1);
  });

  it("`stop` cancels what was reminded too, and keeps what the seeker sent", () => {
    const marked = applyCommands(screen(), "thanks-1", [{ kind: "sent", who: null }], NOW, settings).record;
    const { record: r } = applyCommands(marked, null, [{ kind: "stop" }], NOW, settings);
    expect(r.followUps.map((f) => f.status)).toEqual(["cancelled", "sent", "cancelled", "cancelled", "cancelled"]);
  });
});
