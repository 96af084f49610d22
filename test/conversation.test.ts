/**
 * One scripted conversation through the real worker (issue 15's ten points, in the order a seeker meets them):
 * three interviews forwarded, about a dozen replies, and the cron firing at every due instant from December to
 * February. Each step checks the point it reproduces; the numbers are the issue's.
 */
import { afterAll, describe, expect, it, vi } from "vitest";
import { verifyLink } from "../src/links.ts";
import type { InterviewRecord } from "../src/store/schemas.ts";
import { isOpen } from "../src/domain/commands.ts";
import { env } from "./support/env.ts";
import { corpusCase, parseMail, recordingMailer } from "./support/mail.ts";
import { allKeys, clearKv, deliver, testEnv, tick } from "./support/worker.ts";

afterAll(() => {
  vi.useRealTimers();
});

const c010 = corpusCase("010"); // Gridiron Payments: an onsite panel of three, Thu Dec 10 2026 20:00 UTC
const seeker = c010.expected.seeker.email;
const ZONE = "America/New_York"; // the deployment's SEEKER_TIME_ZONE
const DAYS_OFF = new Set(["2026-12-24", "2026-12-25", "2027-01-01", "2027-01-18"]);
const SECRET = "test-secret-for-signed-links";

const { mailer, sent } = recordingMailer();
const e = testEnv({ REMINDERS: mailer });

function forward(id: string, from: string, subject: string, body: string[]): string {
  return [`From: Tomasz <${seeker}>`, "To: followups@assistant.example", `Subject: Fwd: ${subject}`, `Message-ID: <${id}@gmail.example>`,
    "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "",
    "---------- Forwarded message ---------", `From: ${from}`, "Date: Mon, Dec 14, 2026 at 9:00 AM", `Subject: ${subject}`, `To: <${seeker}>`, "",
    ...body, ""].join("\r\n");
}

const northwind = forward("northwind-1", "Talia Reyes <talia.reyes@northwind.example>", "Interview confirmation: Data Engineer at Northwind", [
  "Hi Tomasz,", "",
  "Your interview for the Data Engineer role at Northwind is confirmed for Wednesday, December 16, 2026 at 11:00 AM ET (45 minutes).",
  "You will meet Kwame Mensah (Engineering Manager, kwame.mensah@northwind.example) on Google Meet: https://meet.google.com/abc-defg-hij", "",
  "Best,", "Talia Reyes", "Recruiter | Northwind",
]);
const northwind2 = forward("northwind-2", "Talia Reyes <talia.reyes@northwind.example>", "Next round: Data Engineer at Northwind", [
  "Hi Tomasz,", "",
  "Great news: we would like to invite you to the next round for the Data Engineer role at Northwind.",
  "It is confirmed for Tuesday, January 12, 2027 at 10:00 AM ET (one hour) with Ines Duarte (Staff Engineer, ines.duarte@northwind.example).", "",
  "Best,", "Talia Reyes", "Recruiter | Northwind",
]);
const fabrikam = forward("fabrikam-1", "Fabrikam Careers <careers@fabrikam.example>", "Your interview with Fabrikam", [
  "Hi Tomasz,", "",
  "Your interview with Fabrikam is confirmed for Thursday, December 17, 2026 at 2:00 PM ET with Priya Natarajan (Director of Analytics).",
  "Questions? Write to talent@fabrikam.example.", "",
  "The Fabrikam Talent Team",
]);

/** A reply to one of our mails, quoting its Message-ID as a mail client does. */
function reply(to: { subject: string; messageId: string }, lines: string[], id: string): string {
  return [`From: Tomasz <${seeker}>`, "To: followups@assistant.example", `Subject: Re: ${to.subject}`, `Message-ID: <${id}@gmail.example>`,
    `In-Reply-To: ${to.messageId}`, `References: ${to.messageId}`, "", ...lines, ""].join("\r\n");
}

async function answerTo(raw: string, at: string) {
  const out = await deliver(raw, seeker, at, e);
  const mail = await parseMail(out.answers[0]!);
  return { subject: mail.subject ?? "", messageId: mail.messageId ?? "", text: mail.text ?? "", mail };
}

async function records(): Promise<InterviewRecord[]> {
  const rs = await Promise.all((await allKeys("iv:")).map(async (k) => (await env.FOLLOWUPS.get(k, "json")) as InterviewRecord));
  return rs.sort((a, b) => a.start.localeCompare(b.start));
}
const byCompany = async (company: string, round = 1) => (await records()).find((r) => r.company === company && r.round === round)!;

/** The cron, fired at every due instant up to `until` (as the platform's every-five-minutes trigger would). */
async function cronUntil(until: string): Promise<void> {
  for (;;) {
    const next = (await allKeys("due:")).map((k) => k.slice(4, 28)).sort()[0];
    if (!next || next > until) return;
    await tick(next, e);
  }
}

const localDay = (iso: string) => new Intl.DateTimeFormat("en-CA", { timeZone: ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(iso));
const weekday = (iso: string) => new Intl.DateTimeFormat("en-US", { timeZone: ZONE, weekday: "short" }).format(new Date(iso));
const calendars = (mail: Awaited<ReturnType<typeof parseMail>>) =>
  (mail.attachments ?? []).filter((a) => a.mimeType.startsWith("text/calendar")).map((a) => (typeof a.content === "string" ? a.content : new TextDecoder().decode(a.content)));
const reminders = async () => Promise.all(sent.map(async (s) => parseMail(s.raw)));

describe("a scripted conversation: issue 15's ten points", { timeout: 120_000 }, () => {
  it("each point behaves as a careful seeker expects", async () => {
    await clearKv();

    // 9. The plan's calendar file describes each event, and the status link lives as long as the plan.
    const gridiron = await answerTo(c010.raw, c010.expected.received_at);
    const [plan] = calendars(gridiron.mail);
    expect(plan, "9: the events carry descriptions").toMatch(/BEGIN:VEVENT[\s\S]*?DESCRIPTION:[^\r\n]{20,}/);
    const status = gridiron.text.match(/See everything pending: (\S+)/)![1]!.split("/s/")[1]!;
    const link = await verifyLink(SECRET, status, new Date(c010.expected.received_at));
    const lastDue = Math.max(...(await byCompany("Gridiron Payments")).followUps.map((f) => Date.parse(f.due)));
    expect(link.ok && link.payload.e * 1000, "9: the status link outlives the plan").toBeGreaterThanOrEqual(lastDue);

    // 10. The panel's thank-yous come in one reminder with every draft.
    await cronUntil("2026-12-12T00:00:00Z");
    const [prep, ...loop] = await reminders();
    // The morning of the interview comes first: what to ask before leaving, with the replies that use the answers.
    expect(prep!.subject, "the interview-day reminder").toMatch(/^Interview today: what to ask before you leave/);
    expect(prep!.text).toMatch(/timeline: [\s\S]*contact: Name <address>/);
    expect(loop.length, "10: one mail for the loop").toBe(1);
    const panel = (await byCompany("Gridiron Payments")).followUps.filter((f) => f.kind === "thank_you");
    for (const f of panel) expect(loop[0]!.text, `10: the draft to ${f.recipient!.name}`).toContain(f.recipient!.name.split(" ")[0]);

    // 7. A snooze on a Friday lands on a business day, and says when a thank-you slips past 48 hours.
    const snoozeAt = "2026-12-11T21:00:00Z"; // Friday 4 PM in New York
    expect(weekday(snoozeAt)).toBe("Fri");
    const snoozed = await answerTo(reply({ subject: loop[0]!.subject ?? "", messageId: loop[0]!.messageId ?? "" }, ["snooze 1d"], "snooze"), snoozeAt);
    expect(snoozed.text, "7: the slip past 48 hours is said").toContain("more than 48 hours after the interview");
    for (const f of (await byCompany("Gridiron Payments")).followUps.filter((g) => g.kind === "thank_you")) {
      expect(["Sat", "Sun"], `7: ${f.recipient!.name}'s thank-you not on a weekend`).not.toContain(weekday(f.due));
    }

    // 8. A mail without a role and without a named recruiter: the reply says how to add the role, and the
    // inquiries go to the team's mailbox, not to the interviewer.
    const fab = await answerTo(fabrikam, "2026-12-14T16:00:00Z");
    expect(fab.text, "8: the missing role is asked for with role:").toContain("role:");
    expect(fab.text, "8: not 'forward it again'").not.toMatch(/forward (it|the mail) again/i);
    const fabRecord = await byCompany("Fabrikam");
    const inquiries = fabRecord.followUps.filter((f) => f.kind.startsWith("status_inquiry"));
    // The mail came from the careers mailbox and named talent@ too: either is the team's, never the interviewer.
    for (const f of inquiries) expect(f.recipient?.email, "8: inquiries to the team mailbox").toMatch(/^(careers|talent)@fabrikam\.example$/);

    // 3. A note is woven into the draft, not pasted.
    const nw = await answerTo(northwind, "2026-12-14T15:00:00Z");
    const noted = await answerTo(reply(nw, ["notes: we discussed the data pipeline migration"], "notes"), "2026-12-14T15:30:00Z");
    expect(noted.text).not.toContain("of we discussed");

    // 5. A delivered reminder is "reminded", not "sent"; `sent` then marks it.
    const before = sent.length;
    await cronUntil("2026-12-18T00:00:00Z");
    const nwReminder = (await reminders()).slice(before).find((m) => m.subject?.includes("Northwind") && m.subject.startsWith("Send"))!;
    expect(nwReminder.text, "3: the draft carries the topic").toContain("the data pipeline migration");
    expect(nwReminder.text, "3: not pasted word for word").not.toContain("we discussed the data pipeline migration");
    expect(nwReminder.text, "3: the reminder says the draft is personalised").toContain("already mentions the topic");
    const kwameThanks = () => byCompany("Northwind").then((r) => r.followUps.find((f) => f.kind === "thank_you" && f.recipient?.name === "Kwame Mensah")!);
    expect((await kwameThanks()).status, "5: reminded, not sent").toBe("reminded");
    const marked = await answerTo(reply({ subject: nwReminder.subject ?? "", messageId: nwReminder.messageId ?? "" }, ["sent Kwame"], "sent-kwame"), "2026-12-17T18:00:00Z");
    expect(marked.text).not.toContain("Nothing pending matched");
    expect((await kwameThanks()).status, "5: marked sent by the reply").toBe("sent");

    // 1. `sent Talia` marks one follow-up of hers, never her whole series.
    const talia = () => byCompany("Northwind").then((r) => r.followUps.filter((f) => f.recipient?.name === "Talia Reyes"));
    const openBefore = (await talia()).filter((f) => f.status === "pending" || f.status === "reminded").length;
    await answerTo(reply(nw, ["sent Talia"], "sent-talia"), "2026-12-17T19:00:00Z");
    const openAfter = (await talia()).filter((f) => f.status === "pending" || f.status === "reminded").length;
    expect(openAfter, "1: exactly one of Talia's follow-ups marked").toBe(openBefore - 1);
    expect(openAfter, "1: her inquiries stay").toBeGreaterThan(0);

    // 6. `status` lists by time, not by the weekday's name.
    const listed = await answerTo(reply(nw, ["status"], "status"), "2026-12-17T20:00:00Z");
    expect(listed.text).not.toContain("Nothing is pending");
    // Each group's lines, read back as instants: they must ascend (sorting by text put "Fri" before "Mon").
    const groups = listed.text.split(/\n\s*\n/).map((g) => [...g.matchAll(/^\s+\w{3}, (\w{3} \d+, \d{4}), (\d+:\d+ [AP]M)/gm)].map((m) => Date.parse(`${m[1]} ${m[2]}`)));
    const listedGroups = groups.filter((g) => g.length > 1);
    expect(listedGroups.length, "6: the status lists the open follow-ups").toBeGreaterThanOrEqual(2);
    for (const g of listedGroups) expect(g, "6: by time").toEqual([...g].sort((x, y) => x - y));
    // 4. The next round ends round 1's inquiries and check-ins; status tells the rounds apart.
    await cronUntil("2027-01-04T14:00:00Z");
    const round2 = await answerTo(northwind2, "2027-01-04T15:00:00Z");
    expect(round2.text, "4: the reply names the round").toMatch(/round 2/i);
    const r1 = await byCompany("Northwind", 1);
    expect(r1.followUps.filter((f) => !f.kind.startsWith("thank_you") && isOpen(f)), "4: nothing of round 1 left to ask").toEqual([]);
    const afterRound2 = sent.length;
    const roundsStatus = await answerTo(reply(round2, ["status"], "status-2"), "2027-01-04T16:00:00Z");
    expect(roundsStatus.text, "4: status groups by round").toMatch(/Northwind – Data Engineer, round 2/);

    // 9. `stop` cancels the stopped events in the seeker's calendar.
    const stopped = await answerTo(reply(fab, ["stop"], "stop-fab"), "2027-01-04T17:00:00Z");
    expect(calendars(stopped.mail).some((c) => c.includes("METHOD:CANCEL")), "9: stop sends METHOD:CANCEL").toBe(true);

    await cronUntil("2027-02-28T00:00:00Z");
    // 4. Round 1's inquiries never fire after round 2 was confirmed.
    const late = (await reminders()).slice(afterRound2).filter((m) => m.subject?.includes(`[ref ${r1.id.slice(0, 8)}]`));
    expect(late.map((m) => m.subject), "4: no round-1 inquiry after round 2").toEqual([]);

    // 2. Nothing was planned or delivered on a weekend or a public holiday of the seeker's country.
    for (const r of await records()) {
      for (const f of r.followUps) {
        if (f.status === "cancelled") continue;
        expect(DAYS_OFF.has(localDay(f.due)), `2: ${r.company} ${f.id} on ${localDay(f.due)}`).toBe(false);
        expect(["Sat", "Sun"], `2: ${r.company} ${f.id} on a weekend`).not.toContain(weekday(f.due));
      }
    }
    for (const m of await reminders()) {
      const at = m.date ? new Date(m.date).toISOString() : "";
      expect(DAYS_OFF.has(localDay(at)), `2: a reminder went out on ${localDay(at)}`).toBe(false);
    }
  });
});
