import ICAL from "ical.js";
import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import { planCalendar } from "../src/compose/calendar.ts";
import { buildMime } from "../src/compose/mime.ts";
import { composeTrackedReply } from "../src/compose/reply.ts";
import { composeReminder } from "../src/compose/reminder.ts";
import { newRecord } from "../src/domain/changes.ts";
import type { Extraction } from "../src/extract/types.ts";

const hostile = "Acme <script>alert(1)</script> & \"Sons\"\r\nBcc: victim@evil.example";

function extraction(over: Partial<Extraction> = {}): Extraction {
  return {
    kind: "interview", company: "Northwind Robotics", role: "Senior Backend Engineer", start: "2026-10-28T15:00:00Z", end: "2026-10-28T16:00:00Z",
    timeZone: "America/New_York", zoneAssumed: false, teamMailbox: null,
    interviewers: [{ name: "Priya Natarajan", email: "priya@northwind.example", title: "Engineering Manager" }],
    contacts: [{ name: "Leo Park", email: "leo@northwind.example", title: "Recruiter" }],
    meetingUrl: "https://northwind.zoom.example/j/1", inviteUid: null, timeline: null, notInterviewReason: null, returnsOn: null,
    original: { from: null, fromName: null, subject: null, date: null }, missing: [], warnings: [], confidence: { start: "sure", company: "sure", role: "sure", interviewers: "sure" }, ...over,
  };
}

const seeker = { email: "sam@example.net", name: "Sam Rivera" };
const now = new Date("2026-10-20T12:00:00Z");
const record = (e = extraction()) => newRecord("abc123", "<m@x>", e, seeker, { seekerTimeZone: "America/New_York" }, now);

describe("the plan as a calendar file", () => {
  it("parses back with ical.js: one event per follow-up at the right instant, each with an alarm", () => {
    const r = record(); // the plan spans the end of US summer time (Nov 1)
    const cal = new ICAL.Component(ICAL.parse(planCalendar(r, now, "assistant.example")));
    const tz = new ICAL.Timezone(cal.getFirstSubcomponent("vtimezone")!);
    const events = cal.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(r.followUps.length);
    for (const [i, ev] of events.entries()) {
      const start = ev.startDate.clone();
      expect(start.zone?.tzid ?? tz.tzid).toBe("America/New_York");
      start.zone = tz;
      expect(new Date(start.toUnixTime() * 1000).toISOString()).toBe(new Date(r.followUps[i]!.due).toISOString());
      expect(ev.component.getFirstSubcomponent("valarm")?.getFirstPropertyValue("action")).toBe("DISPLAY");
      expect(ev.uid).toBe(`abc123-${r.followUps[i]!.id}@assistant.example`);
    }
  });

  it("keeps UIDs and raises SEQUENCE when the plan is sent again", () => {
    const r = record();
    const read = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    const first = read(planCalendar(r, now, "a.example"));
    const later = read(planCalendar(r, new Date(now.getTime() + 3600_000), "a.example"));
    expect(later.map((e) => e.uid)).toEqual(first.map((e) => e.uid));
    for (const [i, e] of later.entries()) expect(e.sequence).toBeGreaterThan(first[i]!.sequence);
  });
});

describe("the reply", () => {
  it("states what it is sure of and asks about the rest, with the line that corrects each", () => {
    const sure = composeTrackedReply(record(), extraction());
    expect(sure.text).not.toMatch(/not sure/);
    const e = extraction({ company: "Initech", confidence: { start: "sure", company: "unsure", role: "sure", interviewers: "unsure" } });
    const asked = composeTrackedReply(record(e), e);
    expect(asked.text).toMatch(/I am not sure of the company, who interviews you\./);
    // The correcting lines carry what was read, to be edited in place.
    expect(asked.text).toMatch(/company: Initech\s*\n\s*interviewers: Priya Natarajan \(Engineering Manager\)/);
    expect(asked.text).toMatch(/Initech \(not sure: please check\)/);
    expect(asked.text).not.toMatch(/Senior Backend Engineer \(not sure/);
    expect(asked.html).toContain("not sure: please check");
  });

  it("asks for a missing role by reply, the way the record takes it, not by forwarding again", () => {
    const e = extraction({ role: null, missing: ["role"] });
    const text = composeTrackedReply(record(e), e).text;
    expect(text).toContain("Not found: the role.");
    expect(text).toContain("reply to this message with the missing details");
    expect(text).toContain("role: Senior Backend Engineer");
    expect(text).not.toMatch(/forward the confirmation to me again/);
  });

  it("escapes everything that came from the mail in HTML, and keeps it out of headers", async () => {
    const r = record(extraction({ company: hostile, interviewers: [{ name: "<img src=x onerror=alert(1)>", email: null, title: hostile }] }));
    const reply = composeTrackedReply(r, extraction());
    expect(reply.html).not.toMatch(/<script|<img|onerror=alert\(1\)>/i);
    expect(reply.html).toContain("&lt;script&gt;");
    const raw = buildMime({ from: { addr: "followups@assistant.example" }, to: seeker.email, subject: reply.subject, text: reply.text, html: reply.html, messageId: "<r@a.example>", date: now, autoSubmitted: "auto-replied" });
    const parsed = await PostalMime.parse(raw);
    expect(parsed.bcc ?? []).toEqual([]);
    expect(parsed.headers.filter((h) => h.key === "bcc")).toEqual([]);
    expect(parsed.subject).toContain("<script>");
    expect(parsed.html).toBe(reply.html);
    expect(parsed.text).toBe(reply.text);
  });

  it("is MIME with CRLF line ends and short base64 lines that reads back whole, attachment included", async () => {
    const r = record();
    const reply = composeTrackedReply(r, extraction());
    const ics = planCalendar(r, now, "assistant.example");
    const raw = buildMime({
      from: { addr: "followups@assistant.example", name: "Follow-ups" }, to: seeker.email, subject: `${reply.subject} – Zoë`, text: `${reply.text}\nZoë 日本`, html: reply.html,
      messageId: "<r@a.example>", date: now, autoSubmitted: "auto-replied", attachments: [{ filename: "plan.ics", contentType: "text/calendar", content: ics }],
    });
    expect(raw).not.toMatch(/[^\r]\n/);
    expect(raw.split("\r\n").filter((l) => l.length > 76 && !/^[\w-]+: /.test(l))).toEqual([]);
    const parsed = await PostalMime.parse(raw);
    expect(parsed.subject).toBe(`${reply.subject} – Zoë`);
    expect(parsed.text).toBe(`${reply.text}\nZoë 日本`);
    expect(parsed.html).toBe(reply.html);
    expect(parsed.attachments.map((a) => [a.filename, a.mimeType])).toEqual([["plan.ics", "text/calendar"]]);
    // postal-mime hands calendar parts back with LF line ends and a final one.
    expect(new TextDecoder().decode(parsed.attachments[0]!.content as ArrayBuffer).trimEnd()).toBe(ics.replace(/\r\n/g, "\n").trimEnd());
  });

  it("links each thank-you to a prefilled mail; the LinkedIn notes come with the thank-you reminder, to LinkedIn", () => {
    const r = record();
    const { text } = composeTrackedReply(r, extraction());
    const blocks = text.split("=== ").slice(1);
    const thanks = blocks.find((b) => b.startsWith("Thank-you note to Priya"))!;
    expect(thanks).toContain("To: Priya Natarajan <priya@northwind.example>");
    expect(thanks).toMatch(/Open as a new mail: mailto:priya@northwind\.example\?subject=/);
    // Before the interview, no invitation to connect: the advice places it after the thank-you.
    expect(blocks.some((b) => b.startsWith("LinkedIn note"))).toBe(false);
    const f = r.followUps.find((x) => x.kind === "thank_you" && x.recipient?.name === "Priya Natarajan")!;
    const reminder = composeReminder(r, f, new Date(f.due)).text.split("=== ").slice(1);
    const linkedIn = reminder.find((b) => b.startsWith("LinkedIn note to Priya"))!;
    expect(linkedIn).toContain("To: Priya Natarajan, on LinkedIn");
    expect(linkedIn).not.toContain("mailto:");
    const status = r.followUps.find((x) => x.kind === "status_inquiry_1")!;
    expect(composeReminder(r, status, new Date(status.due)).text).not.toContain("LinkedIn note");
  });

  it("has no remote content and stays within 640 px", () => {
    const { html } = composeTrackedReply(record(), extraction());
    expect(html).not.toMatch(/<img|<link|@import|url\(|<script/i);
    expect(html).toContain("max-width:640px");
    for (const href of html.match(/href="([^"]+)"/g) ?? []) expect(href).toMatch(/^href="(mailto:|https:)/);
  });
});
