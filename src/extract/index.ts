/**
 * Raw MIME → Extraction. Pure: `now` and the seeker's settings come in as
 * options; nothing here reads env, KV or the clock.
 */
import { isRobotAddress, teamMailbox } from "./address.ts";
import { castOf, seekerTest, type Sender } from "./cast.ts";
import { cleanCompany, readCompanyAndRole } from "./company.ts";
import { readCorrections, seekerNote } from "./corrections.ts";
import { bodyText, quotedMail, unwrap, type OriginalMail } from "./forward.ts";
import { readInvite } from "./ics.ts";
import { MIN_LANGUAGE_SCORE, readLanguage } from "./language.ts";
import { aboutInterview, classify, seekerSaysInterview, looksLikeInterview, mentionsCancellation, namesOtherEvent, notInterviewReason } from "./kind.ts";
import { meetingUrlFrom, urlsIn } from "./links.ts";
import { flatten, fold, isTeamName, looksLikeName, signatureOf } from "./people.ts";
import type { Confidence, Extraction, ExtractOptions, MissingField } from "./types.ts";
import { atHour, floating, toInstant, wallClockOf } from "../time/wallclock.ts";
import { readDateLine } from "./dateline.ts";
import { findWhen, MONTH_FIRST, wallOf } from "./when.ts";
import { findZones } from "./zones.ts";
import { warmable } from "./patterns.ts";
import { noReading } from "./rules/engine.ts";

export type { Extraction, ExtractOptions, Person } from "./types.ts";

/** How far ahead an interview may be: a year and a bit covers graduate schemes booked early. */
const MAX_DAYS_AHEAD = 400;
/** How far before the original mail a time may lie and still be the interview (a forward sent late the same day). */
const PAST_TOLERANCE_MS = 12 * 3600_000;

const TIMELINE = /(?:get back to you|hear (?:back )?from us|be in touch|decision|update you|follow up with you|let you know|next steps)[^.\n]{0,60}?\b(by (?:the )?(?:end of (?:the )?(?:day|week|month)|(?:mon|tues|wednes|thurs|fri)day|[A-Z][a-z]+ \d{1,2})|within (?:\w+ )?(?:\d+|one|two|three|four|a|a few|a couple of) (?:business |working )?(?:days?|weeks?)|early next week|next week|end of (?:the )?(?:week|month))/i;


const SAME_LINK = /\bsame (?:zoom |teams |meet |video |meeting |call )?(?:link|meeting link|dial-in)\b/i;

const BACK_ON = /\b(?:return(?:ing)?|back(?: in the office)?|be back|returning to the office)\b(?:\s+(?:on|from|by))?\s+([^\n.]{3,50})/i;

/** "I will be back on Monday, December 14": the day, as the start of that day in the seeker's zone. */
function returnDate(body: string, reference: import("../time/wallclock.ts").WallClock, zone: string): string | null {
  const phrase = BACK_ON.exec(body)?.[1];
  if (!phrase) return null;
  const r = MONTH_FIRST.parse(phrase, { instant: floating(reference), timezone: 0 }, { forwardDate: true })[0];
  if (!r || !(r.start.isCertain("day") || r.start.isCertain("weekday"))) return null;
  return toInstant(atHour(wallOf(r.start), 0), { iana: zone }).toISOString();
}

/** Times before this are history, not the interview. */
function notBefore(reference: Date): Date {
  return new Date(reference.getTime() - PAST_TOLERANCE_MS);
}

function referenceOf(original: OriginalMail, opts: ExtractOptions) {
  const line = readDateLine(original.dateText);
  const wall = line?.wall ?? wallClockOf(opts.now, opts.seekerTimeZone);
  const instant = line?.offsetMinutes != null ? toInstant(line.wall, { offsetMinutes: line.offsetMinutes }) : opts.now;
  return { wall, instant: instant > opts.now ? opts.now : instant };
}

export async function extract(raw: ArrayBuffer | Uint8Array | string, opts: ExtractOptions): Promise<Extraction> {
  const { outer, original } = await unwrap(raw);
  const seeker = opts.seeker ?? { email: outer.from?.address?.toLowerCase() ?? "", name: outer.from?.name || null };
  const note = opts.note ?? seekerNote(bodyText(outer));
  const corrections = opts.corrections ?? readCorrections(note);
  return extractFromOriginal(original, { ...opts, seeker, corrections, note });
}

/** `answered`: this is the mail the seeker's short yes quoted; it is not unwrapped again. */
type Resolved = ExtractOptions & { seeker: NonNullable<ExtractOptions["seeker"]>; answered?: boolean };

/** A reply of the seeker's own this short only answers the mail it quotes ("Thursday works! See you then."). */
const MAX_ANSWER_CHARS = 300;
const AGREES = /\b(?:works|sounds good|confirm(?:ed)?|see you|perfect|that's fine|that is fine|great|ok(?:ay)?|yes)\b/i;

/**
 * The seeker forwarded their own short yes to a proposal ("Instead of Tuesday, could we do Thursday…"):
 * the proposal is the mail to read, and their answer is their note.
 */
function answeredProposal(original: OriginalMail, opts: Resolved): { mail: OriginalMail; note: string } | null {
  const own = original.body.trim();
  if (opts.answered || !original.from?.email || original.from.email !== opts.seeker.email.toLowerCase() || own.length > MAX_ANSWER_CHARS || !AGREES.test(own)) return null;
  const quoted = quotedMail(original);
  return quoted ? { mail: quoted, note: `${opts.note ?? ""}\n${own}` } : null;
}

export function extractFromOriginal(original: OriginalMail, opts: Resolved): Extraction {
  const answered = answeredProposal(original, opts);
  if (answered) return extractFromOriginal(answered.mail, { ...opts, note: answered.note, answered: true });
  const subject = original.subject ?? "";
  const invite = original.calendars.map((c) => readInvite(c, opts.seekerTimeZone)).find((i) => i?.start) ?? null;
  const body = original.body;
  // Sentences read across line breaks, for the people and the company alike.
  const flat = flatten(body);
  const inviteText = invite?.description ?? "";
  const fix = opts.corrections ?? {};
  // The original's own clock, for relative dates: read only when a date is read from text.
  let reference: ReturnType<typeof referenceOf> | undefined;
  const ref = () => (reference ??= referenceOf(original, opts));

  const from = original.from;
  const isRobot = !from?.email || isRobotAddress(from.email);
  // An ATS sends "Rachel Whitford <no-reply@…>": the person and her real address are in the signature.
  const isPerson = !!from?.name && !isTeamName(from.name) && (!isRobot || looksLikeName(from.name));
  const sender: Sender = { person: from, isRobot, isPerson, signature: isPerson ? signatureOf(body, from?.name ?? null) : null };

  // A rejection, an offer or a job alert schedules nothing: its dates and people are not read.
  const cancelled = invite?.method === "CANCEL" || invite?.status === "CANCELLED";
  const negative = cancelled ? null : notInterviewReason(subject, `${body}\n${inviteText}`);
  const isSeeker = seekerTest(opts.seeker, opts.assistantAddress);
  const evidence = { subject, body, invite: `${invite?.summary ?? ""}\n${inviteText}`, note: opts.note ?? "", senderDomain: from?.email?.split("@")[1] ?? null };
  // A mail with no word of hiring anywhere (a patch on a list, a dentist's invite) is not tracked, whatever else it
  // says: its people, company and prose dates, most of a long mail's cost, are not read (chrono alone was a third of
  // a 1.1 MB list mail's first mail: 30 → 19 ms, paired). The seeker's "track" reads them. An invite's own time
  // costs next to nothing and is read; a rejection's or an offer's people and dates are not.
  const hiring = !!fix.track || aboutInterview(evidence);
  const readsDetails = hiring && !negative;
  let { interviewers, contacts, sure: interviewersSure } = readsDetails ? castOf(original, flat, invite, sender, isSeeker) : { interviewers: [], contacts: [], sure: false };

  // When.
  let start: Date | null = null;
  let end: Date | null = null;
  let timeZone: string | null = null;
  let zoneAssumed = false;
  // A time the invite or the seeker states is sure; one read from prose is sure when nothing about it needed a warning.
  let startSure = false;
  const warnings: string[] = [];
  const fromProse = (w: ReturnType<typeof findWhen>, sure = true) => {
    if (!w) return;
    ({ start, end } = w);
    startSure = sure && w.warnings.length === 0;
    timeZone = w.zone.iana ?? null;
    zoneAssumed = w.zoneAssumed;
    warnings.push(...w.warnings);
  };
  // The mail's language, told once from its text: the subject alone is too short to tell it.
  const read = readLanguage(`${subject}\n${body}`);
  const lang = read.lang;
  const proseOpts = (cancellation: boolean) => ({ reference: ref().wall, notBefore: notBefore(ref().instant), defaultZone: opts.seekerTimeZone, cancellation, lang });
  // An all-day invite for an onsite names the day; the mail's words give the hour ("arrive at 9am").
  const allDayProse = invite?.start && invite.allDay && readsDetails ? findWhen(`${body}\n\n${inviteText}`, proseOpts(false)) : null;
  if (allDayProse) fromProse(allDayProse);
  else if (invite?.start) {
    start = invite.start;
    end = invite.end;
    startSure = true;
    // UTC invites (Google) name no zone; the mail's own words do.
    timeZone = invite.zone ?? findZones(body).find((z) => z.zone.iana)?.zone.iana ?? null;
    // A TZID nothing resolves was read in the seeker's zone: the reply asks instead of stating it.
    zoneAssumed = invite.zoneAssumed;
  } else if (readsDetails) {
    const whenOpts = proseOpts(invite?.method === "CANCEL" || mentionsCancellation(subject, body));
    // The subject is the last resort ("Interview: Tue Dec 8, 3pm ET" with a one-line body).
    const inBody = findWhen(`${body}\n\n${inviteText}`, whenOpts);
    // A subject's date is a last resort: the seeker confirms it.
    if (inBody) fromProse(inBody);
    else fromProse(findWhen(subject, whenOpts), false);
  }
  // Interviews are weeks away, not decades: a far-off date is a misreading or a trap.
  if (start && start.getTime() - opts.now.getTime() > MAX_DAYS_AHEAD * 86_400_000) {
    start = null;
    end = null;
    warnings.push("too_far_ahead");
  }
  if (fix.date) {
    const w = findWhen(fix.date, { reference: ref().wall, notBefore: notBefore(ref().instant), defaultZone: opts.seekerTimeZone, cancellation: false });
    if (w) {
      const length = start && end ? end.getTime() - start.getTime() : null;
      start = w.start;
      end = w.end ?? (length ? new Date(w.start.getTime() + length) : null);
      timeZone = w.zone.iana ?? null;
      zoneAssumed = w.zoneAssumed;
      startSure = true;
    } else warnings.push("correction_unreadable");
  }
  if (fix.interviewers) {
    interviewers = fix.interviewers;
    interviewersSure = true;
  }
  if (zoneAssumed) warnings.push("zone_assumed");

  const classified = classify({
    subject,
    body: `${body}\n${inviteText}`,
    inviteMethod: invite?.method ?? null,
    inviteStatus: invite?.status ?? null,
    inviteSequence: invite?.sequence ?? 0,
    hasStart: start !== null,
    reason: negative,
  });
  // A date the seeker typed means a time was found, whatever the mail reads like; their "track" that it is an interview.
  const dated = (fix.date || fix.track) && start && classified.kind === "not_interview" ? { kind: "interview" as const, reason: null } : classified;
  // "Forwarding the invite for my interview" outweighs the invite's own title ("Platform work group").
  const otherEvent = !seekerSaysInterview(evidence.note) && (namesOtherEvent(subject) || (!!invite?.summary && namesOtherEvent(invite.summary)));
  // Without hiring words no date was read: "no time" would ask the seeker for one, where "track" is the answer.
  const wantsTrack = !hiring && (dated.kind !== "not_interview" || dated.reason === "no_time");
  const { kind, reason } =
    !fix.track && ((dated.kind !== "not_interview" && otherEvent) || wantsTrack) ? { kind: "not_interview" as const, reason: "not_about_interview" as const } : dated;
  // The seeker's date makes a tracked interview of a mail read as a rejection or an alert: its people count again.
  if (negative && kind !== "not_interview" && !fix.interviewers) ({ interviewers, contacts, sure: interviewersSure } = castOf(original, flat, invite, sender, isSeeker));

  const found = hiring ? readCompanyAndRole({
    body,
    bodyFlat: flat,
    subject: original.subject,
    inviteSummary: invite?.summary ?? null,
    inviteDescription: invite?.description ?? null,
    senderName: from?.name ?? null,
    senderIsRobot: isRobot,
    senderDomain: from?.email?.split("@")[1] ?? null,
    signatureCompany: sender.signature?.company ?? null,
    seekerName: opts.seeker.name,
    note: opts.note,
    people: [...interviewers, ...contacts].map((p) => p.name).concat(from?.name && sender.isPerson ? [from.name] : []),
  }) : { company: noReading(), role: noReading() };
  const company = fix.company ?? found.company.value;
  const role = fix.role ?? found.role.value;
  // "your interview with Acme Robotics" names the company where people are named: it is no one.
  if (company && !fix.interviewers) {
    // "Alpenglow Outdoor Co." names "Alpenglow Outdoor": the company's legal form is no part of a person's name.
    const firm = fold(company);
    const isFirm = (p: { name: string }) => fold(p.name) === firm || fold(cleanCompany(p.name) ?? "") === firm;
    interviewers = interviewers.filter((p) => !isFirm(p));
    contacts = contacts.filter((p) => !isFirm(p));
  }

  // "same Zoom link": a reschedule that keeps the link names it only in the thread it quotes.
  const meetingUrl = meetingUrlFrom([...(invite?.urls ?? []), ...urlsIn(body)]) ?? (SAME_LINK.test(body) ? meetingUrlFrom(urlsIn(original.history ?? "")) : null);
  const timeline = TIMELINE.exec(body)?.[1] ?? null;
  const returnsOn = reason === "out_of_office" ? returnDate(body, ref().wall, opts.seekerTimeZone) : null;
  const scheduling = kind !== "not_interview";
  const missing: MissingField[] = [];
  if (!start && (kind !== "not_interview" || looksLikeInterview(subject, body))) missing.push("start");
  if (!company) missing.push("company");
  if (!role) missing.push("role");
  if (scheduling && interviewers.length === 0) missing.push("interviewers");
  if (scheduling && zoneAssumed) missing.push("time_zone");
  const level = (value: unknown, sure: boolean): Confidence => (!value ? "absent" : sure ? "sure" : "unsure");
  const confidence = {
    start: level(scheduling && start, startSure && !zoneAssumed),
    company: level(company, !!fix.company || found.company.sure),
    role: level(role, !!fix.role || found.role.sure),
    interviewers: level(scheduling && interviewers.length, interviewersSure),
  };

  return {
    kind,
    // The drafts' language wants more than the date parser's guess: a name that is a month elsewhere is not a language.
    language: read.score >= MIN_LANGUAGE_SCORE ? lang : "en",
    company,
    role,
    start: scheduling && start ? start.toISOString() : null,
    end: scheduling && end ? end.toISOString() : null,
    timeZone: scheduling ? timeZone : null,
    zoneAssumed: scheduling && zoneAssumed,
    interviewers: scheduling ? interviewers : [],
    contacts: scheduling ? contacts : [],
    // Only wanted when no person is named to ask (plan.ts inquiryRecipient): the scan of the body is skipped otherwise.
    teamMailbox: scheduling && contacts.length === 0 ? teamMailbox(from?.email ?? null, body) : null,
    meetingUrl: scheduling ? meetingUrl : null,
    inviteUid: invite?.uid ?? null,
    timeline,
    notInterviewReason: reason,
    returnsOn,
    original: { from: from?.email ?? null, fromName: from?.name ?? null, subject: original.subject, date: original.dateText },
    missing: missing.filter((m) => scheduling || m === "start"),
    warnings,
    confidence,
  };
}

// Compiled at start-up (patterns.ts): a first mail that needs one of these does not pay for it.
warmable(TIMELINE, SAME_LINK, BACK_ON, AGREES);
