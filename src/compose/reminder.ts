/** The reminder mail the cron sends the seeker when a follow-up falls due. */
import type { FollowUp, InterviewRecord } from "../store/schemas.ts";
import { draftFor } from "./drafts.ts";
import { describePerson, formatSlot, formatWhen } from "./format.ts";
import { draftContext, renderDraft } from "./reply.ts";

const DUE_LABEL: Record<FollowUp["kind"], string> = {
  thank_you: "Send your thank-you note",
  status_inquiry_1: "Time to ask for a status update",
  status_inquiry_2: "Last status inquiry",
};

const NEXT_LABEL: Record<FollowUp["kind"], string> = {
  thank_you: "thank-you note",
  status_inquiry_1: "first status inquiry",
  status_inquiry_2: "second status inquiry",
};

export function composeReminder(r: InterviewRecord, f: FollowUp, now: Date): { subject: string; text: string } {
  const index = r.followUps.indexOf(f);
  const draft = draftFor(f.kind, f.recipient, index, draftContext(r));
  const late = now.getTime() - new Date(f.due).getTime() > 24 * 3600_000;
  const next = r.followUps.filter((x) => x.status === "pending" && x.id !== f.id).sort((a, b) => a.due.localeCompare(b.due))[0];
  const who = f.recipient ? ` to ${f.recipient.name}` : "";
  const text = [
    `${DUE_LABEL[f.kind]}${who}${r.company ? ` (${r.company})` : ""}.`,
    ...(late ? ["", `This reminder is late (it was due ${formatWhen(f.due, r.seekerTimeZone)}); the draft still works, or add a line apologising for the delay.`] : []),
    "",
    `Interview: ${r.role ?? "interview"}${r.company ? ` at ${r.company}` : ""}, ${formatSlot(r.start, r.end, r.timeZone ?? r.seekerTimeZone)}`,
    ...(r.interviewers.length ? [`With: ${r.interviewers.map(describePerson).join(", ")}`] : []),
    ...(f.kind === "thank_you"
      ? ["", "Before you send it, jot down: what went well, what you would answer differently, and one topic you discussed. Put that topic in place of the bracketed placeholder."]
      : []),
    "",
    "Draft:",
    "",
    renderDraft(draft),
    "",
    next
      ? `Next in the plan: ${NEXT_LABEL[next.kind]}${next.recipient ? ` to ${next.recipient.name}` : ""}, ${formatWhen(next.due, r.seekerTimeZone)}.`
      : "This is the last follow-up in the plan.",
    "",
  ].join("\n");
  return { subject: `${DUE_LABEL[f.kind]}${who} – ${r.role ?? "interview"}${r.company ? ` at ${r.company}` : ""}`, text };
}
