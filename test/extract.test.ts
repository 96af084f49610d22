import { describe, expect, it } from "vitest";
import { judge } from "../scripts/judge.ts";
import { extract } from "../src/extract/index.ts";
import { findBlock, cutReplyHistory, unwrap } from "../src/extract/forward.ts";
import { readInvite } from "../src/extract/ics.ts";
import * as chrono from "chrono-node/en";
import { findWhen, MONTH_FIRST } from "../src/extract/when.ts";
import { findZones } from "../src/extract/zones.ts";
import { prosePeople } from "../src/extract/cast.ts";
import { parseEntry, signatureOf } from "../src/extract/people.ts";
import { meetingUrlFrom, urlsIn } from "../src/extract/links.ts";
import { cleanName } from "../src/extract/address.ts";
import { classify, mentionsCancellation, notInterviewReason } from "../src/extract/kind.ts";
import { readCorrections, seekerNote } from "../src/extract/corrections.ts";
import { companyAndRole } from "../src/extract/company.ts";
import { cases, knownContactMisses } from "./support/mail.ts";
import { htmlOnly } from "./support/variants.ts";

describe("extraction over the corpus, in workerd", () => {
  it.for(cases)("extracts $name", async (c) => {
    const got = await extract(c.raw, { now: new Date(c.expected.received_at), seekerTimeZone: c.expected.seeker.time_zone ?? "UTC", assistantAddress: "followups@assistant.example" });
    expect(judge(got, c.expected).differences).toEqual([]);
  });

  it.for(cases.filter((c) => c.expected.kind !== "not_interview" && !(c.name in knownContactMisses)))("tells the recruiter from the interviewers in $name", async (c) => {
    const got = await extract(c.raw, { now: new Date(c.expected.received_at), seekerTimeZone: c.expected.seeker.time_zone ?? "UTC" });
    const want = (c.expected as unknown as { contacts: Array<{ name: string; email: string | null }> }).contacts;
    expect(got.contacts.map((p) => [p.name, p.email])).toEqual(want.map((p) => [p.name, p.email]));
  });
});

describe("the corpus from its HTML part alone", () => {
  // Two alternatives in the mail itself (an attached message/rfc822 keeps its own).
  const bothParts = cases.filter((c) => /content-type:\s*text\/html/i.test(c.raw) && /content-type:\s*text\/plain/i.test(c.raw) && !/message\/rfc822/i.test(c.raw));
  it.for(bothParts)("extracts $name the same", async (c) => {
    const raw = await htmlOnly(c.raw);
    const got = await extract(raw, { now: new Date(c.expected.received_at), seekerTimeZone: c.expected.seeker.time_zone ?? "UTC", assistantAddress: "followups@assistant.example" });
    expect(judge(got, c.expected).differences).toEqual([]);
  });
});

const crlf = (lines: string[]) => lines.join("\r\n");

describe("forward unwrapping", () => {
  it("takes the innermost of nested Gmail forwards", async () => {
    const raw = crlf([
      "From: Sam <sam@example.net>", "To: a@assistant.example", "Subject: Fwd: Fwd: Interview", "Message-ID: <n@x>", "", "fyi",
      "", "---------- Forwarded message ---------", "From: Pat Lee <pat@example.org>", "Date: Mon, Nov 2, 2026 at 9:00 AM", "Subject: Fwd: Interview", "To: <sam@example.net>",
      "", "see below", "", "---------- Forwarded message ---------", "From: Rae Chen <rae@acme.example>", "Date: Sun, Nov 1, 2026 at 8:00 AM", "Subject: Interview", "To: <pat@example.org>",
      "", "Hello from Rae", "",
    ]);
    const { original } = await unwrap(raw);
    expect(original.from?.email).toBe("rae@acme.example");
    expect(original.subject).toBe("Interview");
    expect(original.body.trim()).toBe("Hello from Rae");
  });

  it("does not descend into reply history under an Outlook original-message block", async () => {
    const text = ["Hi,", "", "Confirmed for Friday.", "", "-----Original Message-----", "From: Me <me@x.example>", "Sent: Monday, November 30, 2026 9:02 PM", "Subject: RE: chat", "", "I'm free Thursday."].join("\n");
    expect(cutReplyHistory(text).trim()).toBe("Hi,\n\nConfirmed for Friday.");
  });

  it("reads an Apple Mail forward quoted with '> '", () => {
    const block = findBlock(["note", "", "> Begin forwarded message:", ">", "> From: Kim <kim@co.example>", "> Subject: Hello", "> Date: November 9, 2026 at 11:02:45 AM PST", ">", "> Body line"].join("\n"));
    expect(block?.headers.from).toBe("Kim <kim@co.example>");
    expect(block?.after.trim()).toBe("Body line");
  });

  // HTML-only forwards put each header line in its own paragraph.
  it("reads Apple's header paragraphs, whose Date comes after the Subject", () => {
    const block = findBlock(["Begin forwarded message:", "", "From: Kim <kim@co.example>", "", "Subject: Interview", "", "Date: 24 November 2026 at 10:02:11 CET", "", "To: Sam <sam@x.example>", "", "Hei Sam,"].join("\n"));
    expect([block?.headers.date, block?.headers.to, block?.after.trim()]).toEqual(["24 November 2026 at 10:02:11 CET", "Sam <sam@x.example>", "Hei Sam,"]);
  });

  it("does not read a 'Date:' line of the body as a header after Outlook's Subject", () => {
    const block = findBlock(["From: Kim <kim@co.example>", "", "Sent: Monday, November 23, 2026 9:00 AM", "", "To: Sam <sam@x.example>", "", "Subject: Interview", "", "Date: 01/12/2026", "Time: 14:00"].join("\n"));
    expect([block?.headers.sent, block?.headers.date, block?.after.trim()]).toEqual(["Monday, November 23, 2026 9:00 AM", undefined, "Date: 01/12/2026\nTime: 14:00"]);
  });

  it("cuts Gmail's 'On … wrote:' history", () => {
    expect(cutReplyHistory("New time: 3pm\n\nOn Mon, Nov 9, 2026 at 9:15 AM Alex <a@x> wrote:\n> old time 1pm").trim()).toBe("New time: 3pm");
  });
});

describe("prose dates", () => {
  it("runs chrono without the parsers whose results are discarded (found by class name)", () => {
    const names = (c: chrono.Chrono) => c.parsers.map((p) => p.constructor.name);
    expect(names(MONTH_FIRST)).not.toContain("ENTimeUnitAgoFormatParser");
    expect(names(MONTH_FIRST).length).toBeLessThan(names(chrono.casual).length);
    expect(names(MONTH_FIRST)).toContain("ENTimeExpressionParser");
  });

  it("reads a date and time split over lines with a dateless line before them", () => {
    const opts = { reference: { year: 2026, month: 11, day: 20, hour: 10, minute: 0 }, notBefore: new Date("2026-11-19T00:00:00Z"), defaultZone: "America/New_York", cancellation: false };
    const w = findWhen("Thanks for your time today.\nDate: Tuesday, December 8\n\n2:00 PM - 2:45 PM ET\nSee you then", opts);
    expect([w?.start.toISOString(), w?.end?.toISOString()]).toEqual(["2026-12-08T19:00:00.000Z", "2026-12-08T19:45:00.000Z"]);
  });
});

describe("time zones", () => {
  const zone = (s: string) => findZones(s)[0]?.zone;
  it.for([
    ["2pm EST", "America/New_York"],
    ["14:00 CET", "Europe/Berlin"],
    ["(UTC+10:00) Canberra, Melbourne, Sydney", "Australia/Sydney"],
    ["11:00 AM Eastern Time (US and Canada)", "America/New_York"],
    ["Central European Time - Berlin", "Europe/Berlin"],
    ["9:00 AM W. Europe Standard Time", "Europe/Berlin"],
  ] as const)("reads %s as %s", ([text, iana]) => {
    expect(zone(text)).toEqual({ iana });
  });

  it("keeps a bare offset as an offset", () => {
    expect(zone("16:00 (GMT+2)")).toEqual({ offsetMinutes: 120 });
    expect(zone("09:00 UTC+5:30")).toEqual({ offsetMinutes: 330 });
  });

  it("does not read lowercase words as zones", () => {
    expect(findZones("et pt ct and mt are words here")).toEqual([]);
  });

  // The Central pattern is written with look-arounds instead of \b (speed); these pin its edges.
  it.for([
    ["3:00 PM US Central Standard Time", "America/Chicago"],
    ["3:00 PM CENTRAL TIME", "America/Chicago"],
    ["at 3pm central.", "America/Chicago"],
  ] as const)("reads %s as %s", ([text, iana]) => {
    expect(findZones(text).at(-1)?.zone).toEqual({ iana });
  });

  it("does not read Central inside a word or before a place as the US zone", () => {
    expect(findZones("Midcentral Time and Centrally timed")).toEqual([]);
    expect(findZones("our Central Time - Dallas office").map((z) => z.zone)).toEqual([]);
  });
});

describe("dates in prose", () => {
  const ref = { year: 2026, month: 7, day: 1, hour: 9, minute: 0 };
  const when = (text: string, over: Partial<Parameters<typeof findWhen>[1]> = {}) =>
    findWhen(text, { reference: ref, notBefore: new Date("2026-07-01T00:00:00Z"), defaultZone: "Europe/Paris", cancellation: false, ...over });

  it("applies summer time to 'EST' written in July (Eastern time, not a fixed -5)", () => {
    expect(when("Tuesday, July 14, 2026 at 2:00 PM EST")?.start.toISOString()).toBe("2026-07-14T18:00:00.000Z");
  });

  it("reads a range and its end", () => {
    const w = when("Date: Thursday, July 16, 2026\nTime: 2:00 – 2:45 PM ET");
    expect([w?.start.toISOString(), w?.end?.toISOString()]).toEqual(["2026-07-16T18:00:00.000Z", "2026-07-16T18:45:00.000Z"]);
  });

  it("uses the seeker's zone when the mail names none, and says so", () => {
    const w = when("See you on July 20, 2026 at 10:00.");
    expect(w?.start.toISOString()).toBe("2026-07-20T08:00:00.000Z");
    expect(w?.zoneAssumed).toBe(true);
  });

  it.for([
    ["on 3 July at 14.00 BST.", "2026-07-03T13:00:00.000Z", null],
    ["Friday 3 July from 9.30 to 10.15 (UK time)", "2026-07-03T08:30:00.000Z", "2026-07-03T09:15:00.000Z"],
    ["Friday 3 July 2026, 10.30 am BST", "2026-07-03T09:30:00.000Z", null],
  ] as const)("reads a time written with a dot, as British mail does: %s", ([text, start, end]) => {
    const w = when(text);
    expect([w?.start.toISOString(), w?.end?.toISOString() ?? null]).toEqual([start, end]);
  });

  it.for([
    ["We'd like to meet between 2 and 3pm ET on Tuesday, July 14.", "2026-07-14T18:00:00.000Z", "2026-07-14T19:00:00.000Z", "America/New_York"],
    ["Jul 14 (Tue) 10:00-11:00 AM EDT", "2026-07-14T14:00:00.000Z", "2026-07-14T15:00:00.000Z", "America/New_York"],
    ["Date/Time: Jul 14, 2026 10:00 AM – 10:30 AM America/Chicago", "2026-07-14T15:00:00.000Z", "2026-07-14T15:30:00.000Z", "America/Chicago"],
    ["Tuesday, July 14 · 10:00 – 10:45am\nTime zone: America/Los_Angeles", "2026-07-14T17:00:00.000Z", "2026-07-14T17:45:00.000Z", "America/Los_Angeles"],
  ] as const)("reads %j", ([text, start, end, zone]) => {
    const w = when(text);
    expect([w?.start.toISOString(), w?.end?.toISOString(), w?.zone.iana, w?.zoneAssumed]).toEqual([start, end, zone, false]);
  });

  it("does not read a dotted date or an amount as a time", () => {
    expect(when("Your interview day is 03.07.2026; the travel allowance is 14.50 per day.")).toBeNull();
  });

  it("reads day-first numeric dates in a European mail", () => {
    expect(when("Date: 03/08/2026\nTime: 14:00 CEST")?.start.toISOString()).toBe("2026-08-03T12:00:00.000Z");
  });

  it("flags a weekday that contradicts the date", () => {
    expect(when("Monday, July 16, 2026 at 3pm PT")?.warnings).toContain("weekday_mismatch");
  });

  it("skips a time marked as the previous slot", () => {
    const w = when("PREVIOUSLY SCHEDULED (cancelled)\nJuly 20, 2026, 10:00 AM PT\n\nNEW TIME\nJuly 22, 2026, 11:00 AM PT");
    expect(w?.start.toISOString()).toBe("2026-07-22T18:00:00.000Z");
  });

  it("ignores times already past", () => {
    expect(when("We received your application on June 30, 2026 at 9:00 AM ET.")).toBeNull();
  });

  it("resolves 'tomorrow' against the original mail's wall clock", () => {
    const w = when("See you tomorrow at 10am PT", { reference: { year: 2026, month: 11, day: 10, hour: 16, minute: 40 }, notBefore: new Date("2026-11-10T00:00:00Z") });
    expect(w?.start.toISOString()).toBe("2026-11-11T18:00:00.000Z");
  });
});

describe("invites", () => {
  const ics = (dt: string, extra = "") =>
    ["BEGIN:VCALENDAR", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT", "UID:u1", dt, "DTEND;TZID=Tokyo Standard Time:20261201T110000", "ORGANIZER;CN=Rec Ruiter:mailto:rec@co.example",
      'ATTENDEE;CN="Doe, Jane";ROLE=REQ-PARTICIPANT:mailto:jane@co.example', "ATTENDEE;CUTYPE=ROOM;CN=Room 4:mailto:room4@co.example", extra, "END:VEVENT", "END:VCALENDAR"].filter(Boolean).join("\r\n");

  it("maps a Windows TZID to IANA and keeps people, not rooms", () => {
    const inv = readInvite(ics("DTSTART;TZID=Tokyo Standard Time:20261201T100000"), "UTC")!;
    expect(inv.start?.toISOString()).toBe("2026-12-01T01:00:00.000Z");
    expect(inv.zone).toBe("Asia/Tokyo");
    expect(inv.attendees.map((a) => [a.name, a.cutype])).toEqual([["Jane Doe", null], ["Room 4", "ROOM"]]);
  });

  it("reads a Windows display name as TZID ('(UTC-05:00) Eastern Time (US & Canada)')", () => {
    const inv = readInvite(ics('DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261201T100000'), "UTC")!;
    expect([inv.start?.toISOString(), inv.zone]).toEqual(["2026-12-01T15:00:00.000Z", "America/New_York"]);
  });

  it("reads a floating time in the calendar's own zone (X-WR-TIMEZONE)", () => {
    const raw = ["BEGIN:VCALENDAR", "X-WR-TIMEZONE:America/Chicago", "BEGIN:VEVENT", "UID:u2", "DTSTART:20261201T100000", "END:VEVENT", "END:VCALENDAR"].join("\r\n");
    expect(readInvite(raw, "UTC")?.start?.toISOString()).toBe("2026-12-01T16:00:00.000Z");
  });

  it("returns null for an invite it cannot read, instead of throwing", () => {
    expect(readInvite("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\n", "UTC")).toBeNull();
    expect(readInvite("not a calendar", "UTC")).toBeNull();
  });
});

describe("people", () => {
  it.for([
    ["Regards,\n\nDivya Krishnan\n\nTalent Acquisition Specialist | Saffron Ledger", { title: "Talent Acquisition Specialist", company: "Saffron Ledger", email: null }],
    ["Copperleaf Insurance\n\nDear José Luis,\n\nYour onsite is confirmed.", { title: null, company: null, email: null }],
    ["Best,\nCopperleaf Insurance\n\nP.S. Bring a photo ID.", { title: null, company: null, email: null }],
  ] as const)("reads a signature written in paragraphs: %s", ([text, want]) => {
    const name = text.includes("Divya") ? "Divya Krishnan" : "Copperleaf Insurance";
    expect(signatureOf(text, name)).toEqual(want);
  });

  it.for([
    ["Meet the team:\n• Jane Doe – Engineering Manager\n• John Smith – Staff Engineer", ["Jane Doe", "John Smith"]],
    ["Jane Doe (Engineering Manager) and John Smith will interview you.", ["Jane Doe", "John Smith"]],
    ["Ana Silva, Bo Kim and Cy Diaz are going to interview you on Friday.", ["Ana Silva", "Bo Kim", "Cy Diaz"]],
    ["Your interview will be with Priya Patel, our VP of Engineering.", ["Priya Patel"]],
    ["A 45-minute call with our Staff Engineer Tom Lee.", ["Tom Lee"]],
    ["You'll meet with CTO Ana Ruiz and Senior Recruiter Bo Kim.", ["Ana Ruiz", "Bo Kim"]],
    ["Meet the team behind Northwind at our open day.", []],
    ["Our team will interview you on Friday.", []],
  ] as const)("reads the people of %j", ([text, names]) => {
    expect(prosePeople(text).map((p) => p.name)).toEqual(names);
  });

  it("takes a title written before a name as the title", () => {
    expect(prosePeople("You will speak with Engineering Manager Priya Natarajan (priya@x.example).").map((p) => [p.name, p.title, p.email])).toEqual([["Priya Natarajan", "Engineering Manager", "priya@x.example"]]);
  });

  it("reads a two-cell table row as a label and its people, and keeps a header row a header", () => {
    const row = "Panel\tShreya Kulkarni (Senior Android Engineer), Vikram Sethi (Mobile Engineering Manager)";
    expect(prosePeople(`Details:\n${row}\nMode\tVideo call`).map((p) => [p.name, p.title])).toEqual([["Shreya Kulkarni", "Senior Android Engineer"], ["Vikram Sethi", "Mobile Engineering Manager"]]);
    expect(prosePeople("Interviewer\tTime\nAna Silva\t10:00 AM\nBo Kim\t11:00 AM").map((p) => p.name)).toEqual(["Ana Silva", "Bo Kim"]);
  });

  it("does not read a name across a paragraph break", () => {
    const text = "10:15 AM - 11:00 AM\tCase study\tKwame Mensah, Senior Product Manager\n\nJane Okoro (Analytics Manager) will be your interviewer over lunch.";
    expect(prosePeople(text).map((p) => [p.name, p.title])).toEqual([["Kwame Mensah", "Senior Product Manager"], ["Jane Okoro", "Analytics Manager"]]);
  });

  it("ends a list of names at the paragraph's end", () => {
    expect(prosePeople("You'll meet with Ana Silva and Bo Kim\n\nParking Garage B is free for visitors").map((p) => p.name)).toEqual(["Ana Silva", "Bo Kim"]);
  });

  it.for([
    ["Marcus Bell, Engineering Manager, Data Platform", [["Marcus Bell", "Engineering Manager, Data Platform"]]],
    ["Rosa Delgado - VP of Product (rosa.delgado@gridiron.example)", [["Rosa Delgado", "VP of Product"]]],
    ["Shreya Kulkarni (Senior Android Engineer), Vikram Sethi (Mobile Engineering Manager)", [["Shreya Kulkarni", "Senior Android Engineer"], ["Vikram Sethi", "Mobile Engineering Manager"]]],
  ] as const)("parses the entry %s", ([line, want]) => {
    expect(parseEntry(line).map((p) => [p.name, p.title])).toEqual(want);
  });

  it("finds interviewers in sentences, with the title before or after the name", () => {
    const names = (t: string) => prosePeople(t).map((p) => p.name);
    expect(names("You will meet with Tomás Ibarra (Director, Risk) and Grace Liu (Senior Analyst).")).toEqual(["Tomás Ibarra", "Grace Liu"]);
    expect(names("You'll meet our co-founder and CEO, Lukas Brandt. He'll send a link.")).toEqual(["Lukas Brandt"]);
    expect(names("Interviewers:\n* Ana Silva, Staff Engineer\n* Bo Kim, Designer\n\nThanks")).toEqual(["Ana Silva", "Bo Kim"]);
  });

  it("turns 'Last, First' into 'First Last'", () => {
    expect(cleanName('"Ibarra, Tomás"')).toBe("Tomás Ibarra");
  });
});

describe("meeting links", () => {
  it("takes the join link, not options, dial-in or scheduling links", () => {
    expect(
      meetingUrlFrom([
        "https://calendly.example/marisol/15min",
        "https://teams.microsoft.example/meetingOptions/?organizerId=1",
        "https://tel.meet.example/abc-defg-hij?pin=1",
        "https://acme.zoom.example/j/123456789?pwd=x",
      ]),
    ).toBe("https://acme.zoom.example/j/123456789?pwd=x");
    expect(meetingUrlFrom(["https://acme.example/careers"])).toBeNull();
  });

  it("takes Zoom's web-client join link", () => {
    expect(meetingUrlFrom(["https://app.zoom.us/wc/join/81234567890"])).toBe("https://app.zoom.us/wc/join/81234567890");
  });

  it.for([
    ["Google Meet", "Where\tGoogle Meet – meet.google.com/bqe-hvnx-pta <https://ct.sendgrid.example/ls/click?upn=u001.Q>", "https://meet.google.com/bqe-hvnx-pta"],
    ["Zoom", "Join: acme.zoom.us/j/812345678?pwd=abc (tracked: https://links.example/t/1)", "https://acme.zoom.us/j/812345678?pwd=abc"],
  ] as const)("takes a %s join link written without its scheme over a tracking redirect", ([, text, url]) => {
    expect(meetingUrlFrom(urlsIn(text))).toBe(url);
  });

  it.for([
    ["full-width brackets", "形式：Zoom（https://zoom.us/j/5551234567）にて", "https://zoom.us/j/5551234567"],
    ["corner quotes", "「https://meet.google.com/abc-defg-hij」からご参加ください", "https://meet.google.com/abc-defg-hij"],
    ["curly quotes", "Join at “https://acme.zoom.us/j/1234567”.", "https://acme.zoom.us/j/1234567"],
    ["an ideographic full stop", "https://teams.microsoft.com/l/meetup-join/19%3a1。", "https://teams.microsoft.com/l/meetup-join/19%3a1"],
  ] as const)("ends a link at %s", ([, text, url]) => {
    expect(meetingUrlFrom(urlsIn(text))).toBe(url);
  });

  it("reads no bare join link inside an address or another link", () => {
    expect(urlsIn("mail sam@meet.google.com/abc-defg-hij or https://x.example/meet.google.com/abc-defg-hij")).toEqual(["https://x.example/meet.google.com/abc-defg-hij"]);
  });
});

describe("corrections typed by the seeker", () => {
  it("reads them from the note above a forward, not from the forwarded mail", () => {
    const body = ["Role: Staff Engineer", "date: Dec 3 2pm ET", "interviewers: Jane Doe (VP Product), Tom Brandt", "", "---------- Forwarded message ---------", "From: A B <a@b.example>", "Subject: x", "", "role: Not This"].join("\n");
    const c = readCorrections(seekerNote(body));
    expect(c.role).toBe("Staff Engineer");
    expect(c.date).toBe("Dec 3 2pm ET");
    expect(c.interviewers?.map((p) => [p.name, p.title])).toEqual([["Jane Doe", "VP Product"], ["Tom Brandt", null]]);
  });
});

describe("mail that schedules nothing", () => {
  const rejection = crlf([
    "From: Sam Rivera <sam@example.net>", "To: a@assistant.example", "Subject: Fwd: Your application", "Message-ID: <r@x>", "",
    "---------- Forwarded message ---------", "From: Rae Chen <rae@acme.example>", "Date: Mon, Nov 23, 2026 at 9:00 AM", "Subject: Your application", "To: <sam@example.net>", "",
    "Hi Sam,", "", "Thank you for speaking with Priya Natarajan (Engineering Manager) on Thursday, November 19 at 2:00 PM ET.",
    "Unfortunately we have decided not to proceed with your application for the Senior Engineer role at Acme.", "", "Best,", "Rae Chen", "Recruiter | Acme", "",
  ]);
  const now = new Date("2026-11-23T15:00:00Z");

  it("keeps the company and role of a rejection, and no time or people", async () => {
    const e = await extract(rejection, { now, seekerTimeZone: "America/New_York" });
    expect([e.kind, e.notInterviewReason, e.company, e.role, e.start, e.interviewers, e.contacts]).toEqual(["not_interview", "rejection", "Acme", "Senior Engineer", null, [], []]);
  });

  it("tracks it after all when the seeker types a date, with the people the mail names", async () => {
    const e = await extract(rejection, { now, seekerTimeZone: "America/New_York", corrections: { date: "Dec 3 2pm ET" } });
    expect([e.kind, e.start]).toEqual(["interview", "2026-12-03T19:00:00.000Z"]);
    expect(e.interviewers.map((p) => p.name)).toEqual(["Priya Natarajan"]);
    expect(e.contacts.map((p) => p.name)).toEqual(["Rae Chen"]);
  });
});

describe("what a mail is, phrase by phrase", () => {
  // One phrase for each way the patterns say it, in any case: each pattern first looks for its words.
  it.for([
    ["We have decided to move forward with other candidates.", "rejection"],
    ["We will NOT be moving forward with your application.", "rejection"],
    ["We regret to inform you that the role is closed.", "rejection"],
    ["We are unable to offer you a position.", "rejection"],
    ["We will not be progressing your application.", "rejection"],
    ["The position has been filled.", "rejection"],
    ["We chose to pursue other candidates.", "rejection"],
    ["You have not been selected.", "rejection"],
    ["We have decided not to proceed.", "rejection"],
    ["We are not able to move you forward.", "rejection"],
    ["We regret that we are unable to progress your application further.", "rejection"],
    ["Could you do one of these slots? Tue 10am or Wed 2pm ET.", "times_proposed"],
    ["Which of the following times works best for you?", "times_proposed"],
    ["Please pick a time on my calendar.", "times_proposed"],
    ["We are pleased to extend an offer.", "offer"],
    ["We'd like to offer you the role.", "offer"],
    ["Your offer letter is attached.", "offer"],
    ["Please find the formal offer below.", "offer"],
    ["Following our verbal offer, here are the details.", "offer"],
    ["Your Job Alert for data engineer", "newsletter"],
    ["New jobs for you this week", "newsletter"],
    ["Jobs you may be interested in", "newsletter"],
    ["Unsubscribe at any time. Apply now!", "newsletter"],
    ["Easy Apply to these roles", "newsletter"],
    ["Thank you for applying to Acme.", "application_received"],
    ["We have received your application.", "application_received"],
    ["Your application has been received.", "application_received"],
    ["You have successfully applied.", "application_received"],
    ["I am out of the office until Monday.", "out_of_office"],
    ["Automatic reply: Interview", "out_of_office"],
    ["Auto-Reply: away", "out_of_office"],
    ["I am currently away with limited access.", "out_of_office"],
    ["I'm on parental leave until March.", "out_of_office"],
    ["I have limited access to email.", "out_of_office"],
    ["You're confirmed for Thursday at 2pm ET.", null],
    ["Your interview: Tue Dec 8 at 10am ET. If this does not work, please share your availability.", null],
    ["Your interview is confirmed for one of the slots you picked: Tue 10am ET.", null],
    // Confirmations with words the negatives look for.
    ["Your interview is confirmed for Tuesday at 10am ET.\n\nUnsubscribe from job alerts | Apply to more jobs", null],
    ["We are unable to offer travel reimbursement. Your onsite is confirmed for Dec 8 at 9am PT.", null],
    ["I'm out of the office today but wanted to confirm your interview for Tuesday at 10am ET.", null],
  ] as const)("%s → %s", ([text, reason]) => {
    expect(notInterviewReason("", text)).toBe(reason);
  });

  it.for([
    ["We need to cancel Monday's interview.", true],
    ["Your interview HAS BEEN CANCELLED.", true],
    ["The interview is now canceled.", true],
    ["We've cancelled the call.", true],
    ["See you Monday.", false],
  ] as const)("cancels: %s → %s", ([text, yes]) => {
    expect(mentionsCancellation("", text)).toBe(yes);
  });
});

describe("kinds", () => {
  const kindOf = (subject: string, body: string, hasStart = true) =>
    classify({ subject, body, inviteMethod: null, inviteStatus: null, inviteSequence: 0, hasStart }).kind;
  it.for([
    ["Interview confirmed", "You're confirmed for Thursday at 2pm ET.", "interview"],
    ["Updated invitation: Interview @ Thu Dec 3", "The time changed.", "reschedule"],
    ["Your interview has been rescheduled", "New time: Thursday 3pm.", "reschedule"],
    ["Interview", "We've moved your interview to Friday.", "reschedule"],
    ["Interview", "The date has changed to Friday.", "reschedule"],
    ["Interview", "Updated interview details below.", "reschedule"],
    ["Interview time change", "We need to move your interview to Friday at 3pm ET instead.", "reschedule"],
    ["Canceled: Interview", "We need to cancel Monday's interview.", "cancellation"],
    ["Your application", "Unfortunately we have decided not to proceed with your application.", "not_interview"],
    ["Offer", "We are thrilled to offer you the position of Staff Engineer, starting January 4.", "not_interview"],
  ] as const)("%s → %s", ([subject, body, kind]) => {
    expect(kindOf(subject, body)).toBe(kind);
  });
  it("is not an interview without a time", () => {
    expect(kindOf("Interview", "We'd love to interview you; pick a slot on my calendar.", false)).toBe("not_interview");
  });
});

describe("more zone words", () => {
  it.for([["at 10am Pacific.", "America/Los_Angeles"], ["2 PM (Central)", "America/Chicago"], ["11am Arizona time", "America/Phoenix"], ["(UTC-07:00) Arizona", "America/Phoenix"], ["(UTC-05:00) Eastern Time (US & Canada)", "America/New_York"]] as const)(
    "reads %s as %s",
    ([text, iana]) => {
      expect(findZones(text)[0]?.zone).toEqual({ iana });
    },
  );
});

describe("forwards from localised clients and plain name lists", () => {
  const mk = (body: string[]) => ["From: Sam Rivera <sam@example.net>", "To: a@assistant.example", "Subject: Fwd: Interview", "Message-ID: <p@x>", "Date: Mon, 30 Nov 2026 10:00:00 +0100", "", ...body].join("\r\n");
  const opts = { now: new Date("2026-11-30T09:10:00Z"), seekerTimeZone: "Europe/Paris" };

  it("reads a German Outlook header block (Von/Gesendet/Betreff)", async () => {
    const e = await extract(mk(["FYI", "", "Von: Anna Weber <anna.weber@kranich.example>", "Gesendet: Montag, 30. November 2026 09:12", "An: Sam Rivera <sam@example.net>", "Betreff: Einladung", "", "Your interview for the Senior Backend Engineer position at Kranich Software is on Thursday, 3 December 2026 at 14:00 CET."]), opts);
    expect(e.original.from).toBe("anna.weber@kranich.example");
    expect(e.start).toBe("2026-12-03T13:00:00.000Z");
  });

  it("reads a French forward, and does not take its Date line for the interview", async () => {
    const e = await extract(mk(["-------- Message transféré --------", "De : Claire Martin <claire@lumiere.example>", "Date : lun. 30 nov. 2026 à 09:00", "Objet : Entretien", "", "Your interview for the Product Designer role at Lumiere Studio is on 4 December 2026 at 10:30 CET with Paul Durand (Design Director)."]), opts);
    expect(e.original.from).toBe("claire@lumiere.example");
    expect(e.start).toBe("2026-12-04T09:30:00.000Z");
    expect(e.interviewers.map((p) => [p.name, p.title])).toEqual([["Paul Durand", "Design Director"]]);
  });

  it("splits 'Interviewers: A, B, C' into three people", () => {
    expect(prosePeople("Interviewers: Ana Silva, Bo Kim, Cy Diaz").map((p) => p.name)).toEqual(["Ana Silva", "Bo Kim", "Cy Diaz"]);
    expect(prosePeople("Interviewer: Marcus Bell, Engineering Manager, Data Platform").map((p) => [p.name, p.title])).toEqual([["Marcus Bell", "Engineering Manager, Data Platform"]]);
  });
});

describe("cancellations and subjects in prose", () => {
  const mk = (subject: string, body: string[]) => ["From: Sam Rivera <sam@example.net>", "To: a@assistant.example", `Subject: Fwd: ${subject}`, "Message-ID: <p@x>", "", "---------- Forwarded message ---------", "From: Rae Chen <rae@acme.example>", "Date: Mon, Nov 30, 2026 at 9:00 AM", `Subject: ${subject}`, "", ...body].join("\r\n");
  const opts = { now: new Date("2026-11-30T15:00:00Z"), seekerTimeZone: "America/New_York" };

  it("a cancellation in prose keeps the cancelled slot", async () => {
    const e = await extract(mk("Your interview", ["Hi Sam, unfortunately we need to cancel your interview for the Data Engineer role at Acme on December 3, 2026 at 2:00 PM ET."]), opts);
    expect(e.kind).toBe("cancellation");
    expect(e.start).toBe("2026-12-03T19:00:00.000Z");
  });

  it("falls back to the subject when the body names no time", async () => {
    const e = await extract(mk("Interview with Acme: Tue, Dec 8, 2026 3pm ET", ["Hi Sam, see you then."]), opts);
    expect(e.start).toBe("2026-12-08T20:00:00.000Z");
  });
});

describe("Google's text invitation and Outlook's When line", () => {
  const mk = (subject: string, body: string[]) => ["From: Sam Rivera <sam@example.net>", "To: a@assistant.example", `Subject: Fwd: ${subject}`, "Message-ID: <p@x>", "", "---------- Forwarded message ---------", "From: Rae Chen <rae@acme.example>", "Date: Mon, Nov 30, 2026 at 9:00 AM", `Subject: ${subject}`, "", ...body].join("\r\n");
  const opts = { now: new Date("2026-11-30T15:10:00Z"), seekerTimeZone: "Europe/London", seeker: { email: "sam@example.net", name: "Sam Rivera" } };

  it("reads the guest list without the organizer or the seeker, and the company before 'interview'", async () => {
    const e = await extract(mk("Invitation: Acme interview @ Tue Dec 8, 2026 2pm - 3pm (EST)", ["Acme interview", "Tuesday Dec 8, 2026 ⋅ 2pm – 3pm", "Eastern Time - New York", "", "Guests", "Rae Chen - organizer", "Jane Doe", "sam@example.net", "View all guest info"]), opts);
    expect([e.start, e.timeZone, e.company]).toEqual(["2026-12-08T19:00:00.000Z", "America/New_York", "Acme"]);
    expect(e.interviewers.map((p) => p.name)).toEqual(["Jane Doe"]);
  });

  it("reads 'Meet with: Name, Title' and says when the zone was assumed", async () => {
    const e = await extract(mk("Interview - Product Manager", ["When: Tuesday, December 8, 2026 10:00 AM-11:00 AM.", "", "Meet with: Jane Doe, Director of Product"]), opts);
    expect(e.interviewers.map((p) => [p.name, p.title])).toEqual([["Jane Doe", "Director of Product"]]);
    expect(e.zoneAssumed).toBe(true);
    expect(e.missing).toContain("time_zone");
  });
});

describe("moved times, arrival times", () => {
  const mk = (subject: string, body: string) => ["From: Sam Rivera <sam@example.net>", "To: a@assistant.example", `Subject: Fwd: ${subject}`, "Message-ID: <p@x>", "", "---------- Forwarded message ---------", "From: Rae Chen <rae@acme.example>", "Date: Mon, Nov 30, 2026 at 9:00 AM", `Subject: ${subject}`, "", body].join("\r\n");
  const opts = { now: new Date("2026-11-30T15:10:00Z"), seekerTimeZone: "America/New_York" };

  it("'moved from Tuesday 2pm to Thursday 3pm' takes the new time", async () => {
    const e = await extract(mk("Interview rescheduled", "Hi Sam, we've moved your interview for the Data Engineer role at Acme from Tuesday, December 8 at 2pm ET to Thursday, December 10 at 3pm ET. Jane Doe (Engineering Manager) will still be your interviewer."), opts);
    expect([e.kind, e.start]).toEqual(["reschedule", "2026-12-10T20:00:00.000Z"]);
    expect(e.interviewers.map((p) => [p.name, p.title])).toEqual([["Jane Doe", "Engineering Manager"]]);
  });

  it("reads the end from an 'End' table cell", () => {
    const w = findWhen("Start\t2026-12-02 09:30 IST\nEnd\t2026-12-02 10:15 IST\nMode\tVideo", { reference: { year: 2026, month: 11, day: 27, hour: 17, minute: 5 }, notBefore: new Date("2026-11-27T00:00:00Z"), defaultZone: "UTC", cancellation: false });
    expect([w?.start.toISOString(), w?.end?.toISOString()]).toEqual(["2026-12-02T04:00:00.000Z", "2026-12-02T04:45:00.000Z"]);
  });

  it("an arrival time is not the start", async () => {
    const e = await extract(mk("Onsite", "Please arrive at 9:15 AM on Tuesday, December 8, 2026. Your onsite runs 9:30 AM - 12:30 PM ET."), opts);
    expect([e.start, e.end]).toEqual(["2026-12-08T14:30:00.000Z", "2026-12-08T17:30:00.000Z"]);
  });
});

describe("tables and booking tools", () => {
  it("reads people from an 'Interviewer' column of an HTML table", async () => {
    const { htmlToText } = await import("../src/extract/html.ts");
    const text = htmlToText("<table><tr><th>Date</th><th>Time</th><th>Interviewer</th></tr><tr><td>Wednesday, December 9, 2026</td><td>11:00 AM - 11:45 AM CST</td><td>Maria Lopez, QA Lead</td></tr></table>");
    expect(prosePeople(text).map((p) => [p.name, p.title])).toEqual([["Maria Lopez", "QA Lead"]]);
  });

  it("reads an HTML list as consecutive lines, and the source's own line breaks as spaces", async () => {
    const { htmlToText } = await import("../src/extract/html.ts");
    const html = "<p>Your panel:</p>\n<ul>\n  <li>Rosa Delgado - VP of Product (rosa@orbit.example)</li>\n  <li>Kwame Mensah - Product Manager (kwame@orbit.example)</li>\n</ul>\n<p>See you\non Tuesday.</p>";
    const text = htmlToText(html);
    expect(text).toBe("Your panel:\n\n* Rosa Delgado - VP of Product (rosa@orbit.example)\n* Kwame Mensah - Product Manager (kwame@orbit.example)\n\nSee you on Tuesday.");
    expect(prosePeople(text).map((p) => [p.name, p.email])).toEqual([["Rosa Delgado", "rosa@orbit.example"], ["Kwame Mensah", "kwame@orbit.example"]]);
  });

  it("reads a booking invite: the organizer is the interviewer, the company from the event name, the role from the booking question", async () => {
    const ics = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "BEGIN:VEVENT", "DTSTART:20261211T170000Z", "DTEND:20261211T173000Z", "SUMMARY:Intro call between Sam Rivera and Priya Natarajan", "ORGANIZER;CN=Priya Natarajan:mailto:priya@northwind.example", "ATTENDEE;CN=Sam Rivera:mailto:sam@example.net", "LOCATION:https://meet.google.com/xyz-abcd-efg", "DESCRIPTION:Event Name: Intro call - Northwind Robotics\\n\\nWhich role? Senior Backend Engineer", "END:VEVENT", "END:VCALENDAR"].join("\r\n");
    const raw = ["From: Sam Rivera <sam@example.net>", "To: a@assistant.example", "Subject: Fwd: New Event: Sam Rivera - 10:00am Fri, Dec 11, 2026 - Intro call", "Message-ID: <q@x>", "MIME-Version: 1.0", "Content-Type: multipart/mixed; boundary=b", "", "--b", "Content-Type: text/plain", "", "calendly booking", "", "--b", "Content-Type: text/calendar; method=REQUEST", "", ics, "--b--", ""].join("\r\n");
    const e = await extract(raw, { now: new Date("2026-11-30T15:10:00Z"), seekerTimeZone: "America/New_York" });
    expect([e.company, e.role, e.start, e.meetingUrl]).toEqual(["Northwind Robotics", "Senior Backend Engineer", "2026-12-11T17:00:00.000Z", "https://meet.google.com/xyz-abcd-efg"]);
    expect(e.interviewers.map((p) => p.name)).toEqual(["Priya Natarajan"]);
  });
});

describe("company and role in phrasings the corpus lacks", () => {
  const read = (subject: string, body: string) =>
    companyAndRole({ subject, body, inviteSummary: null, inviteDescription: null, senderName: null, senderIsRobot: false, senderDomain: null, signatureCompany: null, seekerName: "Sam Rivera" });
  it.for([
    ["Next steps", "We're excited to invite you to interview for the role of Senior Designer at Initech.", "Initech", "Senior Designer"],
    ["Interview for Product Manager role", "The team at Pied Piper looks forward to meeting you.", "Pied Piper", "Product Manager"],
    ["Re: Frontend Engineer opportunity at Vandelay Industries", "Confirming Thursday.", "Vandelay Industries", "Frontend Engineer"],
    ["Your interview", "Position: Backend Engineer\nCompany: Hooli", "Hooli", "Backend Engineer"],
    ["Interview availability", "Could you do one of these slots for the Senior Data Engineer interview at Halcyon Freight?", "Halcyon Freight", "Senior Data Engineer"],
  ] as const)("reads %s", ([subject, body, company, role]) => {
    expect(read(subject, body)).toEqual({ company, role });
  });
});

describe("whole confirmations in shapes the corpus lacks", () => {
  const mk = (subject: string, from: string, body: string[]) =>
    crlf(["From: Sam Rivera <sam@example.net>", "To: followups@assistant.example", `Subject: Fwd: ${subject}`, "Date: Mon, 30 Nov 2026 10:00:00 -0500", "Message-ID: <w@x>", "", "Please track", "", "---------- Forwarded message ---------", `From: ${from}`, "Date: Mon, Nov 30, 2026 at 9:00 AM", `Subject: ${subject}`, "To: Sam Rivera <sam@example.net>", "", ...body]);
  const opts = { now: new Date("2026-11-30T15:10:00Z"), seekerTimeZone: "America/New_York", assistantAddress: "followups@assistant.example" };

  it("does not take the company in 'your interview with Acme Robotics' for an interviewer", async () => {
    const e = await extract(mk("Interview Confirmation: Senior Engineer at Acme Robotics", "Recruiting <no-reply@acme.example>", ["Thank you for scheduling your interview with Acme Robotics.", "", "Date: Tuesday, December 8, 2026", "Time: 10:00 AM - 11:00 AM Eastern Time", "", "Interviewers:", "Jane Doe - Engineering Manager", "John Smith - Staff Engineer"]), opts);
    expect([e.company, e.interviewers.map((p) => p.name)]).toEqual(["Acme Robotics", ["Jane Doe", "John Smith"]]);
  });

  it("reads 'Jane Doe, our Engineering Manager, would like to speak with you'", async () => {
    const e = await extract(mk("Your interview with Acme Robotics", "Rae Chen <rae.chen@acme.example>", ["Hi Sam,", "", "Jane Doe, our Engineering Manager, would like to speak with you about the Senior Engineer role.", "We have scheduled the call for Tuesday, December 8th at 10:00am EST.", "", "Thanks,", "Rae Chen", "Talent Acquisition, Acme Robotics"]), opts);
    expect([e.interviewers.map((p) => [p.name, p.title]), e.contacts.map((p) => p.name)]).toEqual([[["Jane Doe", "Engineering Manager"]], ["Rae Chen"]]);
  });

  it("takes the written-out date for a weekday said first ('Thursday at 2pm works … Thursday, December 10')", async () => {
    const e = await extract(mk("RE: Interview", "Ben Carter <ben@pied.example>", ["Great - Thursday at 2pm ET works. I've sent a calendar invite for Thursday, December 10.", "", "Ben"]), opts);
    expect(e.start).toBe("2026-12-10T19:00:00.000Z");
  });

  it("reads a team mailbox as the company, not as a recruiter, and a '30-minute phone screen' as the length", async () => {
    const e = await extract(mk("Phone screen", "Globex Careers <careers@globex.example>", ["Your 30-minute phone screen is booked for Thursday 12/10 at 11:30am PT.", "", "The Globex Talent Team"]), opts);
    expect([e.company, e.contacts, e.start, e.end]).toEqual(["Globex", [], "2026-12-10T19:30:00.000Z", "2026-12-10T20:00:00.000Z"]);
  });

  it("reads 'You'll be interviewed by A (Title) and B (Title)' and a length in words", async () => {
    const e = await extract(mk("Interview confirmation – Junior Developer", "Kyle Reese <kyle.reese@cyberdyne.example>", ["Your interview for the Junior Developer role at Cyberdyne is on Wednesday 9th December at 15:00 (UK time) and will last one hour.", "You'll be interviewed by Sarah Connor (Head of Engineering) and Miles Dyson (Lead Developer).", "", "Many thanks,", "Kyle Reese", "Talent Partner"]), opts);
    expect([e.start, e.end, e.interviewers.map((p) => [p.name, p.title])]).toEqual(["2026-12-09T15:00:00.000Z", "2026-12-09T16:00:00.000Z", [["Sarah Connor", "Head of Engineering"], ["Miles Dyson", "Lead Developer"]]]);
  });

  it("does not take the seeker, or a calendar response, for the company ('Accepted: Interview with Sam Rivera')", async () => {
    const e = await extract(mk("Accepted: Interview with Sam Rivera", "Tom Lee <tom@acme.example>", ["Tom Lee has accepted this invitation.", "", "Interview with Sam Rivera", "Tuesday Dec 8, 2026 ⋅ 10am – 11am (Eastern Time - New York)"]), opts);
    expect([e.company, e.start]).toEqual([null, "2026-12-08T15:00:00.000Z"]);
  });

  it("reads the company from a Google Calendar invitation's subject", async () => {
    const e = await extract(mk("Invitation: Interview with Acme Robotics @ Tue Dec 8, 2026 10am - 11am (EST) (sam@example.net)", "Jane Doe <jane.doe@acme.example>", ["You have been invited to the following event."]), opts);
    expect([e.company, e.start, e.end]).toEqual(["Acme Robotics", "2026-12-08T15:00:00.000Z", "2026-12-08T16:00:00.000Z"]);
  });
});
