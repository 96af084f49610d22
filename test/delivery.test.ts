import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { env } from "./support/env.ts";
import { corpusCase, parseMail, recordingMailer } from "./support/mail.ts";
import { allKeys, clearKv, deliver, instrumentedKv, storedRecord, testEnv, tick } from "./support/worker.ts";

afterEach(() => {
  vi.useRealTimers();
});
beforeEach(clearKv);

const c001 = corpusCase("001"); // one interviewer, a recruiter contact; ends 2026-11-12T18:45Z
const track = () => deliver(c001.raw, c001.expected.seeker.email, c001.expected.received_at);
const subjects = async (sent: Array<{ raw: string }>) => Promise.all(sent.map(async (s) => (await parseMail(s.raw)).subject ?? ""));

async function thankYous(): Promise<number> {
  return (await storedRecord()).followUps.filter((f) => f.kind.startsWith("thank_you")).length;
}

describe("scheduled handler", () => {
  it("sends each due reminder once, in order, and nothing on a repeated tick", async () => {
    await track();
    const { mailer, sent } = recordingMailer();
    const e = testEnv({ REMINDERS: mailer });

    await tick("2026-11-12T11:00:00Z", e); // before anything is due
    expect(sent).toHaveLength(0);
    await tick("2026-11-12T12:00:00Z", e); // 7 AM on the interview's day: what to ask before leaving
    expect(await subjects(sent)).toEqual([expect.stringMatching(/^Interview today: what to ask before you leave/)]);
    await tick("2026-11-12T19:00:00Z", e); // after the interview, before the thank-yous are due
    expect(sent).toHaveLength(1);

    await tick("2026-11-13T02:00:00Z", e);
    // The interviewer's and the recruiter's thank-yous fall due together: one mail with both drafts.
    expect(await thankYous()).toBe(2);
    expect(sent).toHaveLength(2);
    const reminder = await parseMail(sent[1]!.raw);
    expect(sent[1]!.to).toBe(c001.expected.seeker.email);
    expect(reminder.subject).toMatch(/^Send your thank-you notes to Marcus Bell and \S/);
    expect(reminder.text).toContain("Hi Marcus,");
    expect(reminder.text!.match(/^=== Draft to /gm)).toHaveLength(2);
    expect(reminder.headers.find((h) => h.key === "auto-submitted")?.value).toBe("auto-generated");

    await tick("2026-11-13T02:00:00Z", e);
    expect(sent).toHaveLength(2);

    const planned = (await storedRecord()).followUps.length;
    // Everything is due by June: the backlog drains over the next ticks, a tick's share at a time.
    for (let t = Date.parse("2027-06-01T12:00:00Z"), n = 0; (await allKeys("due:")).length && n < 20; t += 300_000, n++) await tick(new Date(t).toISOString(), e);
    expect(sent).toHaveLength(planned - 1); // the two thank-yous came in one mail
    expect(await allKeys("due:")).toEqual([]);
    expect((await storedRecord()).followUps.every((f) => f.status === "reminded")).toBe(true);
  });

  it("costs one KV operation when nothing is due, however much is stored", async () => {
    await track();
    const kv = instrumentedKv(env.FOLLOWUPS);
    await tick("2026-11-12T11:00:00Z", testEnv({ FOLLOWUPS: kv.kv, REMINDERS: recordingMailer().mailer }));
    expect(kv.counts).toEqual({ get: 0, put: 0, list: 1, delete: 0 });
  });

  it("sends an overdue reminder after an outage, marked late with an adjusted draft", async () => {
    await track();
    const { mailer, sent } = recordingMailer();
    await tick("2026-11-16T14:00:00Z", testEnv({ REMINDERS: mailer })); // three days after the thank-you was due
    const mails = await Promise.all(sent.map((s) => parseMail(s.raw)));
    const late = mails.find((m) => m.subject?.includes("Marcus Bell"))!;
    expect(late.text).toContain("This reminder is late");
    expect(late.text).toContain("I apologize for the delay in writing.");
  });

  it("retries a failed send with backoff, then sends it once", async () => {
    await track();
    const n = await thankYous();
    const { mailer, sent } = recordingMailer({ failTimes: 1 });
    const e = testEnv({ REMINDERS: mailer });
    const at = new Date("2026-11-13T02:00:00Z").getTime();
    await tick(new Date(at).toISOString(), e); // the loop's one mail fails
    expect(sent).toHaveLength(0);
    expect((await storedRecord()).followUps.filter((f) => f.attempts === 1)).toHaveLength(n); // the whole loop waits
    await tick(new Date(at + 60_000).toISOString(), e); // before the backoff: nothing, not even the loop's others
    expect(sent).toHaveLength(0);
    await tick(new Date(at + 5 * 60_000).toISOString(), e);
    expect(sent).toHaveLength(1);
    await tick(new Date(at + 60 * 60_000).toISOString(), e);
    expect(sent).toHaveLength(1);
    expect(await allKeys("due:2026-11-13")).toEqual([]);
  });

  it("tells the seeker, with the draft, when a reminder cannot be sent after every retry", async () => {
    await track();
    let attempts = 0;
    const sent: string[] = [];
    const mailer = {
      async send(m: { from: string; to: string }) {
        attempts++;
        const raw = (m as unknown as Record<string, string>)["EmailMessage::raw"]!;
        const mail = await parseMail(raw);
        if (!mail.subject?.startsWith("Could not deliver")) throw new Error("down (test)");
        sent.push(mail.text ?? "");
        return { messageId: "x" };
      },
    } as unknown as SendEmail;
    const e = testEnv({ REMINDERS: mailer });
    let t = new Date("2026-11-13T02:00:00Z").getTime();
    for (let i = 0; i < 8; i++, t += 3 * 3600_000) await tick(new Date(t).toISOString(), e);
    const failed = (await storedRecord()).followUps.filter((f) => f.status === "failed");
    const n = await thankYous();
    expect(failed).toHaveLength(n);
    expect(sent.length).toBe(n);
    expect(sent[0]).toContain("Here is its draft so nothing is lost");
    expect(attempts).toBe(5 + n); // five tries of the loop's one mail, then a failure notice per draft
  });

  it("sends nothing twice when two ticks overlap", async () => {
    await track();
    const { mailer, sent } = recordingMailer();
    const e = testEnv({ REMINDERS: mailer });
    await Promise.all([tick("2026-11-13T02:00:00Z", e), tick("2026-11-13T02:00:00Z", e), tick("2026-11-13T02:05:00Z", e)]);
    // A tick that lost a claim race leaves the reminder for the next one: late by a tick, never twice.
    await tick("2026-11-13T02:10:00Z", e);
    await tick("2026-11-13T02:15:00Z", e);
    const got = await subjects(sent);
    expect(got.sort()).toEqual([...new Set(got)].sort());
    expect(sent).toHaveLength(1); // the loop's one mail
  });

  it.for([
    ["the claim", 1],
    ["the thread key, before the send", 2],
    ["marking it sent, after the send", 3],
  ] as const)("loses and doubles nothing when KV put fails at %s", async ([, failingPut]) => {
    await track();
    const { mailer, sent } = recordingMailer();
    let failed = false;
    const kv = instrumentedKv(env.FOLLOWUPS, (op, n) => {
      if (op !== "put" || n !== failingPut || failed) return false;
      return (failed = true);
    });
    await tick("2026-11-13T02:00:00Z", testEnv({ FOLLOWUPS: kv.kv, REMINDERS: mailer }));
    await tick("2026-11-13T02:05:00Z", testEnv({ REMINDERS: mailer }));
    await tick("2026-11-13T03:00:00Z", testEnv({ REMINDERS: mailer })); // past any claim timeout
    const got = (await subjects(sent)).filter((s) => /thank/i.test(s));
    expect(got.sort()).toEqual([...new Set(got)].sort()); // nothing doubled
    expect(got).toHaveLength(1); // nothing lost: the loop's one mail
  });

  it("works in bounded batches and leaves the rest for the next tick", async () => {
    const { MAX_REMINDERS_PER_TICK } = await import("../src/handlers/scheduled.ts");
    // Twelve different interviews (different start minutes) whose thank-yous fall due together.
    const mk = (i: number) => c001.raw.replace(/^Message-ID: .*$/m, `Message-ID: <batch-${i}@test>`).replaceAll("1:00 PM - 1:45 PM", `1:${String(i).padStart(2, "0")} PM - 1:45 PM`);
    for (let i = 0; i < 12; i++) await deliver(mk(i), c001.expected.seeker.email, c001.expected.received_at);
    expect(await allKeys("iv:")).toHaveLength(12);
    const { mailer, sent } = recordingMailer();
    const e = testEnv({ REMINDERS: mailer });
    const total = (await allKeys("due:")).filter((k) => k < "due:2026-11-13T02:00:00.000Z;").length;
    expect(total).toBeGreaterThan(2 * MAX_REMINDERS_PER_TICK);
    // Each tick reads at most MAX_REMINDERS_PER_TICK due keys; a loop's keys go in one mail.
    const perTick: number[] = [];
    for (let t = Date.parse("2026-11-13T02:00:00Z"); (await allKeys("due:")).some((k) => k < "due:2026-11-13T02:00:00.000Z;"); t += 300_000) {
      const before = sent.length;
      await tick(new Date(t).toISOString(), e);
      perTick.push(sent.length - before);
      expect(perTick.length).toBeLessThanOrEqual(Math.ceil(12 / MAX_REMINDERS_PER_TICK) + 1);
    }
    expect(perTick.length).toBeGreaterThan(1);
    expect(Math.max(...perTick)).toBeLessThanOrEqual(MAX_REMINDERS_PER_TICK);
    expect(sent).toHaveLength(12); // one per interview
    expect(new Set(await subjects(sent)).size).toBe(12);
  });
});

describe("changes to a tracked interview", () => {
  const c008 = corpusCase("008"); // a Lever reschedule notice for Kestrel Aerospace

  it("a reschedule moves every pending follow-up and keeps what was sent", async () => {
    // The original confirmation: the old slot (Tue Dec 1, 10-11 AM PST), same company.
    const before = [
      "From: Keisha Thompson <keisha.thompson@outlook.example>",
      "To: followups@assistant.example",
      "Subject: Fw: Your interview with Kestrel Aerospace",
      "Message-ID: <original-kestrel@test>",
      "Date: Mon, 23 Nov 2026 09:00:00 -0800",
      "",
      "________________________________",
      "From: Marco Rinaldi <marco.rinaldi@kestrelaero.example>",
      "Sent: Monday, November 23, 2026 8:30 AM",
      "Subject: Your interview with Kestrel Aerospace",
      "",
      "Hi Keisha, your Embedded Software Engineer interview is confirmed for Tuesday, December 1, 2026, 10:00 AM - 11:00 AM PST with Hannah Osei - Principal Engineer, Flight Software.",
      "",
    ].join("\r\n");
    await deliver(before, "keisha.thompson@outlook.example", "2026-11-23T17:00:00Z");
    const old = await storedRecord();
    expect(old.start).toBe("2026-12-01T18:00:00.000Z");
    // A follow-up already sent must stay sent when the interview moves.
    const sentOne = old.followUps.find((f) => f.kind === "status_inquiry_1")!;
    sentOne.status = "sent";
    sentOne.sentAt = "2026-11-25T14:00:00.000Z";
    await env.FOLLOWUPS.put(`iv:${old.id}`, JSON.stringify(old));
    await env.FOLLOWUPS.delete(`due:${sentOne.due}:${old.id}:${sentOne.id}`); // as the tick that sent it does

    const mail = await deliver(c008.raw, c008.expected.seeker.email, c008.expected.received_at);
    const reply = await parseMail(mail.replies[0]!);
    expect(reply.subject).toMatch(/^Rescheduled/);
    expect(await allKeys("iv:")).toHaveLength(1);
    const moved = await storedRecord();
    expect(moved.start).toBe("2026-12-03T21:30:00.000Z");
    const due = await allKeys("due:");
    expect(due).toHaveLength(moved.followUps.filter((f) => f.status === "pending").length);
    expect(moved.followUps.find((f) => f.id === sentOne.id)).toMatchObject({ status: "sent", sentAt: sentOne.sentAt, due: sentOne.due });
    for (const f of moved.followUps.filter((x) => x.status === "pending" && x.kind !== "prep")) expect(new Date(f.due).getTime()).toBeGreaterThan(new Date(moved.end!).getTime());
    // The interview-day reminder moves to the new day's morning, before the interview.
    const prep = moved.followUps.find((f) => f.kind === "prep")!;
    expect([prep.status, prep.due.slice(0, 10), prep.due < moved.start]).toEqual(["pending", moved.start.slice(0, 10), true]);
  });

  it("a cancellation cancels every pending follow-up", async () => {
    const c007 = corpusCase("007"); // Exchange METHOD:CANCEL for Saffron Ledger, Mon 23 Nov 11:30 IST
    const confirmation = [
      "From: Rohan Mehta <rohan.mehta@gmail.example>",
      "To: followups@assistant.example",
      "Subject: Fwd: Interview: Site Reliability Engineer",
      "Message-ID: <saffron-confirm@test>",
      "Date: Wed, 18 Nov 2026 10:00:00 +0000",
      "",
      "---------- Forwarded message ---------",
      "From: Divya Krishnan <divya.krishnan@saffronledger.example>",
      "Date: Wed, Nov 18, 2026 at 3:00 PM",
      "Subject: Interview: Site Reliability Engineer",
      "",
      "Hi Rohan, your technical round for the Site Reliability Engineer role at Saffron Ledger is confirmed for Monday, 23 November 2026, 11:30 AM - 12:30 PM IST with Karthik Subramanian (Principal SRE) and Ananya Iyer (SRE Manager).",
      "",
    ].join("\r\n");
    await deliver(confirmation, c007.expected.seeker.email, "2026-11-18T10:00:00Z");
    const tracked = await storedRecord();
    expect(tracked.start).toBe("2026-11-23T06:00:00.000Z");
    expect(tracked.followUps.every((f) => f.status === "pending")).toBe(true);

    const mail = await deliver(c007.raw, c007.expected.seeker.email, c007.expected.received_at);
    const reply = await parseMail(mail.replies[0]!);
    expect(reply.subject).toMatch(/^Cancelled/);
    const r = await storedRecord();
    expect(r.cancelledAt).not.toBeNull();
    expect(r.followUps.every((f) => f.status === "cancelled")).toBe(true);
    expect(await allKeys("due:")).toEqual([]);
    const { mailer, sent } = recordingMailer();
    await tick("2027-06-01T00:00:00Z", testEnv({ REMINDERS: mailer }));
    expect(sent).toEqual([]);
  });

  it("the same confirmation forwarded twice changes nothing", async () => {
    await track();
    const stored = async () => (await allKeys()).filter((k) => !k.startsWith("thread:") && !k.startsWith("rate:")); // bookkeeping per mail, not data
    const keysBefore = await stored();
    const before = await storedRecord();
    const again = c001.raw.replace(/^Message-ID: .*$/m, "Message-ID: <forwarded-again@test>");
    const mail = await deliver(again, c001.expected.seeker.email, "2026-11-04T08:00:00Z");
    const reply = await parseMail(mail.replies[0]!);
    expect(reply.subject).toMatch(/^Already tracking/);
    expect(await stored()).toEqual(keysBefore);
    expect(await storedRecord()).toEqual(before);
  });
});

describe("reminder mail", () => {
  it("carries the draft with a prefilled mailto link, both zones, and what comes next", async () => {
    const c = corpusCase("010"); // interviewers with addresses, Mountain time; the seeker's zone is New York
    await deliver(c.raw, c.expected.seeker.email, c.expected.received_at);
    const { mailer, sent } = recordingMailer();
    await tick("2026-12-11T03:00:00Z", testEnv({ REMINDERS: mailer }));
    const mail = await parseMail(sent[0]!.raw);
    expect(sent).toHaveLength(1); // the panel's four thank-yous in one mail
    expect(mail.subject).toMatch(/^Send your thank-you notes to Rosa Delgado, Kwame Mensah, Ingrid Halvorsen and Brynn Talley – Staff Product Manager, Risk at Gridiron Payments \[ref [0-9a-f]{8}\]$/);
    expect(mail.text).toContain("Thu, Dec 10, 2026, 1:00 PM – 2:00 PM MST");
    expect(mail.text).toContain("Thu, Dec 10, 2026, 3:00 PM – 4:00 PM EST your time");
    const link = mail.text!.match(/mailto:\S+/)![0];
    const url = new URL(link);
    expect(url.pathname).toBe("rosa.delgado@gridiron.example");
    expect(url.searchParams.get("subject")).toBe("Thank you – Staff Product Manager, Risk interview – Tomasz Wiśniewski");
    expect(url.searchParams.get("body")).toContain("Hi Rosa,");
    expect(mail.text).toContain("Hi Kwame,");
    expect(mail.text).toMatch(/Next in the plan: first status inquiry/);
    expect(mail.text!.match(/^Stop all follow-ups/gm)).toHaveLength(1); // the loop's other drafts carry their own two links
  });
});
