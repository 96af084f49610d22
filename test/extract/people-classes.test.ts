/**
 * Interviewers and contacts by class of format (issue 14): each example is written here, for a class a
 * corpus case showed, never the case itself.
 */
import { describe, expect, it } from "vitest";
import { namedContacts, prosePeople } from "../../src/extract/cast.ts";

const people: Array<[string, string, string[]]> = [
  ["a name, its title, and what they will do", "Dana Whitlock, Senior Plant Manager, will call you at the number on file.", ["Dana Whitlock"]],
  ["'With' at a line's start, a list of name and title", "With Ines Carvalho, Head of Risk and Tomas Lind, Senior Analyst\nAccept | Decline", ["Ines Carvalho", "Tomas Lind"]],
  ["Microsoft Bookings' 'Staff:' line", "Your booking is confirmed\nStaff: Odette Marchetti\nJoin online", ["Odette Marchetti"]],
  ["a schedule row that runs its session into its person", "9:00 – 9:45 AM PT Coding: Graph Algorithms Wren Talbot, Staff Engineer\n9:45 – 10:30 AM PT Past Work Deep Dive Ivo Brandt, Engineering Manager", ["Wren Talbot", "Ivo Brandt"]],
  ["a schedule row with a dash before its person", "09:00–10:00   Systems design – Nadia Okonkwo, Principal Engineer\n10:15–11:00   Pairing – Leo Marsh, Staff Engineer", ["Nadia Okonkwo", "Leo Marsh"]],
  ["a table row whose session cell reads like a name", "Time\tSession\tInterviewer\n10:30 – 10:45 AM\tBreak\n10:45 – 11:30 AM\tProduct Sense Deep Dive\tMara Quist\nDirector", ["Mara Quist"]],
  ["HTML list items as paragraphs under a label", "Your interviewers:\n\nSofia Lindqvist – Design Lead\n\nAmir Haddad – Product Manager\n\nParking is free for visitors", ["Sofia Lindqvist", "Amir Haddad"]],
  ["honorifics before a name", "Entrevistador: Ing. Rodrigo Salinas Vega, Gerente de Operaciones", ["Rodrigo Salinas Vega"]],
  ["a Dutch name with two particles", "Je spreekt met:\n• Joris van der Berg – Teamleider", ["Joris van der Berg"]],
  ["a label behind an emoji and markdown bold", "🧑‍💻 *Entrevistadores:*\n   - Carla Mendes – Tech Lead\n   - Rui Patrício – Gerente", ["Carla Mendes", "Rui Patrício"]],
  ["a label behind a block symbol", "■Interviewers:\n Ms. Aiko Tanabe (Product Manager)", ["Aiko Tanabe"]],
  ["a table's header row as text, its last column the people", "Date Time Location Interviewers\nThursday, March 4 10:00 AM PT Onsite\nNoor Haddad\nPrincipal Engineer\n\nKenji Ota\nEngineering Manager\nJoin Zoom Meeting", ["Noor Haddad", "Kenji Ota"]],
  ["an HTML table's last cell run over lines", "Date\tTime\tInterviewers\nMarch 4\t10:00 AM PT\tNoor Haddad\nPrincipal Engineer\n\nKenji Ota\nEngineering Manager\n\nJoin Zoom Meeting <https://z.example/j/1>", ["Noor Haddad", "Kenji Ota"]],
  ["a first name alone, then who they are", "Tomorrow you'll pair with Aiko from our platform team in CoderPad.", ["Aiko"]],
  ["a first name whose availability sets the slot", "Good news: Tobias can do Monday at 10am CET, so I've booked it.", ["Tobias"]],
  ["no first name from a weekday, a product or a thing", "You'll pair with Friday from our team. Zoom can do it. Parking is free on site.", []],
  ["a lead-in's list in its first sentence, the next one in brackets", "You'll be meeting Ana Ruiz, our VP R&D, and Li Wei, Team Lead – Research. Bring one project (code, design, results).", ["Ana Ruiz", "Li Wei"]],
  ["an honorific's dot ends no sentence", "Entrevistador: Ing. Rodrigo Salinas, Gerente de Operaciones. Llegue 10 minutos antes.", ["Rodrigo Salinas"]],
  ["a Japanese label and name with its title in full-width brackets", "■面接官：田中 太郎（エンジニアリングマネージャー）", ["田中 太郎"]],
  ["a Chinese name without a space, its title in brackets", "面试官：王伟（技术经理）", ["王伟"]],
  ["a Korean name", "면접관: 김민수 (엔지니어링 매니저)", ["김민수"]],
  ["a possessive before a German label", "Ihre Gesprächspartner: Maren Holt (Teamleiterin Data) und Udo Brink (HR)", ["Maren Holt", "Udo Brink"]],
  ["a possessive before a Spanish label", "Tus entrevistadores: Inés Duarte y Tomás Vidal", ["Inés Duarte", "Tomás Vidal"]],
  ["a Japanese department and title before the name", "面接官：営業本部 課長 鈴木 一郎", ["鈴木 一郎"]],
  ["a Chinese department before the name", "面试官：产品部 李 娜", ["李 娜"]],
  ["a label in quoted lines", "> Participants: Oskar Lund (Tech Lead), Maja Berg (Designer)", ["Oskar Lund", "Maja Berg"]],
  // A label's list where one entry has a title in brackets and the next has none: the title ends at its bracket.
  ["a titled entry, then an untitled one after 'and'", "Interviewers: Ana Silva (Head of Data) and Bo Kim.", ["Ana Silva", "Bo Kim"]],
  ["a Spanish titled entry with 'de' in the title, then ', '", "Entrevistadores: Marta Gil (Directora de Producto), Pablo Ruiz", ["Marta Gil", "Pablo Ruiz"]],
  ["an Italian titled entry, then 'e'", "Intervistatori: Giulia Bianchi (Head of Data) e Luca Ferri", ["Giulia Bianchi", "Luca Ferri"]],
  ["a bracketed title wrapped over the next line", "Who: Ines Moreau (Director, Network Planning) and Teo Valdez (VP,\nSupply Chain)\nWhere: Teams", ["Ines Moreau", "Teo Valdez"]],
  // Romance prose: "the interview will take place with …", a lead-in in the middle of a sentence.
  ["an Italian 'si terrà con' in prose", "Il colloquio si terrà con Giulia Bianchi (Head of Data) e Luca Ferri (Senior Data Engineer).", ["Giulia Bianchi", "Luca Ferri"]],
  ["a Spanish 'se realizará con' in prose", "La entrevista se realizará con Marta Gil (Directora de Producto) y Pablo Ruiz.", ["Marta Gil", "Pablo Ruiz"]],
  ["a Portuguese 'será realizada com' in prose", "A entrevista será realizada com Beatriz Lima (Gerente de Dados) e Rui Costa.", ["Beatriz Lima", "Rui Costa"]],
  ["a French 'aura lieu avec' in prose", "L'entretien aura lieu avec Claire Martin (Responsable Data) et Hugo Petit.", ["Claire Martin", "Hugo Petit"]],
];

describe("interviewers by class", () => {
  it.for(people)("%s", ([, text, want]) => {
    expect(prosePeople(text).map((p) => p.name)).toEqual(want);
  });

  it("a title wrapped over a line is whole again", () => {
    expect(prosePeople("Interviewers: Ana Silva (Head of\nData) and Bo Kim\n\nThanks").map((p) => [p.name, p.title])).toEqual([["Ana Silva", "Head of Data"], ["Bo Kim", null]]);
  });

  it("a title in brackets ends at its bracket, a particle included", () => {
    expect(prosePeople("Entrevistadores: Marta Gil (Directora de Producto) y Pablo Ruiz").map((p) => [p.name, p.title])).toEqual([["Marta Gil", "Directora de Producto"], ["Pablo Ruiz", null]]);
  });
});

describe("contacts by class", () => {
  it("the recruiter who signs an applicant-tracking notice, with the address that names them", () => {
    const text = "Please be ready.\n\nRegards,\nMarta Kowalczyk\nTalent Acquisition Specialist\nNorthwind Parts\nmarta.kowalczyk@northwind.example\n\nGuests\nsam@seeker.example";
    expect(namedContacts(text)).toEqual([{ name: "Marta Kowalczyk", email: "marta.kowalczyk@northwind.example", title: "Talent Acquisition Specialist" }]);
  });

  it("no signer where the name under a sign-off has no recruiting title", () => {
    expect(namedContacts("Best,\nMarta Kowalczyk\nEngineering Manager\n")).toEqual([]);
  });
});

describe("people the mail's header completes", () => {
  it("first names after 'with' are the copied people whose names start with them", async () => {
    const { extract } = await import("../../src/extract/index.ts");
    const raw = ["From: Sam Seeker <sam@seeker.example>", "To: followups@assistant.example", "Subject: Fwd: Interview", "Message-ID: <c@s.example>", "", "---------- Forwarded message ---------",
      "From: Ana Reyes <ana@corp.example>", "Date: Tue, Dec 1, 2026 at 9:00 AM", "Subject: Interview confirmation", "To: Sam Seeker <sam@seeker.example>",
      "Cc: \"Novak, Petra\" <petra.novak@corp.example>, Luis Ortega <luis.ortega@corp.example>", "", "Confirming your interview Tuesday, December 8 at 3pm UTC with Petra and Luis (both cc'd).", "", "Ana Reyes", "Recruiter"].join("\r\n");
    const got = await extract(raw, { now: new Date("2026-12-01T15:00:00Z"), seekerTimeZone: "UTC", assistantAddress: "followups@assistant.example" });
    expect(got.interviewers.map((p) => [p.name, p.email])).toEqual([["Petra Novak", "petra.novak@corp.example"], ["Luis Ortega", "luis.ortega@corp.example"]]);
  });
});

describe("people an invite and the mail say together", () => {
  const mail = (from: string, body: string[], ics: string[]) =>
    ["From: Sam Seeker <sam@seeker.example>", "To: followups@assistant.example", "Subject: Fwd: Interview", "Message-ID: <t@s.example>", "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="b"', "", "--b", "Content-Type: text/plain; charset=utf-8", "", "---------- Forwarded message ---------",
      `From: ${from}`, "Date: Tue, Dec 1, 2026 at 9:00 AM", "Subject: Interview rescheduled", "To: Sam Seeker <sam@seeker.example>", "", ...body, "--b",
      "Content-Type: text/calendar; method=REQUEST", "", ["BEGIN:VCALENDAR", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT", "UID:t1@corp.example",
        "DTSTART:20261208T150000Z", "DTEND:20261208T160000Z", "SUMMARY:Interview with Corp", ...ics, "END:VEVENT", "END:VCALENDAR"].join("\r\n"), "--b--", ""].join("\r\n");

  it("an invite from a team mailbox whose only guest is the seeker: the mail's label names the panel", async () => {
    const { extract } = await import("../../src/extract/index.ts");
    const raw = mail("Corp Recruiting <no-reply@ats.example>", ["Your interview has moved.", "Interviewers: Lena Fox (Staff Engineer), Omar Said (Manager)"],
      ["ORGANIZER;CN=Corp Interviews:mailto:interviews@corp.example", "ATTENDEE;CN=Sam Seeker:mailto:sam@seeker.example"]);
    const got = await extract(raw, { now: new Date("2026-12-01T15:00:00Z"), seekerTimeZone: "UTC", assistantAddress: "followups@assistant.example" });
    expect(got.interviewers.map((p) => p.name)).toEqual(["Lena Fox", "Omar Said"]);
  });

  it("an invite whose organizer is a person and the only one: the organizer interviews", async () => {
    const { extract } = await import("../../src/extract/index.ts");
    const raw = mail("Lena Fox <lena@corp.example>", ["See you then."], ["ORGANIZER;CN=Lena Fox:mailto:lena@corp.example", "ATTENDEE;CN=Sam Seeker:mailto:sam@seeker.example"]);
    const got = await extract(raw, { now: new Date("2026-12-01T15:00:00Z"), seekerTimeZone: "UTC", assistantAddress: "followups@assistant.example" });
    expect(got.interviewers.map((p) => p.name)).toEqual(["Lena Fox"]);
  });
});

describe("a first name the thread below completes", () => {
  it("takes the full name the quoted history gives", async () => {
    const { extract } = await import("../../src/extract/index.ts");
    const raw = ["From: Sam Seeker <sam@seeker.example>", "To: followups@assistant.example", "Subject: Fwd: Re: next steps", "Message-ID: <h@s.example>", "",
      "---------- Forwarded message ---------", "From: Jo Park <jo@corp.example>", "Date: Tue, Dec 1, 2026 at 9:00 AM", "Subject: Re: next steps", "To: <sam@seeker.example>", "",
      "Good news: Tobias can do Tuesday, December 8 at 3pm UTC for the Data Engineer interview.", "", "Jo", "",
      "On Mon, Nov 30, 2026 at 10:00 AM Jo Park <jo@corp.example> wrote:", "> Tobias Lindqvist (our data lead) would love to chat. Could you do Tuesday at 1pm?"].join("\r\n");
    const got = await extract(raw, { now: new Date("2026-12-01T15:00:00Z"), seekerTimeZone: "UTC" });
    expect([got.start, got.interviewers.map((p) => p.name)]).toEqual(["2026-12-08T15:00:00.000Z", ["Tobias Lindqvist"]]);
  });
});

describe("a booking notice's two sides", () => {
  it("'… between <host> and <seeker>' names the host, the forwarded Reply-To their address", async () => {
    const { extract } = await import("../../src/extract/index.ts");
    const raw = ["From: Sam Seeker <sam@seeker.example>", "To: followups@assistant.example", "Subject: Fwd: Canceled: 30 Minute Interview between Lena Fox and Sam Seeker",
      "Message-ID: <b@s.example>", "", "---------- Forwarded message ---------", "From: Calendly <notifications@calendly.example>", "Date: Tue, Dec 1, 2026 at 9:00 AM",
      "Subject: Canceled: 30 Minute Interview between Lena Fox and Sam Seeker", "To: <sam@seeker.example>", "Reply-To: Lena Fox <lena.fox@corp.example>", "",
      "The event below has been canceled.", "Event Type:", "30 Minute Interview", "Event Date/Time:", "10:30am - Thursday, December 10, 2026 (Eastern Time - US & Canada)"].join("\r\n");
    const got = await extract(raw, { now: new Date("2026-12-01T15:00:00Z"), seekerTimeZone: "UTC" });
    expect([got.kind, got.interviewers]).toEqual(["cancellation", [{ name: "Lena Fox", email: "lena.fox@corp.example", title: null }]]);
  });
});
