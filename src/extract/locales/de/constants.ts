import type { Locale } from "../types.ts";

export const de: Locale = {
  lang: "de",
  headerLabels: { from: ["Von"], sent: ["Gesendet"], date: ["Datum"], to: ["An"], cc: ["Kopie"], subject: ["Betreff"], when: ["Wann"], where: ["Wo", "Ort"] },
  forwardMarkers: ["Weitergeleitete Nachricht", "Anfang der weitergeleiteten Nachricht"],
  originalMarkers: ["Ursprüngliche Nachricht", "Originalnachricht", "Ursprünglicher Termin"],
  interviewWords: ["vorstellungsgespräch", "bewerbungsgespräch", "interview", "kennenlerngespräch", "gespräch"],
  recruitingWords: ["bewerbung", "bewerber", "kandidat", "recruit", "personalabteilung", "stellenangebot", "position"],
  otherEvents: ["webinar", "tag der offenen tür", "infoveranstaltung", "karrieremesse", "workshop", "zahnarzt"],
};
