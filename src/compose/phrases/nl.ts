/** Nederlands: "Beste" met de volledige naam, u-vorm, "Met vriendelijke groet". */
import type { Facts, Phrases } from "./types.ts";

const wanneer = (f: Facts) => (f.format === "video" ? `tijdens ons videogesprek op ${f.day}` : f.format === "onsite" ? `tijdens mijn bezoek op ${f.day}` : `op ${f.day}`);

export const nl: Phrases = {
  lang: "nl",
  placeholder: "[een onderwerp uit het gesprek]",
  slots: ["[een onderwerp uit het gesprek]", "[link]", "[waar u aan gewerkt hebt]", "[het nieuws]", "[het beloofde stuk]"],
  greeting: (to, _formal, team) => (team || !to ? "Geacht selectieteam," : `Beste ${to.name},`),
  signOff: (_formal, name) => `Met vriendelijke groet,\n${name}`,
  greetingPattern: /^(Beste [^\n]+|Geachte? [^\n]+),\n/,
  signOffPattern: /\n\n(Met vriendelijke groet|Vriendelijke groet|Hartelijke groet),\n\S/,
  roleAt: (role, company) => `${role ? `de functie van ${role}` : "de functie"}${company ? ` bij ${company}` : ""}`,
  subjects: {
    thanks: (f) => `Bedankt voor het gesprek${f.role ? ` – ${f.role}` : ""} – ${f.seekerName}`,
    followUp: (f) => `Navraag over mijn sollicitatie${f.role ? ` – ${f.role}` : ""} – ${f.seekerName}`,
    followUpAgain: (f) => `De volgende stappen${f.role ? ` – ${f.role}` : ""} – ${f.seekerName}`,
    rejection: (f) => `Re: ${f.role ?? "Mijn sollicitatie"} – dank u wel`,
    offer: (f) => `Re: Aanbod – ${f.role ?? "functie"} – ${f.seekerName}`,
    moreInfo: (f) => `Re: Stukken voor ${f.role ?? "mijn sollicitatie"} – ${f.seekerName}`,
    withdraw: (f) => `Intrekken van mijn sollicitatie${f.role ? ` – ${f.role}` : ""} – ${f.seekerName}`,
    stayInTouch: (f) => `Contact houden – ${f.seekerName}`,
  },
  thanks: {
    openings: [
      (f) => `Hartelijk dank dat u ${wanneer(f)} de tijd nam om met mij te spreken over ${f.roleAt}.`,
      (f) => `Ik heb ons gesprek ${wanneer(f)} zeer gewaardeerd, net als de kans om meer te horen over ${f.roleAt}.`,
      (f) => `Dank u voor het gesprek ${wanneer(f)}. Ik heb veel geleerd over ${f.roleAt}.`,
      (f) => `Het was een genoegen om ${wanneer(f)} met u te spreken over ${f.roleAt}.`,
      (f) => `Nogmaals dank voor uw tijd ${wanneer(f)} en voor de toelichting op ${f.roleAt}.`,
      (f) => `Graag wil ik u bedanken voor ons gesprek ${wanneer(f)} over ${f.roleAt}.`,
    ],
    perspective: (title) => ` Uw blik als ${title} gaf mij een helder beeld van het team.`,
    topic: [
      (f) => `Vooral ons gesprek over ${f.topic} is me bijgebleven.`,
      (f) => `Wat u vertelde over ${f.topic} vond ik bijzonder waardevol.`,
      (f) => `Het gesprek over ${f.topic} was voor mij een hoogtepunt.`,
      (f) => `Sindsdien heb ik nog vaak nagedacht over ${f.topic}.`,
      (f) => `Het deel over ${f.topic} vond ik bijzonder nuttig.`,
      (f) => `Ik heb genoten van onze uitwisseling over ${f.topic}.`,
    ],
    middles: [
      () => "De prioriteiten van het team sluiten goed aan bij mijn ervaring, en ik ben ervan overtuigd dat ik vanaf het begin kan bijdragen.",
      () => "Het gesprek heeft mijn interesse in de functie versterkt, en ik zie duidelijk waar mijn achtergrond het team zou helpen.",
      () => "De manier van werken van het team is precies de omgeving waarin ik het beste tot mijn recht kom.",
      () => "Het bevestigde dat dit de vraagstukken zijn waaraan ik hierna wil werken.",
      () => "Ik kwam nog enthousiaster uit het gesprek over de functie en over wat het team opbouwt.",
      () => "Ik heb nu een veel scherper beeld van de rol en breng mijn ervaring er graag in.",
    ],
    closings: [
      () => "Laat het me gerust weten als ik nog iets kan aanleveren. Ik kijk uit naar de volgende stappen.",
      () => "Als iets anders u bij de beslissing helpt, stuur ik het graag. Nogmaals dank voor uw tijd.",
      () => "Ik kijk ernaar uit van u te horen.",
      () => "Nogmaals dank, en ik hoop het gesprek binnenkort voort te zetten.",
      () => "Voor verdere vragen ben ik uiteraard bereikbaar.",
      () => "Ik zou het gesprek over de functie graag voortzetten.",
    ],
    late: () => "Excuses dat ik pas nu schrijf.",
    promised: (what) => `Zoals beloofd stuur ik u in de bijlage ${what}.`,
  },
  recruiterThanks: [
    (f) => `Hartelijk dank voor het organiseren van mijn gesprek voor ${f.roleAt} en voor de soepele afstemming. Het gesprek bevestigde mijn interesse in de functie.`,
    () => "Laat het me gerust weten als u nog iets van mij nodig hebt. Ik hoor graag van u zodra er nieuws is.",
  ],
  inquiry1: [
    (f) => `Ik hoop dat het goed met u gaat. Ik kom graag terug op mijn gesprek van ${f.date} voor ${f.roleAt}.`,
    () => "Ik ben nog steeds zeer geïnteresseerd in de functie en in het werk van het team. Kunt u mij iets vertellen over de planning van de volgende stappen?",
    () => "Als ik nog iets kan aanleveren, doe ik dat graag. Dank u voor uw tijd.",
  ],
  inquiry2: [
    (f) => `Ik hoop dat uw week goed verloopt. Ik kom nog één keer terug op ${f.roleAt}, na ons gesprek van ${f.date}.`,
    () => "Ik begrijp dat zulke beslissingen tijd kosten, en mijn interesse is onveranderd. Een korte stand van zaken zou ik zeer op prijs stellen.",
    () => "Nogmaals dank voor het overwegen van mijn sollicitatie.",
  ],
  checkIns: {
    article: {
      subject: (f) => `Een artikel dat u misschien interesseert – ${f.seekerName}`,
      body: [
        (f) => `U hoeft niet te reageren. Ik kwam dit artikel tegen en moest denken aan ons gesprek over ${f.roleAt}: [link]`,
        () => "Het leek me nuttig voor het team, dus ik deel het graag. Ik ben nog steeds geïnteresseerd en houd graag contact.",
      ],
    },
    update: {
      subject: (f) => `Een korte update sinds ons gesprek – ${f.seekerName}`,
      body: [
        () => "U hoeft niet te reageren. Sinds ons gesprek heb ik gewerkt aan [waar u aan gewerkt hebt], en dat deed me denken aan de vraagstukken van uw team.",
        (f) => `Ik wilde het graag delen, omdat ik nog steeds zeer geïnteresseerd ben in ${f.roleAt}. Ik hoop dat het werk goed gaat.`,
      ],
    },
    congrats: {
      subject: (f) => `Gefeliciteerd${f.company ? `, team van ${f.company}` : ""} – ${f.seekerName}`,
      body: [
        () => "U hoeft niet te reageren. Ik las het nieuws over [het nieuws] en wil u en het team van harte feliciteren.",
        (f) => `Mooi om het werk waarover we spraken vooruit te zien gaan. Ik ben nog steeds geïnteresseerd in ${f.roleAt}.`,
      ],
    },
    advice: {
      subject: (f) => `Dank voor uw advies – ${f.seekerName}`,
      body: [
        (f) => `U hoeft niet te reageren. Ik wil u nogmaals bedanken voor het advies dat u gaf tijdens ons gesprek over ${f.noted ? f.topic : f.roleAt}.`,
        () => "Ik heb het inmiddels toegepast en het heeft me al geholpen. Ik ben nog steeds geïnteresseerd en houd graag contact.",
      ],
    },
  },
  rejection: [
    (f) => `Dank u voor het laten weten van uw beslissing over ${f.roleAt}. Hoewel ik teleurgesteld ben, heb ik de kennismaking met het team zeer gewaardeerd.`,
    () => "Als u feedback op mijn gesprekken kunt delen, zou dat voor mijn verdere zoektocht erg waardevol zijn.",
    (f) => `Ik houd graag contact en kom graag in aanmerking voor toekomstige vacatures${f.company ? ` bij ${f.company}` : ""}. Nogmaals dank voor uw tijd.`,
  ],
  offer: [
    (f) => `Hartelijk dank voor het aanbod voor ${f.roleAt}. Ik ben er erg blij mee en waardeer de tijd die iedereen in het proces heeft gestoken.`,
    () => "Kunt u mij het schriftelijke aanbod sturen met alle details over salaris en arbeidsvoorwaarden? Ik hoor ook graag voor welke datum u mijn besluit nodig hebt.",
    () => "Ik bekijk het zorgvuldig en kom snel bij u terug.",
  ],
  moreInfo: [
    (f) => `Dank u voor uw bericht over ${f.roleAt}. Ik stuur u graag in de bijlage wat u vroeg.`,
    () => "Laat het me gerust weten als iets onduidelijk is of als u meer nodig hebt. Ik ben nog steeds zeer geïnteresseerd in de functie.",
  ],
  withdraw: [
    (f) => `Dank u voor de tijd die u en het team mij hebben gegeven tijdens de procedure voor ${f.roleAt}.`,
    () => "Na zorgvuldige overweging heb ik besloten mijn sollicitatie in te trekken. Dat was geen gemakkelijke beslissing en heeft te maken met mijn eigen omstandigheden, niet met het team of de functie.",
    () => "Ik heb onze gesprekken zeer gewaardeerd en houd graag contact. Nogmaals dank voor uw overweging.",
  ],
  stayInTouch: [
    (f) => `Het is een paar maanden geleden dat wij spraken over ${f.roleAt}, en ik wilde graag weer even van mij laten horen.`,
    (f) => `Sindsdien heb ik gewerkt aan [waar u aan gewerkt hebt], en ik volg het werk van ${f.company ?? "uw team"} nog steeds met interesse.`,
    () => "Als er een functie vrijkomt die bij mijn achtergrond past, hoor ik dat graag. En als u een ander team kent dat iemand met mijn ervaring zoekt, zou ik een aanbeveling zeer op prijs stellen.",
  ],
  linkedIn: (first, f) => `Beste${first ? ` ${first}` : ""}, dank voor het gesprek over ${f.roleAt}. Ik heb het zeer gewaardeerd en blijf graag in contact. ${f.seekerName}`,
  handwritten: (f) => `Nogmaals dank voor uw tijd en het gesprek over ${f.roleAt}. Ik vond het erg prettig u te ontmoeten. ${f.seekerName}`,
  phoneScript: (f) => `Goedendag, u spreekt met ${f.seekerName}. Ik had op ${f.date} een gesprek voor ${f.roleAt} en wilde vragen of er al nieuws is over de beslissing. Ik ben nog steeds zeer geïnteresseerd. Wanneer kan ik terugbellen, of bij wie kan ik terecht? Hartelijk dank.`,
  measure: "words",
};
