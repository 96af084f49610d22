/**
 * The contact for status inquiries (issue 15): the recruiter or coordinator, else the team mailbox the mail
 * gave, else the reply asks for one (`contact: Name <address>`); never a peer interviewer. Missing addresses
 * are flagged with the line that supplies them.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { teamMailbox } from "../src/extract/address.ts";
import { HIRING_TEAM, inquiryRecipient, planFollowUps } from "../src/schedule/plan.ts";
import { parseMail } from "./support/mail.ts";
import { clearKv, deliver, storedRecord, testEnv } from "./support/worker.ts";

beforeEach(clearKv);

const person = (name: string, email: string | null = null) => ({ name, email, title: null });

describe("the team mailbox", () => {
  it.for([
    [null, "Questions? Write to talent@northwind.example or call us.", "talent@northwind.example"],
    ["careers@acme.example", "", "careers@acme.example"],
    ["recruiting-emea@acme.example", "", "recruiting-emea@acme.example"],
    ["priya@acme.example", "Reach the team at people-ops@acme.example.", "people-ops@acme.example"],
    // An applicant-tracking product's box is no one's to write to; a person's address is not a team's.
    ["no-reply@greenhouse.example", "jobs@greenhouse.example", null],
    ["priya@acme.example", "priya@acme.example, tom@acme.example", null],
  ] as const)("from %s with %j → %s", ([from, text, want]) => {
    expect(teamMailbox(from, text)).toBe(want);
  });
});

describe("whom inquiries go to", () => {
  const base = { start: "2026-12-04T15:00:00Z", end: "2026-12-04T16:00:00Z", interviewers: [person("Ana Silva", "ana@acme.example")], timeline: null };
  const now = new Date("2026-12-01T12:00:00Z");
  const inquiryTo = (input: Parameters<typeof planFollowUps>[0]) => planFollowUps(input, { now, seekerTimeZone: "America/New_York" }).find((f) => f.kind === "status_inquiry_1")!.recipient;

  it("the recruiter first, else the team mailbox, else nobody: never the interviewer", () => {
    expect(inquiryTo({ ...base, contacts: [person("Rae Chen", "rae@acme.example")], teamMailbox: "talent@acme.example" })?.name).toBe("Rae Chen");
    expect(inquiryTo({ ...base, contacts: [], teamMailbox: "talent@acme.example" })).toEqual({ name: HIRING_TEAM, email: "talent@acme.example", title: null });
    expect(inquiryTo({ ...base, contacts: [], teamMailbox: null })).toBeNull();
    expect(inquiryRecipient({ contacts: [], teamMailbox: null })).toBeNull();
  });
});

const seeker = "jordan.okafor@gmail.example";
/** A forward whose original names one interviewer and, unless told, no recruiter and no team address. */
function forward(opts: { body?: string[]; from?: string } = {}) {
  return [
    `From: Jordan Okafor <${seeker}>`,
    "To: followups@assistant.example",
    "Subject: Fwd: Interview confirmation - Data Analyst at Northwind",
    `Message-ID: <fwd-${Math.random()}@gmail.example>`,
    "",
    "---------- Forwarded message ---------",
    `From: ${opts.from ?? "Priya Natarajan <priya@northwind.example>"}`,
    "Date: Mon, Nov 30, 2026 at 9:00 AM",
    "Subject: Interview confirmation - Data Analyst at Northwind",
    `To: Jordan Okafor <${seeker}>`,
    "",
    "Hi Jordan,",
    "",
    "You're confirmed for a video interview for the Data Analyst role at Northwind on Thursday, December 10, 2026 at 2:00 PM ET.",
    "You'll meet with Tom Brandt (Analytics Manager).",
    ...(opts.body ?? []),
    "",
    "Best,",
    "Priya Natarajan",
    "",
  ].join("\r\n");
}
describe("through the worker", () => {
  it("a team address in the mail gets the inquiries; an interviewer without an address is flagged", async () => {
    const mail = await deliver(forward({ from: "Northwind Talent <talent@northwind.example>", body: ["Questions? talent@northwind.example"] }), seeker, "2026-12-01T15:00:00Z", testEnv());
    const text = (await parseMail(mail.replies[0]!)).text!;
    const r = await storedRecord();
    expect(r.teamMailbox).toBe("talent@northwind.example");
    expect(r.followUps.find((f) => f.kind === "status_inquiry_1")!.recipient?.email).toBe("talent@northwind.example");
    expect(text).toContain("I have no address for Tom Brandt");
    expect(text).toContain("interviewers: Tom Brandt <address>");
    expect(text).not.toContain("no one to go to");
  });

  it("with nobody to ask, the reply asks for `contact:`, and the answer re-addresses the inquiries", async () => {
    const mail = await deliver(forward({ from: "Tom Brandt <tom@northwind.example>" }), seeker, "2026-12-01T15:00:00Z", testEnv());
    const reply = await parseMail(mail.replies[0]!);
    const r = await storedRecord();
    const inquiry = () => r.followUps.find((f) => f.kind === "status_inquiry_1")!;
    expect(r.contacts).toEqual([]);
    expect(reply.text).toContain("your status inquiries have no one to go to yet");
    expect(inquiry().recipient).toBeNull();
    expect(r.interviewers.map((p) => p.name)).toContain("Tom Brandt");
    expect(inquiry().recipient?.name).not.toBe("Tom Brandt");

    const answer = [
      `From: Jordan Okafor <${seeker}>`, "To: followups@assistant.example", `Subject: Re: ${reply.subject}`, `Message-ID: <c-${Math.random()}@gmail.example>`,
      `In-Reply-To: ${reply.messageId}`, `References: ${reply.messageId}`, "", "contact: Rae Chen <rae.chen@northwind.example>", "",
    ].join("\r\n");
    const done = (await parseMail((await deliver(answer, seeker, "2026-12-02T15:00:00Z", testEnv())).replies[0]!)).text!;
    expect(done).toContain("Status inquiries and check-ins now go to Rae Chen <rae.chen@northwind.example>");
    const after = await storedRecord();
    for (const f of after.followUps.filter((x) => x.kind === "status_inquiry_1" || x.kind === "status_inquiry_2" || x.kind === "check_in")) {
      expect(f.recipient?.email).toBe("rae.chen@northwind.example");
    }
  });
});
