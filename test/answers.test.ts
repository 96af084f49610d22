import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { InterviewRecord } from "../src/store/schemas.ts";
import { env } from "./support/env.ts";
import { corpusCase, parseMail } from "./support/mail.ts";
import { allKeys, clearKv, deliver } from "./support/worker.ts";

afterEach(() => {
  vi.useRealTimers();
});
beforeEach(clearKv);

const c001 = corpusCase("001"); // Halcyon Freight, Nov 12; recruiter Rachel Whitford @halcyonfreight.example
const seeker = c001.expected.seeker.email;

async function records(): Promise<InterviewRecord[]> {
  return Promise.all((await allKeys("iv:")).map(async (k) => (await env.FOLLOWUPS.get(k, "json")) as InterviewRecord));
}

function forward(subject: string, fromLine: string, date: string, body: string[], id = `<fwd-${Math.random()}@test>`) {
  return [
    `From: Jordan Okafor <${seeker}>`, "To: followups@assistant.example", `Subject: Fwd: ${subject}`, `Message-ID: ${id}`, "",
    "fyi", "", "---------- Forwarded message ---------", `From: ${fromLine}`, `Date: ${date}`, `Subject: ${subject}`, `To: <${seeker}>`, "", ...body, "",
  ].join("\r\n");
}

describe("the company's answer", () => {
  it("a forwarded rejection stops the plan and answers with the gracious reply", async () => {
    await deliver(c001.raw, seeker, c001.expected.received_at);
    const raw = forward("Your application for Senior Data Engineer at Halcyon Freight", "Rachel Whitford <rachel.whitford@halcyonfreight.example>", "Tue, Nov 17, 2026 at 10:00 AM", [
      "Hi Jordan,", "", "Thank you for interviewing with us. After careful consideration, we've decided to move forward with other candidates.", "", "Rachel Whitford", "Technical Recruiter | Halcyon Freight",
    ]);
    const mail = await deliver(raw, seeker, "2026-11-17T15:00:00Z");
    const reply = await parseMail(mail.replies[0]!);
    expect(reply.subject).toMatch(/^Rejection: Senior Data Engineer at Halcyon Freight \[ref [0-9a-f]{8}\]$/);
    expect(reply.text).toContain("Reply to the rejection");
    // Only the stay-in-touch note is left, to the recruiter, about three months on.
    expect(reply.text).toMatch(/I will remind you to send Rachel Whitford a short stay-in-touch note/);
    const [r] = await records();
    expect(r!.followUps.filter((f) => f.status === "pending").map((f) => [f.kind, f.recipient?.name, f.due.slice(0, 7)])).toEqual([["stay_in_touch", "Rachel Whitford", "2027-02"]]);
    expect(await allKeys("due:")).toEqual([expect.stringMatching(/:stay-in-touch$/)]);
  });

  it("a forwarded offer stops the plan and answers with the offer reply, matched by the sender's domain", async () => {
    await deliver(c001.raw, seeker, c001.expected.received_at);
    const raw = forward("Good news", "Marcus Bell <marcus.bell@halcyonfreight.example>", "Wed, Nov 18, 2026 at 10:00 AM", [
      "Hi Jordan,", "", "We are thrilled to offer you the position. Details to follow.", "", "Marcus",
    ]);
    const mail = await deliver(raw, seeker, "2026-11-18T15:00:00Z");
    const reply = await parseMail(mail.replies[0]!);
    expect(reply.subject).toMatch(/^Offer: /);
    expect(reply.text).toContain("written offer");
    expect((await records())[0]!.followUps.some((f) => f.status === "pending")).toBe(false);
  });

  it("an out-of-office reply moves the next status inquiry to after the return", async () => {
    await deliver(c001.raw, seeker, c001.expected.received_at);
    const before = (await records())[0]!.followUps.find((f) => f.kind === "status_inquiry_1")!;
    const raw = forward("Automatic reply: Following up", "Rachel Whitford <rachel.whitford@halcyonfreight.example>", "Fri, Nov 20, 2026 at 9:05 AM", [
      "I am out of the office with limited access to email. I will be back on Monday, November 30.", "", "Rachel",
    ]);
    const mail = await deliver(raw, seeker, "2026-11-20T14:10:00Z");
    expect((await parseMail(mail.replies[0]!)).subject).toMatch(/^Moved: status inquiry/);
    const after = (await records())[0]!.followUps.find((f) => f.kind === "status_inquiry_1")!;
    expect(new Date(after.due).getTime()).toBeGreaterThan(new Date("2026-11-30T05:00:00Z").getTime());
    expect(new Date(after.due) > new Date(before.due)).toBe(true);
    expect((await allKeys("due:")).some((k) => k.startsWith(`due:${after.due}:`))).toBe(true);
    expect((await allKeys("due:")).some((k) => k.startsWith(`due:${before.due}:`) && k.endsWith("inquiry-1"))).toBe(false);
  });

  it("an invitation to a next round becomes a new interview with the same company", async () => {
    await deliver(c001.raw, seeker, c001.expected.received_at);
    const raw = forward("Next round: Senior Data Engineer at Halcyon Freight", "Rachel Whitford <rachel.whitford@halcyonfreight.example>", "Mon, Nov 16, 2026 at 9:00 AM", [
      "Hi Jordan,", "", "Great news: the team would like you to join the final round for the Senior Data Engineer role at Halcyon Freight.", "",
      "Date: Thursday, December 3, 2026", "Time: 10:00 AM - 12:00 PM ET", "Interviewers: Dana Cho, Director of Data", "",
    ]);
    const mail = await deliver(raw, seeker, "2026-11-16T14:05:00Z");
    expect((await parseMail(mail.replies[0]!)).subject).toMatch(/^Tracking: Senior Data Engineer at Halcyon Freight \[ref [0-9a-f]{8}\]$/);
    const all = await records();
    expect(all).toHaveLength(2);
    expect(all.map((r) => r.start).sort()).toEqual(["2026-11-12T18:00:00.000Z", "2026-12-03T15:00:00.000Z"]);
  });
});
