/**
 * Per-seeker settings (issue 17): one deployment with an @domain allowlist serves a cohort; each seeker sets
 * their own zone, name, language and holiday country by reply, and their drafts and reminders follow them.
 */
import { TZDate } from "@date-fns/tz";
import { beforeEach, describe, expect, it } from "vitest";
import { parseCommands } from "../src/extract/commands.ts";
import type { InterviewRecord } from "../src/store/schemas.ts";
import { env } from "./support/env.ts";
import { corpusCase, parseMail, recordingMailer } from "./support/mail.ts";
import { allKeys, clearKv, deliver, testEnv, tick } from "./support/worker.ts";

beforeEach(clearKv);

const cohort = testEnv({ ALLOWED_SENDERS: "@cohort.example", SEEKER_NAME: "Cohort Default", SEEKER_TIME_ZONE: "America/New_York" });
const c = corpusCase("010"); // Gridiron panel, Thu Dec 10 2026 20:00 UTC, three interviewers
/** The same forward, sent by a member of the cohort (no display name: the name must come from the setting). */
const forwardFrom = (address: string) =>
  c.raw.replace(/^From: .+$/m, `From: ${address}`).replace(/^Message-ID: .+$/m, `Message-ID: <fwd-${address}@cohort.example>`);
const settingsMail = (address: string, lines: string[]) =>
  [`From: ${address}`, "To: followups@assistant.example", "Subject: my settings", `Message-ID: <set-${Math.random()}@cohort.example>`, "", ...lines, ""].join("\r\n");

async function recordOf(seeker: string): Promise<InterviewRecord> {
  for (const key of await allKeys("iv:")) {
    const r = (await env.FOLLOWUPS.get(key, "json")) as InterviewRecord;
    if (r.seeker.email === seeker) return r;
  }
  throw new Error(`no record for ${seeker}`);
}
const localHour = (iso: string, zone: string) => new TZDate(new Date(iso).getTime(), zone).getHours();

describe("settings by reply", () => {
  it("parses zone, name, language and country lines", () => {
    const { commands } = parseCommands("zone: Europe/Paris\nName: Ana Ruiz\nlanguage: de\ncountry: FR", new Date(), "UTC");
    expect(commands).toEqual([
      { kind: "setting", key: "zone", value: "Europe/Paris" },
      { kind: "setting", key: "name", value: "Ana Ruiz" },
      { kind: "setting", key: "language", value: "de" },
      { kind: "setting", key: "country", value: "FR" },
    ]);
  });

  it("a mail of settings is answered with what changed and the settings now; a bad one says how to write it", async () => {
    const ok = await deliver(settingsMail("ana@cohort.example", ["zone: Paris", "name: Ana Ruiz", "country: FR"]), "ana@cohort.example", "2026-12-01T10:00:00Z", cohort);
    const text = (await parseMail(ok.replies[0]!)).text!;
    expect(text).toContain("Time zone set to Europe/Paris");
    expect(text).toContain("Drafts will be signed Ana Ruiz");
    expect(text).toMatch(/Your settings: zone Europe\/Paris; name Ana Ruiz; language en \(default\); holidays FR/);
    const bad = await deliver(settingsMail("ana@cohort.example", ["zone: Atlantis/Lost", "country: XX"]), "ana@cohort.example", "2026-12-01T10:05:00Z", cohort);
    const badText = (await parseMail(bad.replies[0]!)).text!;
    expect(badText).toContain('I do not know the time zone "Atlantis/Lost"');
    expect(badText).toContain('I have no holiday calendar for "XX"');
    expect(badText).toContain("zone Europe/Paris"); // the earlier setting stands
    expect(await allKeys("iv:")).toEqual([]); // a settings mail tracks nothing
  });

  it("two seekers of one domain get drafts signed with their own names and reminders in their own zones", async () => {
    await deliver(settingsMail("ana@cohort.example", ["zone: Europe/Paris", "name: Ana Ruiz"]), "ana@cohort.example", "2026-12-01T10:00:00Z", cohort);
    await deliver(settingsMail("kenji@cohort.example", ["zone: Asia/Tokyo", "name: Kenji Sato"]), "kenji@cohort.example", "2026-12-01T10:00:00Z", cohort);
    const anaReply = await parseMail((await deliver(forwardFrom("ana@cohort.example"), "ana@cohort.example", c.expected.received_at, cohort)).replies[0]!);
    const kenjiReply = await parseMail((await deliver(forwardFrom("kenji@cohort.example"), "kenji@cohort.example", c.expected.received_at, cohort)).replies[0]!);
    expect(anaReply.text).toMatch(/\nAna Ruiz\n/);
    expect(anaReply.text).not.toContain("Kenji Sato");
    expect(kenjiReply.text).toMatch(/\nKenji Sato\n/);
    expect(kenjiReply.text).not.toContain("Cohort Default");

    const ana = await recordOf("ana@cohort.example");
    const kenji = await recordOf("kenji@cohort.example");
    expect([ana.seekerTimeZone, kenji.seekerTimeZone]).toEqual(["Europe/Paris", "Asia/Tokyo"]);
    const inquiry = (r: InterviewRecord) => r.followUps.find((f) => f.kind === "status_inquiry_1")!;
    expect(localHour(inquiry(ana).due, "Europe/Paris")).toBe(9);
    expect(localHour(inquiry(kenji).due, "Asia/Tokyo")).toBe(9);

    // The cron delivers each inquiry at nine in its seeker's own morning, each in its own tick.
    const byDue = [ana, kenji].sort((x, y) => inquiry(x).due.localeCompare(inquiry(y).due));
    expect(inquiry(byDue[0]!).due).not.toBe(inquiry(byDue[1]!).due);
    for (const r of byDue) {
      // The cron fires every five minutes: whatever fell due before this inquiry went out in earlier ticks.
      const earlier = [ana, kenji].flatMap((x) => x.followUps.map((f) => f.due)).filter((d) => d < inquiry(r).due).sort();
      for (const due of new Set(earlier)) await tick(due, testEnv({ ...cohort, REMINDERS: recordingMailer().mailer }));
      const { mailer, sent } = recordingMailer();
      await tick(inquiry(r).due, testEnv({ ...cohort, REMINDERS: mailer }));
      const inquiries = (await Promise.all(sent.map((m) => parseMail(m.raw)))).filter((m) => /status/i.test(m.subject ?? ""));
      expect(inquiries.map((m) => m.to?.[0]?.address)).toEqual([r.seeker.email]);
      expect(inquiries[0]!.text).toContain(r.seeker.name);
    }
  });

  it("`status` shows the settings; `forget` deletes them", async () => {
    await deliver(settingsMail("ana@cohort.example", ["language: de"]), "ana@cohort.example", "2026-12-01T10:00:00Z", cohort);
    expect(await env.FOLLOWUPS.get("settings:ana@cohort.example", "json")).toEqual({ language: "de" });
    const tracked = await parseMail((await deliver(forwardFrom("ana@cohort.example"), "ana@cohort.example", c.expected.received_at, cohort)).replies[0]!);
    const reply = (lines: string[]) =>
      [`From: ana@cohort.example`, "To: followups@assistant.example", `Subject: Re: ${tracked.subject}`, `Message-ID: <r-${Math.random()}@cohort.example>`, `In-Reply-To: ${tracked.messageId}`, `References: ${tracked.messageId}`, "", ...lines, ""].join("\r\n");
    const status = (await parseMail((await deliver(reply(["status"]), "ana@cohort.example", "2026-12-04T10:00:00Z", cohort)).replies[0]!)).text!;
    expect(status).toMatch(/Your settings: zone America\/New_York \(default\); name Cohort Default, or your mail's sender name \(default\); language de;/);
    const ask = await parseMail((await deliver(reply(["forget"]), "ana@cohort.example", "2026-12-04T10:05:00Z", cohort)).replies[0]!);
    const confirm = [`From: ana@cohort.example`, "To: followups@assistant.example", `Subject: Re: ${ask.subject}`, `Message-ID: <f-${Math.random()}@cohort.example>`, `In-Reply-To: ${ask.messageId}`, `References: ${ask.messageId}`, "", "forget confirm", ""].join("\r\n");
    await deliver(confirm, "ana@cohort.example", "2026-12-04T10:06:00Z", cohort);
    expect(await env.FOLLOWUPS.get("settings:ana@cohort.example")).toBeNull();
  });
});
