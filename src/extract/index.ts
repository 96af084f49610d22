/**
 * Raw MIME → Extraction. Pure: `now` and the seeker's settings come in as
 * options; nothing here reads env, KV or the clock.
 */
import { fold, isRecruitingTitle, looksLikeName, mergePeople, namedContacts, prosePeople, signatureOf, zoomHost } from "./people.ts";
import { isRobotAddress } from "./address.ts";
import { companyAndRole } from "./company.ts";
import { readCorrections, seekerNote } from "./corrections.ts";
import { bodyText, unwrap, type OriginalMail } from "./forward.ts";
import { type Invite, readInvite } from "./ics.ts";
import { classify, looksLikeInterview, mentionsCancellation } from "./kind.ts";
import { meetingUrlFrom, urlsIn } from "./links.ts";
import type { Extraction, ExtractOptions, MissingField, Person } from "./types.ts";
import { floating, toInstant, wallClockOf } from "../time/wallclock.ts";
import { findWhen, MONTH_FIRST, readDateLine } from "./when.ts";
import { findZones } from "./zones.ts";

export type { Extraction, ExtractOptions, Person } from "./types.ts";

/** How far ahead an interview may be: a year and a bit covers graduate schemes booked early. */
const MAX_DAYS_AHEAD = 400;
/** How far before the original mail a time may lie and still be the interview (a forward sent late the same day). */
const PAST_TOLERANCE_MS = 12 * 3600_000;

const TIMELINE = /(?:get back to you|hear (?:back )?from us|be in touch|decision|update you|follow up with you|let you know|next steps)[^.\n]{0,60}?\b(by (?:the )?(?:end of (?:the )?(?:day|week|month)|(?:mon|tues|wednes|thurs|fri)day|[A-Z][a-z]+ \d{1,2})|within (?:\w+ )?(?:\d+|one|two|three|four|a|a few|a couple of) (?:business |working )?(?:days?|weeks?)|early next week|next week|end of (?:the )?(?:week|month))/i;

const BACK_ON = /\b(?:return(?:ing)?|back(?: in the office)?|be back|returning to the office)\b(?:\s+(?:on|from|by))?\s+([^\n.]{3,50})/i;

/** "I will be back on Monday, December 14": the day, as the start of that day in the seeker's zone. */
function returnDate(body: string, reference: import("../time/wallclock.ts").WallClock, zone: string): string | null {
  const phrase = BACK_ON.exec(body)?.[1];
  if (!phrase) return null;
  const r = MONTH_FIRST.parse(phrase, { instant: floating(reference), timezone: 0 }, { forwardDate: true })[0];
  if (!r || !(r.start.isCertain("day") || r.start.isCertain("weekday"))) return null;
  return toInstant({ year: r.start.get("year")!, month: r.start.get("month")!, day: r.start.get("day")!, hour: 0, minute: 0 }, { iana: zone }).toISOString();
}

function referenceOf(original: OriginalMail, opts: ExtractOptions) {
  const line = readDateLine(original.dateText);
  const wall = line?.wall ?? wallClockOf(opts.now, opts.seekerTimeZone);
  let instant = opts.now;
  if (line?.offsetMinutes != null) {
    const w = line.wall;
    instant = new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - line.offsetMinutes * 60_000);
  }
  return { wall, instant: instant > opts.now ? opts.now : instant };
}

function isSeeker(p: Person, opts: Resolved): boolean {
  if (p.email && (p.email === opts.seeker.email.toLowerCase() || p.email === opts.assistantAddress?.toLowerCase())) return true;
  return !!opts.seeker.name && fold(p.name) === fold(opts.seeker.name);
}

function invitePeople(invite: Invite, prose: Person[], opts: Resolved): { interviewers: Person[]; organizer: Person | null } {
  const org = invite.organizer;
  const organizer: Person | null =
    org?.email && !isSeeker({ name: org.name ?? "", email: org.email, title: null }, opts)
      ? { name: org.name ?? prose.find((p) => p.email === org.email)?.name ?? org.email, email: org.email, title: null }
      : null;
  const attendees = invite.attendees.filter(
    (a) =>
      !/^(room|resource)$/i.test(a.cutype ?? "") &&
      a.role?.toUpperCase() !== "NON-PARTICIPANT" &&
      !(a.email && organizer?.email === a.email) &&
      !isSeeker({ name: a.name ?? "", email: a.email, title: null }, opts),
  );
  const byEmail = (email: string | null) => prose.find((p) => p.email && p.email === email);
  const interviewers = attendees
    .map((a) => {
      const known = byEmail(a.email) ?? prose.find((p) => a.name && fold(p.name) === fold(a.name));
      const name = a.name ?? known?.name ?? null;
      return name ? { name: known?.name ?? name, email: a.email, title: known?.title ?? null } : null;
    })
    .filter((p): p is Person => p !== null);
  return { interviewers, organizer };
}

export async function extract(raw: ArrayBuffer | Uint8Array | string, opts: ExtractOptions): Promise<Extraction> {
  const { outer, original } = await unwrap(raw);
  const seeker = opts.seeker ?? { email: outer.from?.address?.toLowerCase() ?? "", name: outer.from?.name || null };
  const corrections = opts.corrections ?? readCorrections(seekerNote(bodyText(outer)));
  return extractFromOriginal(original, { ...opts, seeker, corrections });
}

type Resolved = ExtractOptions & { seeker: NonNullable<ExtractOptions["seeker"]> };

export function extractFromOriginal(original: OriginalMail, opts: Resolved): Extraction {
  const subject = original.subject ?? "";
  const ref = referenceOf(original, opts);
  const invite = original.calendars.map((c) => readInvite(c, opts.seekerTimeZone)).find((i) => i?.start) ?? null;
  const body = original.body;
  const inviteText = invite?.description ?? "";

  // People named in prose, from the mail and the invite's description.
  const sender = original.from;
  const senderIsRobot = !sender?.email || isRobotAddress(sender.email);
  // An ATS sends "Rachel Whitford <no-reply@…>": the person and her real address are in the signature.
  const senderIsPerson = !!sender?.name && (!senderIsRobot || looksLikeName(sender.name));
  const signature = senderIsPerson ? signatureOf(body, sender?.name ?? null) : null;
  let prose = mergePeople([...prosePeople(body), ...prosePeople(inviteText)]);
  const host = zoomHost(body);
  if (host) prose = mergePeople([...prose, { name: host, email: host === sender?.name ? sender.email : null, title: host === sender?.name ? signature?.title ?? null : null }]);
  // Emails given on To/Cc lines complete the people the prose names.
  for (const p of prose) p.email ??= [...original.cc, ...original.to].find((a) => a.name && fold(a.name) === fold(p.name))?.email ?? null;

  let interviewers: Person[];
  const contacts: Person[] = [...namedContacts(body)];
  if (invite && invite.attendees.length > 0) {
    const fromInvite = invitePeople(invite, prose, opts);
    interviewers = fromInvite.interviewers;
    if (interviewers.length === 0 && fromInvite.organizer) interviewers = [fromInvite.organizer];
    else if (fromInvite.organizer) contacts.push({ ...fromInvite.organizer, title: signature?.title ?? null });
    // Titles from prose
    for (const i of interviewers) i.title ??= prose.find((p) => fold(p.name) === fold(i.name))?.title ?? null;
  } else {
    interviewers = prose;
  }
  // A robot address counts as a person only with a signed title under the name (not "Copperleaf Insurance").
  if (sender?.name && (!senderIsRobot || (senderIsPerson && signature?.title))) {
    const senderPerson: Person = { name: sender.name, email: senderIsRobot ? signature?.email ?? null : sender.email, title: signature?.title ?? null };
    if (!isRecruitingTitle(senderPerson.title) && signature?.title && /\b(I|I'd|I'll|I will|I would|we'll)\b[^.]{0,60}\b(chat|talk|meet|speak|conversation|dig in)/i.test(body)) {
      interviewers = mergePeople([senderPerson, ...interviewers]);
    } else if (!interviewers.some((i) => fold(i.name) === fold(sender.name!))) {
      contacts.push(senderPerson);
    }
  }
  const contactKeys = new Set(contacts.map((c) => fold(c.name)));
  interviewers = mergePeople(interviewers).filter((p) => !isSeeker(p, opts) && !contactKeys.has(fold(p.name)));
  const finalContacts = mergePeople(contacts).filter((c) => !isSeeker(c, opts) && !interviewers.some((i) => fold(i.name) === fold(c.name)));

  // When.
  const cancellationHint = invite?.method === "CANCEL" || mentionsCancellation(subject, body);
  const notBefore = new Date(ref.instant.getTime() - PAST_TOLERANCE_MS);
  let start: Date | null = null;
  let end: Date | null = null;
  let timeZone: string | null = null;
  let zoneAssumed = false;
  const warnings: string[] = [];
  // An invite wins: prose dates (the costly part) are read only when there is none.
  const whenOpts = { reference: ref.wall, notBefore, defaultZone: opts.seekerTimeZone, cancellation: cancellationHint };
  // The subject is the last resort ("Interview: Tue Dec 8, 3pm ET" with a one-line body).
  const prosePlace = invite?.start ? null : (findWhen(`${body}\n\n${inviteText}`, whenOpts) ?? findWhen(subject, whenOpts));
  if (invite?.start) {
    start = invite.start;
    end = invite.end;
    // UTC invites (Google) name no zone; the mail's own words do.
    timeZone = invite.zone ?? findZones(body).find((z) => z.zone.iana)?.zone.iana ?? null;
  } else if (prosePlace) {
    start = prosePlace.start;
    end = prosePlace.end;
    timeZone = prosePlace.zone.iana ?? null;
    zoneAssumed = prosePlace.zoneAssumed;
    warnings.push(...prosePlace.warnings);
  }
  // Interviews are weeks away, not decades: a far-off date is a misreading or a trap.
  if (start && start.getTime() - opts.now.getTime() > MAX_DAYS_AHEAD * 86_400_000) {
    start = null;
    end = null;
    warnings.push("too_far_ahead");
  }
  const fix = opts.corrections ?? {};
  if (fix.date) {
    const w = findWhen(fix.date, { reference: ref.wall, notBefore, defaultZone: opts.seekerTimeZone, cancellation: false });
    if (w) {
      const length = start && end ? end.getTime() - start.getTime() : null;
      start = w.start;
      end = w.end ?? (length ? new Date(w.start.getTime() + length) : null);
      timeZone = w.zone.iana ?? null;
      zoneAssumed = w.zoneAssumed;
    } else warnings.push("correction_unreadable");
  }
  if (fix.interviewers) interviewers = fix.interviewers;
  if (zoneAssumed) warnings.push("zone_assumed");

  const classified = classify({
    subject,
    body: `${body}\n${inviteText}`,
    inviteMethod: invite?.method ?? null,
    inviteStatus: invite?.status ?? null,
    inviteSequence: invite?.sequence ?? 0,
    hasStart: start !== null,
  });
  // A date the seeker typed means they want it tracked, whatever the mail reads like.
  const { kind, reason } = fix.date && start && classified.kind === "not_interview" ? { kind: "interview" as const, reason: null } : classified;

  const found = companyAndRole({
    body,
    subject: original.subject,
    inviteSummary: invite?.summary ?? null,
    inviteDescription: invite?.description ?? null,
    senderName: sender?.name ?? null,
    senderIsRobot,
    senderDomain: sender?.email?.split("@")[1] ?? null,
    signatureCompany: signature?.company ?? null,
    seekerName: opts.seeker.name,
  });
  const company = fix.company ?? found.company;
  const role = fix.role ?? found.role;

  const meetingUrl = meetingUrlFrom([...(invite?.urls ?? []), ...urlsIn(body)]);
  const timeline = TIMELINE.exec(body)?.[1] ?? null;
  const returnsOn = reason === "out_of_office" ? returnDate(body, ref.wall, opts.seekerTimeZone) : null;
  const scheduling = kind !== "not_interview";
  const missing: MissingField[] = [];
  if (!start && (kind !== "not_interview" || looksLikeInterview(subject, body))) missing.push("start");
  if (!company) missing.push("company");
  if (!role) missing.push("role");
  if (scheduling && interviewers.length === 0) missing.push("interviewers");
  if (scheduling && zoneAssumed) missing.push("time_zone");

  return {
    kind,
    company,
    role,
    start: scheduling && start ? start.toISOString() : null,
    end: scheduling && end ? end.toISOString() : null,
    timeZone: scheduling ? timeZone : null,
    zoneAssumed: scheduling && zoneAssumed,
    interviewers: scheduling ? interviewers : [],
    contacts: scheduling ? finalContacts : [],
    meetingUrl: scheduling ? meetingUrl : null,
    inviteUid: invite?.uid ?? null,
    timeline,
    notInterviewReason: reason,
    returnsOn,
    original: { from: sender?.email ?? null, fromName: sender?.name ?? null, subject: original.subject, date: original.dateText },
    missing: missing.filter((m) => scheduling || m === "start"),
    warnings,
  };
}
