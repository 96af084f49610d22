import type { Locale } from "./types.ts";

/**
 * Languages the seeker's own mail client may write its forward header in, though the companies write in
 * one of the product's languages: Outlook, Gmail, Apple Mail, Thunderbird and Yahoo localise these labels.
 */
export const clientLocales: Locale[] = [
  { lang: "cs", headerLabels: { from: ["Od"], sent: ["Odesláno"], date: ["Datum"], to: ["Komu"], cc: ["Kopie"], subject: ["Předmět"] } },
  { lang: "da", headerLabels: { from: ["Fra"], sent: ["Sendt"], date: ["Dato"], to: ["Til"], cc: ["Cc"], subject: ["Emne"] }, forwardMarkers: ["Videresendt meddelelse"] },
  { lang: "fi", headerLabels: { from: ["Lähettäjä"], sent: ["Lähetetty"], date: ["Päivämäärä"], to: ["Vastaanottaja"], cc: ["Kopio"], subject: ["Aihe"] } },
  { lang: "hu", headerLabels: { from: ["Feladó"], sent: ["Elküldve"], date: ["Dátum"], to: ["Címzett"], cc: ["Másolatot kap"], subject: ["Tárgy"] } },
  { lang: "no", headerLabels: { from: ["Fra"], sent: ["Sendt"], date: ["Dato"], to: ["Til"], cc: ["Kopi"], subject: ["Emne"] } },
  { lang: "pl", headerLabels: { from: ["Od"], sent: ["Wysłano"], date: ["Data"], to: ["Do"], cc: ["DW"], subject: ["Temat"] } },
  { lang: "ru", headerLabels: { from: ["От"], sent: ["Отправлено"], date: ["Дата"], to: ["Кому"], cc: ["Копия"], subject: ["Тема"] } },
  { lang: "sk", headerLabels: { from: ["Od"], sent: ["Odoslané"], date: ["Dátum"], to: ["Komu"], cc: ["Kópia"], subject: ["Predmet"] } },
  { lang: "sv", headerLabels: { from: ["Från"], sent: ["Skickat"], date: ["Datum"], to: ["Till"], cc: ["Kopia"], subject: ["Ämne"] } },
  { lang: "tr", headerLabels: { from: ["Kimden"], sent: ["Gönderildi", "Gönderilen"], date: ["Tarih"], to: ["Kime"], cc: ["Bilgi"], subject: ["Konu"] } },
];
