/**
 * A language's vocabulary, as data. Every word list the extractors match lives in
 * `locales/<lang>/constants.ts`; the engines in `extract/` build their patterns from the union.
 * A mail's language is never configured: the words of every locale are tried.
 */
/** What the words around a time say of it (rules/times.ts). */
export type TimeCue = "old" | "new" | "arrival" | "end_label" | "until" | "moved";

/** What a mail's phrases say it is (kind.ts). */
export type KindCue = "rejection" | "offer" | "cancellation" | "reschedule";

export type HeaderKey = "from" | "sent" | "date" | "to" | "cc" | "bcc" | "subject" | "when" | "where" | "reply-to";

export type Locale = {
  lang: string;
  /** The labels a mail client writes in a forwarded header block ("From:", "Von:", "发件人："). */
  headerLabels: Partial<Record<HeaderKey, string[]>>;
  /** The separator line of a forward, without its dashes ("Forwarded message", "Begin forwarded message"). */
  forwardMarkers?: string[];
  /** The separator of a quoted original, which a forward or a reply may write ("Original Message"). */
  originalMarkers?: string[];
  /** Words that say a mail is about a job interview (stems, lower case): "interview", "entretien". */
  interviewWords?: string[];
  /** Words of hiring around an interview that names itself otherwise ("recruiter", "your application", "the role"). */
  recruitingWords?: string[];
  /** Dated events that are not job interviews, as their titles name them ("webinar", "open house", "dentist"). */
  otherEvents?: string[];
  /** Month and weekday names, lower case, the twelve months in order: they tell the mail's language (CJK is told by
   * its script) and read a client's date line; a variant spelling ("jänner") goes with the common words. */
  months?: string[];
  weekdays?: string[];
  /** Words after a number that make a length ("45 Minuten", "1 heure", "30分"). */
  durationUnits?: { minute: string[]; hour: string[] };
  /** Labels and lead-ins before the people the seeker meets ("Interviewer:", "Ihre Gesprächspartnerin ist"). */
  interviewerLabels?: string[];
  /** The language's most common short words, lower case: with month and weekday names they tell the language. */
  commonWords?: string[];
  /** Lengths written in words, lower case ("eine Stunde", "media hora"), in minutes. */
  durationPhrases?: Record<string, number>;
  /** Zones named in words, lower case ("heure de Paris", "horário de Brasília", "北京时间"), to IANA. */
  zoneNames?: Record<string, string>;
  /** Possessives that may open a label line ("Ihre Gesprächspartner:", "Vos interlocuteurs :", "Tus entrevistadores:"). */
  labelPossessives?: string[];
  /** Honorifics and academic titles written before a name, without their dot; never part of it. */
  honorifics?: string[];
  /** Capitalised words of job titles, lower case ("Gerente", "Leiterin"): never part of a person's name. */
  titleWords?: string[];
  /** "la vacante de <role> en <company>": the words before a role, and those between it and the company; a sentence that uses them. */
  /** Words before an hour written "15h"/"15h30" ("às 15h", "à 14h30"); a bare "24h" is a length, not a time. */
  hourLeadIns?: string[];
  /**
   * Words around a time that say what it is, lower case; a trailing "*" is a stem. `old`: a slot that no longer
   * holds ("originally", "ursprünglich"); `new`: words after an old one that name the new ("new time", "nouvel
   * horaire"); `arrival`: a time to arrive before the interview; `end_label`: a label whose time is the end ("End:");
   * `until`: words right before a time that make it the end; `moved`: a change from one time to another.
   */
  timeCues?: Partial<Record<TimeCue, string[]>>;
  /**
   * Phrases, lower case (stems end anywhere), that say what a mail is: a `rejection` ("pas été retenue"), an
   * `offer`, a `cancellation` (past participles: "abgesagt", not "absagen", which a confirmation's "if you must
   * cancel" uses) or a `reschedule` ("verschoben"). English reads these with kind.ts's own patterns.
   */
  kindCues?: Partial<Record<KindCue, string[]>>;
  roleAt?: { before: string[]; at: string[]; example: { text: string; role: string; company: string } };
};
