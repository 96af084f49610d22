/**
 * Who is who in a confirmation: the interviewers the seeker meets, and the
 * recruiters or coordinators who only arrange it. Prose, the invite's guest
 * list, the sender and their signature each say part of it; the seeker and
 * the assistant are never either.
 */
import type { OriginalMail } from "./forward.ts";
import type { Invite } from "./ics.ts";
import { flatten, fold, isRecruitingTitle, isTeamName, looksLikeName, NAME_SOURCE, NOT_NAME, parseEntry, mergePeople } from "./people.ts";
import { runRecordRules, type Source } from "./rules/engine.ts";
import { LISTED_WEIGHT, PEOPLE_RULES, type PeopleContext, triggeredLists } from "./rules/people.ts";
import type { Person } from "./types.ts";
import { allMatches, warmable } from "./patterns.ts";

export type Signature = { title: string | null; company: string | null; email: string | null };

export type Sender = {
  person: OriginalMail["from"];
  /** A no-reply or ATS address: its name may still be a person's ("Rachel via Greenhouse"). */
  isRobot: boolean;
  /** The sender's name reads as a person's. */
  isPerson: boolean;
  signature: Signature | null;
};

/** Recognises the seeker and the assistant by address or by (folded) name. */
export function seekerTest(seeker: { email: string; name: string | null }, assistantAddress?: string): (p: Person) => boolean {
  const emails = new Set([seeker.email.toLowerCase(), ...(assistantAddress ? [assistantAddress.toLowerCase()] : [])]);
  const name = seeker.name ? fold(seeker.name) : null;
  return (p) => (!!p.email && emails.has(p.email)) || (!!name && fold(p.name) === name);
}

const SPEAKS_WITH = /\b(I|I'd|I'll|I will|I would|we'll)\b[^.]{0,60}\b(chat|talk|meet|speak|conversation|dig in)/i;

function invitePeople(invite: Invite, prose: Person[], isSeeker: (p: Person) => boolean): { interviewers: Person[]; organizer: Person | null } {
  const org = invite.organizer;
  const organizer: Person | null =
    org?.email && !isSeeker({ name: org.name ?? "", email: org.email, title: null })
      ? { name: org.name ?? prose.find((p) => p.email === org.email)?.name ?? org.email, email: org.email, title: null }
      : null;
  const attendees = invite.attendees.filter(
    (a) =>
      !/^(room|resource)$/i.test(a.cutype ?? "") &&
      a.role?.toUpperCase() !== "NON-PARTICIPANT" &&
      !(a.email && organizer?.email === a.email) &&
      !isSeeker({ name: a.name ?? "", email: a.email, title: null }),
  );
  const byEmail = (email: string | null) => prose.find((p) => p.email && p.email === email);
  const interviewers = attendees
    .map((a) => {
      const known = byEmail(a.email) ?? (a.name ? prose.find((p) => fold(p.name) === fold(a.name!)) : undefined);
      const name = a.name ?? known?.name ?? null;
      return name ? { name: known?.name ?? name, email: a.email, title: known?.title ?? null } : null;
    })
    .filter((p): p is Person => p !== null);
  return { interviewers, organizer };
}

/** `flat` is the body as flatten() gives it (the caller has it for companyAndRole too). */
const MAX_FULL_NAME_CHARS = 60;
/** The body and quoted thread searched for a first name's full form: a thread's first mails name people. */
const MAX_NAME_SEARCH_CHARS = 20_000;

/** A capitalised word and one or two more after it: a full name's shape, found once for every first name asked. */
const NAME_PAIR = /(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]+)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/gu;

/** Each first name's first full form in the text (folded first name → full name), from one scan of it. */
function fullNamesIn(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of allMatches(NAME_PAIR, text.slice(0, MAX_NAME_SEARCH_CHARS))) {
    const key = fold(m[1]!);
    const name = `${m[1]} ${m[2]}`;
    if (out.has(key) || name.length > MAX_FULL_NAME_CHARS || !looksLikeName(name)) continue;
    const parsed = parseEntry(name)[0]?.name;
    if (parsed) out.set(key, parsed);
  }
  return out;
}

/** One split of each text into lines, for every structural rule that reads them. */
function peopleContext(): PeopleContext {
  let text: string | null = null;
  let lines: string[] = [];
  return { lines: (t) => (t === text ? lines : ((text = t), (lines = t.split("\n")))) };
}

export type ProsePeople = {
  /** Everyone the rules read as an interviewer, merged by name, labelled people first. */
  people: Person[];
  /** Folded names a label, a table or an itinerary names: surer than a sentence. */
  listed: Set<string>;
  contacts: Person[];
  /** The first host a pasted Zoom invitation names. */
  host: string | null;
};

/** Every people rule on a text as written and as sentences (`flat`: flatten(text)); the votes, resolved. */
export function readPeople(text: string, flat = flatten(text), from: "body" | "invite" = "body"): ProsePeople {
  const texts = [
    { source: `${from}_lines` as Source, text },
    { source: from as Source, text: flat },
  ];
  const votes = runRecordRules(PEOPLE_RULES, texts, peopleContext());
  const of = (field: string) => votes.filter((v) => v.field === field);
  const interviewers = of("interviewer");
  return {
    people: mergePeople(interviewers.map((v) => v.value)),
    listed: new Set(interviewers.filter((v) => v.weight >= LISTED_WEIGHT).map((v) => fold(v.value.name))),
    contacts: of("contact").map((v) => v.value),
    host: of("host")[0]?.value.name ?? null,
  };
}

/** The interviewers prose names (tests and the diff tool read people through this). */
export const prosePeople = (text: string): Person[] => readPeople(text).people;
/** The recruiters and coordinators prose names. */
export const namedContacts = (text: string): Person[] => readPeople(text).contacts;

/** "with Piotr and Camila", "with Ana, Bo & Cy": first names after "with" (the caller matches them to To/Cc). */
const WITH_FIRST_NAMES = /\bwith\s+(\p{Lu}\p{Ll}+(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)\p{Lu}\p{Ll}+){0,5})(?![\p{L}])/gu;
const CAPITALISED_WORD = /(?<![\p{L}.])(\p{Lu}\p{Ll}+)(?![\p{L}])/gu;

/** First names alone after "with" and in lists of people, folded: the To/Cc lines complete them. */
export function listedFirstNames(flat: string): Set<string> {
  const out = new Set<string>();
  const lists = [...triggeredLists(flat), ...allMatches(WITH_FIRST_NAMES, flat).map((m) => m[1]!)];
  for (const list of lists) {
    for (const m of allMatches(CAPITALISED_WORD, list)) if (!NOT_NAME.has(m[1]!.toLowerCase())) out.add(fold(m[1]!));
  }
  return out;
}

const BETWEEN = new RegExp(String.raw`\bbetween\s+(${NAME_SOURCE})\s+and\s+(${NAME_SOURCE})\s*$`, "u");

export type Cast = {
  interviewers: Person[];
  contacts: Person[];
  /** Every interviewer was named where names are given (a guest list, a label, an itinerary) or with an address. */
  sure: boolean;
};

export function castOf(original: OriginalMail, flat: string, invite: Invite | null, sender: Sender, isSeeker: (p: Person) => boolean): Cast {
  const body = original.body;
  const from = sender.person;
  const signature = sender.signature;
  // People named in prose, from the mail and the invite's description.
  const read = readPeople(body, flat);
  let prose = mergePeople([...read.people, ...(invite?.description ? readPeople(invite.description, undefined, "invite").people : [])]);
  // A pasted Zoom invitation's host scheduled the call: the sender who hosts it is its recruiter when the mail
  // names whom the seeker meets ("You'll be speaking with our CTO, Oksana …"), and its interviewer only otherwise.
  const host = read.host;
  const senderHosts = !!host && host === from?.name;
  if (host && !(senderHosts && prose.length > 0)) {
    prose = mergePeople([...prose, { name: host, email: senderHosts ? from!.email : null, title: senderHosts ? signature?.title ?? null : null }]);
  }
  // Emails given on To/Cc lines complete the people the prose names.
  const addressed = [...original.cc, ...original.to, ...(original.replyTo ?? [])].filter((a) => a.name).map((a) => ({ key: fold(a.name!), name: a.name!, email: a.email }));
  if (addressed.length) for (const p of prose) p.email ??= addressed.find((a) => a.key === fold(p.name))?.email ?? null;
  // "with Piotr and Camila (both cc'd)": a first name alone is the copied person whose name starts with it.
  // Read only when asked for: a scan of the whole body that most mail never needs.
  let firstNames: Set<string> | undefined;
  const firsts = () => (firstNames ??= listedFirstNames(flat));
  if (addressed.length) {
    for (const a of addressed) {
      const first = a.key.split(" ")[0]!;
      const person = { name: a.name, email: a.email, title: null };
      if (firsts().has(first) && a.key.includes(" ") && !isSeeker(person) && a.email !== from?.email && !prose.some((p) => fold(p.name).split(" ")[0] === first)) {
        prose = mergePeople([...prose, person]);
      }
    }
  }

  let interviewers: Person[];
  const contacts: Person[] = [...read.contacts];
  const guests = new Set<string>();
  if (invite && invite.attendees.length > 0) {
    const fromInvite = invitePeople(invite, prose, isSeeker);
    for (const p of fromInvite.interviewers) guests.add(fold(p.name));
    interviewers = fromInvite.interviewers;
    // Where the mail names who the seeker meets ("Who: A and B"), the invite's guests it names are the panel and
    // its organizer too when named; an agency recruiter who forwards the client's invite is a guest, not one.
    const named = (p: Person) => prose.some((q) => (p.email && q.email === p.email) || fold(q.name) === fold(p.name));
    const organizerNamed = !!fromInvite.organizer && named(fromInvite.organizer);
    if (prose.length > 0 && organizerNamed) {
      const senderGuest = (p: Person) => !!from?.email && p.email === from.email && !named(p);
      interviewers = [fromInvite.organizer!, ...interviewers.filter((p) => !senderGuest(p))];
    } else if (interviewers.length === 0 && fromInvite.organizer && !isTeamName(fromInvite.organizer.name)) interviewers = [fromInvite.organizer];
    // An invite from a team mailbox with the seeker its only guest: the mail names the panel.
    else if (interviewers.length === 0) interviewers = prose;
    else if (fromInvite.organizer) contacts.push({ ...fromInvite.organizer, title: signature?.title ?? null });
    // Titles from prose
    for (const i of interviewers) i.title ??= prose.find((p) => fold(p.name) === fold(i.name))?.title ?? null;
  } else {
    interviewers = prose;
  }
  // A robot address counts as a person only with a signed title under the name (not "Copperleaf Insurance");
  // a team mailbox ("Trinity Ridge Talent Acquisition") is no person at any address.
  if (from?.name && sender.isPerson && (!sender.isRobot || signature?.title)) {
    const senderPerson: Person = { name: from.name, email: sender.isRobot ? signature?.email ?? null : from.email, title: signature?.title ?? null };
    if (!isRecruitingTitle(senderPerson.title) && signature?.title && SPEAKS_WITH.test(body)) {
      interviewers = mergePeople([senderPerson, ...interviewers]);
    } else if (!interviewers.some((i) => fold(i.name) === fold(from.name!))) {
      contacts.push(senderPerson);
    }
  }
  // A recruiter signed without an address is often on the Cc line: "Cc: Jessamyn Reyes-Hartley <jessamyn@…>".
  if (addressed.length) for (const c of contacts) c.email ??= addressed.find((a) => a.key === fold(c.name))?.email ?? null;
  // "same 45 minutes with Rajesh": a first name the thread names in full ("interview with Rajesh Venkataraman").
  // Read only when a first name needs it: most mail names its people in full.
  let fullNames: Map<string, string> | undefined;
  const fullName = (first: string) => (fullNames ??= fullNamesIn(`${body}\n${original.history ?? ""}`)).get(fold(first));
  if (interviewers.length === 0 && original.history) {
    for (const first of firsts()) {
      const full = fullName(first);
      if (full && !isSeeker({ name: full, email: null, title: null }) && full !== from?.name) interviewers.push({ name: full, email: null, title: null });
    }
  }
  // "Marisa can do Friday": the thread quoted below names her in full ("Marisa Quintero (our firmware lead)").
  for (const p of interviewers) if (!p.name.includes(" ")) p.name = fullName(p.name) ?? p.name;
  // A booking's title names its two sides: "30 Minute Interview between Philippa Armitage and Yusuf Karaca".
  if (interviewers.length === 0) {
    // The word first: the pattern holds two names and costs milliseconds to compile on its first use.
    const between = [original.subject, invite?.summary].map((t) => (t && /\bbetween\b/i.test(t) ? BETWEEN.exec(t) : null)).find(Boolean);
    const hosts = between ? [between[1]!, between[2]!].map((name) => ({ name, email: addressed.find((a) => a.key === fold(name))?.email ?? null, title: null })) : [];
    if (hosts.some(isSeeker)) interviewers = hosts.filter((p) => !isSeeker(p));
  }
  const contactKeys = new Set(contacts.map((c) => fold(c.name)));
  interviewers = mergePeople(interviewers).filter((p) => !isSeeker(p) && !contactKeys.has(fold(p.name)));
  const interviewerKeys = new Set(interviewers.map((i) => fold(i.name)));
  const sure = interviewers.length > 0 && interviewers.every((p) => !!p.email || guests.has(fold(p.name)) || read.listed.has(fold(p.name)));
  return { interviewers, contacts: mergePeople(contacts).filter((c) => !isSeeker(c) && !interviewerKeys.has(fold(c.name))), sure };
}

// Compiled at start-up (patterns.ts): a first mail that needs one of these does not pay for it.
warmable(SPEAKS_WITH, NAME_PAIR, BETWEEN, WITH_FIRST_NAMES, CAPITALISED_WORD);
