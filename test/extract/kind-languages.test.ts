/**
 * What a mail is, in every language (locales' `kindCues`): a rejection, an offer, a cancellation or a reschedule
 * written in German, French, Spanish, Portuguese, Italian, Dutch or Japanese is read as one, and a confirmation
 * that only says what to do if the seeker must cancel or move it stays a confirmation.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.ts";

const NOW = new Date("2026-12-01T15:00:00Z");
type Case = { name: string; subject: string; body: string; kind: string; reason?: string; start?: string };

const cases: Case[] = [
  { name: "a German rejection", subject: "Ihre Bewerbung", body: "Vielen Dank für Ihr Interesse. Wir haben uns für einen anderen Kandidaten entschieden.", kind: "not_interview", reason: "rejection" },
  { name: "a French rejection", subject: "Votre candidature", body: "Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.", kind: "not_interview", reason: "rejection" },
  { name: "a Spanish rejection", subject: "Tu candidatura", body: "Hemos decidido seguir adelante con otros candidatos para este puesto.", kind: "not_interview", reason: "rejection" },
  { name: "an Italian rejection", subject: "La sua candidatura", body: "La selezione si è conclusa con esito negativo per la sua candidatura.", kind: "not_interview", reason: "rejection" },
  { name: "a Japanese rejection", subject: "選考結果のご連絡", body: "慎重に検討いたしました結果、誠に残念ながら今回は採用を見送りとさせていただくことになりました。", kind: "not_interview", reason: "rejection" },
  { name: "a Dutch offer", subject: "Goed nieuws", body: "Wij willen je graag een aanbod doen voor de functie. De arbeidsovereenkomst volgt.", kind: "not_interview", reason: "offer" },
  { name: "a Portuguese offer", subject: "Proposta", body: "Segue em anexo a carta de oferta para a vaga de Engenheira de Dados.", kind: "not_interview", reason: "offer" },
  { name: "a German cancellation", subject: "Abgesagt: Vorstellungsgespräch", body: "Das Vorstellungsgespräch am Dienstag, 8. Dezember 2026 um 16:00 Uhr MEZ wurde abgesagt.", kind: "cancellation" },
  { name: "a Spanish cancellation", subject: "Entrevista", body: "Su entrevista del martes 8 de diciembre de 2026 a las 16:00 (hora de Madrid) ha sido cancelada.", kind: "cancellation" },
  { name: "a French reschedule", subject: "Entretien", body: "Votre entretien a été reporté au mardi 8 décembre 2026 à 16h00 (heure de Paris).", kind: "reschedule" },
  { name: "an Italian reschedule", subject: "Colloquio", body: "Il colloquio è stato spostato a martedì 8 dicembre 2026 alle 16:00 (ora di Roma).", kind: "reschedule" },
  { name: "a Japanese reschedule", subject: "面接日程変更のお知らせ", body: "面接の日時を2026年12月8日 16:00 (日本時間) に変更いたします。", kind: "reschedule", start: "2026-12-08T07:00:00.000Z" },
  { name: "a German confirmation that says how to cancel", subject: "Einladung zum Vorstellungsgespräch", body: "Wir freuen uns auf das Gespräch am Dienstag, 8. Dezember 2026 um 16:00 Uhr MEZ. Falls Sie absagen oder den Termin verschieben müssen, melden Sie sich bitte.", kind: "interview" },
  { name: "a French confirmation that says how to cancel", subject: "Confirmation de votre entretien", body: "Votre entretien est confirmé le mardi 8 décembre 2026 à 16h00 (heure de Paris). En cas d'empêchement, merci de nous prévenir pour annuler ou reporter.", kind: "interview" },
];

function mail(c: Case): string {
  const text = ["FYI", "", "---------- Forwarded message ---------", "From: Ana Reyes <ana@corp.example>", "Date: Tue, Dec 1, 2026 at 9:00 AM",
    `Subject: ${c.subject}`, "To: <sam@seeker.example>", "", c.body, "", "Ana Reyes", "Talent Acquisition, Corp"].join("\r\n");
  return ["From: Sam Seeker <sam@seeker.example>", "To: followups@assistant.example", `Subject: Fwd: ${c.subject}`, "Message-ID: <k@seeker.example>",
    "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "", text].join("\r\n");
}

describe("the kind of a mail, in each language", () => {
  it.for(cases)("$name → $kind", async (c) => {
    const got = await extract(mail(c), { now: NOW, seekerTimeZone: "UTC", assistantAddress: "followups@assistant.example" });
    expect([got.kind, got.notInterviewReason ?? null]).toEqual([c.kind, c.reason ?? null]);
    if (c.kind !== "not_interview") expect(got.start).toBe(c.start ?? "2026-12-08T15:00:00.000Z");
  });
});
