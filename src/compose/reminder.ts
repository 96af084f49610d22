/** The reminder mail the cron sends the seeker when a follow-up falls due. */
import type { FollowUp, InterviewRecord } from "../store/schemas.ts";
import { draftFor } from "./drafts.ts";
import { KIND_LABEL } from "./labels.ts";
import { describePerson, formatSlot, formatWhen } from "./format.ts";
import { draftContext, renderDraft } from "./reply.ts";



/** A reminder this far past its moment is sent marked late, with a draft that owns the delay. */
const LATE_AFTER_MS = 24 * 3600_000;

export function composeReminder(r: InterviewRecord, f: FollowUp, now: Date): { subject: string; text: string } {
  const index = r.followUps.indexOf(f);
  const late = now.getTime() - new Date(f.due).getTime() > LATE_AFTER_MS;
  const draft = draftFor(f.kind, f.recipient, index, { ...draftContext(r), late });
  const next = r.followUps.filter((x) => x.status === "pending" && x.id !== f.id).sort((a, b) => a.due.localeCompare(b.due))[0];
  const who = f.recipient ? ` to ${f.recipient.name}` : "";
  const text = [
    `${KIND_LABEL[f.kind].due}${who}${r.company ? ` (${r.company})` : ""}.`,
    ...(late ? ["", `This reminder is late: it was due ${formatWhen(f.due, r.seekerTimeZone)}. The draft below is adjusted for the delay.`] : []),
    "",
    `Interview: ${r.role ?? "interview"}${r.company ? ` at ${r.company}` : ""}, ${formatSlot(r.start, r.end, r.timeZone ?? r.seekerTimeZone)}`,
    ...(r.timeZone && r.timeZone !== r.seekerTimeZone ? [`           ${formatSlot(r.start, r.end, r.seekerTimeZone)} your time`] : []),
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
      ? `Next in the plan: ${KIND_LABEL[next.kind].next}${next.recipient ? ` to ${next.recipient.name}` : ""}, ${formatWhen(next.due, r.seekerTimeZone)}.`
      : "This is the last follow-up in the plan.",
    "",
  ].join("\n");
  return { subject: `${KIND_LABEL[f.kind].due}${who} – ${r.role ?? "interview"}${r.company ? ` at ${r.company}` : ""}`, text };
}

/** Told to the seeker when a reminder could not be delivered after every retry. */
export function composeSendFailure(r: InterviewRecord, f: FollowUp): { subject: string; text: string } {
  const who = f.recipient ? ` to ${f.recipient.name}` : "";
  return {
    subject: `Could not deliver a reminder: ${KIND_LABEL[f.kind].next}${who}`,
    text: [
      `I tried ${f.attempts} times to send you the reminder for your ${KIND_LABEL[f.kind].next}${who} (${r.role ?? "interview"}${r.company ? ` at ${r.company}` : ""}, due ${formatWhen(f.due, r.seekerTimeZone)}) and could not.`,
      "",
      "Here is its draft so nothing is lost:",
      "",
      renderDraft(draftFor(f.kind, f.recipient, r.followUps.indexOf(f), draftContext(r))),
      "",
    ].join("\n"),
  };
}
