/** The follow-up policy: defaults from career-advice sources (DESIGN.md), overridable per deployment. */

export type Policy = {
  /** Thank-you reminder this long after the interview ends (advice: 2–4 h, sent within 24 h). */
  thankYouDelayHours: number;
  /** The seeker's waking hours, for the thank-you reminder. */
  wakingHours: { startHour: number; endHour: number };
  /** Inquiries arrive on a business morning at this local hour. */
  morningHour: number;
  /** First inquiry when no timeline was stated (advice: 7–10 days). */
  firstInquiryDays: number;
  /** After a stated decision date (advice: 1–2 business days). */
  businessDaysAfterDecision: number;
  /** Second and last inquiry (advice: 15–21 days). */
  secondInquiryDays: number;
  /** Value check-ins ("no response needed") after the last inquiry: this far apart, at most this many. */
  checkInIntervalDays: number;
  maxCheckIns: number;
  /** Interviews with no end last this long. */
  defaultDurationMinutes: number;
  /**
   * The morning-of reminder (what to ask before leaving) at this local hour on the interview's day, or earlier
   * when the interview starts within 90 minutes of it (plan.ts); 0 turns it off (a same-day forward's answer
   * still lists the questions: compose/reply.ts).
   */
  prepHour: number;
  /** After a rejection, one stay-in-touch note this many days later (advice: a few months); 0 turns it off. */
  stayInTouchDays: number;
};

export const DEFAULT_POLICY: Policy = {
  thankYouDelayHours: 3,
  wakingHours: { startHour: 8, endHour: 21 },
  morningHour: 9,
  firstInquiryDays: 8,
  businessDaysAfterDecision: 2,
  secondInquiryDays: 17,
  checkInIntervalDays: 30,
  maxCheckIns: 2,
  defaultDurationMinutes: 60,
  prepHour: 7,
  stayInTouchDays: 90,
};
