/**
 * Bcc to mark sent (issue 15): a note the seeker sends to an interviewer with the assistant in Bcc or Cc marks
 * that person's follow-up sent, keeps the note, and gets a one-line receipt; anything else is read as before.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { noteRecipients } from "../src/domain/copied.ts";
import { corpusCase, parseMail, recordingMailer } from "./support/mail.ts";
import { clearKv, deliver, storedRecord, testEnv, tick } from "./support/worker.ts";

beforeEach(clearKv);

const c = corpusCase("010"); // a panel of three with addresses; the interview is 2026-12-10 20:00 UTC
const seeker = c.expected.seeker.email;
const ASSISTANT = "followups@assistant.example";

/** A mail the seeker wrote to someone else, with the assistant copied (`cc`) or blind-copied (no header at all). */
function note(to: string, body: string[], opts: { cc?: string; subject?: string } = {}) {
  return [
    `From: Tomasz <${seeker}>`,
    `To: ${to}`,
    ...(opts.cc ? [`Cc: ${opts.cc}`] : []),
    `Subject: ${opts.subject ?? "Thank you for today"}`,
    `Message-ID: <note-${Math.random()}@gmail.example>`,
    "",
    ...body,
    "",
    "On Thu, Dec 10, 2026 at 3:00 PM Rosa Delgado <rosa.delgado@gridiron.example> wrote:",
    "> Looking forward to speaking with you at 3pm.",
    "",
  ].join("\r\n");
}

const THANKS = ["Hi Rosa,", "", "Thank you for the conversation about the routing engine today.", "", "Best,", "Tomasz"];

async function tracked() {
  await deliver(c.raw, seeker, c.expected.received_at);
}

describe("a note with the assistant in Bcc or Cc", () => {
  it.for([
    { how: "Bcc", to: "Rosa Delgado <rosa.delgado@gridiron.example>", cc: undefined },
    { how: "Cc", to: "rosa.delgado@gridiron.example", cc: ASSISTANT },
  ])("$how: marks that person's thank-you sent, keeps the note, answers in one line", async ({ to, cc }) => {
    await tracked();
    const mail = await deliver(note(to, THANKS, { cc }), seeker, "2026-12-10T23:00:00Z");
    expect(mail.replies).toHaveLength(1);
    const receipt = await parseMail(mail.replies[0]!);
    expect(receipt.subject).toMatch(/^Marked as sent: Thank-you note to Rosa Delgado \(Gridiron/);
    expect(receipt.text!.trim().split("\n").filter((l) => l.trim())).toHaveLength(1);
    expect(receipt.to?.[0]?.address).toBe(seeker); // to the seeker only, never to Rosa

    const r = await storedRecord();
    const rosa = r.followUps.filter((f) => f.recipient?.name === "Rosa Delgado");
    expect(rosa.map((f) => f.status)).toEqual(["sent", ...rosa.slice(1).map(() => "pending")]);
    expect(rosa[0]!.sentText).toContain("the routing engine");
    expect(rosa[0]!.sentText).not.toContain("Looking forward"); // the quoted history is not the note
    expect(r.followUps.filter((f) => f.status === "sent")).toHaveLength(1);

    // Her reminder no longer comes; the others' still do.
    const { mailer, sent } = recordingMailer();
    await tick("2026-12-11T16:00:00Z", testEnv({ REMINDERS: mailer }));
    const subjects = await Promise.all(sent.map(async (s) => (await parseMail(s.raw)).subject ?? ""));
    expect(subjects.some((s) => s.includes("Rosa"))).toBe(false);
    expect(subjects.some((s) => s.includes("Kwame"))).toBe(true);
  });

  it("a second note to someone whose follow-ups are all sent marks nothing twice", async () => {
    await tracked();
    await deliver(note("rosa.delgado@gridiron.example", THANKS), seeker, "2026-12-10T23:00:00Z");
    const again = await deliver(note("rosa.delgado@gridiron.example", ["Hi Rosa, one more thought."], { subject: "One more thing" }), seeker, "2026-12-11T15:00:00Z");
    expect((await parseMail(again.replies[0]!)).subject).not.toMatch(/Marked as sent/);
    const sentNow = (await storedRecord()).followUps.filter((f) => f.status === "sent");
    expect(sentNow.map((f) => f.recipient?.name)).toEqual(["Rosa Delgado"]);
  });

  it("a note before the interview marks nothing: it is about arranging it", async () => {
    await tracked();
    const mail = await deliver(note("rosa.delgado@gridiron.example", ["Hi Rosa, confirming 3pm on Thursday."], { subject: "Re: Interview" }), seeker, "2026-12-05T15:00:00Z");
    expect(mail.replies).toHaveLength(1);
    expect((await parseMail(mail.replies[0]!)).subject).not.toMatch(/Marked as sent/);
    expect((await storedRecord()).followUps.filter((f) => f.status === "sent")).toEqual([]);
  });

  it("a note to someone no tracked interview names is read as any other mail", async () => {
    await tracked();
    const mail = await deliver(note("friend@elsewhere.example", ["Guess what, I had the panel today."]), seeker, "2026-12-10T23:00:00Z");
    expect((await parseMail(mail.replies[0]!)).subject).not.toMatch(/Marked as sent/);
    expect((await storedRecord()).followUps.filter((f) => f.status === "sent")).toEqual([]);
  });

  it("the reminder tells the seeker about Bcc", async () => {
    await tracked();
    const { mailer, sent } = recordingMailer();
    await tick("2026-12-11T16:00:00Z", testEnv({ REMINDERS: mailer }));
    expect((await parseMail(sent[0]!.raw)).text).toContain(`Bcc ${ASSISTANT} and I will mark it sent`);
  });
});

describe("whom a note went to", () => {
  it("To and Cc, groups opened, without the assistant, the seeker or repeats", () => {
    const mb = (address: string) => ({ name: "", address });
    expect(
      noteRecipients(
        { to: [mb("Ana@Acme.example"), { name: "Panel", group: [mb("bo@acme.example"), mb("ana@acme.example")] }], cc: [mb(ASSISTANT), mb("me@seeker.example")] },
        ASSISTANT,
        "me@seeker.example",
      ),
    ).toEqual(["ana@acme.example", "bo@acme.example"]);
    expect(noteRecipients({}, ASSISTANT, "me@seeker.example")).toEqual([]);
  });
});
