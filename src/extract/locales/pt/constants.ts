import type { Locale } from "../types.ts";

export const pt: Locale = {
  lang: "pt",
  headerLabels: { from: ["De"], sent: ["Enviado", "Enviada"], date: ["Data"], to: ["Para"], cc: ["Cc"], subject: ["Assunto"], when: ["Quando"], where: ["Onde", "Local"] },
  forwardMarkers: ["Mensagem encaminhada", "Início da mensagem reencaminhada", "Início da mensagem encaminhada", "Mensagem reencaminhada"],
  originalMarkers: ["Mensagem original"],
  interviewWords: ["entrevista"],
  recruitingWords: ["candidatura", "candidato", "candidata", "recrut", "vaga", "processo seletivo"],
  otherEvents: ["webinar", "feira de emprego", "oficina", "dentista"],
};
