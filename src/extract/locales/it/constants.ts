import type { Locale } from "../types.ts";

export const it: Locale = {
  lang: "it",
  headerLabels: { from: ["Da"], sent: ["Inviato"], date: ["Data"], to: ["A"], cc: ["Cc"], subject: ["Oggetto"], when: ["Quando"], where: ["Dove", "Luogo"] },
  forwardMarkers: ["Messaggio inoltrato", "Inizio messaggio inoltrato"],
  originalMarkers: ["Messaggio originale"],
  interviewWords: ["colloquio", "intervista"],
  recruitingWords: ["candidatura", "candidato", "candidata", "selezione", "recruit", "posizione"],
  otherEvents: ["webinar", "open day", "fiera del lavoro", "workshop", "dentista"],
  months: ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
  weekdays: ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
  durationUnits: { minute: ["minuti", "minuto", "min"], hour: ["ore", "ora"] },
  interviewerLabels: ["Intervistatore", "Intervistatrice", "Intervistatori", "Selezionatore", "Con", "Partecipanti", "si terrà con", "si svolgerà con", "incontrerà", "parlerà con"],
  labelPossessives: ["i tuoi", "il tuo", "i suoi", "il suo", "la tua", "la sua"],
  commonWords: ["il", "gli", "per", "lei", "della", "che", "siamo", "è", "sarà", "alle"],
  durationPhrases: { "mezz'ora": 30, "mezz’ora": 30, "un'ora e mezza": 90, "un'ora": 60, "un’ora": 60, "due ore": 120 },
  zoneNames: { "ora italiana": "Europe/Rome", "ora di roma": "Europe/Rome", "ora di milano": "Europe/Rome" },
  honorifics: ["Sig", "Sig.ra", "Dott", "Dott.ssa", "Ing", "Avv", "Prof"],
  titleWords: ["responsabile", "direttore", "direttrice", "ingegnere", "sviluppatore", "sviluppatrice", "selezionatore", "selezionatrice"],
  roleAt: { before: ["la posizione di", "il ruolo di"], at: ["presso", "in"], example: { text: "La invitiamo a un colloquio per la posizione di Sviluppatore Backend presso Vetro Digitale.", role: "Sviluppatore Backend", company: "Vetro Digitale" } },
  // Before an hour written "15h" or "15h30": read as 15:00 and 15:30 ("24h de antecedência" has none).
  hourLeadIns: ["alle", "dalle", "ore", "alle ore"],
  // What the words around a time say of it: an old slot, the new one, an arrival before it, its end (rules/times.ts).
  timeCues: { old: ["originariamente", "inizialmente", "precedentemente", "invece di", "anziché", "annullato", "annullata", "non è più", "disponibile", "disponibilità"], new: ["nuova data", "nuovo orario", "spostato a", "spostata a", "spostato al", "spostata al", "riprogrammato per", "riprogrammata per", "ora alle"], arrival: ["arrivo", "arrivare", "accoglienza"], end_label: ["fine"], until: ["fino alle", "fino a"], moved: ["spostat*", "riprogrammat*", "modificat*", "posticipat*", "anticipat*"] },
  // Phrases that make a mail a rejection, an offer, a cancellation or a reschedule (kind.ts; English has its own patterns).
  kindCues: { rejection: ["non è stata selezionat", "non è stato selezionat", "non siamo in grado di proseguire", "altri candidati", "altro candidato", "altra candidata", "esito negativo"], offer: ["lettera di offerta", "proposta di assunzione", "offerta formale"], cancellation: ["annullato", "annullata", "cancellato", "cancellata"], reschedule: ["spostato", "spostata", "riprogrammat", "posticipat", "nuova data", "nuovo orario", "invito aggiornato"] },
};
