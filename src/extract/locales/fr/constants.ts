import type { Locale } from "../types.ts";

export const fr: Locale = {
  lang: "fr",
  headerLabels: { from: ["De"], sent: ["Envoyé"], date: ["Date"], to: ["À", "A"], cc: ["Cc"], subject: ["Objet"], when: ["Quand"], where: ["Où", "Lieu"] },
  forwardMarkers: ["Message transféré", "Début du message réexpédié", "Début du message transféré"],
  originalMarkers: ["Message d'origine", "Message original"],
  interviewWords: ["entretien", "entrevue"],
  recruitingWords: ["candidature", "candidat", "recrut", "poste"],
  otherEvents: ["webinaire", "portes ouvertes", "salon", "réunion d'information", "atelier", "dentiste"],
  months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  weekdays: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
  durationUnits: { minute: ["minutes", "minute", "min"], hour: ["heures", "heure", "h"] },
  interviewerLabels: ["Interlocuteurs", "Interlocuteur", "Interlocutrice", "Vos interlocuteurs", "Vous rencontrerez", "Avec", "Participants", "Recruteurs", "aura lieu avec", "se déroulera avec", "vous échangerez avec"],
  labelPossessives: ["vos", "votre", "tes", "ton", "ta"],
  commonWords: ["le", "la", "les", "vous", "votre", "vos", "avec", "pour", "nous", "est", "des", "une"],
  durationPhrases: { "une demi-heure": 30, "une heure et demie": 90, "une heure": 60, "deux heures": 120 },
  zoneNames: { "heure de paris": "Europe/Paris", "heure de france": "Europe/Paris", "heure française": "Europe/Paris", "heure de bruxelles": "Europe/Brussels", "heure de genève": "Europe/Zurich", "heure de montréal": "America/Toronto", "heure de l'est": "America/New_York" },
  honorifics: ["M", "Mme", "Mlle", "Dr", "Pr", "Me"],
  titleWords: ["directeur", "directrice", "responsable", "chargée", "chargé", "ingénieur", "ingénieure", "chef", "recrutement", "associé", "associée", "développeur", "développeuse"],
  roleAt: { before: ["le poste de", "le poste d’", "le poste d'", "au poste de"], at: ["chez", "au sein de", "au sein d’"], example: { text: "Nous vous invitons à un entretien pour le poste de Chef de Projet chez Lumière Conseil.", role: "Chef de Projet", company: "Lumière Conseil" } },
  // Before an hour written "15h" or "15h30": read as 15:00 and 15:30 ("24h de antecedência" has none).
  hourLeadIns: ["à", "de", "vers", "dès", "entre", "et", "jusqu’à", "jusqu'à"],
  // What the words around a time say of it: an old slot, the new one, an arrival before it, its end (rules/times.ts).
  timeCues: { old: ["initialement", "précédemment", "auparavant", "ancien horaire", "ancienne date", "ancien créneau", "au lieu de", "annulé", "annulée", "n'est plus", "n’est plus", "disponible", "disponibilités"], new: ["nouvel horaire", "nouvelle date", "nouveau créneau", "nouvelle heure", "reporté au", "reportée au", "déplacé au", "déplacée au", "désormais"], arrival: ["arrivée", "arriver", "accueil"], end_label: ["fin"], until: ["jusqu'à", "jusqu’à"], moved: ["reporté", "reportée", "déplacé", "déplacée", "modifié", "modifiée", "décalé", "décalée"] },
  // Phrases that make a mail a rejection, an offer, a cancellation or a reschedule (kind.ts; English has its own patterns).
  kindCues: { rejection: ["pas été retenue", "pas été retenu", "ne pas donner suite", "pas donner suite", "d'autres candidats", "d’autres candidats", "un autre candidat", "une autre candidate", "candidature n'a pas", "candidature n’a pas"], offer: ["proposition d'embauche", "proposition d’embauche", "promesse d'embauche", "promesse d’embauche", "offre d'embauche", "offre d’embauche", "lettre d'offre", "vous proposer le poste"], cancellation: ["annulé", "annulée", "n'aura pas lieu", "n’aura pas lieu"], reschedule: ["reporté", "reportée", "déplacé", "déplacée", "nouvel horaire", "nouvelle date", "invitation modifiée", "reprogrammé"] },
};
