import type { Locale } from "../types.ts";

export const nl: Locale = {
  lang: "nl",
  headerLabels: { from: ["Van"], sent: ["Verzonden"], date: ["Datum"], to: ["Aan"], cc: ["CC"], subject: ["Onderwerp"], when: ["Wanneer"], where: ["Waar", "Locatie"] },
  forwardMarkers: ["Doorgestuurd bericht", "Begin doorgestuurd bericht"],
  originalMarkers: ["Oorspronkelijk bericht", "Origineel bericht"],
  interviewWords: ["sollicitatiegesprek", "gesprek", "interview"],
  recruitingWords: ["sollicitatie", "kandidaat", "recruit", "vacature", "functie"],
  otherEvents: ["webinar", "open dag", "banenbeurs", "workshop", "tandarts"],
  months: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
  weekdays: ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
  durationUnits: { minute: ["minuten", "minuut", "min"], hour: ["uur"] },
  interviewerLabels: ["Gesprekspartners", "Gesprekspartner", "Interviewer", "Interviewers", "Je spreekt met", "U spreekt met", "Deelnemers"],
  labelPossessives: ["uw", "je", "jouw"],
  commonWords: ["het", "een", "met", "voor", "jij", "wij", "van", "uw", "niet", "wordt", "graag", "gesprek"],
  durationPhrases: { "een half uur": 30, "anderhalf uur": 90, "een uur": 60, "twee uur": 120 },
  zoneNames: { "nederlandse tijd": "Europe/Amsterdam", "belgische tijd": "Europe/Brussels", "amsterdamse tijd": "Europe/Amsterdam" },
  honorifics: ["Dhr", "Mevr", "Mw", "Ir", "Drs", "Dr", "Mr"],
  titleWords: ["teamleider", "manager", "ontwerper", "ontwikkelaar", "adviseur", "recruiter", "klantportaal"],
  roleAt: { before: ["de functie van", "de functie", "de vacature"], at: ["bij"], example: { text: "Graag nodigen we je uit voor een gesprek over de functie van Data Analist bij Polder Data.", role: "Data Analist", company: "Polder Data" } },
  // Before an hour written "15h" or "15h30": read as 15:00 and 15:30 ("24h de antecedência" has none).
  hourLeadIns: ["om", "van", "tot"],
  // What the words around a time say of it: an old slot, the new one, an arrival before it, its end (rules/times.ts).
  timeCues: { old: ["oorspronkelijk", "eerder gepland", "in plaats van", "geannuleerd", "niet meer", "beschikbaar", "beschikbaarheid"], new: ["nieuwe datum", "nieuw tijdstip", "nieuwe tijd", "verplaatst naar", "verzet naar"], arrival: ["aankomst", "aankomen", "receptie", "melden bij"], end_label: ["einde", "eind"], until: ["tot", "tot om"], moved: ["verplaatst", "verzet", "gewijzigd", "veranderd"] },
  // Phrases that make a mail a rejection, an offer, a cancellation or a reschedule (kind.ts; English has its own patterns).
  kindCues: { rejection: ["andere kandidaat", "andere kandidaten", "niet verder met", "niet verder gaan", "afwijzing"], offer: ["arbeidsovereenkomst", "contractvoorstel", "een aanbod doen"], cancellation: ["geannuleerd", "afgezegd", "gaat niet door"], reschedule: ["verplaatst", "verzet naar", "nieuwe datum", "nieuw tijdstip", "bijgewerkte uitnodiging"] },
};
