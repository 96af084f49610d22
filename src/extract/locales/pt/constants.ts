import type { Locale } from "../types.ts";

export const pt: Locale = {
  lang: "pt",
  headerLabels: { from: ["De"], sent: ["Enviado", "Enviada"], date: ["Data"], to: ["Para"], cc: ["Cc"], subject: ["Assunto"], when: ["Quando"], where: ["Onde", "Local"] },
  forwardMarkers: ["Mensagem encaminhada", "Início da mensagem reencaminhada", "Início da mensagem encaminhada", "Mensagem reencaminhada"],
  originalMarkers: ["Mensagem original"],
  interviewWords: ["entrevista"],
  recruitingWords: ["candidatura", "candidato", "candidata", "recrut", "vaga", "processo seletivo"],
  otherEvents: ["webinar", "feira de emprego", "oficina", "dentista"],
  months: ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
  weekdays: ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
  durationUnits: { minute: ["minutos", "minuto", "min"], hour: ["horas", "hora"] },
  interviewerLabels: ["Entrevistador", "Entrevistadora", "Entrevistadores", "Com", "Participantes", "será realizada com", "será realizado com", "acontecerá com", "conversará com"],
  labelPossessives: ["seus", "seu", "suas", "sua", "os seus", "o seu"],
  commonWords: ["os", "você", "com", "para", "seu", "sua", "não", "do", "da", "uma", "são", "está"],
  durationPhrases: { "meia hora": 30, "uma hora e meia": 90, "uma hora": 60, "duas horas": 120 },
  zoneNames: { "horário de brasília": "America/Sao_Paulo", "hora de brasília": "America/Sao_Paulo", "horário de são paulo": "America/Sao_Paulo", "hora de lisboa": "Europe/Lisbon", "horário de lisboa": "Europe/Lisbon", "hora de portugal": "Europe/Lisbon" },
  honorifics: ["Sr", "Sra", "Dr", "Dra", "Eng", "Prof"],
  titleWords: ["gerente", "diretor", "diretora", "coordenador", "coordenadora", "analista", "engenheiro", "engenheira", "recrutador", "recrutadora", "líder", "desenvolvedor", "desenvolvedora"],
  roleAt: { before: ["a vaga de", "o cargo de", "a posição de"], at: ["aqui na", "aqui no", "aqui em", "na", "no", "em"], example: { text: "Gostaríamos de convidá-lo para uma entrevista para a vaga de Desenvolvedor Backend aqui na Ipê Tecnologia.", role: "Desenvolvedor Backend", company: "Ipê Tecnologia" } },
  // Before an hour written "15h" or "15h30": read as 15:00 and 15:30 ("24h de antecedência" has none).
  hourLeadIns: ["às", "as", "das", "de", "até", "a partir das"],
  // What the words around a time say of it: an old slot, the new one, an arrival before it, its end (rules/times.ts).
  timeCues: { old: ["originalmente", "inicialmente", "anteriormente", "em vez de", "ao invés de", "cancelada", "cancelado", "não é mais", "disponível", "disponibilidade"], new: ["nova data", "novo horário", "reagendada para", "reagendado para", "remarcada para", "remarcado para", "agora às"], arrival: ["chegada", "chegar", "recepção"], end_label: ["fim", "término"], until: ["até", "até às"], moved: ["reagendad*", "remarcad*", "alterad*", "mudad*"] },
  // Phrases that make a mail a rejection, an offer, a cancellation or a reschedule (kind.ts; English has its own patterns).
  kindCues: { rejection: ["não foi selecionad", "outros candidatos", "outro candidato", "outra candidata", "não seguir com", "não dar continuidade", "não avançar com"], offer: ["carta oferta", "carta de oferta", "proposta formal", "proposta de emprego", "proposta de contratação"], cancellation: ["cancelada", "cancelado", "não vai acontecer"], reschedule: ["reagendad", "remarcad", "nova data", "novo horário", "convite atualizado"] },
};
