import type { Locale } from "../types.ts";

export const fr: Locale = {
  lang: "fr",
  headerLabels: { from: ["De"], sent: ["Envoyé"], date: ["Date"], to: ["À", "A"], cc: ["Cc"], subject: ["Objet"], when: ["Quand"], where: ["Où", "Lieu"] },
  forwardMarkers: ["Message transféré", "Début du message réexpédié", "Début du message transféré"],
  originalMarkers: ["Message d'origine", "Message original"],
  interviewWords: ["entretien", "entrevue"],
  recruitingWords: ["candidature", "candidat", "recrut", "poste"],
  otherEvents: ["webinaire", "portes ouvertes", "salon", "réunion d'information", "atelier", "dentiste"],
};
