/**
 * The plan's calendar (issue 15): each event says what to do and links the status page; a stop, a rejection
 * or a cancelled interview answers with METHOD:CANCEL for the same events, so they leave the seeker's calendar.
 */
import ICAL from "ical.js";
import { beforeEach, describe, expect, it } from "vitest";
import { cancelCalendar, planCalendar } from "../src/compose/calendar.ts";
import { corpusCase, parseMail } from "./support/mail.ts";
import { clearKv, deliver, storedRecord } from "./support/worker.ts";

beforeEach(clearKv);

const c = corpusCase("010");
const seeker = c.expected.seeker.email;
const events = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
const calendarsOf = async (raw: string) =>
  ((await parseMail(raw)).attachments ?? []).filter((a) => a.mimeType.startsWith("text/calendar")).map((a) => (typeof a.content === "string" ? a.content : new TextDecoder().decode(a.content)));

/** The seeker's one-line reply to one of our mails. */
const replyTo = (to: { subject?: string; messageId?: string }, line: string) =>
  [
    `From: Tomasz <${seeker}>`, "To: followups@assistant.example", `Subject: Re: ${to.subject}`, `Message-ID: <r-${Math.random()}@test>`,
    `In-Reply-To: ${to.messageId}`, `References: ${to.messageId}`, "", line, "",
  ].join("\r\n");

describe("the plan's calendar", () => {
  it("each event's description says what to do, and links the status page when there is one", async () => {
    await deliver(c.raw, seeker, c.expected.received_at);
    const r = await storedRecord();
    const ics = planCalendar(r, new Date(c.expected.received_at), "assistant.example", "https://followups.test/s/token");
    const first = events(ics)[0]!;
    const text = String(first.getFirstPropertyValue("description"));
    expect(text).toContain("Send your thank-you note to Rosa Delgado <rosa.delgado@gridiron.example>");
    expect(text).toContain('reply "sent" to the reminder');
    expect(text).toContain("Everything pending: https://followups.test/s/token");
  });

  it("cancels exactly the events whose follow-ups went away, under the same UIDs, with a later SEQUENCE", async () => {
    await deliver(c.raw, seeker, c.expected.received_at);
    const before = await storedRecord();
    const after = structuredClone(before);
    after.followUps[0]!.status = "cancelled";
    after.followUps[1]!.status = "sent";
    const plan = events(planCalendar(before, new Date("2026-12-03T04:00:00Z"), "assistant.example"));
    const ics = cancelCalendar(before, after, new Date("2026-12-05T10:00:00Z"), "assistant.example")!;
    expect(new ICAL.Component(ICAL.parse(ics)).getFirstPropertyValue("method")).toBe("CANCEL");
    const cancelled = events(ics);
    expect(cancelled.map((e) => e.getFirstPropertyValue("uid"))).toEqual(plan.slice(0, 2).map((e) => e.getFirstPropertyValue("uid")));
    for (const e of cancelled) {
      expect(e.getFirstPropertyValue("status")).toBe("CANCELLED");
      expect(Number(e.getFirstPropertyValue("sequence"))).toBeGreaterThan(Number(plan[0]!.getFirstPropertyValue("sequence")));
    }
    expect(cancelCalendar(before, before, new Date(), "assistant.example")).toBeNull();
  });
});

describe("through the worker", () => {
  it("'stop' answers with the cancelling calendar file for every planned event", async () => {
    const tracked = await deliver(c.raw, seeker, c.expected.received_at);
    const reply = await parseMail(tracked.replies[0]!);
    const [plan] = await calendarsOf(tracked.replies[0]!);
    const planned = events(plan!).map((e) => e.getFirstPropertyValue("uid"));
    const stopped = await deliver(replyTo(reply, "stop"), seeker, "2026-12-05T10:00:00Z");
    const [cancel] = await calendarsOf(stopped.replies[0]!);
    expect(cancel, "the stop answer carries a calendar file").toBeTruthy();
    expect(new ICAL.Component(ICAL.parse(cancel!)).getFirstPropertyValue("method")).toBe("CANCEL");
    expect(events(cancel!).map((e) => e.getFirstPropertyValue("uid")).sort()).toEqual([...planned].sort());
    expect((await parseMail(stopped.replies[0]!)).text).toContain("takes the cancelled follow-ups out of your calendar");
  });

  it("a snooze answers with the plan again, the moved event at its new time under the same UID", async () => {
    const tracked = await deliver(c.raw, seeker, c.expected.received_at);
    const reply = await parseMail(tracked.replies[0]!);
    const [plan] = await calendarsOf(tracked.replies[0]!);
    const snoozed = await deliver(replyTo(reply, "snooze 2d"), seeker, "2026-12-05T10:00:00Z");
    const [update] = await calendarsOf(snoozed.replies[0]!);
    expect(update, "the snooze answer carries the plan").toBeTruthy();
    const startOf = (ics: string) => new Map(events(ics).map((e) => [String(e.getFirstPropertyValue("uid")), String(e.getFirstPropertyValue("dtstart"))]));
    const before = startOf(plan!);
    const after = startOf(update!);
    const changed = [...after].filter(([uid, start]) => before.get(uid) !== start);
    expect(changed).toHaveLength(1);
    expect(before.has(changed[0]![0])).toBe(true);
  });
});
