/**
 * Rounds (issue 15): an interview belongs to an application (company and role). The next round's confirmation
 * ends the earlier round's open status inquiries and check-ins, takes them out of the calendar, keeps its
 * thank-yous, and `status` groups what is open by application and round.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { env } from "./support/env.ts";
import { corpusCase, parseMail } from "./support/mail.ts";
import { allKeys, clearKv, deliver } from "./support/worker.ts";
import type { InterviewRecord } from "../src/store/schemas.ts";

afterEach(() => {
  vi.useRealTimers();
});
beforeEach(clearKv);

const c001 = corpusCase("001"); // Halcyon Freight, Senior Data Engineer, Nov 12
const seeker = c001.expected.seeker.email;

function forward(subject: string, lines: string[], id: string): string {
  return [`From: Jordan Okafor <${seeker}>`, "To: followups@assistant.example", `Subject: Fwd: ${subject}`, `Message-ID: <${id}@gmail.example>`,
    "Date: Tue, 17 Nov 2026 10:00:00 -0500", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "",
    "---------- Forwarded message ---------", "From: Rachel Whitford <rachel.whitford@halcyonfreight.example>",
    "Date: Tue, Nov 17, 2026 at 9:30 AM", `Subject: ${subject}`, `To: <${seeker}>`, "", ...lines, "", "Rachel Whitford", "Technical Recruiter | Halcyon Freight", ""].join("\r\n");
}

const finalRound = forward("Final round: Senior Data Engineer at Halcyon Freight", [
  "Hi Jordan,", "", "Great news: we would like you to join us for the final round for the Senior Data Engineer role at Halcyon Freight.",
  "It is confirmed for Tuesday, November 24, 2026 at 2:00 PM ET (45 minutes) with Dana Cho (VP Engineering).",
], "final-round");

async function records(): Promise<InterviewRecord[]> {
  const keys = await allKeys("iv:");
  const rs = await Promise.all(keys.map(async (k) => (await env.FOLLOWUPS.get(k, "json")) as InterviewRecord));
  return rs.sort((a, b) => a.start.localeCompare(b.start));
}

describe("rounds of one application", () => {
  it("the next round ends the earlier round's inquiries and check-ins, keeps its thank-yous, and says so", async () => {
    await deliver(c001.raw, seeker, c001.expected.received_at);
    const [before] = await records();
    const mail = await deliver(finalRound, seeker, "2026-11-17T15:05:00Z");
    const reply = await parseMail(mail.replies[0]!);
    expect(reply.text).toContain("round 2 interview with Halcyon Freight");
    expect(reply.text).toMatch(/round 1's \d+ open status inquiries and check-ins are no longer needed/);
    // The earlier round's events leave the calendar: a cancelling file beside the new plan.
    const text = (c: string | ArrayBuffer | Uint8Array) => (typeof c === "string" ? c : new TextDecoder().decode(c));
    const calendars = reply.attachments.filter((a) => a.mimeType.startsWith("text/calendar")).map((a) => text(a.content));
    expect(calendars.map((c) => /METHOD:(\w+)/.exec(c)?.[1])).toEqual(["PUBLISH", "CANCEL"]);

    const [round1, round2] = await records();
    expect([round1!.round, round2!.round]).toEqual([1, 2]);
    for (const f of round1!.followUps) {
      const was = before!.followUps.find((g) => g.id === f.id)!;
      // Its thank-yous and its interview-day reminder stay: that conversation happened, or is still to come.
      if (f.kind.startsWith("thank_you") || f.kind === "prep") expect(f.status).toBe(was.status);
      else expect(f.status).toBe("cancelled");
    }
    expect(round2!.followUps.some((f) => f.kind === "status_inquiry_1" && f.status === "pending")).toBe(true);
    // No due key of round 1's inquiries is left for the cron.
    const due = await allKeys("due:");
    expect(due.filter((k) => k.includes(round1!.id) && !k.includes("thanks") && !k.endsWith(":prep"))).toEqual([]);
  });

  it("another company's interview is no later round, and a later round of the same company with another role is not either", async () => {
    await deliver(c001.raw, seeker, c001.expected.received_at);
    const other = finalRound.replace(/Senior Data Engineer/g, "Staff Analytics Engineer").replace("final-round", "other-role");
    const reply = await parseMail((await deliver(other, seeker, "2026-11-17T15:05:00Z")).replies[0]!);
    expect(reply.text).not.toContain("round 2");
    const [round1] = await records();
    expect(round1!.followUps.every((f) => f.status === "pending")).toBe(true);
  });

  it("status groups open follow-ups by application and round", async () => {
    await deliver(c001.raw, seeker, c001.expected.received_at);
    const tracked = await parseMail((await deliver(finalRound, seeker, "2026-11-17T15:05:00Z")).replies[0]!);
    const ask = [`From: Jordan Okafor <${seeker}>`, "To: followups@assistant.example", `Subject: Re: ${tracked.subject}`, "Message-ID: <status-1@gmail.example>",
      `In-Reply-To: ${tracked.messageId}`, `References: ${tracked.messageId}`, "", "status", ""].join("\r\n");
    const status = await parseMail((await deliver(ask, seeker, "2026-11-18T15:00:00Z")).replies[0]!);
    const text = status.text ?? "";
    expect(text).toContain("Halcyon Freight – Senior Data Engineer, round 2:");
    expect(text.indexOf("round 2:")).toBeLessThan(text.indexOf("Thank-you note to Dana Cho") + 1);
    expect(text).not.toMatch(/round 1:[\s\S]*Status inquiry/);
  });
});
