/** Deutsch: Sie-Form, "Guten Tag" mit vollem Namen (ohne Anrede, die das Geschlecht voraussetzt), "Viele Grüße". */
import type { Facts, Phrases } from "./types.ts";

const wann = (f: Facts) => (f.format === "video" ? `in unserem Videogespräch am ${f.day}` : f.format === "onsite" ? `bei meinem Besuch am ${f.day}` : `am ${f.day}`);

/** The dative: "Interesse an der Position", "zur Position". */
const der = (f: Facts) => f.roleAt.replace(/^die /, "der ");
const zur = (f: Facts) => f.roleAt.replace(/^die /, "zur ");

export const de: Phrases = {
  lang: "de",
  placeholder: "[ein Thema aus dem Gespräch]",
  slots: ["[ein Thema aus dem Gespräch]", "[Link]", "[woran Sie gearbeitet haben]", "[die Neuigkeit]", "[die versprochene Unterlage]"],
  greeting: (to, _formal, team) => (team || !to ? "Sehr geehrtes Recruiting-Team," : `Guten Tag ${to.name},`),
  signOff: (formal, name) => `${formal ? "Mit freundlichen Grüßen" : "Viele Grüße"}\n${name}`,
  greetingPattern: /^(Guten Tag [^\n]+|Sehr geehrte[^\n]*|Hallo [^\n]+),\n/,
  signOffPattern: /\n\n(Viele Grüße|Mit freundlichen Grüßen|Beste Grüße)\n\S/,
  roleAt: (role, company) => `${role ? `die Position ${role}` : "die Position"}${company ? ` bei ${company}` : ""}`,
  subjects: {
    thanks: (f) => `Vielen Dank für das Gespräch${f.role ? ` – ${f.role}` : ""} – ${f.seekerName}`,
    followUp: (f) => `Nachfrage zu meiner Bewerbung${f.role ? ` – ${f.role}` : ""} – ${f.seekerName}`,
    followUpAgain: (f) => `Erneute Nachfrage zum Stand${f.role ? ` – ${f.role}` : ""} – ${f.seekerName}`,
    rejection: (f) => `AW: ${f.role ?? "Meine Bewerbung"} – vielen Dank`,
    offer: (f) => `AW: Angebot – ${f.role ?? "Position"} – ${f.seekerName}`,
    moreInfo: (f) => `AW: Unterlagen zu ${f.role ?? "meiner Bewerbung"} – ${f.seekerName}`,
    withdraw: (f) => `Rückzug meiner Bewerbung${f.role ? ` – ${f.role}` : ""} – ${f.seekerName}`,
    stayInTouch: (f) => `In Kontakt bleiben – ${f.seekerName}`,
  },
  thanks: {
    openings: [
      (f) => `Vielen Dank, dass Sie sich ${wann(f)} Zeit für das Gespräch über ${f.roleAt} genommen haben.`,
      (f) => `Herzlichen Dank für das angenehme Gespräch ${wann(f)} und die Gelegenheit, mehr über ${f.roleAt} zu erfahren.`,
      (f) => `Vielen Dank für unser Gespräch ${wann(f)}. Ich habe viel über ${f.roleAt} erfahren.`,
      (f) => `Es hat mich sehr gefreut, ${wann(f)} mit Ihnen über ${f.roleAt} zu sprechen.`,
      (f) => `Nochmals vielen Dank für Ihre Zeit ${wann(f)} und die Einblicke in ${f.roleAt}.`,
      (f) => `Ich möchte mich herzlich für das Gespräch ${wann(f)} über ${f.roleAt} bedanken.`,
    ],
    perspective: (title) => ` Ihre Sicht als ${title} hat mir ein klares Bild vom Team gegeben.`,
    topic: [
      (f) => `Besonders unser Austausch über ${f.topic} ist mir in Erinnerung geblieben.`,
      (f) => `Besonders wertvoll fand ich, was Sie über ${f.topic} erzählt haben.`,
      (f) => `Das Gespräch über ${f.topic} war für mich ein Höhepunkt.`,
      (f) => `Über ${f.topic} habe ich seitdem noch oft nachgedacht.`,
      (f) => `Der Teil über ${f.topic} war für mich besonders aufschlussreich.`,
      (f) => `Unser Austausch zu ${f.topic} hat mir sehr gefallen.`,
    ],
    middles: [
      () => "Die Schwerpunkte des Teams passen gut zu meiner Erfahrung, und ich bin überzeugt, dass ich von Anfang an einen Beitrag leisten kann.",
      () => "Das Gespräch hat mein Interesse an der Position bestärkt, und ich sehe klar, wo meine Erfahrung dem Team helfen würde.",
      () => "Die Arbeitsweise des Teams entspricht genau dem Umfeld, in dem ich am besten arbeite.",
      () => "Es hat mir bestätigt, dass dies die Aufgaben sind, denen ich mich als Nächstes widmen möchte.",
      () => "Ich bin nach dem Gespräch noch begeisterter von der Position und von dem, was das Team aufbaut.",
      () => "Ich habe jetzt ein viel genaueres Bild von der Rolle und würde meine Erfahrung gern einbringen.",
    ],
    closings: [
      () => "Wenn ich Ihnen weitere Informationen zukommen lassen kann, sagen Sie mir gern Bescheid. Ich freue mich auf die nächsten Schritte.",
      () => "Falls Ihnen für die Entscheidung noch etwas fehlt, schicke ich es Ihnen gern. Nochmals vielen Dank für Ihre Zeit.",
      () => "Ich freue mich darauf, von Ihnen zu hören.",
      () => "Nochmals vielen Dank, und ich hoffe, dass wir das Gespräch bald fortsetzen können.",
      () => "Bei weiteren Fragen stehe ich Ihnen jederzeit gern zur Verfügung.",
      () => "Ich würde mich freuen, das Gespräch über die Rolle fortzusetzen.",
    ],
    late: () => "Bitte entschuldigen Sie, dass ich mich erst jetzt melde.",
    promised: (what) => `Wie versprochen sende ich Ihnen im Anhang ${what}.`,
  },
  recruiterThanks: [
    (f) => `Vielen Dank für die Organisation meines Vorstellungsgesprächs für ${f.roleAt} und für die reibungslose Abstimmung. Das Gespräch hat mein Interesse an der Position bestärkt.`,
    () => "Wenn Sie noch etwas von mir benötigen, lassen Sie es mich bitte wissen. Ich freue mich, von Ihnen zu hören, sobald es Neuigkeiten gibt.",
  ],
  inquiry1: [
    (f) => `Ich hoffe, es geht Ihnen gut. Ich melde mich zu meinem Vorstellungsgespräch am ${f.date} für ${f.roleAt}.`,
    () => "Ich bin weiterhin sehr an der Position und an der Arbeit des Teams interessiert. Können Sie mir sagen, wie der weitere Zeitplan aussieht?",
    () => "Wenn ich noch etwas beisteuern kann, tue ich das gern. Vielen Dank für Ihre Zeit.",
  ],
  inquiry2: [
    (f) => `Ich hoffe, Ihre Woche läuft gut. Ich möchte mich noch einmal ${zur(f)} melden, nach unserem Gespräch am ${f.date}.`,
    () => "Ich weiß, dass solche Entscheidungen Zeit brauchen, und ich bin nach wie vor sehr interessiert. Über einen kurzen Zwischenstand würde ich mich freuen.",
    () => "Vielen Dank, dass Sie meine Bewerbung berücksichtigen.",
  ],
  checkIns: {
    article: {
      subject: (f) => `Ein Artikel, der Sie interessieren könnte – ${f.seekerName}`,
      body: [
        (f) => `Sie müssen nicht antworten. Ich bin auf diesen Beitrag gestoßen und musste an unser Gespräch über ${f.roleAt} denken: [Link]`,
        () => "Er schien mir für das Team nützlich, deshalb gebe ich ihn gern weiter. Ich bin weiterhin interessiert und würde mich freuen, in Kontakt zu bleiben.",
      ],
    },
    update: {
      subject: (f) => `Ein kurzes Update seit unserem Gespräch – ${f.seekerName}`,
      body: [
        () => "Sie müssen nicht antworten. Seit unserem Gespräch habe ich an [woran Sie gearbeitet haben] gearbeitet, und dabei kamen mir die Aufgaben Ihres Teams in den Sinn.",
        (f) => `Ich wollte es gern teilen, da ich weiterhin großes Interesse an ${der(f)} habe. Ich hoffe, die Arbeit läuft gut.`,
      ],
    },
    congrats: {
      subject: (f) => `Herzlichen Glückwunsch${f.company ? ` an das Team von ${f.company}` : ""} – ${f.seekerName}`,
      body: [
        () => "Sie müssen nicht antworten. Ich habe von [die Neuigkeit] gelesen und möchte Ihnen und dem Team herzlich gratulieren.",
        (f) => `Es freut mich zu sehen, wie die Arbeit vorankommt, über die wir gesprochen haben. Ich bin weiterhin an ${der(f)} interessiert.`,
      ],
    },
    advice: {
      subject: (f) => `Danke für Ihren Rat – ${f.seekerName}`,
      body: [
        (f) => `Sie müssen nicht antworten. Ich möchte mich noch einmal für den Rat bedanken, den Sie mir in unserem Gespräch über ${f.noted ? f.topic : f.roleAt} gegeben haben.`,
        () => "Ich habe ihn inzwischen umgesetzt, und er hat mir bereits geholfen. Ich bin weiterhin interessiert und würde mich freuen, in Kontakt zu bleiben.",
      ],
    },
  },
  rejection: [
    (f) => `Vielen Dank für Ihre Nachricht und Ihre Entscheidung ${zur(f)}. Auch wenn ich enttäuscht bin, habe ich die Gespräche mit dem Team sehr geschätzt.`,
    () => "Falls Sie mir eine Rückmeldung zu meinen Gesprächen geben können, wäre mir das für meine weitere Suche sehr wertvoll.",
    (f) => `Ich würde mich freuen, in Kontakt zu bleiben und bei künftigen Stellen${f.company ? ` bei ${f.company}` : ""} berücksichtigt zu werden. Nochmals vielen Dank für Ihre Zeit.`,
  ],
  offer: [
    (f) => `Vielen Dank für das Angebot für ${f.roleAt}. Ich freue mich sehr und danke allen für die Zeit, die sie in den Prozess investiert haben.`,
    () => "Könnten Sie mir das schriftliche Angebot mit allen Details zu Vergütung und Leistungen schicken? Außerdem möchte ich gern wissen, bis wann Sie meine Entscheidung benötigen.",
    () => "Ich werde es sorgfältig prüfen und mich zeitnah bei Ihnen melden.",
  ],
  moreInfo: [
    (f) => `Vielen Dank für Ihre Nachricht ${zur(f)}. Die gewünschten Unterlagen sende ich Ihnen gern im Anhang.`,
    () => "Wenn etwas unklar ist oder Sie weitere Informationen benötigen, lassen Sie es mich bitte wissen. Ich bin weiterhin sehr an der Position interessiert.",
  ],
  withdraw: [
    (f) => `Vielen Dank für die Zeit, die Sie und das Team mir im Bewerbungsprozess für ${f.roleAt} gewidmet haben.`,
    () => "Nach reiflicher Überlegung habe ich mich entschieden, meine Bewerbung zurückzuziehen. Die Entscheidung ist mir nicht leichtgefallen und hat mit meiner persönlichen Situation zu tun, nicht mit dem Team oder der Rolle.",
    () => "Ich habe die Gespräche sehr geschätzt und würde mich freuen, in Kontakt zu bleiben. Nochmals vielen Dank.",
  ],
  stayInTouch: [
    (f) => `Seit unserem Gespräch über ${f.roleAt} sind einige Monate vergangen, und ich wollte mich gern wieder bei Ihnen melden.`,
    (f) => `In der Zwischenzeit habe ich an [woran Sie gearbeitet haben] gearbeitet und verfolge die Arbeit ${f.company ? `von ${f.company}` : "Ihres Teams"} weiterhin mit Interesse.`,
    () => "Sollte sich eine passende Stelle ergeben, würde ich mich über eine Nachricht freuen. Und falls Sie ein anderes Team kennen, das jemanden mit meiner Erfahrung sucht, wäre ich Ihnen für eine Empfehlung sehr dankbar.",
  ],
  linkedIn: (_first, f) => `Guten Tag, vielen Dank für das Gespräch über ${f.roleAt}. Ich habe den Austausch sehr geschätzt und würde mich freuen, in Kontakt zu bleiben. ${f.seekerName}`,
  handwritten: (f) => `Vielen Dank noch einmal für Ihre Zeit und das Gespräch über ${f.roleAt}. Ich habe mich sehr über das Kennenlernen gefreut. ${f.seekerName}`,
  phoneScript: (f) => `Guten Tag, hier spricht ${f.seekerName}. Ich hatte am ${f.date} ein Gespräch für ${f.roleAt} und wollte fragen, ob es schon Neuigkeiten zur Entscheidung gibt. Ich bin weiterhin sehr interessiert. Wann passt ein kurzer Zwischenstand, oder an wen kann ich mich wenden? Vielen Dank.`,
  measure: "words",
  lowerFirst: { keep: /^(Sie|Ihnen|Ihre?[mnrs]?)\b/ },
};
