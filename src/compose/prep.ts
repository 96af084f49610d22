/**
 * The interview-day reminder: what to ask before leaving, so that the follow-ups after it go at the right time to
 * the right person. The answers come back as `timeline:`, `contact:` and `interviewers:` replies (domain/commands.ts).
 */
import { inquiryRecipient } from "../schedule/plan.ts";
import type { FollowUp, InterviewRecord } from "../store/schemas.ts";
import { formatSlot, formatWhen } from "./format.ts";
import { KIND_LABEL } from "./labels.ts";
import type { Block } from "./render.ts";
import { type ComposedMail, finish } from "./reply.ts";

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
      ? `Each interviewer's address (a business card will do), for the thank-yous. Reply interviewers: ${r.interviewers.map((p) => `${p.name} <${p.email ?? "address"}>`).join(", ")}`
      : "How each interviewer prefers to hear from you (mail, LinkedIn). The thank-you drafts are addressed by mail; a LinkedIn note comes with them.",
  ];
}

export function composePrep(r: InterviewRecord, f: FollowUp, actions: Array<{ label: string; href: string }>): ComposedMail {
  const where = r.timeZone && r.timeZone !== r.seekerTimeZone ? ` (${formatSlot(r.start, r.end, r.timeZone)} theirs)` : "";
  const next = r.followUps.filter((x) => x.status === "pending" && x.id !== f.id).sort((a, b) => a.due.localeCompare(b.due))[0];
  const what = `${r.role ?? "interview"}${r.company ? ` at ${r.company}` : ""}`;
  const blocks: Block[] = [
    {
      kind: "facts",
      rows: [
        { label: "Interview", values: [what] },
        { label: "When", values: [`${formatSlot(r.start, r.end, r.seekerTimeZone)}${where}`] },
        ...(r.interviewers.length ? [{ label: "With", values: r.interviewers.map((p) => p.name) }] : []),
        ...(r.meetingUrl ? [{ label: "Link", values: [r.meetingUrl], href: r.meetingUrl }] : []),
      ],
    },
    { kind: "p", text: "Before you leave, ask these three things: the follow-ups after the interview depend on the answers." },
    { kind: "examples", lines: prepQuestions(r) },
    ...(actions.length ? [{ kind: "actions", items: actions } as Block] : []),
    {
      kind: "p",
      text: next
        ? `Next: your ${KIND_LABEL[next.kind].next}${next.recipient ? ` to ${next.recipient.name}` : ""}, ${formatWhen(next.due, r.seekerTimeZone)}. Good luck.`
        : "Good luck.",
    },
  ];
  return finish(`${KIND_LABEL.prep.due} – ${what}`, { greeting: `Your interview${r.company ? ` with ${r.company}` : ""} is today.`, blocks });
}
