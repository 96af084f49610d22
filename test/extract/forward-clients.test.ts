/**
 * Forward blocks by class of client and language, each an example written here (not copied from another
 * project's fixtures): the class is what must read, whatever the names and words in it.
 */
import { describe, expect, it } from "vitest";
import { unwrap } from "../../src/extract/forward.ts";

const mail = (body: string, subject = "Fwd: Interview") =>
  ["From: Sam Seeker <sam@seeker.example>", "To: followups@assistant.example", `Subject: ${subject}`, "Message-ID: <f@seeker.example>",
    "MIME-Version: 1.0", 'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: 8bit", "", body].join("\r\n");

type Case = { name: string; body: string; from: string; subject: string; date: string };
const cases: Case[] = [
  {
    name: "New Outlook, Spanish, no separator line",
    body: "Te lo reenvío.\n\nDe: Lucía Ferrer <lucia@talento.example>\nFecha: martes, 8 de diciembre de 2026, 10:15\nPara: Sam <sam@seeker.example>\nAsunto: Entrevista técnica\nHola Sam,\nte confirmamos la entrevista.",
    from: "lucia@talento.example", subject: "Entrevista técnica", date: "martes, 8 de diciembre de 2026, 10:15",
  },
  {
    name: "New Outlook, Polish, no separator line",
    body: "Od: Jan Nowak <jan@firma.example>\nData: wtorek, 8 grudnia 2026 o 10:15\nDo: sam@seeker.example\nDW: Ewa <ewa@firma.example>\nTemat: Rozmowa\nDzień dobry,",
    from: "jan@firma.example", subject: "Rozmowa", date: "wtorek, 8 grudnia 2026 o 10:15",
  },
  {
    name: "Gmail in Traditional Chinese, full-width colons",
    body: "---------- Forwarded message ---------\n寄件者：王小明 <wang@corp.example>\nDate: 2026年12月8日 週二 上午10:15\nSubject: 面試邀請\nTo: <sam@seeker.example>\n\n您好",
    from: "wang@corp.example", subject: "面試邀請", date: "2026年12月8日 週二 上午10:15",
  },
  {
    name: "Outlook desktop in Swedish",
    body: "Från: Karin Berg <karin@bolag.example>\nSkickat: den 8 december 2026 10:15\nTill: Sam <sam@seeker.example>\nÄmne: Intervju\n\nHej Sam,",
    from: "karin@bolag.example", subject: "Intervju", date: "den 8 december 2026 10:15",
  },
  {
    name: "addresses with their mailto: link written out",
    body: "________________________________\nFrom: Ana Reyes<mailto:ana@corp.example> <ana@corp.example<mailto:ana@corp.example>>\nSent: Tuesday, December 8, 2026 10:15 AM\nTo: sam@seeker.example<mailto:sam@seeker.example>\nSubject: Interview\n\nHi Sam,",
    from: "ana@corp.example", subject: "Interview", date: "Tuesday, December 8, 2026 10:15 AM",
  },
  {
    name: "a long subject hard-wrapped in Gmail's text part",
    body: "---------- Forwarded message ---------\nFrom: Ana Reyes <ana@corp.example>\nDate: Tue, Dec 8, 2026 at 10:15 AM\nSubject: Interview confirmation for the Senior Platform Engineer (Payments\nInfrastructure) position\nTo: <sam@seeker.example>\n\nHi Sam,",
    from: "ana@corp.example", subject: "Interview confirmation for the Senior Platform Engineer (Payments Infrastructure) position",
    date: "Tue, Dec 8, 2026 at 10:15 AM",
  },
  {
    name: "Outlook for Mac's one-line intro, French (read by email-forward-parser)",
    body: "Pour info\n\nLe 08/12/2026 10:15, « Claire Martin » <claire@societe.example> a écrit :\n\nBonjour Sam,\nje vous confirme l'entretien.",
    from: "claire@societe.example", subject: "Interview", date: "08/12/2026 10:15",
  },
  {
    name: "Yahoo's text part: separator and every header run into one line (Czech)",
    body: "   ----- Přeposlaná zpráva ----- Od: Petra Nováková <petra@firma.example>Komu: \"sam@seeker.example\" <sam@seeker.example>Datum: úterý 8. prosince 2026 10:15:00 SEČPředmět: Pohovor\n Dobrý den,\nrádi vás zveme.",
    from: "petra@firma.example", subject: "Pohovor", date: "úterý 8. prosince 2026 10:15:00 SEČ",
  },
  {
    name: "Samsung's one line: the separator glued to the first header",
    body: "Sent from my Galaxy\n-------- Original message --------From: Ana Reyes <ana@corp.example> Date: 12/8/26  10:15 AM  (GMT-05:00) To: Sam <sam@seeker.example> Subject: Interview\nHi Sam,",
    from: "ana@corp.example", subject: "Interview", date: "12/8/26  10:15 AM  (GMT-05:00)",
  },
  {
    name: "a dashed separator in a language no locale names, known by the From under it",
    body: "FYI\n\n----- Edelleenlähetetty viesti -----\nLähettäjä: Aino Virtanen <aino@yhtio.example>\nPäivämäärä: 8.12.2026 klo 10.15\nAihe: Haastattelu\n\nHei Sam,",
    from: "aino@yhtio.example", subject: "Haastattelu", date: "8.12.2026 klo 10.15",
  },
];

describe("forward blocks across clients and languages", () => {
  it.for(cases)("reads the original's sender, subject and date: $name", async (c) => {
    const { original } = await unwrap(mail(c.body));
    expect(original.forwarded).toBe(true);
    expect(original.from?.email).toBe(c.from);
    expect(original.subject).toBe(c.subject);
    expect(original.dateText).toBe(c.date);
  });

  it("keeps a label-like word in the body as body text", async () => {
    const { original } = await unwrap(mail("De: Lucía <lucia@talento.example>\nFecha: 8 dic 2026\nAsunto: Entrevista\nHola,\nTo: do this first", "Fwd: x"));
    expect(original.subject).toBe("Entrevista");
    expect(original.body).toContain("To: do this first");
  });
});

describe("a forward that quotes the whole original", () => {
  const forward = (body: string[]) =>
    ["From: Sam <sam@seeker.example>", "To: followups@assistant.example", "Subject: Fwd: Interview", "Message-ID: <q@s.example>", "", "fyi", "",
      "------- Forwarded Message -------", "From: Ana Reyes <ana@corp.example>", "Date: On Tuesday, December 8th, 2026 at 14:22", "Subject: Interview", "", ...body].join("\r\n");

  it("reads it without its quote marks", async () => {
    const { original } = await unwrap(forward(["> Hi Sam!", ">", "> Participants: Lena Fox (Tech Lead)", "> Kind regards", "> Ana Reyes"]));
    expect(original.body.trim().split("\n")).toEqual(["Hi Sam!", "", "Participants: Lena Fox (Tech Lead)", "Kind regards", "Ana Reyes"]);
  });

  it("keeps the quote marks of a reply's history under unquoted text", async () => {
    const { original } = await unwrap(forward(["Confirmed for Tuesday.", "> Could you do Tuesday?", "> Ana"]));
    expect(original.body).toContain("> Could you do Tuesday?");
  });
});

describe("a reply attached as a message", () => {
  it("is the original itself: its 'Original Message' block is its history, kept apart", async () => {
    const inner = ["From: Ana Reyes <ana@corp.example>", "To: sam@seeker.example", "Subject: RE: Interview", "Date: Tue, 1 Dec 2026 09:00:00 -0500", "Message-ID: <i@corp.example>", "",
      "Confirmed: Friday, December 4 at 11:30am ET with Wen Zhao.", "", "-----Original Message-----", "From: Sam <sam@seeker.example>", "Sent: Monday, November 30, 2026 9:02 PM",
      "To: Ana Reyes <ana@corp.example>", "Subject: RE: Interview", "", "I'm free Thursday after 2pm ET."].join("\r\n");
    const raw = ["From: Sam <sam@seeker.example>", "To: followups@assistant.example", "Subject: Fwd: RE: Interview", "Message-ID: <o@s.example>", "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="m"', "", "--m", "Content-Type: text/plain", "", "fyi", "--m", "Content-Type: message/rfc822", "", inner, "--m--", ""].join("\r\n");
    const { original } = await unwrap(raw);
    expect([original.from?.email, original.body.trim()]).toEqual(["ana@corp.example", "Confirmed: Friday, December 4 at 11:30am ET with Wen Zhao."]);
    expect(original.history).toContain("I'm free Thursday after 2pm ET.");
  });
});
