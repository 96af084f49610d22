/** Português: "Olá, nome," com o tratamento por "você" das empresas de hoje; "Atenciosamente" no registo formal. */
import type { Facts, Phrases } from "./types.ts";

const quando = (f: Facts) => (f.format === "video" ? `na nossa videochamada de ${f.day}` : f.format === "onsite" ? `na minha visita de ${f.day}` : `na ${f.day}`);

/** Contractions: "em" + "a vaga" is "na vaga", "de" + "a vaga" is "da vaga". */
const na = (f: Facts) => f.roleAt.replace(/^a /, "na ");
const da = (f: Facts) => f.roleAt.replace(/^a /, "da ");

export const pt: Phrases = {
  lang: "pt",
  placeholder: "[um tema da conversa]",
  slots: ["[um tema da conversa]", "[link]", "[no que você tem trabalhado]", "[a novidade]", "[o material prometido]"],
  greeting: (to, formal, team) => (team || !to ? "Prezada equipe," : formal ? `Prezado(a) ${to.name},` : `Olá, ${to.name.split(/\s+/)[0]},`),
  signOff: (formal, name) => `${formal ? "Atenciosamente" : "Abraços"},\n${name}`,
  greetingPattern: /^(Olá[^\n]+|Prezad[^\n]+),\n/,
  signOffPattern: /\n\n(Atenciosamente|Abraços|Cumprimentos),\n\S/,
  roleAt: (role, company) => `${role ? `a vaga de ${role}` : "a vaga"}${company ? ` na ${company}` : ""}`,
  subjects: {
    thanks: (f) => `Obrigado pela entrevista${f.role ? ` – ${f.role}` : ""} – ${f.seekerName}`,
    followUp: (f) => `Acompanhamento da minha candidatura${f.role ? ` – ${f.role}` : ""} – ${f.seekerName}`,
    followUpAgain: (f) => `Sobre os próximos passos${f.role ? ` – ${f.role}` : ""} – ${f.seekerName}`,
    rejection: (f) => `RE: ${f.role ?? "Minha candidatura"} – obrigado`,
    offer: (f) => `RE: Proposta – ${f.role ?? "vaga"} – ${f.seekerName}`,
    moreInfo: (f) => `RE: Documentos para ${f.role ?? "minha candidatura"} – ${f.seekerName}`,
    withdraw: (f) => `Retirada da minha candidatura${f.role ? ` – ${f.role}` : ""} – ${f.seekerName}`,
    stayInTouch: (f) => `Mantendo contato – ${f.seekerName}`,
  },
  thanks: {
    openings: [
      (f) => `Obrigado por dedicar seu tempo à nossa conversa ${quando(f)} sobre ${f.roleAt}.`,
      (f) => `Gostei muito da nossa conversa ${quando(f)} e da oportunidade de conhecer melhor ${f.roleAt}.`,
      (f) => `Obrigado pela reunião ${quando(f)}. Foi ótimo saber mais sobre ${f.roleAt}.`,
      (f) => `Foi um prazer conversar com você ${quando(f)} sobre ${f.roleAt}.`,
      (f) => `Obrigado mais uma vez pelo seu tempo ${quando(f)} e por me apresentar ${f.roleAt}.`,
      (f) => `Queria agradecer pela nossa conversa ${quando(f)} sobre ${f.roleAt}.`,
    ],
    perspective: (title) => ` Ouvir sua visão como ${title} me deu uma ideia clara da equipe.`,
    topic: [
      (f) => `Nossa conversa sobre ${f.topic} ficou comigo.`,
      (f) => `Valorizei muito o que você contou sobre ${f.topic}.`,
      (f) => `Falar sobre ${f.topic} foi um dos melhores momentos da entrevista.`,
      (f) => `Desde então continuo pensando em ${f.topic}.`,
      (f) => `A parte sobre ${f.topic} foi especialmente útil.`,
      (f) => `Gostei da nossa troca sobre ${f.topic}.`,
    ],
    middles: [
      () => "As prioridades da equipe combinam bem com a minha experiência, e tenho confiança de que posso contribuir desde o início.",
      () => "A conversa reforçou meu interesse pela vaga, e vejo com clareza onde minha trajetória ajudaria a equipe.",
      () => "A forma de trabalhar da equipe é exatamente o ambiente em que rendo melhor.",
      () => "Ela confirmou que estes são os desafios nos quais quero trabalhar a seguir.",
      () => "Saí da entrevista ainda mais animado com a vaga e com o que a equipe está construindo.",
      () => "Agora tenho uma ideia muito mais precisa da função e gostaria muito de contribuir com a minha experiência.",
    ],
    closings: [
      () => "Se eu puder enviar qualquer outra informação útil, é só me dizer. Fico no aguardo dos próximos passos.",
      () => "Se algo mais puder ajudar na decisão, envio com prazer. Obrigado novamente pelo seu tempo.",
      () => "Fico no aguardo do seu retorno.",
      () => "Obrigado novamente, e espero continuarmos a conversa em breve.",
      () => "Fico à disposição para qualquer outra pergunta.",
      () => "Seria um prazer continuar conversando sobre a vaga.",
    ],
    late: () => "Peço desculpas pela demora em escrever.",
    promised: (what) => `Conforme combinado, segue em anexo ${what}.`,
  },
  recruiterThanks: [
    (f) => `Obrigado por organizar minha entrevista para ${f.roleAt} e por toda a coordenação. A entrevista confirmou meu interesse pela vaga.`,
    () => "Se precisar de mais alguma coisa da minha parte, é só me avisar. Fico no aguardo das novidades.",
  ],
  inquiry1: [
    (f) => `Espero que esteja tudo bem. Escrevo para acompanhar minha entrevista de ${f.date} para ${f.roleAt}.`,
    () => "Continuo muito interessado na vaga e no trabalho da equipe. Você poderia me informar o cronograma dos próximos passos?",
    () => "Fico à disposição para o que for preciso. Obrigado pelo seu tempo.",
  ],
  inquiry2: [
    (f) => `Espero que sua semana esteja indo bem. Escrevo mais uma vez sobre ${f.roleAt}, após nossa conversa de ${f.date}.`,
    () => "Entendo que essas decisões levam tempo, e meu interesse continua o mesmo. Agradeceria qualquer novidade sobre o processo.",
    () => "Obrigado novamente por considerar minha candidatura.",
  ],
  checkIns: {
    article: {
      subject: (f) => `Um artigo que pode interessar – ${f.seekerName}`,
      body: [
        (f) => `Não precisa responder. Encontrei este artigo e lembrei da nossa conversa sobre ${f.roleAt}: [link]`,
        () => "Pareceu útil para a equipe, por isso quis compartilhar. Continuo interessado na oportunidade e gostaria de manter contato.",
      ],
    },
    update: {
      subject: (f) => `Uma breve novidade desde a entrevista – ${f.seekerName}`,
      body: [
        () => "Não precisa responder. Desde a nossa conversa, tenho trabalhado em [no que você tem trabalhado], e isso me lembrou dos desafios da sua equipe.",
        (f) => `Quis compartilhar porque continuo muito interessado ${na(f)}. Espero que o trabalho esteja indo bem.`,
      ],
    },
    congrats: {
      subject: (f) => `Parabéns${f.company ? ` à equipe da ${f.company}` : ""} – ${f.seekerName}`,
      body: [
        () => "Não precisa responder. Vi a notícia sobre [a novidade] e quis dar os parabéns a você e à equipe.",
        (f) => `É ótimo ver avançar o trabalho de que falamos. Continuo interessado ${na(f)}.`,
      ],
    },
    advice: {
      subject: (f) => `Obrigado pelo conselho – ${f.seekerName}`,
      body: [
        (f) => `Não precisa responder. Queria agradecer novamente pelo conselho que você me deu na nossa conversa sobre ${f.noted ? f.topic : f.roleAt}.`,
        () => "Coloquei em prática e já me ajudou. Continuo interessado na oportunidade e espero manter contato.",
      ],
    },
  },
  rejection: [
    (f) => `Obrigado por me informar sobre a decisão a respeito ${da(f)}. Embora esteja decepcionado, valorizei muito a oportunidade de conhecer a equipe.`,
    () => "Se puder compartilhar algum retorno sobre minhas entrevistas, ele será muito valioso para a continuação da minha busca.",
    (f) => `Gostaria de manter contato e de ser considerado para futuras oportunidades${f.company ? ` na ${f.company}` : ""}. Obrigado novamente pelo seu tempo.`,
  ],
  offer: [
    (f) => `Muito obrigado pela proposta para ${f.roleAt}. Fiquei muito feliz e agradeço o tempo que todos dedicaram ao processo.`,
    () => "Você poderia enviar a proposta por escrito, com os detalhes de remuneração e benefícios? Também gostaria de confirmar a data em que vocês precisam da minha resposta.",
    () => "Vou analisá-la com atenção e retorno em breve.",
  ],
  moreInfo: [
    (f) => `Obrigado pela mensagem sobre ${f.roleAt}. Envio com prazer, em anexo, o que você pediu.`,
    () => "Se algo não estiver claro ou se precisar de mais informações, é só me avisar. Continuo muito interessado na vaga.",
  ],
  withdraw: [
    (f) => `Agradeço o tempo que você e a equipe me dedicaram durante o processo para ${f.roleAt}.`,
    () => "Depois de pensar com cuidado, decidi retirar minha candidatura. Não foi uma decisão fácil e ela se deve às minhas circunstâncias pessoais, não à equipe nem à vaga.",
    () => "Gostei muito das nossas conversas e gostaria de manter contato. Obrigado novamente pela consideração.",
  ],
  stayInTouch: [
    (f) => `Já se passaram alguns meses desde a nossa conversa sobre ${f.roleAt}, e eu queria retomar o contato.`,
    (f) => `Desde então tenho trabalhado em [no que você tem trabalhado] e continuo acompanhando com interesse o trabalho ${f.company ? `da ${f.company}` : "da sua equipe"}.`,
    () => "Se surgir uma vaga adequada ao meu perfil, ficarei feliz em saber. E se você conhecer outra equipe que procure alguém com a minha experiência, agradeceria muito uma indicação.",
  ],
  linkedIn: (first, f) => `Olá${first ? `, ${first}` : ""}. Obrigado pela conversa sobre ${f.roleAt}. Gostei muito e seria um prazer manter contato. ${f.seekerName}`,
  handwritten: (f) => `Obrigado mais uma vez pelo seu tempo e pela conversa sobre ${f.roleAt}. Foi um prazer conhecer você. ${f.seekerName}`,
  phoneScript: (f) => `Olá, aqui é ${f.seekerName}. Fiz uma entrevista em ${f.date} para ${f.roleAt} e queria saber se há novidades sobre a decisão. Continuo muito interessado. Quando posso ligar de novo, ou com quem devo falar? Muito obrigado.`,
  measure: "words",
};
