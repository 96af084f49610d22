/**
 * Interview → follow-up plan. Pure: `now`, the seeker's zone and the policy are
 * parameters. Due instants are ISO-8601 UTC strings, ready to be index keys.
 */
import type { Person } from "../extract/types.ts";
import { addBusinessDays, addCalendarDays, businessMorning, intoWindow, isBusinessDay, sameDayAt, weekdayIn } from "./business-time.ts";
import { holidayCountry } from "./holidays.ts";
import { DEFAULT_POLICY, type Policy } from "./policy.ts";

/**
 * `prep`: the morning-of reminder, what to ask before leaving the interview (no draft: it is for the seeker).
 * `stay_in_touch`: planned by a rejection, one note a few months later; never by planFollowUps.
 */
export const FOLLOW_UP_KINDS = ["thank_you", "thank_you_recruiter", "status_inquiry_1", "status_inquiry_2", "check_in", "prep", "stay_in_touch"] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
/** The kinds with a draft to an interviewer or the hiring team. */
export type DraftKind = Exclude<FollowUpKind, "prep">;
export const hasDraft = (kind: FollowUpKind): kind is DraftKind => kind !== "prep";

export type PlannedFollowUp = {
  /** Stable within an interview: "thanks-0", "inquiry-1"… */
  id: string;
  kind: FollowUpKind;
  /** Who the draft is addressed to; null means the hiring team in general. */
  recipient: Person | null;
  due: string;
};

export type PlanInput = {
  start: string;
  end: string | null;
  interviewers: Person[];
  contacts: Person[];
  /** The hiring team's shared mailbox (talent@…), when the mail gave one. */
  teamMailbox?: string | null;
  timeline: string | null;
};

/** Whom a status inquiry and the check-ins go to (inquiryRecipient). */
export const HIRING_TEAM = "the hiring team";

/**
 * The advice's contact for inquiries: the recruiter or coordinator, else the team's mailbox, else nobody yet
 * (the reply asks for `contact:`). Never a peer interviewer: they do not decide, and are not the ones to chase.
 */
export function inquiryRecipient(input: Pick<PlanInput, "contacts" | "teamMailbox">): Person | null {
  return input.contacts[0] ?? (input.teamMailbox ? { name: HIRING_TEAM, email: input.teamMailbox, title: null } : null);
}

/** `holidayCountry`: whose public holidays are days off (null: none); left out, the zone's country. */
export type PlanSettings = { now: Date; seekerTimeZone: string; holidayCountry?: string | null; policy?: Policy };

/** A thank-you later than this after the interview's end is late by the advice (24–48 hours). */
export const THANK_YOU_LATE_MS = 48 * 3_600_000;

/** Whether a thank-you going out at `at` is past the advice's 48 hours after the interview. */
export function thankYouIsLate(r: { start: string; end: string | null }, at: Date): boolean {
  return at.getTime() - Date.parse(r.end ?? r.start) > THANK_YOU_LATE_MS;
}

/** The morning-of reminder comes at least this long before the interview: time to read it before leaving. */
const PREP_LEAD_MS = 90 * 60_000;

/** Minimum spacing between the two inquiries, so the second never crowds the first. */
const MIN_BUSINESS_DAYS_BETWEEN_INQUIRIES = 5;

const NUMBER_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, "a few": 3, "a couple of": 2 };
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** When the company said it would decide, from phrases such as "within two weeks" or "by Friday". */
export function decisionDate(timeline: string, from: Date, zone: string, country?: string | null): Date | null {
  const t = timeline.toLowerCase();
  const within = /within (?:the next )?(\d+|one|two|three|four|five|six|a few|a couple of|a) (business |working )?(day|week)s?/.exec(t);
  if (within) {
    const n = Number(within[1]) || NUMBER_WORDS[within[1]!] || 1;
    if (within[3] === "week") return addCalendarDays(from, zone, n * 7);
    return within[2] ? addBusinessDays(from, zone, n, country) : addCalendarDays(from, zone, n);
  }
  const weekday = /by (?:this |next )?(monday|tuesday|wednesday|thursday|friday)/.exec(t);
  if (weekday) {
    const target = WEEKDAYS.indexOf(weekday[1]!);
    for (let d = 1; d <= 7; d++) {
      const day = addCalendarDays(from, zone, d);
      if (weekdayIn(day, zone) === target) return day;
    }
  }
  if (/end of (the )?week/.test(t)) return addBusinessDays(from, zone, 4, country);
  if (/next week/.test(t)) return addCalendarDays(from, zone, 9); // "early next week", seen from a mid-week interview
  if (/end of (the )?month/.test(t)) return addCalendarDays(from, zone, 30);
  return null;
}

export function planFollowUps(input: PlanInput, settings: PlanSettings): PlannedFollowUp[] {
  const policy = settings.policy ?? DEFAULT_POLICY;
  const zone = settings.seekerTimeZone;
  // Resolved once: every business-day step below would otherwise derive it from the zone again.
  const country = holidayCountry(zone, settings.holidayCountry);
  const morning = (d: Date) => businessMorning(d, zone, policy.morningHour, country);
  const start = new Date(input.start);
  const end = input.end ? new Date(input.end) : new Date(start.getTime() + policy.defaultDurationMinutes * 60_000);
  const notBefore = settings.now;
  const later = (d: Date) => (d < notBefore ? notBefore : d);

  // A thank-you that would land on a weekend or holiday waits for the next business morning; the reminder says so
  // when that is past 48 hours (compose/reminder.ts).
  const soon = intoWindow(new Date(end.getTime() + policy.thankYouDelayHours * 3600_000), zone, policy.wakingHours);
  const thankYouAt = later(isBusinessDay(soon, zone, country) ? soon : morning(soon));
  const recipients: Array<Person | null> = input.interviewers.length > 0 ? input.interviewers : [input.contacts[0] ?? null];
  const plan: PlannedFollowUp[] = recipients.map((recipient, i) => ({
    id: `thanks-${i}`,
    kind: "thank_you",
    recipient,
    due: thankYouAt.toISOString(),
  }));

  // The recruiter or coordinator who arranged it gets a short note too, unless they interviewed.
  const coordinator = input.contacts[0];
  if (coordinator && input.interviewers.length > 0 && !input.interviewers.some((i) => i.name === coordinator.name)) {
    plan.push({ id: "thanks-recruiter", kind: "thank_you_recruiter", recipient: coordinator, due: thankYouAt.toISOString() });
  }

  const decided = input.timeline ? decisionDate(input.timeline, end, zone, country) : null;
  const firstBase = decided
    ? addBusinessDays(decided, zone, policy.businessDaysAfterDecision, country)
    : addCalendarDays(end, zone, policy.firstInquiryDays);
  const first = later(morning(firstBase));
  let second = morning(addCalendarDays(end, zone, policy.secondInquiryDays));
  const spaced = morning(addBusinessDays(first, zone, MIN_BUSINESS_DAYS_BETWEEN_INQUIRIES, country));
  if (second < spaced) second = spaced;
  const main = inquiryRecipient(input);
  plan.push({ id: "inquiry-1", kind: "status_inquiry_1", recipient: main, due: first.toISOString() });
  const lastInquiry = later(second);
  plan.push({ id: "inquiry-2", kind: "status_inquiry_2", recipient: main, due: lastInquiry.toISOString() });
  for (let n = 1; n <= policy.maxCheckIns; n++) {
    const at = morning(addCalendarDays(lastInquiry, zone, n * policy.checkInIntervalDays));
    plan.push({ id: `check-in-${n}`, kind: "check_in", recipient: main, due: at.toISOString() });
  }
  // On the interview's day, whatever the calendar says about business: the interview is then. Not once it is near.
  if (policy.prepHour > 0) {
    const prepAt = new Date(Math.min(sameDayAt(start, zone, policy.prepHour).getTime(), start.getTime() - PREP_LEAD_MS));
    if (prepAt > notBefore) plan.push({ id: "prep", kind: "prep", recipient: null, due: prepAt.toISOString() });
  }
  return plan;
}

/**
 * After a rejection the chase ends (every inquiry and check-in is cancelled) and one stay-in-touch note is planned
 * some months later, to the contact who would hear of the next opening; none when the policy turns it off.
 */
export function stayInTouch(input: Pick<PlanInput, "contacts" | "teamMailbox" | "interviewers">, settings: PlanSettings): PlannedFollowUp | null {
  const policy = settings.policy ?? DEFAULT_POLICY;
  if (policy.stayInTouchDays === 0) return null;
  const zone = settings.seekerTimeZone;
  const later = addCalendarDays(settings.now, zone, policy.stayInTouchDays);
  const due = businessMorning(later, zone, policy.morningHour, holidayCountry(zone, settings.holidayCountry));
  const to = inquiryRecipient(input) ?? input.interviewers[0] ?? null;
  return { id: "stay-in-touch", kind: "stay_in_touch", recipient: to, due: due.toISOString() };
}
