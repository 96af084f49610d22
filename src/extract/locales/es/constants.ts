import type { Locale } from "../types.ts";

export const es: Locale = {
  lang: "es",
  headerLabels: { from: ["De"], sent: ["Enviado", "Enviado el"], date: ["Fecha"], to: ["Para"], cc: ["CC"], subject: ["Asunto"], when: ["Cuándo"], where: ["Dónde", "Ubicación"] },
  forwardMarkers: ["Mensaje reenviado", "Comienzo del mensaje reenviado", "Inicio del mensaje reenviado"],
  originalMarkers: ["Mensaje original"],
  interviewWords: ["entrevista"],
  recruitingWords: ["candidatura", "candidato", "candidata", "reclut", "selección", "vacante", "puesto"],
  otherEvents: ["seminario web", "jornada de puertas abiertas", "feria de empleo", "taller", "dentista"],
};
