/** Français : vouvoiement, « Bonjour » suivi du nom complet, « Bien cordialement ». */
import type { Facts, Phrases } from "./types.ts";

const quand = (f: Facts) => (f.format === "video" ? `lors de notre visioconférence de ${f.day}` : f.format === "onsite" ? `lors de ma venue ${f.day}` : `${f.day}`);

export const fr: Phrases = {
  lang: "fr",
  placeholder: "[un sujet abordé]",
  slots: ["[un sujet abordé]", "[lien]", "[ce sur quoi vous avez travaillé]", "[leur actualité]", "[le document promis]"],
  greeting: (to, _formal, team) => (team || !to ? "Madame, Monsieur," : `Bonjour ${to.name},`),
  signOff: (_formal, name) => `Bien cordialement,\n${name}`,
  greetingPattern: /^(Bonjour [^\n]+|Madame, Monsieur),\n/,
  signOffPattern: /\n\n(Bien cordialement|Cordialement|Bien à vous),\n\S/,
  roleAt: (role, company) => `${role ? `le poste de ${role}` : "le poste"}${company ? ` chez ${company}` : ""}`,
  subjects: {
    thanks: (f) => `Merci pour notre entretien${f.role ? ` – ${f.role}` : ""} – ${f.seekerName}`,
    followUp: (f) => `Suivi de ma candidature${f.role ? ` – ${f.role}` : ""} – ${f.seekerName}`,
    followUpAgain: (f) => `Point sur les prochaines étapes${f.role ? ` – ${f.role}` : ""} – ${f.seekerName}`,
    rejection: (f) => `RE : ${f.role ?? "Ma candidature"} – merci`,
    offer: (f) => `RE : Offre – ${f.role ?? "poste"} – ${f.seekerName}`,
    moreInfo: (f) => `RE : Documents pour ${f.role ?? "ma candidature"} – ${f.seekerName}`,
    withdraw: (f) => `Retrait de ma candidature${f.role ? ` – ${f.role}` : ""} – ${f.seekerName}`,
    stayInTouch: (f) => `Garder le contact – ${f.seekerName}`,
  },
  thanks: {
    openings: [
      (f) => `Je vous remercie d'avoir pris le temps d'échanger avec moi ${quand(f)} au sujet du ${f.roleAt.replace(/^le /, "")}.`,
      (f) => `J'ai beaucoup apprécié notre échange ${quand(f)} et l'occasion d'en apprendre davantage sur ${f.roleAt}.`,
      (f) => `Merci pour notre entretien ${quand(f)}. J'ai été ravi d'en savoir plus sur ${f.roleAt}.`,
      (f) => `Ce fut un plaisir d'échanger avec vous ${quand(f)} à propos du ${f.roleAt.replace(/^le /, "")}.`,
      (f) => `Merci encore pour le temps que vous m'avez accordé ${quand(f)} et pour votre présentation du ${f.roleAt.replace(/^le /, "")}.`,
      (f) => `Je tenais à vous remercier pour notre conversation ${quand(f)} sur ${f.roleAt}.`,
    ],
    perspective: (title) => ` Votre regard de ${title} m'a donné une image claire de l'équipe.`,
    topic: [
      (f) => `Notre échange sur ${f.topic} m'a particulièrement marqué.`,
      (f) => `J'ai beaucoup apprécié ce que vous avez partagé sur ${f.topic}.`,
      (f) => `La discussion sur ${f.topic} a été un moment fort pour moi.`,
      (f) => `Je repense souvent à ${f.topic} depuis notre entretien.`,
      (f) => `La partie consacrée à ${f.topic} m'a été particulièrement utile.`,
      (f) => `J'ai apprécié notre échange autour de ${f.topic}.`,
    ],
    middles: [
      () => "Les priorités de l'équipe correspondent bien à mon expérience, et je suis convaincu de pouvoir contribuer rapidement.",
      () => "Cet échange a renforcé mon intérêt pour le poste, et je vois bien où mon parcours pourrait aider l'équipe.",
      () => "La façon de travailler de l'équipe correspond exactement à l'environnement dans lequel je donne le meilleur de moi-même.",
      () => "Il m'a confirmé que ce sont les sujets sur lesquels je souhaite travailler désormais.",
      () => "Je ressors de cet entretien encore plus motivé par le poste et par ce que l'équipe construit.",
      () => "J'ai désormais une idée bien plus précise du rôle et je serais heureux d'y apporter mon expérience.",
    ],
    closings: [
      () => "N'hésitez pas à me faire savoir si je peux vous transmettre d'autres informations. Je me réjouis de connaître la suite.",
      () => "Si un élément supplémentaire pouvait vous aider, je vous le ferai parvenir volontiers. Merci encore pour votre temps.",
      () => "Dans l'attente de votre retour, je reste à votre disposition.",
      () => "Merci encore, et j'espère avoir l'occasion de poursuivre cet échange prochainement.",
      () => "Je reste à votre disposition pour toute question complémentaire.",
      () => "Je serais ravi de poursuivre la discussion sur ce poste.",
    ],
    late: () => "Je vous prie de m'excuser pour ce message tardif.",
    promised: (what) => `Comme convenu, vous trouverez ci-joint ${what}.`,
  },
  recruiterThanks: [
    (f) => `Je vous remercie d'avoir organisé mon entretien pour ${f.roleAt} et pour la qualité de votre suivi. L'entretien a confirmé mon intérêt pour le poste.`,
    () => "N'hésitez pas à me dire si vous avez besoin d'autre chose de ma part. Je me réjouis d'avoir de vos nouvelles dès que possible.",
  ],
  inquiry1: [
    (f) => `J'espère que vous allez bien. Je me permets de revenir vers vous au sujet de mon entretien du ${f.date} pour ${f.roleAt}.`,
    () => "Je reste très intéressé par le poste et par le travail de l'équipe. Pourriez-vous me donner une idée du calendrier des prochaines étapes ?",
    () => "Je reste à votre disposition pour tout complément. Merci pour votre temps.",
  ],
  inquiry2: [
    (f) => `J'espère que votre semaine se passe bien. Je me permets de revenir une dernière fois vers vous au sujet du ${f.roleAt.replace(/^le /, "")}, suite à notre entretien du ${f.date}.`,
    () => "Je comprends que ces décisions prennent du temps, et mon intérêt reste entier. Je serais reconnaissant de tout point d'avancement.",
    () => "Merci encore pour l'attention portée à ma candidature.",
  ],
  checkIns: {
    article: {
      subject: (f) => `Un article qui pourrait vous intéresser – ${f.seekerName}`,
      body: [
        (f) => `Nul besoin de répondre. Je suis tombé sur cet article et j'ai pensé à notre échange sur ${f.roleAt} : [lien]`,
        () => "Il m'a semblé utile pour l'équipe, je vous le transmets donc volontiers. Je reste intéressé par le poste et serais heureux de garder le contact.",
      ],
    },
    update: {
      subject: (f) => `Quelques nouvelles depuis notre entretien – ${f.seekerName}`,
      body: [
        () => "Nul besoin de répondre. Depuis notre entretien, j'ai travaillé sur [ce sur quoi vous avez travaillé], ce qui m'a fait penser aux sujets de votre équipe.",
        (f) => `Je tenais à le partager car je reste très intéressé par ${f.roleAt}. J'espère que tout se passe bien de votre côté.`,
      ],
    },
    congrats: {
      subject: (f) => `Félicitations${f.company ? ` à l'équipe de ${f.company}` : ""} – ${f.seekerName}`,
      body: [
        () => "Nul besoin de répondre. J'ai appris [leur actualité] et je tenais à vous adresser, à vous et à l'équipe, mes félicitations.",
        (f) => `C'est un plaisir de voir avancer les projets dont nous avions parlé. Je reste intéressé par ${f.roleAt}.`,
      ],
    },
    advice: {
      subject: (f) => `Merci pour vos conseils – ${f.seekerName}`,
      body: [
        (f) => `Nul besoin de répondre. Je voulais vous remercier à nouveau pour les conseils partagés lors de notre échange sur ${f.noted ? f.topic : f.roleAt}.`,
        () => "Je les ai mis en pratique depuis, et ils m'ont déjà été utiles. Je reste intéressé par le poste et serais heureux de garder le contact.",
      ],
    },
  },
  rejection: [
    (f) => `Je vous remercie de m'avoir informé de votre décision concernant ${f.roleAt}. Même si je suis déçu, j'ai beaucoup apprécié de rencontrer l'équipe.`,
    () => "Si vous pouviez me faire part de vos retours sur mes entretiens, ils me seraient précieux pour la suite de mes recherches.",
    (f) => `Je serais heureux de garder le contact et d'être considéré pour de futures opportunités${f.company ? ` chez ${f.company}` : ""}. Merci encore pour votre temps.`,
  ],
  offer: [
    (f) => `Je vous remercie pour votre offre concernant ${f.roleAt}. J'en suis ravi et je remercie chacun pour le temps consacré au processus.`,
    () => "Pourriez-vous m'envoyer l'offre écrite avec le détail de la rémunération et des avantages ? J'aimerais également connaître la date à laquelle vous attendez ma réponse.",
    () => "Je l'étudierai avec attention et reviendrai vers vous rapidement.",
  ],
  moreInfo: [
    (f) => `Je vous remercie pour votre message concernant ${f.roleAt}. Vous trouverez ci-joint les éléments demandés.`,
    () => "N'hésitez pas à me dire si quelque chose n'est pas clair ou si je peux vous transmettre autre chose. Je reste très intéressé par le poste.",
  ],
  withdraw: [
    (f) => `Je vous remercie pour le temps que vous et l'équipe m'avez consacré au cours du processus pour ${f.roleAt}.`,
    () => "Après mûre réflexion, j'ai décidé de retirer ma candidature. Cette décision n'a pas été facile et tient à ma situation personnelle, non à l'équipe ni au poste.",
    () => "J'ai beaucoup apprécié nos échanges et serais heureux de garder le contact. Merci encore pour votre considération.",
  ],
  stayInTouch: [
    (f) => `Quelques mois se sont écoulés depuis nos échanges concernant ${f.roleAt}, et je souhaitais prendre de vos nouvelles.`,
    (f) => `Depuis, j'ai travaillé sur [ce sur quoi vous avez travaillé], et je continue de suivre avec intérêt les projets ${f.company ? `de ${f.company}` : "de votre équipe"}.`,
    () => "Si un poste correspondant à mon profil venait à s'ouvrir, je serais heureux d'en être informé. Et si vous connaissez une autre équipe à la recherche d'un profil comme le mien, je vous serais reconnaissant de me recommander.",
  ],
  linkedIn: (first, f) => `Bonjour${first ? ` ${first}` : ""}, merci pour notre échange sur ${f.roleAt}. J'ai beaucoup apprécié notre conversation et serais ravi de rester en contact. ${f.seekerName}`,
  handwritten: (f) => `Merci encore pour votre temps et pour notre échange sur ${f.roleAt}. J'ai été ravi de vous rencontrer. ${f.seekerName}`,
  phoneScript: (f) => `Bonjour, ${f.seekerName} à l'appareil. J'ai passé un entretien le ${f.date} pour ${f.roleAt} et je souhaitais savoir si la décision avait avancé. Mon intérêt reste entier. Quand puis-je vous rappeler, ou à qui dois-je m'adresser ? Merci beaucoup.`,
  measure: "words",
};
