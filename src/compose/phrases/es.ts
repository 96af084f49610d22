/** Español: trato de usted, "Estimado/a" evitado (supone el género): "Buenos días, nombre:" y "Un saludo cordial". */
import type { Facts, Phrases } from "./types.ts";

const cuando = (f: Facts) => (f.format === "video" ? `en nuestra videollamada del ${f.day}` : f.format === "onsite" ? `durante mi visita del ${f.day}` : `el ${f.day}`);

export const es: Phrases = {
  lang: "es",
  placeholder: "[un tema que tratamos]",
  slots: ["[un tema que tratamos]", "[enlace]", "[en qué ha trabajado]", "[su noticia]", "[el documento prometido]"],
  greeting: (to, _formal, team) => (team || !to ? "Buenos días:" : `Buenos días, ${to.name}:`),
  signOff: (_formal, name) => `Un saludo cordial,\n${name}`,
  greetingPattern: /^(Buenos días[^\n]*|Hola[^\n]*|Estimad[oa][^\n]*):\n/,
  signOffPattern: /\n\n(Un saludo cordial|Saludos cordiales|Atentamente),\n\S/,
  roleAt: (role, company) => `${role ? `el puesto de ${role}` : "el puesto"}${company ? ` en ${company}` : ""}`,
  subjects: {
    thanks: (f) => `Gracias por la entrevista${f.role ? ` – ${f.role}` : ""} – ${f.seekerName}`,
    followUp: (f) => `Seguimiento de mi candidatura${f.role ? ` – ${f.role}` : ""} – ${f.seekerName}`,
    followUpAgain: (f) => `Consulta sobre los próximos pasos${f.role ? ` – ${f.role}` : ""} – ${f.seekerName}`,
    rejection: (f) => `RE: ${f.role ?? "Mi candidatura"} – gracias`,
    offer: (f) => `RE: Oferta – ${f.role ?? "puesto"} – ${f.seekerName}`,
    moreInfo: (f) => `RE: Documentación para ${f.role ?? "mi candidatura"} – ${f.seekerName}`,
    withdraw: (f) => `Retiro de mi candidatura${f.role ? ` – ${f.role}` : ""} – ${f.seekerName}`,
    stayInTouch: (f) => `Seguir en contacto – ${f.seekerName}`,
  },
  thanks: {
    openings: [
      (f) => `Le agradezco el tiempo que me dedicó ${cuando(f)} para hablar sobre ${f.roleAt}.`,
      (f) => `Aprecié mucho nuestra conversación ${cuando(f)} y la oportunidad de conocer mejor ${f.roleAt}.`,
      (f) => `Gracias por reunirse conmigo ${cuando(f)}. Me gustó mucho conocer más sobre ${f.roleAt}.`,
      (f) => `Fue un placer hablar con usted ${cuando(f)} sobre ${f.roleAt}.`,
      (f) => `Gracias de nuevo por su tiempo ${cuando(f)} y por explicarme ${f.roleAt}.`,
      (f) => `Quería agradecerle nuestra conversación ${cuando(f)} sobre ${f.roleAt}.`,
    ],
    perspective: (title) => ` Conocer su visión como ${title} me dio una idea clara del equipo.`,
    topic: [
      (f) => `Nuestra conversación sobre ${f.topic} me resultó especialmente interesante.`,
      (f) => `Valoré mucho lo que compartió sobre ${f.topic}.`,
      (f) => `Hablar de ${f.topic} fue uno de los mejores momentos de la entrevista.`,
      (f) => `Desde entonces he seguido pensando en ${f.topic}.`,
      (f) => `La parte sobre ${f.topic} me resultó especialmente útil.`,
      (f) => `Disfruté de nuestro intercambio sobre ${f.topic}.`,
    ],
    middles: [
      () => "Las prioridades del equipo encajan bien con mi experiencia, y estoy convencido de que podría aportar desde el primer día.",
      () => "La conversación reforzó mi interés en el puesto, y veo con claridad dónde mi trayectoria podría ayudar al equipo.",
      () => "La forma de trabajar del equipo es justo el entorno en el que doy lo mejor de mí.",
      () => "Me confirmó que estos son los retos en los que quiero trabajar a continuación.",
      () => "Salí de la entrevista aún más entusiasmado con el puesto y con lo que el equipo está construyendo.",
      () => "Ahora tengo una idea mucho más precisa del puesto y me encantaría aportar mi experiencia.",
    ],
    closings: [
      () => "Si puedo facilitarle cualquier otra información, no dude en decírmelo. Quedo a la espera de los próximos pasos.",
      () => "Si algo más pudiera ayudarle en su decisión, se lo enviaré con gusto. Gracias de nuevo por su tiempo.",
      () => "Quedo a la espera de sus noticias.",
      () => "Gracias de nuevo, y espero que podamos continuar la conversación pronto.",
      () => "Quedo a su disposición para cualquier otra pregunta.",
      () => "Me encantaría seguir conversando sobre el puesto.",
    ],
    late: () => "Le pido disculpas por no haberle escrito antes.",
    promised: (what) => `Como le prometí, le adjunto ${what}.`,
  },
  recruiterThanks: [
    (f) => `Le agradezco la organización de mi entrevista para ${f.roleAt} y lo bien coordinado que estuvo todo. La entrevista confirmó mi interés en el puesto.`,
    () => "Si necesita algo más de mi parte, no dude en decírmelo. Quedo a la espera de sus noticias cuando las haya.",
  ],
  inquiry1: [
    (f) => `Espero que se encuentre bien. Le escribo para hacer un seguimiento de mi entrevista del ${f.date} para ${f.roleAt}.`,
    () => "Sigo muy interesado en el puesto y en el trabajo del equipo. ¿Podría indicarme el calendario previsto para los próximos pasos?",
    () => "Quedo a su disposición para cualquier cosa que necesite. Gracias por su tiempo.",
  ],
  inquiry2: [
    (f) => `Espero que esté teniendo una buena semana. Le escribo una vez más sobre ${f.roleAt}, tras nuestra conversación del ${f.date}.`,
    () => "Entiendo que estas decisiones llevan tiempo, y mi interés sigue intacto. Le agradecería cualquier novedad sobre el proceso.",
    () => "Gracias de nuevo por tener en cuenta mi candidatura.",
  ],
  checkIns: {
    article: {
      subject: (f) => `Un artículo que puede interesarle – ${f.seekerName}`,
      body: [
        (f) => `No hace falta que responda. Encontré este artículo y me acordé de nuestra conversación sobre ${f.roleAt}: [enlace]`,
        () => "Me pareció útil para el equipo, así que quería compartirlo. Sigo interesado en la oportunidad y me encantaría mantener el contacto.",
      ],
    },
    update: {
      subject: (f) => `Una breve novedad desde la entrevista – ${f.seekerName}`,
      body: [
        () => "No hace falta que responda. Desde nuestra conversación he estado trabajando en [en qué ha trabajado], y me hizo pensar en los retos de su equipo.",
        (f) => `Quería compartirlo porque sigo muy interesado en ${f.roleAt}. Espero que todo vaya bien.`,
      ],
    },
    congrats: {
      subject: (f) => `Enhorabuena${f.company ? ` al equipo de ${f.company}` : ""} – ${f.seekerName}`,
      body: [
        () => "No hace falta que responda. Vi la noticia sobre [su noticia] y quería darles la enhorabuena a usted y al equipo.",
        (f) => `Me alegra ver avanzar el trabajo del que hablamos. Sigo interesado en ${f.roleAt}.`,
      ],
    },
    advice: {
      subject: (f) => `Gracias por su consejo – ${f.seekerName}`,
      body: [
        (f) => `No hace falta que responda. Quería agradecerle de nuevo el consejo que me dio en nuestra conversación sobre ${f.noted ? f.topic : f.roleAt}.`,
        () => "Lo he puesto en práctica y ya me ha sido útil. Sigo interesado en la oportunidad y espero que mantengamos el contacto.",
      ],
    },
  },
  rejection: [
    (f) => `Gracias por comunicarme su decisión sobre ${f.roleAt}. Aunque me decepciona, valoré mucho la oportunidad de conocer al equipo.`,
    () => "Si pudiera compartir algún comentario sobre mis entrevistas, me sería muy útil para seguir con mi búsqueda.",
    (f) => `Me encantaría mantener el contacto y ser tenido en cuenta para futuras vacantes${f.company ? ` en ${f.company}` : ""}. Gracias de nuevo por su tiempo.`,
  ],
  offer: [
    (f) => `Muchas gracias por la oferta para ${f.roleAt}. Estoy encantado y agradezco el tiempo que todos dedicaron al proceso.`,
    () => "¿Podría enviarme la oferta por escrito con el detalle de la retribución y los beneficios? También me gustaría confirmar la fecha en la que necesitan mi respuesta.",
    () => "La revisaré con atención y le responderé en breve.",
  ],
  moreInfo: [
    (f) => `Gracias por su mensaje sobre ${f.roleAt}. Le adjunto con gusto la información que me pidió.`,
    () => "Si algo no queda claro o necesita más información, no dude en decírmelo. Sigo muy interesado en el puesto.",
  ],
  withdraw: [
    (f) => `Le agradezco el tiempo que usted y el equipo me han dedicado durante el proceso para ${f.roleAt}.`,
    () => "Tras pensarlo detenidamente, he decidido retirar mi candidatura. No ha sido una decisión fácil y responde a mis circunstancias personales, no al equipo ni al puesto.",
    () => "He valorado mucho nuestras conversaciones y me encantaría mantener el contacto. Gracias de nuevo por su consideración.",
  ],
  stayInTouch: [
    (f) => `Han pasado unos meses desde nuestra conversación sobre ${f.roleAt} y quería saludarle.`,
    (f) => `Desde entonces he trabajado en [en qué ha trabajado] y sigo con interés el trabajo de ${f.company ?? "su equipo"}.`,
    () => "Si se abre un puesto que encaje con mi perfil, me encantaría saberlo. Y si conoce otro equipo que busque a alguien con mi experiencia, le agradecería mucho una recomendación.",
  ],
  linkedIn: (first, f) => `Hola${first ? `, ${first}` : ""}. Gracias por la conversación sobre ${f.roleAt}. La disfruté mucho y me encantaría mantener el contacto. ${f.seekerName}`,
  handwritten: (f) => `Gracias de nuevo por su tiempo y por la conversación sobre ${f.roleAt}. Fue un placer conocerle. ${f.seekerName}`,
  phoneScript: (f) => `Buenos días, soy ${f.seekerName}. Tuve una entrevista el ${f.date} para ${f.roleAt} y quería saber si hay novedades sobre la decisión. Sigo muy interesado. ¿Cuándo podría llamar de nuevo, o con quién debería hablar? Muchas gracias.`,
  measure: "words",
};
