import type { Locale } from "../types.ts";

export const es: Locale = {
  lang: "es",
  headerLabels: { from: ["De"], sent: ["Enviado", "Enviado el"], date: ["Fecha"], to: ["Para"], cc: ["CC"], subject: ["Asunto"], when: ["Cuándo"], where: ["Dónde", "Ubicación"] },
  forwardMarkers: ["Mensaje reenviado", "Comienzo del mensaje reenviado", "Inicio del mensaje reenviado"],
  originalMarkers: ["Mensaje original"],
  interviewWords: ["entrevista"],
  recruitingWords: ["candidatura", "candidato", "candidata", "reclut", "selección", "vacante", "puesto"],
  otherEvents: ["seminario web", "jornada de puertas abiertas", "feria de empleo", "taller", "dentista"],
  months: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
  weekdays: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
  durationUnits: { minute: ["minutos", "minuto", "min"], hour: ["horas", "hora"] },
  interviewerLabels: ["Entrevistador", "Entrevistadora", "Entrevistadores", "Te entrevistará", "Le entrevistará", "Con", "Participantes", "se realizará con", "tendrá lugar con", "se llevará a cabo con", "conocerás a"],
  labelPossessives: ["tus", "tu", "sus", "su"],
  commonWords: ["setiembre", "el", "los", "las", "usted", "con", "para", "su", "nos", "del", "una", "le", "te"],
  durationPhrases: { "media hora": 30, "una hora y media": 90, "una hora": 60, "dos horas": 120 },
  zoneNames: { "hora del centro de méxico": "America/Mexico_City", "hora de la ciudad de méxico": "America/Mexico_City", "hora de ciudad de méxico": "America/Mexico_City", "hora del centro": "America/Mexico_City", "hora de méxico": "America/Mexico_City", "hora de madrid": "Europe/Madrid", "hora peninsular": "Europe/Madrid", "hora de españa": "Europe/Madrid", "hora de bogotá": "America/Bogota", "hora de colombia": "America/Bogota", "hora de argentina": "America/Argentina/Buenos_Aires", "hora de chile": "America/Santiago", "hora de lima": "America/Lima" },
  honorifics: ["Sr", "Sra", "Srta", "Lic", "Ing", "Dr", "Dra", "Mtro", "Mtra", "D", "Dña"],
  titleWords: ["gerente", "director", "directora", "jefe", "jefa", "analista", "ingeniero", "ingeniera", "reclutador", "reclutadora", "líder", "coordinador", "coordinadora", "responsable", "desarrollador", "desarrolladora", "comercial", "analítica"],
  roleAt: { before: ["la vacante de", "el puesto de", "la posición de", "el cargo de"], at: ["aquí en", "en", "dentro de"], example: { text: "Le invitamos a una entrevista para la vacante de Analista de Riesgos en Grupo Norte el jueves.", role: "Analista de Riesgos", company: "Grupo Norte" } },
  // Before an hour written "15h" or "15h30": read as 15:00 and 15:30 ("24h de antecedência" has none).
  hourLeadIns: ["a las", "a la", "las", "de", "desde", "hasta"],
  // What the words around a time say of it: an old slot, the new one, an arrival before it, its end (rules/times.ts).
  timeCues: { old: ["originalmente", "inicialmente", "anteriormente", "en lugar de", "en vez de", "cancelada", "cancelado", "ya no", "disponible", "disponibilidad"], new: ["nueva fecha", "nuevo horario", "nueva hora", "reprogramada para", "reprogramado para", "ahora el", "ahora a las"], arrival: ["llegada", "llegar", "recepción"], end_label: ["fin"], until: ["hasta", "hasta las"], moved: ["reprogramad*", "cambiad*", "movid*", "trasladad*"] },
  // Phrases that make a mail a rejection, an offer, a cancellation or a reschedule (kind.ts; English has its own patterns).
  kindCues: { rejection: ["no ha sido seleccionad", "no has sido seleccionad", "no continuar con tu candidatura", "no continuar con su candidatura", "otros candidatos", "otro candidato", "otra candidata"], offer: ["carta oferta", "carta de oferta", "oferta formal", "propuesta de contratación"], cancellation: ["cancelada", "cancelado", "no se llevará a cabo"], reschedule: ["reprogramad", "nueva fecha", "nuevo horario", "cambio de horario", "cambio de fecha", "invitación actualizada"] },
};
