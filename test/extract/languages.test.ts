/**
 * The product's languages (issue 14, point 2): the language is told from the mail, its dates read by its own
 * chrono parser, its lengths, zone names and interviewer labels by the locale's words. Examples written here.
 */
import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/extract/language.ts";
import { prosePeople } from "../../src/extract/cast.ts";
import { findWhen } from "../../src/extract/when.ts";

const opts = { reference: { year: 2026, month: 12, day: 1, hour: 9, minute: 0 }, notBefore: new Date("2026-11-30T00:00:00Z"), defaultZone: "UTC", cancellation: false };

type Case = { lang: string; text: string; start: string; end: string | null; zone: string | null; people?: string[] };
const cases: Case[] = [
  { lang: "de", text: "Wir laden Sie zum Vorstellungsgespräch ein: am Mittwoch, 9. Dezember 2026 um 15:30 Uhr (MEZ). Das Gespräch dauert 45 Minuten.\nIhr Gesprächspartner ist Herr Jonas Weber (Teamleiter).", start: "2026-12-09T14:30:00.000Z", end: "2026-12-09T15:15:00.000Z", zone: "Europe/Berlin", people: ["Jonas Weber"] },
  { lang: "fr", text: "Votre entretien aura lieu le mercredi 9 décembre 2026 à 15h30 (heure de Paris) et durera une heure.\nVos interlocuteurs :\n- Claire Dubois, Directrice produit", start: "2026-12-09T14:30:00.000Z", end: "2026-12-09T15:30:00.000Z", zone: "Europe/Paris", people: ["Claire Dubois"] },
  { lang: "es", text: "Te confirmamos la entrevista el miércoles 9 de diciembre de 2026 a las 15:30 (hora de Madrid). Duración: 30 minutos.\nEntrevistadora: Lic. Lucía Fernández, Gerente de Producto", start: "2026-12-09T14:30:00.000Z", end: "2026-12-09T15:00:00.000Z", zone: "Europe/Madrid", people: ["Lucía Fernández"] },
  { lang: "es", text: "Tu entrevista es el miércoles 9 de diciembre de 2026 a las 16:00 (hora de Ciudad de México) por Google Meet.", start: "2026-12-09T22:00:00.000Z", end: null, zone: "America/Mexico_City" },
  { lang: "pt", text: "A sua entrevista será na quarta-feira, 9 de dezembro de 2026, às 15:30 (horário de Brasília), com duração de uma hora.", start: "2026-12-09T18:30:00.000Z", end: "2026-12-09T19:30:00.000Z", zone: "America/Sao_Paulo" },
  { lang: "it", text: "Il colloquio si terrà mercoledì 9 dicembre 2026 alle 15:30 (ora italiana) e durerà un'ora.", start: "2026-12-09T14:30:00.000Z", end: "2026-12-09T15:30:00.000Z", zone: "Europe/Rome" },
  { lang: "nl", text: "Het gesprek vindt plaats op woensdag 9 december 2026 om 15:30 uur (Nederlandse tijd) en duurt een uur.\nJe spreekt met:\n• Sanne de Vries – Teamleider", start: "2026-12-09T14:30:00.000Z", end: "2026-12-09T15:30:00.000Z", zone: "Europe/Amsterdam", people: ["Sanne de Vries"] },
  { lang: "ja", text: "面接の日時は2026年12月9日（水）15時30分から16時30分です（日本時間）。当日はどうぞよろしくお願いいたします。", start: "2026-12-09T06:30:00.000Z", end: "2026-12-09T07:30:00.000Z", zone: "Asia/Tokyo" },
  { lang: "zh", text: "您的面试安排在2026年12月9日下午3点30分（北京时间），时长一小时左右，请准时参加面试。谢谢您的配合。", start: "2026-12-09T07:30:00.000Z", end: "2026-12-09T08:30:00.000Z", zone: "Asia/Shanghai" },
];

describe("dates, lengths, zones and people in each language", () => {
  it.for(cases)("$lang", (c) => {
    expect(detectLanguage(c.text)).toBe(c.lang);
    const w = findWhen(c.text, opts);
    expect(w?.start.toISOString()).toBe(c.start);
    expect(w?.end?.toISOString() ?? null).toBe(c.end);
    expect(w?.zone.iana ?? null).toBe(c.zone);
    if (c.people) expect(prosePeople(c.text).map((p) => p.name)).toEqual(c.people);
  });

  it("reads a mail of shared words (Spanish 'de', 'en') as its own language, not Dutch", () => {
    expect(detectLanguage("Por medio del presente te confirmo tu entrevista para la vacante de Analista en Grupo Norte, el lunes 14 de diciembre.")).toBe("es");
  });

  it("reads English when a few foreign words or names are in it", () => {
    expect(detectLanguage("Your interview with 山田 太郎 and Ana de la Cruz is on Tuesday, December 8 at 3pm.")).toBe("en");
  });

  it("reads English mail from Japan as English, though its heading and signature are Japanese", () => {
    const text = ["二次面接のご案内", "Dear Mr. Lim,", "Thank you for your application. We are pleased to invite you to the second interview, to be held online.",
      "Please reply to this email by Friday to let us know whether the schedule suits you; if not, tell us some times you are available.",
      "We look forward to talking with you.", "Best regards,", "佐藤 花子 (Hanako Sato)", "採用担当 / Recruiting"].join("\n");
    expect(detectLanguage(text)).toBe("en");
  });
});

describe("time notations across languages", () => {
  it.for([
    ["Portuguese 'às 15h'", "terça-feira, 15 de dezembro de 2026, às 15h (horário de Brasília)", "2026-12-15T18:00:00.000Z"],
    ["French 'à 14h30'", "Rendez-vous le mardi 15 décembre 2026 à 14h30 (heure de Paris).", "2026-12-15T13:30:00.000Z"],
    ["Spanish 'a las 10h'", "La entrevista es el martes 15 de diciembre de 2026 a las 10h (hora de Madrid).", "2026-12-15T09:00:00.000Z"],
    ["a month name written first, beside day-first zones", "Date and time: December 17 (Thu), 10:00-11:00 JST\n (9:00-10:00 in Singapore time)", "2026-12-17T01:00:00.000Z"],
  ] as const)("%s", ([, text, start]) => {
    expect(findWhen(text, opts)?.start.toISOString()).toBe(start);
  });

  it.for([
    ["'12:45p' shorthand after 'until'", "Ana can do Friday Dec 4, 2026 at noon PT. She's blocked until 12:45p.", "2026-12-04T20:45:00.000Z"],
    ["a hard stop", "Friday Dec 4, 2026 at 2:00pm ET works; he has a hard stop at 2:45pm.", "2026-12-04T19:45:00.000Z"],
  ] as const)("ends at a later time on that day: %s", ([, text, end]) => {
    expect(findWhen(text, opts)?.end?.toISOString()).toBe(end);
  });

  it("takes no length for a time: '24h de antecedência' is notice, not a start", () => {
    expect(findWhen("Se precisar remarcar, responda com pelo menos 24h de antecedência.", opts)).toBeNull();
  });
});

describe("text as clients mislabel it", () => {
  it("reads windows-1252 dashes and quotes labelled ISO-8859-1 as windows-1252 meant them", async () => {
    const { unwrap } = await import("../../src/extract/forward.ts");
    const raw = ["From: Ana <ana@corp.example>", "To: sam@seeker.example", "Subject: =?iso-8859-1?Q?Corp_=96_Interview:_Analyst_=93Final=94?=", "Message-ID: <w@c.example>",
      "Content-Type: text/plain; charset=iso-8859-1", "Content-Transfer-Encoding: quoted-printable", "", "You=92ll meet with:", "=95 Jo Park, Lead"].join("\r\n");
    const { original } = await unwrap(raw);
    expect(original.subject).toBe("Corp – Interview: Analyst “Final”");
    expect(original.body.trim()).toBe("You’ll meet with:\n• Jo Park, Lead");
  });
});
