import type { Locale } from "../types.ts";

export const de: Locale = {
  lang: "de",
  headerLabels: { from: ["Von"], sent: ["Gesendet"], date: ["Datum"], to: ["An"], cc: ["Kopie"], subject: ["Betreff"], when: ["Wann"], where: ["Wo", "Ort"] },
  forwardMarkers: ["Weitergeleitete Nachricht", "Anfang der weitergeleiteten Nachricht"],
  originalMarkers: ["Ursprüngliche Nachricht", "Originalnachricht", "Ursprünglicher Termin"],
  interviewWords: ["vorstellungsgespräch", "bewerbungsgespräch", "interview", "kennenlerngespräch", "gespräch"],
  recruitingWords: ["bewerbung", "bewerber", "kandidat", "recruit", "personalabteilung", "stellenangebot", "position"],
  otherEvents: ["webinar", "tag der offenen tür", "infoveranstaltung", "karrieremesse", "workshop", "zahnarzt"],
  months: ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
  weekdays: ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"],
  durationUnits: { minute: ["Minuten", "Minute", "Min."], hour: ["Stunden", "Stunde", "Std."] },
  interviewerLabels: ["Gesprächspartner", "Gesprächspartnerin", "Gesprächspartner:innen", "Ihre Gesprächspartnerin ist", "Ihr Gesprächspartner ist", "Ihre Gesprächspartner sind", "Interviewer", "Teilnehmer"],
  labelPossessives: ["Ihre", "Ihr", "Deine", "Dein", "Eure"],
  commonWords: ["jänner", "und", "der", "die", "das", "sie", "ihre", "ihr", "mit", "wir", "für", "ist", "nicht", "uns"],
  durationPhrases: { "eine halbe stunde": 30, "einer halben stunde": 30, "eine stunde": 60, "einer stunde": 60, "anderthalb stunden": 90, "zwei stunden": 120 },
  zoneNames: { "mitteleuropäische zeit": "Europe/Berlin", "mitteleuropäischer zeit": "Europe/Berlin", "deutscher zeit": "Europe/Berlin", "deutsche zeit": "Europe/Berlin", "wiener zeit": "Europe/Vienna", "schweizer zeit": "Europe/Zurich" },
  honorifics: ["Herr", "Frau", "Dr", "Prof", "Dipl.-Ing", "Ing", "Mag"],
  titleWords: ["leiter", "leiterin", "geschäftsführer", "geschäftsführerin", "teamleiter", "teamleiterin", "abteilungsleiter", "personalreferentin", "personalreferent", "entwickler", "entwicklerin", "partnerin"],
  roleAt: { before: ["als", "die Position als", "die Position", "die Stelle als", "die Stelle"], at: ["bei der", "bei"], example: { text: "Wir freuen uns, Sie zum Gespräch für die Position als Data Engineer bei Nordlicht Systems einzuladen.", role: "Data Engineer", company: "Nordlicht Systems" } },
  // Before an hour written "15h" or "15h30": read as 15:00 and 15:30 ("24h de antecedência" has none).
  hourLeadIns: ["um", "von", "bis", "ab"],
  // What the words around a time say of it: an old slot, the new one, an arrival before it, its end (rules/times.ts).
  timeCues: { old: ["ursprünglich", "ursprünglicher termin", "ursprünglichen termin", "bisheriger termin", "bisher", "alter termin", "alten termin", "abgesagt", "storniert", "nicht mehr", "verfügbar"], new: ["neuer termin", "neuen termin", "neue uhrzeit", "neue zeit", "verschoben auf", "verlegt auf", "stattdessen", "wie wäre es mit", "jetzt am", "nun am"], arrival: ["ankunft", "ankommen", "empfang", "einlass", "anmeldung"], end_label: ["ende", "bis"], until: ["bis", "bis um", "endet um", "enden um"], moved: ["verschoben", "verlegt", "geändert", "umgeplant"] },
  // Phrases that make a mail a rejection, an offer, a cancellation or a reschedule (kind.ts; English has its own patterns).
  kindCues: { rejection: ["nicht weiter berücksichtigen", "nicht berücksichtigen können", "für einen anderen kandidaten entschieden", "für eine andere kandidatin entschieden", "für andere kandidaten entschieden", "anderen bewerber", "andere bewerberin", "gegen ihre bewerbung entschieden", "keine positive rückmeldung"], offer: ["vertragsangebot", "ihnen die stelle anbieten", "ihnen ein angebot", "angebot unterbreiten"], cancellation: ["abgesagt", "storniert", "findet nicht statt", "entfällt"], reschedule: ["verschoben", "verlegt", "neuer termin", "terminänderung", "termin geändert", "aktualisierte einladung"] },
};
