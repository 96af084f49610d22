/** Italiano: "Gentile" col nome completo (non presuppone il genere), il Lei, "Cordiali saluti". */
import type { Facts, Phrases } from "./types.ts";

const quando = (f: Facts) => (f.format === "video" ? `durante la nostra videochiamata di ${f.day}` : f.format === "onsite" ? `durante la mia visita di ${f.day}` : `${f.day}`);

/** Articulated prepositions: "su" + "la posizione" is "sulla posizione". */
const su = (f: Facts) => f.roleAt.replace(/^la /, "sulla ");
const alla = (f: Facts) => f.roleAt.replace(/^la /, "alla ");

export const it: Phrases = {
  lang: "it",
  placeholder: "[un tema del colloquio]",
  slots: ["[un tema del colloquio]", "[link]", "[ciò su cui ha lavorato]", "[la novità]", "[il materiale promesso]"],
  greeting: (to, _formal, team) => (team || !to ? "Gentile team di selezione," : `Gentile ${to.name},`),
  signOff: (_formal, name) => `Cordiali saluti,\n${name}`,
  greetingPattern: /^(Gentile [^\n]+|Buongiorno[^\n]*),\n/,
  signOffPattern: /\n\n(Cordiali saluti|Distinti saluti|Un cordiale saluto),\n\S/,
  roleAt: (role, company) => `${role ? `la posizione di ${role}` : "la posizione"}${company ? ` presso ${company}` : ""}`,
  subjects: {
    thanks: (f) => `Grazie per il colloquio${f.role ? ` – ${f.role}` : ""} – ${f.seekerName}`,
    followUp: (f) => `Aggiornamento sulla mia candidatura${f.role ? ` – ${f.role}` : ""} – ${f.seekerName}`,
    followUpAgain: (f) => `Sui prossimi passi${f.role ? ` – ${f.role}` : ""} – ${f.seekerName}`,
    rejection: (f) => `R: ${f.role ?? "La mia candidatura"} – grazie`,
    offer: (f) => `R: Offerta – ${f.role ?? "posizione"} – ${f.seekerName}`,
    moreInfo: (f) => `R: Documenti per ${f.role ?? "la mia candidatura"} – ${f.seekerName}`,
    withdraw: (f) => `Ritiro della mia candidatura${f.role ? ` – ${f.role}` : ""} – ${f.seekerName}`,
    stayInTouch: (f) => `Restare in contatto – ${f.seekerName}`,
  },
  thanks: {
    openings: [
      (f) => `La ringrazio per il tempo che mi ha dedicato ${quando(f)} per parlare ${f.roleAt.replace(/^la /, "della ")}.`,
      (f) => `Ho apprezzato molto il nostro colloquio ${quando(f)} e l'occasione di conoscere meglio ${f.roleAt}.`,
      (f) => `Grazie per avermi incontrato ${quando(f)}. È stato un piacere saperne di più ${su(f)}.`,
      (f) => `È stato un piacere parlare con Lei ${quando(f)} ${f.roleAt.replace(/^la /, "della ")}.`,
      (f) => `Grazie ancora per il Suo tempo ${quando(f)} e per avermi presentato ${f.roleAt}.`,
      (f) => `Desidero ringraziarLa per la nostra conversazione ${quando(f)} ${su(f)}.`,
    ],
    perspective: (title) => ` Ascoltare il Suo punto di vista come ${title} mi ha dato un'idea chiara del team.`,
    topic: [
      (f) => `Il nostro scambio su ${f.topic} mi è rimasto impresso.`,
      (f) => `Ho apprezzato molto ciò che ha condiviso su ${f.topic}.`,
      (f) => `Parlare di ${f.topic} è stato uno dei momenti migliori del colloquio.`,
      (f) => `Da allora ho continuato a riflettere su ${f.topic}.`,
      (f) => `La parte su ${f.topic} mi è stata particolarmente utile.`,
      (f) => `Mi è piaciuto il nostro confronto su ${f.topic}.`,
    ],
    middles: [
      () => "Le priorità del team corrispondono bene alla mia esperienza, e sono convinto di poter contribuire fin dall'inizio.",
      () => "Il colloquio ha rafforzato il mio interesse per la posizione, e vedo chiaramente dove il mio percorso potrebbe aiutare il team.",
      () => "Il modo di lavorare del team è proprio l'ambiente in cui do il meglio di me.",
      () => "Mi ha confermato che queste sono le sfide su cui voglio lavorare d'ora in poi.",
      () => "Sono uscito dal colloquio ancora più motivato dalla posizione e da ciò che il team sta costruendo.",
      () => "Ora ho un'idea molto più precisa del ruolo e sarei felice di mettere a disposizione la mia esperienza.",
    ],
    closings: [
      () => "Se posso inviarLe altre informazioni utili, non esiti a dirmelo. Resto in attesa dei prossimi passi.",
      () => "Se qualcos'altro potesse aiutarLa nella decisione, sarò lieto di inviarlo. Grazie ancora per il Suo tempo.",
      () => "Resto in attesa di un Suo riscontro.",
      () => "Grazie ancora, e spero di poter proseguire presto la conversazione.",
      () => "Resto a disposizione per qualsiasi altra domanda.",
      () => "Sarei lieto di continuare a parlare del ruolo.",
    ],
    late: () => "Mi scuso per il ritardo con cui Le scrivo.",
    promised: (what) => `Come promesso, Le invio in allegato ${what}.`,
  },
  recruiterThanks: [
    (f) => `La ringrazio per aver organizzato il mio colloquio per ${f.roleAt} e per l'ottimo coordinamento. Il colloquio ha confermato il mio interesse per la posizione.`,
    () => "Se ha bisogno di altro da parte mia, non esiti a dirmelo. Resto in attesa di notizie quando ce ne saranno.",
  ],
  inquiry1: [
    (f) => `Spero che stia bene. Le scrivo in merito al mio colloquio del ${f.date} per ${f.roleAt}.`,
    () => "Resto molto interessato alla posizione e al lavoro del team. Potrebbe indicarmi le tempistiche dei prossimi passi?",
    () => "Resto a disposizione per qualsiasi necessità. Grazie per il Suo tempo.",
  ],
  inquiry2: [
    (f) => `Spero che la Sua settimana stia andando bene. Le scrivo ancora una volta riguardo ${alla(f)}, dopo il nostro colloquio del ${f.date}.`,
    () => "Comprendo che queste decisioni richiedano tempo, e il mio interesse resta invariato. Le sarei grato per qualsiasi aggiornamento sul processo.",
    () => "Grazie ancora per aver preso in considerazione la mia candidatura.",
  ],
  checkIns: {
    article: {
      subject: (f) => `Un articolo che potrebbe interessarLe – ${f.seekerName}`,
      body: [
        (f) => `Non è necessario rispondere. Ho trovato questo articolo e ho pensato al nostro colloquio ${su(f)}: [link]`,
        () => "Mi è sembrato utile per il team, quindi ho voluto condividerlo. Resto interessato all'opportunità e sarei lieto di restare in contatto.",
      ],
    },
    update: {
      subject: (f) => `Un breve aggiornamento dopo il colloquio – ${f.seekerName}`,
      body: [
        () => "Non è necessario rispondere. Dal nostro colloquio ho lavorato a [ciò su cui ha lavorato], e mi ha fatto pensare alle sfide del Suo team.",
        (f) => `Ho voluto condividerlo perché resto molto interessato ${alla(f)}. Spero che il lavoro proceda bene.`,
      ],
    },
    congrats: {
      subject: (f) => `Congratulazioni${f.company ? ` al team di ${f.company}` : ""} – ${f.seekerName}`,
      body: [
        () => "Non è necessario rispondere. Ho letto la notizia di [la novità] e desidero congratularmi con Lei e con il team.",
        (f) => `Mi fa piacere vedere avanzare il lavoro di cui abbiamo parlato. Resto interessato ${alla(f)}.`,
      ],
    },
    advice: {
      subject: (f) => `Grazie per il Suo consiglio – ${f.seekerName}`,
      body: [
        (f) => `Non è necessario rispondere. Desidero ringraziarLa ancora per il consiglio che mi ha dato durante il nostro colloquio su ${f.noted ? f.topic : f.roleAt}.`,
        () => "L'ho messo in pratica e mi è già stato utile. Resto interessato all'opportunità e spero di restare in contatto.",
      ],
    },
  },
  rejection: [
    (f) => `La ringrazio per avermi comunicato la Sua decisione riguardo ${alla(f)}. Pur essendo dispiaciuto, ho apprezzato molto l'occasione di conoscere il team.`,
    () => "Se potesse condividere un riscontro sui miei colloqui, mi sarebbe molto utile per proseguire la mia ricerca.",
    (f) => `Sarei lieto di restare in contatto e di essere considerato per future opportunità${f.company ? ` presso ${f.company}` : ""}. Grazie ancora per il Suo tempo.`,
  ],
  offer: [
    (f) => `La ringrazio molto per l'offerta per ${f.roleAt}. Ne sono felice e ringrazio tutti per il tempo dedicato al processo.`,
    () => "Potrebbe inviarmi l'offerta scritta con i dettagli su retribuzione e benefit? Vorrei anche conoscere la data entro cui attendete la mia risposta.",
    () => "La esaminerò con attenzione e Le risponderò a breve.",
  ],
  moreInfo: [
    (f) => `La ringrazio per il Suo messaggio riguardo ${alla(f)}. Le invio volentieri in allegato quanto richiesto.`,
    () => "Se qualcosa non è chiaro o se servono altre informazioni, non esiti a dirmelo. Resto molto interessato alla posizione.",
  ],
  withdraw: [
    (f) => `La ringrazio per il tempo che Lei e il team mi avete dedicato durante il processo per ${f.roleAt}.`,
    () => "Dopo un'attenta riflessione, ho deciso di ritirare la mia candidatura. Non è stata una decisione facile e dipende dalla mia situazione personale, non dal team né dal ruolo.",
    () => "Ho apprezzato molto i nostri colloqui e sarei lieto di restare in contatto. Grazie ancora per la considerazione.",
  ],
  stayInTouch: [
    (f) => `Sono passati alcuni mesi dal nostro colloquio per ${f.roleAt} e desideravo farmi risentire.`,
    (f) => `Nel frattempo ho lavorato a [ciò su cui ha lavorato] e continuo a seguire con interesse il lavoro ${f.company ? `di ${f.company}` : "del Suo team"}.`,
    () => "Se dovesse aprirsi una posizione adatta al mio profilo, sarei lieto di saperlo. E se conoscesse un altro team alla ricerca di una persona con la mia esperienza, Le sarei grato per una segnalazione.",
  ],
  linkedIn: (first, f) => `Buongiorno${first ? ` ${first}` : ""}, grazie per il colloquio ${su(f)}. L'ho apprezzato molto e sarei lieto di restare in contatto. ${f.seekerName}`,
  handwritten: (f) => `Grazie ancora per il Suo tempo e per il colloquio ${su(f)}. È stato un piacere conoscerLa. ${f.seekerName}`,
  phoneScript: (f) => `Buongiorno, sono ${f.seekerName}. Ho sostenuto un colloquio il ${f.date} per ${f.roleAt} e volevo sapere se ci sono novità sulla decisione. Resto molto interessato. Quando posso richiamare, oppure a chi devo rivolgermi? Grazie mille.`,
  measure: "words",
};
