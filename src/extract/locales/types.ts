/**
 * A language's vocabulary, as data. Every word list the extractors match lives in
 * `locales/<lang>/constants.ts`; the engines in `extract/` build their patterns from the union.
 * A mail's language is never configured: the words of every locale are tried.
 */
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
};
