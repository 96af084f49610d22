/** What extraction produces. Pure data: safe to store, compare and print. */

export type Person = {
  name: string;
  email: string | null;
  title: string | null;
};

export type InterviewKind = "interview" | "reschedule" | "cancellation" | "not_interview";

/** Fields the reply can ask the seeker to supply. */
export type MissingField = "start" | "company" | "role" | "interviewers" | "time_zone";

export type Extraction = {
  kind: InterviewKind;
  /** The mail's language (extract/language.ts): the drafts are written in it where we write it. */
  language?: string;
  company: string | null;
  role: string | null;
  /** Interview start and end as ISO-8601 UTC instants. */
  start: string | null;
  end: string | null;
  /** IANA zone the mail wrote its times in; null when only an offset (or nothing) was given. */
  timeZone: string | null;
  /** True when the mail gave no zone at all and the seeker's zone was assumed. */
  zoneAssumed: boolean;
  interviewers: Person[];
  contacts: Person[];
  /** The hiring team's shared mailbox the mail gave (talent@, careers@), read only when no contact is named: inquiries go there. */
  teamMailbox: string | null;
  meetingUrl: string | null;
  /** Invite identity, so a reschedule or cancellation finds the interview it changes. */
  inviteUid: string | null;
  /** Decision date or timeline the company stated, as written ("within two weeks"). */
  timeline: string | null;
  /** Why the mail is not an interview, when it is not. */
  notInterviewReason:
    | "rejection" | "offer" | "out_of_office" | "application_received" | "newsletter" | "times_proposed" | "no_time"
    /** A test to take alone by a deadline (an online assessment, a take-home). */
    | "assessment"
    /** Dated, but nothing says it is a job interview (a dentist, a webinar, a community call). */
    | "not_about_interview"
    | null;
  /** For an out-of-office reply: when the person is back (ISO), if it says. */
  returnsOn: string | null;
  original: { from: string | null; fromName: string | null; subject: string | null; date: string | null };
  missing: MissingField[];
  /** Things the seeker should double-check (weekday contradicts date, zone assumed...). */
  warnings: string[];
  /** How sure each field read is: an unsure one is put to the seeker as a question, not stated as fact. */
  confidence: Record<ReadField, Confidence>;
};

/** Fields the reply states and may ask the seeker to confirm. */
export type ReadField = "start" | "company" | "role" | "interviewers";
/** "unsure": read, but from thin evidence (one title word, a lone sentence, no zone); "absent": not read. */
export type Confidence = "sure" | "unsure" | "absent";

export type ExtractOptions = {
  /** The instant the mail was received; relative dates fall back to it. */
  now: Date;
  /** Who forwarded the mail; defaults to the outer From. Never an interviewer. */
  seeker?: { email: string; name: string | null };
  /** Zone used when the mail names none. */
  seekerTimeZone: string;
  /** Details the seeker typed themselves; they win over what the mail says. */
  corrections?: import("./corrections.ts").Corrections;
  /** The assistant's own address: never an interviewer. */
  assistantAddress?: string;
  /** The seeker's own words above the forward: "Interview with a startup next week" is evidence too. */
  note?: string;
};
