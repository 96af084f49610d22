/**
 * What to ask before leaving the interview (the interview-day reminder, or the answer to a same-day forward), so
 * that the follow-ups after it go at the right time to the right person. The answers come back as `timeline:`,
 * `contact:` and `interviewers:` replies (domain/commands.ts).
 */
import { inquiryRecipient } from "../schedule/plan.ts";
import type { InterviewRecord } from "../store/schemas.ts";

/** The reply that gives every interviewer an address: the names as known, a slot where the address is missing. */
export function interviewersExample(r: Pick<InterviewRecord, "interviewers">): string {
  return `interviewers: ${r.interviewers.map((p) => `${p.name} <${p.email ?? "address"}>`).join(", ")}`;
}

/** The questions, each with the reply that puts its answer to work; what the mail already told is not asked again. */
export function prepQuestions(r: InterviewRecord): string[] {
  const main = inquiryRecipient(r);
  const unaddressed = r.interviewers.filter((p) => !p.email);
  return [
    r.timeline
      ? `The mail said they would decide "${r.timeline}". If they give a firmer date, reply timeline: their words, and the status inquiries follow it.`
      : `"What are the next steps, and when do you expect to decide?" Reply timeline: their words (for example, within two weeks) and I time the status inquiries to it.`,
    main
      ? `"Is ${main.name} the best person to follow up with?" If they name someone else, reply contact: Name <address> and the inquiries go there.`
      : `"Whom should I follow up with about next steps?" Reply contact: Name <address> and the status inquiries go there.`,
    unaddressed.length
      ? `Each interviewer's address (a business card will do), for the thank-yous. Reply ${interviewersExample(r)}`
      : "How each interviewer prefers to hear from you (mail, LinkedIn). The thank-you drafts are addressed by mail; a LinkedIn note comes with them.",
  ];
}
