import type { Locale } from "../types.ts";

export const it: Locale = {
  lang: "it",
  headerLabels: { from: ["Da"], sent: ["Inviato"], date: ["Data"], to: ["A"], cc: ["Cc"], subject: ["Oggetto"], when: ["Quando"], where: ["Dove", "Luogo"] },
  forwardMarkers: ["Messaggio inoltrato", "Inizio messaggio inoltrato"],
  originalMarkers: ["Messaggio originale"],
  interviewWords: ["colloquio", "intervista"],
  recruitingWords: ["candidatura", "candidato", "candidata", "selezione", "recruit", "posizione"],
  otherEvents: ["webinar", "open day", "fiera del lavoro", "workshop", "dentista"],
};
