/** How each follow-up kind is named to the seeker, in one place. */
import type { FollowUpKind } from "../schedule/plan.ts";

export const KIND_LABEL: Record<FollowUpKind, { plan: string; due: string; next: string }> = {
  thank_you: { plan: "Thank-you note", due: "Send your thank-you note", next: "thank-you note" },
  thank_you_recruiter: { plan: "Recruiter thank-you", due: "Send a thank-you", next: "recruiter thank-you" },
  status_inquiry_1: { plan: "First status inquiry", due: "Time for a status inquiry", next: "first status inquiry" },
  status_inquiry_2: { plan: "Second (last) status inquiry", due: "Last status inquiry", next: "second status inquiry" },
  check_in: { plan: "Value check-in (no response needed)", due: "Stay in touch: a short check-in", next: "check-in" },
  prep: { plan: "Interview-day reminder: what to ask before you leave", due: "Interview today: what to ask before you leave", next: "interview-day reminder" },
  stay_in_touch: { plan: "Stay-in-touch note", due: "Keep the door open: a stay-in-touch note", next: "stay-in-touch note" },
};
