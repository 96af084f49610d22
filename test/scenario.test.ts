/**
 * Sixty days of one job search through the real worker (issue 15; `npm run simulate` prints its log): round 1
 * with a panel of three, a Bcc'd thank-you, a snoozed status inquiry over the Christmas week, round 2, and a
 * rejection. The cron fires every hour. Every reminder must arrive once, in the order of its due time, on a
 * business day of the seeker (New York: no weekend, no US holiday), round 1's inquiries not after round 2 was
 * confirmed, and nothing after the rejection.
 */
import { afterAll, describe, expect, it, vi } from "vitest";
import { env } from "./support/env.ts";
import { corpusCase, parseMail, recordingMailer } from "./support/mail.ts";
import { allKeys, clearKv, deliver, testEnv, tick } from "./support/worker.ts";
import type { InterviewRecord } from "../src/store/schemas.ts";
import { isOpen } from "../src/domain/commands.ts";

afterAll(() => {
  vi.useRealTimers();
});

const c010 = corpusCase("010"); // Gridiron Payments, Staff Product Manager, Risk: a panel of three, Dec 10 20:00 UTC
const seeker = c010.expected.seeker.email;
const ZONE = "America/New_York"; // the deployment's SEEKER_TIME_ZONE
/** Days off in New York in the window, besides weekends: Christmas Eve (most employers), Christmas, New Year, MLK Day. */
const HOLIDAYS = new Set(["2026-12-24", "2026-12-25", "2027-01-01", "2027-01-18"]);
const FIRST = Date.parse("2026-12-03T04:00:00Z");
const DAYS = 60;
const HOUR = 3_600_000;

const ROUND_2_AT = "2027-01-04T15:00:00.000Z";
const REJECTION_AT = "2027-01-20T16:00:00.000Z";

function mail(lines: string[], headers: string[]): string {
  return [`From: Tomasz <${seeker}>`, ...headers, "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "", ...lines, ""].join("\r\n");
}

function forwarded(subject: string, id: string, body: string[]): string {
  return mail(["---------- Forwarded message ---------", "From: Brynn Talley <brynn.talley@gridiron.example>", "Date: Mon, Jan 4, 2027 at 9:00 AM",
    `Subject: ${subject}`, `To: <${seeker}>`, "", ...body, "", "Brynn Talley", "Recruiting Coordinator | Gridiron Payments"],
  ["To: followups@assistant.example", `Subject: Fwd: ${subject}`, `Message-ID: <${id}@gmail.example>`]);
}

const round2 = forwarded("Final round: Staff Product Manager, Risk at Gridiron Payments", "round-2", [
  "Hi Tomasz,", "", "We would love to have you back for the final round for the Staff Product Manager, Risk role at Gridiron Payments.",
  "It is confirmed for Thursday, January 7, 2027 at 1:00 PM MT (one hour) with Dana Cho (VP Product).",
]);
const rejection = forwarded("Your application at Gridiron Payments", "rejection", [
  "Hi Tomasz,", "", "Thank you for your time with the team. After careful consideration, we have decided not to move forward with your candidacy for the Staff Product Manager, Risk role.",
]);

type Arrival = { at: string; day: string; weekday: string; subject: string; messageId: string };

const local = (iso: string, part: "date" | "weekday") =>
  part === "date"
    ? new Intl.DateTimeFormat("en-CA", { timeZone: ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(iso))
    : new Intl.DateTimeFormat("en-US", { timeZone: ZONE, weekday: "short" }).format(new Date(iso));

async function records(): Promise<InterviewRecord[]> {
  const rs = await Promise.all((await allKeys("iv:")).map(async (k) => (await env.FOLLOWUPS.get(k, "json")) as InterviewRecord));
  return rs.sort((a, b) => a.start.localeCompare(b.start));
}

describe("sixty days of one job search", { timeout: 300_000 }, () => {
  it("every reminder once, in order, on a business day; nothing after round 2 for round 1, after the rejection only a note months on", async () => {
    await clearKv();
    const { mailer, sent } = recordingMailer();
    const e = testEnv({ REMINDERS: mailer });
    const log: string[] = [];
    const arrived: Arrival[] = [];
    const say = (at: string, what: string) => log.push(`${local(at, "date")} ${local(at, "weekday")}  ${what}`);

    await deliver(c010.raw, seeker, c010.expected.received_at, e);
    say(c010.expected.received_at, "forwarded round 1 (panel of three)");
    let bccDone = false;
    let snoozed = false;
    for (let t = FIRST; t < FIRST + DAYS * 86_400_000; t += HOUR) {
      const at = new Date(t).toISOString();
      if (at === ROUND_2_AT) {
        await deliver(round2, seeker, at, e);
        say(at, "forwarded round 2");
      }
      if (at === REJECTION_AT) {
        await deliver(rejection, seeker, at, e);
        say(at, "forwarded the rejection");
      }
      const before = sent.length;
      await tick(at, e);
      for (const s of sent.slice(before)) {
        const m = await parseMail(s.raw);
        const a = { at, day: local(at, "date"), weekday: local(at, "weekday"), subject: m.subject ?? "", messageId: m.messageId ?? "" };
        arrived.push(a);
        say(at, `reminder: ${a.subject}`);
        // The seeker writes to Rosa with the assistant in Bcc: her thank-you is marked sent.
        if (!bccDone && a.subject.startsWith("Send your thank-you notes")) {
          const note = mail(["Hi Rosa,", "", "Thank you for the conversation about fraud models today.", "", "Best,", "Tomasz"],
            ["To: Rosa Delgado <rosa.delgado@gridiron.example>", "Subject: Thank you", "Message-ID: <bcc-note@gmail.example>"]);
          await deliver(note, seeker, at, e);
          bccDone = true;
          say(at, "sent Rosa a thank-you with the assistant in Bcc");
        }
        // The first status inquiry comes in Christmas week: the seeker snoozes it two days.
        if (!snoozed && /status inquiry/i.test(a.subject)) {
          const reply = mail(["snooze 2d"], ["To: followups@assistant.example", `Subject: Re: ${a.subject}`, "Message-ID: <snooze@gmail.example>",
            `In-Reply-To: ${a.messageId}`, `References: ${a.messageId}`]);
          await deliver(reply, seeker, at, e);
          snoozed = true;
          say(at, "replied 'snooze 2d'");
        }
      }
    }
    console.log(`\n${log.join("\n")}\n${arrived.length} reminders over ${DAYS} days`);

    const [round1, round2Record] = await records();
    // Each reminder once: no Message-ID twice (a snoozed follow-up's second reminder is a new one).
    expect(new Set(arrived.map((a) => a.messageId)).size).toBe(arrived.length);
    for (const a of arrived) {
      expect(["Sat", "Sun"], `${a.subject} on ${a.day}`).not.toContain(a.weekday);
      expect(HOLIDAYS.has(a.day), `${a.subject} on ${a.day}`).toBe(false);
    }
    // In order: each reminder's follow-ups were due by its tick, and none left waiting past the next tick.
    expect(arrived.map((a) => a.at)).toEqual([...arrived.map((a) => a.at)].sort());
    expect(bccDone && snoozed).toBe(true);
    // The Bcc'd note marked Rosa's thank-you sent and kept its text.
    const rosa = round1!.followUps.find((f) => f.kind === "thank_you" && f.recipient?.name === "Rosa Delgado")!;
    expect([rosa.status, rosa.sentText]).toEqual(["sent", expect.stringContaining("fraud models")]);
    // The snoozed inquiry came again, later, once.
    const inquiries = arrived.filter((a) => /status inquiry/i.test(a.subject) && a.at < ROUND_2_AT);
    expect(inquiries.length).toBeGreaterThanOrEqual(2);
    // Round 2 took over from round 1: none of round 1's inquiries or check-ins after it was confirmed.
    expect(round2Record!.round).toBe(2);
    expect(arrived.filter((a) => a.at > ROUND_2_AT && a.subject.includes(`[ref ${round1!.id.slice(0, 8)}]`))).toEqual([]);
    // Its thank-yous stay as they were (reminded; Rosa's sent); its inquiries and check-ins are done or cancelled.
    expect(round1!.followUps.filter((f) => !f.kind.startsWith("thank_you") && isOpen(f)).map((f) => f.kind)).toEqual([]);
    // Each round's morning brought what to ask before leaving, before that round's thank-yous.
    const preps = arrived.filter((a) => a.subject.startsWith("Interview today"));
    expect(preps.map((a) => a.at < ROUND_2_AT)).toEqual([true, false]);
    expect(arrived.findIndex((a) => a.subject.startsWith("Send your thank-you"))).toBeGreaterThan(arrived.indexOf(preps[0]!));
    // Round 2's thank-yous came; after the rejection, nothing but one stay-in-touch note three months on.
    expect(arrived.some((a) => a.at > ROUND_2_AT && a.at < REJECTION_AT && a.subject.includes("Dana Cho"))).toBe(true);
    expect(arrived.filter((a) => a.at > REJECTION_AT)).toEqual([]);
    const later = round2Record!.followUps.filter((f) => f.status === "pending");
    expect(later.map((f) => f.kind)).toEqual(["stay_in_touch"]);
    expect(Date.parse(later[0]!.due) - Date.parse(REJECTION_AT)).toBeGreaterThan(89 * 86_400_000);
  });
});
