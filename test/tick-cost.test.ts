/**
 * What a cron tick costs in KV operations with 10,000 follow-ups stored,
 * counted through an instrumented binding over the real storage code. Printed,
 * and bounded: an empty tick must stay at most 2 operations.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { newRecord } from "../src/domain/changes.ts";
import { MAX_REMINDERS_PER_TICK } from "../src/handlers/scheduled.ts";
import { saveNewInterview } from "../src/store/interviews.ts";
import type { Extraction } from "../src/extract/types.ts";
import { env } from "./support/env.ts";
import { recordingMailer } from "./support/mail.ts";
import { clearKv, instrumentedKv, testEnv, tick } from "./support/worker.ts";

const STORED = 10_000;
const person = (name: string) => ({ name, email: `${name.toLowerCase().replace(" ", ".")}@co.example`, title: null });

function extraction(start: string): Extraction {
  return {
    kind: "interview", company: "Acme", role: "Engineer", start, end: new Date(new Date(start).getTime() + 3600_000).toISOString(),
    timeZone: "America/New_York", zoneAssumed: false, teamMailbox: null, interviewers: [person("Ana Silva"), person("Bo Kim"), person("Cy Diaz")],
    contacts: [person("Rae Chen")], meetingUrl: null, inviteUid: null, timeline: null, notInterviewReason: null, returnsOn: null,
    original: { from: null, fromName: null, subject: null, date: null }, missing: [], warnings: [], confidence: { start: "sure", company: "sure", role: "sure", interviewers: "sure" },
  };
}

describe("cost of a cron tick", () => {
  const now = new Date("2027-01-04T15:00:00Z");
  beforeAll(async () => {
    await clearKv();
    const seeker = { email: "jordan.okafor@gmail.example", name: "Jordan Okafor" };
    const settings = { seekerTimeZone: "America/New_York" };
    let stored = 0;
    // Ten thank-yous due at `now`; the rest in the future.
    const soon = newRecord("due-now-a", "<a@t>", extraction("2027-01-04T10:00:00Z"), seeker, settings, new Date("2027-01-01T00:00:00Z"));
    const soon2 = newRecord("due-now-b", "<b@t>", extraction("2027-01-04T10:00:00Z"), seeker, settings, new Date("2027-01-01T00:00:00Z"));
    const soon3 = newRecord("due-now-c", "<c@t>", extraction("2027-01-04T10:00:00Z"), seeker, settings, new Date("2027-01-01T00:00:00Z"));
    for (const r of [soon, soon2, soon3]) {
      r.followUps = r.followUps.filter((f) => f.kind.startsWith("thank_you")).slice(0, 4);
    }
    soon3.followUps = soon3.followUps.slice(0, 2); // 4 + 4 + 2 = 10 due
    const batch: Promise<void>[] = [];
    for (const r of [soon, soon2, soon3]) {
      stored += r.followUps.length;
      batch.push(saveNewInterview(env.FOLLOWUPS, r, now, 90));
    }
    for (let i = 0; stored < STORED; i++) {
      const r = newRecord(`later-${i}`, `<l${i}@t>`, extraction(new Date(Date.UTC(2027, 2, 1) + i * 3600_000).toISOString()), seeker, settings, now);
      r.followUps = r.followUps.slice(0, Math.min(r.followUps.length, STORED - stored));
      stored += r.followUps.length;
      batch.push(saveNewInterview(env.FOLLOWUPS, r, now, 90));
      if (batch.length >= 50) await Promise.all(batch.splice(0));
    }
    await Promise.all(batch);
  }, 120_000);

  it("stays at one list operation with nothing due, and in proportion to what is due", async () => {
    const kv = instrumentedKv(env.FOLLOWUPS);
    const { mailer, sent } = recordingMailer();
    const e = testEnv({ FOLLOWUPS: kv.kv, REMINDERS: mailer });

    await tick("2027-01-04T12:00:00Z", e); // before anything is due
    const empty = { ...kv.counts, total: kv.total() };
    kv.reset();
    await tick(now.toISOString(), e);
    const tenDue = { ...kv.counts, total: kv.total() };

    console.log(`tick with ${STORED} follow-ups stored: nothing due → ${JSON.stringify(empty)}; 10 due → ${JSON.stringify(tenDue)}, ${sent.length} sent`);
    expect(empty.total).toBeLessThanOrEqual(2);
    // Three loops' thank-yous are due, one mail each; a tick sends its share and leaves the rest for the next.
    expect(sent).toHaveLength(Math.min(3, MAX_REMINDERS_PER_TICK));
    // The list; per mail: a get to find its seeker, a get at their desk, claim put, thread put, sent put; per
    // follow-up of the mails sent: its due key's delete (a loop has at most four here).
    expect(tenDue.total).toBeLessThanOrEqual(1 + sent.length * (5 + 4));
  });
});
