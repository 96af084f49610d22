import { createExecutionContext } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import worker from "../src/index.ts";
import { signLink, verifyLink } from "../src/links.ts";
import { corpusCase, parseMail, recordingMailer } from "./support/mail.ts";
import { allKeys, clearKv, deliver, storedRecord, testEnv, tick } from "./support/worker.ts";

afterEach(() => {
  vi.useRealTimers();
});
beforeEach(clearKv);

const SECRET = "test-secret-for-signed-links";
const c = corpusCase("010");
const seeker = c.expected.seeker.email;
const now = new Date("2026-12-11T16:00:00Z");

const call = (method: string, url: string) => worker.fetch(new Request(url, { method }), testEnv(), createExecutionContext());

/** Tracks the interview, lets the thank-you reminders go out, and returns the first one's action links. */
async function reminderLinks() {
  await deliver(c.raw, seeker, c.expected.received_at);
  const { mailer, sent } = recordingMailer();
  await tick(now.toISOString(), testEnv({ REMINDERS: mailer }));
  vi.setSystemTime(now); // the seeker clicks when the reminder arrives
  const text = (await parseMail(sent[0]!.raw)).text!;
  const link = (label: string) => text.match(new RegExp(`${label}: (\\S+)`))![1]!;
  return { sent: link("Mark as sent"), snooze: link("Snooze 2 days"), stop: link("Stop all follow-ups for this interview") };
}

/** The status page's links for the first pending follow-up (the first status inquiry). */
async function statusPageLinks() {
  const mail = await deliver(c.raw, seeker, c.expected.received_at);
  const status = (await parseMail(mail.replies[0]!)).text!.match(/See everything pending: (\S+)/)![1]!;
  const html = await (await call("GET", status)).text();
  const hrefs = [...html.matchAll(/href="([^"]+)">([^<]+)</g)].map((m) => [m[2]!, m[1]!.replace(/&quot;/g, '"')] as const);
  return { sent: hrefs.find(([l]) => l === "Mark as sent")![1] };
}

describe("signed links", () => {
  const payload = { a: "sent" as const, i: "abc", f: "thanks-0", e: Math.floor(now.getTime() / 1000) + 3600 };

  it("verify what was signed, and nothing else", async () => {
    const token = await signLink(SECRET, payload);
    expect(await verifyLink(SECRET, token, now)).toMatchObject({ ok: true, payload });
    const [body, sig] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ ...payload, a: "stop" })).toString("base64url");
    expect(await verifyLink(SECRET, `${forged}.${sig}`, now)).toEqual({ ok: false, reason: "bad_signature" });
    expect(await verifyLink("another-secret-of-16+", token, now)).toEqual({ ok: false, reason: "bad_signature" });
    expect(await verifyLink(SECRET, `${body}`, now)).toEqual({ ok: false, reason: "malformed" });
    expect(await verifyLink(SECRET, token, new Date(now.getTime() + 2 * 3600_000))).toEqual({ ok: false, reason: "expired" });
  });

  it("GET shows a confirmation page and changes nothing; POST acts once; a replay changes nothing", async () => {
    const links = await statusPageLinks(); // "Mark as sent" for the first pending follow-up with a draft
    expect(links.sent.startsWith("https://followups.test/a/")).toBe(true);
    const before = await storedRecord();
    // The interview-day reminder has no links on the page: nothing to mark sent.
    const firstPending = [...before.followUps].sort((a, b) => a.due.localeCompare(b.due)).find((f) => f.status === "pending" && f.kind !== "prep")!;

    const get = await call("GET", links.sent);
    expect(get.status).toBe(200);
    const page = await get.text();
    expect(page).toContain('<form method="post">');
    expect(page).toContain("Mark as sent");
    expect(await storedRecord()).toEqual(before);

    const post = await call("POST", links.sent);
    expect(post.status).toBe(200);
    expect(await post.text()).toContain("Marked as sent");
    expect((await storedRecord()).followUps.find((f) => f.id === firstPending.id)!.status).toBe("sent");
    expect(await allKeys("due:")).not.toContainEqual(expect.stringContaining(`:${firstPending.id}`));

    const replay = await call("POST", links.sent);
    expect(replay.status).toBe(410);
    expect(await replay.text()).toContain("already used");
  });

  it("a tampered or expired link gets a clear page, not an error", async () => {
    const links = await reminderLinks();
    const tampered = links.stop.replace(/.$/, (ch) => (ch === "A" ? "B" : "A"));
    const bad = await call("POST", tampered);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("not valid");
    expect((await storedRecord()).followUps.some((f) => f.status === "pending")).toBe(true);

    const old = await signLink(SECRET, { ...payload, e: Math.floor(now.getTime() / 1000) - 60 });
    const expired = await call("GET", `https://followups.test/a/${old}`);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain("expired");
    expect((await call("GET", "https://followups.test/a/not-a-token")).status).toBe(400);
  });

  it("a reminder's Mark-as-sent marks the delivered follow-up sent; once marked, the page says nothing changed", async () => {
    const links = await reminderLinks();
    const post = await call("POST", links.sent);
    const text = await post.text();
    expect(text).toContain("<title>Marked as sent.");
    expect(text).toContain("Marked as sent: Thank-you note to");
    expect((await storedRecord()).followUps.find((f) => f.id === "thanks-0")!.status).toBe("sent");
    // The same follow-up marked again, from a second link of the same reminder's thread (a fresh signature).
    const again = await signLink(SECRET, { a: "sent", i: (await storedRecord()).id, f: "thanks-0", e: Math.floor(now.getTime() / 1000) + 3600 });
    const page = await (await call("POST", `https://followups.test/a/${again}`)).text();
    expect(page).toContain("<title>Nothing changed");
    expect(page).toContain("Already marked as sent");
  });

  it("a reminder's snooze reminds again in two days; its stop stops everything", async () => {
    const links = await reminderLinks();
    expect((await storedRecord()).followUps.find((f) => f.id === "thanks-0")!.status).toBe("reminded");
    expect((await call("POST", links.snooze)).status).toBe(200);
    const snoozed = (await storedRecord()).followUps.find((f) => f.id === "thanks-0")!;
    expect(snoozed.status).toBe("pending");
    expect(new Date(snoozed.due).getTime()).toBeGreaterThan(now.getTime() + 47 * 3600_000);
    expect(await allKeys("due:")).toContainEqual(`due:${snoozed.due}:${(await storedRecord()).id}:thanks-0`);
    expect((await call("POST", links.stop)).status).toBe(200);
    expect((await storedRecord()).followUps.filter((f) => f.status === "pending")).toEqual([]);
    expect(await allKeys("due:")).toEqual([]);
  });

  const calendars = async (raw: string) =>
    ((await parseMail(raw)).attachments ?? []).filter((a) => a.mimeType.startsWith("text/calendar")).map((a) => (typeof a.content === "string" ? a.content : new TextDecoder().decode(a.content)));
  const postWith = (mailer: SendEmail) => (url: string) => worker.fetch(new Request(url, { method: "POST" }), testEnv({ REMINDERS: mailer }), createExecutionContext());

  it("a mark-sent by link changes no calendar and mails nothing", async () => {
    const links = await reminderLinks();
    const { mailer, sent } = recordingMailer();
    expect(await (await postWith(mailer)(links.sent)).text()).not.toContain("calendar file");
    expect(sent).toEqual([]);
  });

  it("a snooze or stop by link mails the calendar file that moves or cancels the follow-ups", async () => {
    const links = await reminderLinks();
    const { mailer, sent } = recordingMailer();
    const post = postWith(mailer);
    expect(await (await post(links.snooze)).text()).toContain("A calendar file with this change is on its way");
    expect(sent.map((m) => m.to)).toEqual([seeker]);
    const snoozed = (await storedRecord()).followUps.find((f) => f.id === "thanks-0")!;
    const [plan] = await calendars(sent[0]!.raw);
    expect(plan).toContain("METHOD:PUBLISH");
    // The snoozed thank-you's event, at its new time in the seeker's zone.
    const zone = (await storedRecord()).seekerTimeZone;
    const p = Object.fromEntries(new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(new Date(snoozed.due)).map((x) => [x.type, x.value]));
    expect(plan).toContain(`DTSTART;TZID=${zone}:${p.year}${p.month}${p.day}T${p.hour}${p.minute}00`);

    await post(links.stop);
    expect(sent).toHaveLength(2);
    const [cancel] = await calendars(sent[1]!.raw);
    expect(cancel).toContain("METHOD:CANCEL");
    expect((await parseMail(sent[1]!.raw)).subject).toMatch(/^Stopped: /);
  });

  it("a link's change stands when the calendar mail cannot go out, and the page says so", async () => {
    const links = await reminderLinks();
    const { mailer } = recordingMailer({ failTimes: 1 });
    const res = await worker.fetch(new Request(links.stop, { method: "POST" }), testEnv({ REMINDERS: mailer }), createExecutionContext());
    expect(await res.text()).toContain("I could not mail the calendar file");
    expect((await storedRecord()).followUps.filter((f) => f.status === "pending")).toEqual([]);
  });

  it("the reply links a status page that lists what is pending, with actions", async () => {
    const mail = await deliver(c.raw, seeker, c.expected.received_at);
    const text = (await parseMail(mail.replies[0]!)).text!;
    const status = text.match(/See everything pending: (\S+)/)![1]!;
    const res = await call("GET", status);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Staff Product Manager, Risk at Gridiron Payments");
    expect(html).toContain("Thank-you note to Rosa Delgado");
    expect(html).toMatch(/href="https:\/\/followups\.test\/a\/[^"]+">Mark as sent/);
    expect(html).toContain('name="viewport"');
  });
});
