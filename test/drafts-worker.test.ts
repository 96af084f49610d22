/**
 * Drafts through the real worker on corpus cases (issue 16): the interviewer's day in an India interview thanked
 * by a seeker in New York, a German, a Japanese and an Italian interview answered with drafts in their language.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { corpusCase, parseMail, recordingMailer } from "./support/mail.ts";
import { clearKv, deliver, storedRecord, testEnv, tick } from "./support/worker.ts";

afterEach(() => {
  vi.useRealTimers();
});
beforeEach(clearKv);

async function trackedText(name: string): Promise<string> {
  const c = corpusCase(name);
  const mail = await deliver(c.raw, c.expected.seeker.email, c.expected.received_at);
  return (await parseMail(mail.replies[0]!)).text!;
}

describe("drafts through the worker", () => {
  it("an interview on Wednesday 09:30 in India is thanked for Wednesday, though it was Tuesday night in New York", async () => {
    const text = await trackedText("012-outlook-iso-ist-portal"); // 2026-12-02T04:00Z: Wed 09:30 IST, Tue 23:00 ET
    const draft = text.slice(text.indexOf("=== Thank-you note to"));
    expect(draft).toMatch(/\bWednesday\b/);
    expect(draft).not.toMatch(/\bTuesday\b/);
    // The status inquiry, when it comes, names the interviewer's date too.
    const r = await storedRecord();
    const inquiry = r.followUps.find((f) => f.kind === "status_inquiry_1")!;
    const { mailer, sent } = recordingMailer();
    for (const f of r.followUps.filter((g) => g.due <= inquiry.due)) await tick(f.due, testEnv({ REMINDERS: mailer }));
    const reminders = await Promise.all(sent.map(async (s) => (await parseMail(s.raw)).text!));
    const asked = reminders.find((t) => t.includes("following up on my interview"))!;
    expect(asked).toContain("my interview on December 2");
  });

  it("a German interview's reply carries German drafts; a Japanese one's, Japanese", async () => {
    const de = await trackedText("045-personio-de-gmx-latin1");
    expect(de).toMatch(/Guten Tag [^\n]+,\n\nvielen Dank/);
    expect(de).toContain("Viele Grüße");
    const ja = await trackedText("048-ja-outlook-iso2022jp");
    expect(ja).toMatch(/様\n\nお世話になっております。/);
    expect(ja).toContain("何卒よろしくお願いいたします。");
    // Our own Italian case (the shared corpus has none): each interviewer thanked in Italian, the day in Rome's.
    const it = await trackedText("104-gmail-it-colloquio-meet");
    expect(it).toMatch(/Gentile Giulia Bianchi,\n\n[^\n]*giovedì/);
    expect(it).toContain("Gentile Luca Ferri,");
    expect(it).toContain("Cordiali saluti,");
  });
});
