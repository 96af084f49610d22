import type { Locale } from "../types.ts";

export const nl: Locale = {
  lang: "nl",
  headerLabels: { from: ["Van"], sent: ["Verzonden"], date: ["Datum"], to: ["Aan"], cc: ["CC"], subject: ["Onderwerp"], when: ["Wanneer"], where: ["Waar", "Locatie"] },
  forwardMarkers: ["Doorgestuurd bericht", "Begin doorgestuurd bericht"],
  originalMarkers: ["Oorspronkelijk bericht", "Origineel bericht"],
  interviewWords: ["sollicitatiegesprek", "gesprek", "interview"],
  recruitingWords: ["sollicitatie", "kandidaat", "recruit", "vacature", "functie"],
  otherEvents: ["webinar", "open dag", "banenbeurs", "workshop", "tandarts"],
};
