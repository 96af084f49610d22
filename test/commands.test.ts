import { createExecutionContext } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import worker from "../src/index.ts";
import { parseCommands } from "../src/extract/commands.ts";
import { corpusCase, parseMail, recordingMailer } from "./support/mail.ts";
import { allKeys, clearKv, deliver, storedRecord, testEnv, tick } from "./support/worker.ts";

afterEach(() => {
  vi.useRealTimers();
});
beforeEach(clearKv);

const c = corpusCase("010"); // three panel interviewers with addresses
const seeker = c.expected.seeker.email;

/** The seeker answers one of our mails. */
function answer(to: { messageId?: string; subject?: string }, lines: string[], id = `<cmd-${Math.random()}@test>`) {
  return [
    `From: Tomasz <${seeker}>`,
    "To: followups@assistant.example",
    `Subject: Re: ${to.subject ?? "x"}`,
    `Message-ID: ${id}`,
    `In-Reply-To: ${to.messageId}`,
    `References: ${to.messageId}`,
    "",
    ...lines,
    "",
    `On Wed, Dec 2, 2026 at 9:00 PM Interview follow-ups <followups@assistant.example> wrote:`,
    "> quoted text: sent stop snooze",
    "",
  ].join("\r\n");
}

async function tracked() {
  const mail = await deliver(c.raw, seeker, c.expected.received_at);
  return parseMail(mail.replies[0]!);
}

describe("reply commands", () => {
  it("parses commands from the top lines, case-insensitive, several per mail", () => {
    const { commands, unknown } = parseCommands("Sent Rosa\nSNOOZE 2d\nnotes: the fraud model\nwhat?\nstatus", new Date("2026-12-03T12:00:00Z"), "UTC");
    expect(commands.map((c) => c.kind)).toEqual(["sent", "snooze", "notes", "status"]);
    expect(commands[1]).toEqual({ kind: "snooze", minutes: 2 * 1440 });
    expect(unknown).toEqual(["what?"]);
  });

  it("'sent Rosa' marks her thank-you sent; the cron then sends only the others", async () => {
    const reply = await tracked();
    const mail = await deliver(answer(reply, ["sent Rosa"]), seeker, "2026-12-10T23:00:00Z");
    const confirmation = await parseMail(mail.replies[0]!);
    expect(confirmation.text).toContain("Marked as sent: Thank-you note to Rosa Delgado.");
    const { mailer, sent } = recordingMailer();
    await tick("2026-12-11T16:00:00Z", testEnv({ REMINDERS: mailer }));
    const subjects = await Promise.all(sent.map(async (s) => (await parseMail(s.raw)).subject));
    expect(subjects.some((s) => s?.includes("Rosa"))).toBe(false);
    expect(subjects.some((s) => s?.includes("Kwame"))).toBe(true);
  });

  it("a reply to a reminder snoozes that follow-up, and 'stop' stops them all", async () => {
    await tracked();
    const { mailer, sent } = recordingMailer();
    await tick("2026-12-11T16:00:00Z", testEnv({ REMINDERS: mailer }));
    const reminder = await parseMail(sent[0]!.raw);
    const before = await storedRecord();
    const snoozed = await deliver(answer(reminder, ["snooze 2d"]), seeker, "2026-12-11T17:00:00Z");
    expect((await parseMail(snoozed.replies[0]!)).text).toMatch(/Snoozed: .+ now due/);
    // The panel's reminder carried every thank-you: the snooze moves each of them, not the next inquiry.
    const after = await storedRecord();
    for (const f of after.followUps.filter((g) => g.kind.startsWith("thank_you"))) {
      expect([f.status, Date.parse(f.due) >= Date.parse("2026-12-13T17:00:00Z")]).toEqual(["pending", true]);
    }
    const inquiry = after.followUps.find((f) => f.kind === "status_inquiry_1")!;
    expect([inquiry.status, inquiry.due]).toEqual(["pending", before.followUps.find((f) => f.id === inquiry.id)!.due]);

    const stopped = await deliver(answer(reminder, ["STOP"]), seeker, "2026-12-11T17:05:00Z");
    expect((await parseMail(stopped.replies[0]!)).text).toMatch(/Stopped \d+ pending follow-up/);
    expect((await storedRecord()).followUps.filter((f) => f.status === "pending")).toEqual([]);
    expect(await allKeys("due:")).toEqual([]);
  });

  it("a delivered reminder is 'reminded' until the seeker replies 'sent' to it; 'status' lists both states by time", async () => {
    await tracked();
    const { mailer, sent } = recordingMailer();
    await tick("2026-12-11T16:00:00Z", testEnv({ REMINDERS: mailer }));
    const reminder = await parseMail(sent[0]!.raw);
    const reminded = (await storedRecord()).followUps.filter((f) => f.status === "reminded");
    expect(reminded.length).toBeGreaterThan(0);

    const status = (await parseMail((await deliver(answer(reminder, ["status"]), seeker, "2026-12-11T16:30:00Z")).replies[0]!)).text!;
    expect(status).toMatch(/reminded; reply "sent" once you send it/);
    // Listed by time: each line's date is no earlier than the one above (not by the weekday's name).
    const r = await storedRecord();
    const shown = r.followUps.filter((f) => f.status === "reminded" || f.status === "pending").map((f) => f.due).sort();
    expect(shown.length).toBeGreaterThan(2);
    const dayIndex = (d: string) => status.indexOf(new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: r.seekerTimeZone }).format(new Date(d)));
    const seen = shown.map(dayIndex).filter((i) => i >= 0);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));

    // The reminder was the panel's: one mail with every thank-you, so its "sent" is each of them, nothing else.
    const inMail = reminded.filter((f) => f.kind.startsWith("thank_you"));
    expect(inMail.length).toBeGreaterThan(1);
    const marked = await deliver(answer(reminder, ["sent"]), seeker, "2026-12-11T17:00:00Z");
    expect((await parseMail(marked.replies[0]!)).text).toMatch(/Marked as sent: .+\./);
    const after = (await storedRecord()).followUps;
    expect(after.filter((f) => f.status === "sent").map((f) => f.id).sort()).toEqual(inMail.map((f) => f.id).sort());
    expect(after.filter((f) => f.status === "reminded")).toHaveLength(reminded.length - inMail.length);
  });

  it("'rejected' stops the plan and answers with a gracious reply draft", async () => {
    const reply = await tracked();
    const mail = await deliver(answer(reply, ["rejected"]), seeker, "2026-12-20T10:00:00Z");
    const parsed = await parseMail(mail.replies[0]!);
    const text = parsed.text!;
    // News, not an action done: no "Done." before "Sorry to hear it."
    expect(parsed.subject).toMatch(/^Sorry to hear it/);
    expect(text).toMatch(/^Hi Tomasz,\s+Sorry to hear it\./);
    expect(text).toContain("Reply to the rejection");
    expect(text).toMatch(/feedback/);
    // The chase ends; one stay-in-touch note is planned about three months on, and the answer says when.
    expect(text).toMatch(/In about 3 months, .*2027.*, I will remind you to send .+ a short stay-in-touch note \(reply skip if you would rather not\)\./);
    const after = await storedRecord();
    expect(after.followUps.filter((f) => f.status === "pending").map((f) => f.kind)).toEqual(["stay_in_touch"]);
    expect(await allKeys("due:")).toEqual([expect.stringMatching(/^due:2027-03-.*:stay-in-touch$/)]);
    // Told again (a forwarded rejection after the reply), it is not planned twice; skip drops it.
    await deliver(answer(reply, ["rejected"]), seeker, "2026-12-21T10:00:00Z");
    expect((await storedRecord()).followUps.filter((f) => f.kind === "stay_in_touch")).toHaveLength(1);
    await deliver(answer(parsed, ["skip"]), seeker, "2026-12-22T10:00:00Z");
    expect((await storedRecord()).followUps.some((f) => f.status === "pending")).toBe(false);
    expect(await allKeys("due:")).toEqual([]);
  });

  it("corrections recompute the plan: 'date:' moves it, 'interviewers:' replaces the thank-yous", async () => {
    const reply = await tracked();
    await deliver(answer(reply, ["date: December 17, 2026 1:00 PM MT", "interviewers: Ana Silva (CPO), Bo Kim"]), seeker, "2026-12-04T10:00:00Z");
    const r = await storedRecord();
    expect(r.start).toBe("2026-12-17T20:00:00.000Z");
    expect(r.end).toBe("2026-12-17T21:00:00.000Z");
    expect(r.followUps.filter((f) => f.kind === "thank_you").map((f) => f.recipient?.name)).toEqual(["Ana Silva", "Bo Kim"]);
    for (const f of r.followUps.filter((x) => x.kind !== "prep")) expect(new Date(f.due).getTime()).toBeGreaterThan(new Date(r.end!).getTime());
    expect(r.followUps.find((f) => f.kind === "prep")!.due).toBe("2026-12-17T12:00:00.000Z"); // 7 AM that day in New York, the seeker's zone
    expect(await allKeys("due:")).toHaveLength(r.followUps.filter((f) => f.status === "pending").length);
  });

  it("'notes:' personalises later drafts", async () => {
    const reply = await tracked();
    await deliver(answer(reply, ["notes: the chargeback dispute flow"]), seeker, "2026-12-10T22:00:00Z");
    const { mailer, sent } = recordingMailer();
    await tick("2026-12-11T16:00:00Z", testEnv({ REMINDERS: mailer }));
    const text = (await parseMail(sent[0]!.raw)).text!;
    expect(text).toContain("our conversation about the chargeback dispute flow");
    expect(text).not.toContain("[one thing you discussed]");
    expect(text).toContain("The draft already mentions the topic from your notes.");
  });

  it("'notes Kwame: …' personalises his thank-you only, woven into the sentence", async () => {
    const reply = await tracked();
    const done = await deliver(answer(reply, ["notes Kwame: we discussed fraud scoring thresholds"]), seeker, "2026-12-10T22:00:00Z");
    expect((await parseMail(done.replies[0]!)).text).toContain("Noted for Kwame Mensah: their thank-you now mentions our conversation about fraud scoring thresholds.");
    const { mailer, sent } = recordingMailer();
    await tick("2026-12-11T16:00:00Z", testEnv({ REMINDERS: mailer }));
    const text = (await parseMail(sent[0]!.raw)).text!;
    const draftOf = (name: string) => text.slice(text.indexOf(`=== Draft to ${name}`), text.indexOf("Mark as sent", text.indexOf(`=== Draft to ${name}`)));
    expect(draftOf("Kwame Mensah")).toContain("about fraud scoring thresholds");
    expect(draftOf("Rosa Delgado")).toContain("[one thing you discussed]");
    const unknown = await deliver(answer(reply, ["notes Zed: anything"]), seeker, "2026-12-11T17:00:00Z");
    expect((await parseMail(unknown.replies[0]!)).text).toContain("I found no interviewer called Zed");
  });

  it("'status' lists what is pending; unknown words get the help text, never silence", async () => {
    const reply = await tracked();
    const status = await deliver(answer(reply, ["status"]), seeker, "2026-12-05T10:00:00Z");
    expect((await parseMail(status.replies[0]!)).text).toMatch(/Open follow-ups:[\s\S]*Thank-you note to Rosa Delgado/);
    const unknown = await deliver(answer(reply, ["please do the thing"]), seeker, "2026-12-05T10:01:00Z");
    const text = (await parseMail(unknown.replies[0]!)).text!;
    expect(text).toContain('I did not understand: "please do the thing"');
    expect(text).toContain("snooze 2d");
  });

  it("finds the interview from the [ref …] in the subject when the reply lost its threading headers, but never stops on a tag alone", async () => {
    const reply = await tracked();
    const bare = (lines: string[]) => answer({ subject: reply.subject }, lines).replace(/^In-Reply-To: .*\r\n/m, "").replace(/^References: .*\r\n/m, "");
    const noted = await deliver(bare(["notes: the chargeback dispute flow"]), seeker, "2026-12-05T10:00:00Z");
    expect((await parseMail(noted.answers[0]!)).text).toContain("Noted.");
    expect((await storedRecord()).notes).toBe("the chargeback dispute flow");
    const stop = await deliver(bare(["stop"]), seeker, "2026-12-05T10:01:00Z");
    expect((await parseMail(stop.answers[0]!)).text).toContain("reply to one of my mails about it");
    expect((await storedRecord()).followUps.some((f) => f.status === "pending")).toBe(true);
  });

  it("'forget' asks first; 'forget confirm' deletes every interview of the seeker", async () => {
    const reply = await tracked();
    const asked = await deliver(answer(reply, ["forget"]), seeker, "2026-12-05T10:00:00Z");
    expect((await parseMail(asked.replies[0]!)).subject).toMatch(/^Forget everything\?/);
    expect(await allKeys("iv:")).toHaveLength(1);
    // "forget confirm" on any other mail of ours asks again; on the question, it deletes.
    const again = await deliver(answer(reply, ["forget confirm"]), seeker, "2026-12-05T10:01:00Z");
    expect((await parseMail(again.answers[0]!)).subject).toMatch(/^Forget everything\?/);
    expect(await allKeys("iv:")).toHaveLength(1);
    await deliver(answer(await parseMail(asked.replies[0]!), ["forget confirm"]), seeker, "2026-12-05T10:02:00Z");
    expect(await allKeys("iv:")).toEqual([]);
    expect(await allKeys("due:")).toEqual([]);
    expect(await allKeys(`seeker:${seeker}`)).toEqual([]);
  });

  it("the reflection is kept: plus: and minus: lines, a withdraw when the minuses win, shown on the status page", async () => {
    const reply = await tracked();
    const first = await deliver(answer(reply, ["plus: the team ships weekly", "minus: on-call every other week", "minus: a long commute"]), seeker, "2026-12-11T18:00:00Z");
    const text = (await parseMail(first.replies[0]!)).text!;
    expect(text).toMatch(/^Hi Tomasz,/); // no stock "Done."
    expect(text).toContain("1 plus, 2 minuses");
    expect(text).toContain("reply withdraw");
    expect((await storedRecord()).reflection).toEqual({ plus: ["the team ships weekly"], minus: ["on-call every other week", "a long commute"] });
    const status = reply.text!.match(/See everything pending: (\S+)/)![1]!;
    const page = await (await worker.fetch(new Request(status), testEnv(), createExecutionContext())).text();
    expect(page).toContain("Minus: a long commute");

    const withdrawn = await parseMail((await deliver(answer(reply, ["withdraw"]), seeker, "2026-12-11T18:05:00Z")).replies[0]!);
    expect(withdrawn.subject).toMatch(/^Withdrawing your application/);
    expect(withdrawn.text).toContain("decided to withdraw my application");
    expect((await storedRecord()).followUps.filter((f) => f.status === "pending")).toEqual([]);
  });

  it("'promised:' puts the attachment in the thank-you and the reminder says to attach it", async () => {
    const reply = await tracked();
    const noted = await parseMail((await deliver(answer(reply, ["promised: the fraud model write-up"]), seeker, "2026-12-10T22:00:00Z")).replies[0]!);
    expect(noted.subject).toMatch(/^Noted: the thank-yous now say you attached the fraud model write-up/);
    const { mailer, sent } = recordingMailer();
    await tick("2026-12-11T16:00:00Z", testEnv({ REMINDERS: mailer }));
    const reminder = (await parseMail(sent[0]!.raw)).text!;
    expect(reminder).toContain("As promised, I have attached the fraud model write-up.");
    expect(reminder).toContain("Attach the fraud model write-up");
    expect(reminder).toContain("plus: …");
  });
});
