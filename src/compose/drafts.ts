/**
 * Ready-to-send drafts. Pure text: the seeker sends them from their own mailbox.
 * Rules (DESIGN.md): subject says what it is; greeting by first name; one marked
 * placeholder for a concrete moment; no exclamation marks; 50–150 words.
 */
import type { Person } from "../extract/types.ts";
import type { FollowUpKind } from "../schedule/plan.ts";
import { dayName, firstName } from "./format.ts";

export const PLACEHOLDER = "[one thing you discussed]";

export type DraftContext = {
  company: string | null;
  role: string | null;
  start: string;
  seekerName: string;
  seekerTimeZone: string;
  notes: string | null;
  /** The moment has passed (the reminder went out late): the draft says so. */
  late?: boolean;
};

export type Draft = { to: Person | null; subject: string; body: string };

// Panel members each get a different opening, so a panel does not compare identical notes.
const THANK_OPENINGS = [
  (day: string, role: string, company: string) => `Thank you for taking the time to speak with me on ${day} about the ${role} role${company}.`,
  (day: string, role: string, company: string) => `I appreciated our conversation on ${day} and the chance to learn more about the ${role} role${company}.`,
  (day: string, role: string, company: string) => `Thank you for meeting with me on ${day}; I enjoyed hearing your perspective on the ${role} role${company}.`,
  (day: string, role: string, company: string) => `It was a pleasure to speak with you on ${day} about the ${role} position${company}.`,
];

function greeting(to: Person | null): string {
  const first = firstName(to);
  return first ? `Hi ${first},` : "Hello,";
}

function signOff(name: string): string {
  return `Best regards,\n${name}`;
}

export function thankYouDraft(to: Person | null, index: number, ctx: DraftContext): Draft {
  const role = ctx.role ?? "open";
  const at = ctx.company ? ` at ${ctx.company}` : "";
  const opening = THANK_OPENINGS[index % THANK_OPENINGS.length]!(dayName(ctx.start, ctx.seekerTimeZone), role, at);
  const moment = ctx.notes ? `I especially valued our discussion of ${ctx.notes.replace(/[.!]+$/, "")}` : `I especially valued our discussion of ${PLACEHOLDER}`;
  const body = [
    greeting(to),
    "",
    ...(ctx.late ? ["I apologise for the delay in writing.", ""] : []),
    `${opening} ${moment}, and it reinforced my interest in the position.`,
    "",
    `From what I heard, the team's priorities line up well with my experience, and I am confident I could contribute from the start.`,
    "",
    `Please let me know if I can share anything else that would be helpful. I look forward to hearing about the next steps.`,
    "",
    signOff(ctx.seekerName),
  ].join("\n");
  return { to, subject: `Thank you – ${ctx.role ?? "interview"}${ctx.role ? " interview" : ""} – ${ctx.seekerName}`, body };
}

export function statusInquiryDraft(to: Person | null, which: 1 | 2, ctx: DraftContext): Draft {
  const role = ctx.role ? `the ${ctx.role} role` : "the role";
  const company = ctx.company ? ` at ${ctx.company}` : "";
  const day = new Intl.DateTimeFormat("en-US", { month: "long", day: "numeric", timeZone: ctx.seekerTimeZone }).format(new Date(ctx.start));
  const lines =
    which === 1
      ? [
          `I hope you are doing well. I am following up on my interview on ${day} for ${role}${company}.`,
          "",
          `I remain very interested in the position and in the work the team is doing. Could you share an update on the timeline for next steps?`,
          "",
          `I am happy to provide anything else that would help with your decision. Thank you for your time.`,
        ]
      : [
          `I hope your week is going well. I wanted to check in once more about ${role}${company}, following our conversation on ${day}.`,
          "",
          `I understand these decisions take time, and I am still very interested in the opportunity. If there is any update on the process, I would be grateful to hear it.`,
          "",
          `Thank you again for considering my application.`,
        ];
  const subject = `Following up – ${ctx.role ?? "interview"}${ctx.role ? " interview" : ""} – ${ctx.seekerName}`;
  return { to, subject, body: [greeting(to), "", ...lines, "", signOff(ctx.seekerName)].join("\n") };
}

export function recruiterThankYouDraft(to: Person | null, ctx: DraftContext): Draft {
  const role = ctx.role ? `the ${ctx.role} interview` : "my interview";
  const body = [
    greeting(to),
    "",
    `Thank you for arranging ${role}${ctx.company ? ` with ${ctx.company}` : ""} and for keeping everything so well organised. I enjoyed the conversation and came away even more interested in the role.`,
    "",
    `Please let me know if there is anything else you need from me, or any update on the next steps when you have one.`,
    "",
    signOff(ctx.seekerName),
  ].join("\n");
  return { to, subject: `Thank you – ${ctx.role ?? "interview"}${ctx.role ? " interview" : ""} – ${ctx.seekerName}`, body };
}

export const RESOURCE_PLACEHOLDER = "[an article, talk or idea relevant to the team]";

export function checkInDraft(to: Person | null, ctx: DraftContext): Draft {
  const body = [
    greeting(to),
    "",
    `No response needed: I came across ${RESOURCE_PLACEHOLDER} and thought of our conversation about ${ctx.role ? `the ${ctx.role} role` : "the role"}${ctx.company ? ` at ${ctx.company}` : ""}. I thought it might be useful to you and the team.`,
    "",
    `I remain interested in the opportunity and would be glad to stay in touch.`,
    "",
    signOff(ctx.seekerName),
  ].join("\n");
  return { to, subject: `Something you may find useful – ${ctx.seekerName}`, body };
}

export function draftFor(kind: FollowUpKind, to: Person | null, index: number, ctx: DraftContext): Draft {
  switch (kind) {
    case "thank_you":
      return thankYouDraft(to, index, ctx);
    case "thank_you_recruiter":
      return recruiterThankYouDraft(to, ctx);
    case "check_in":
      return checkInDraft(to, ctx);
    case "status_inquiry_1":
      return statusInquiryDraft(to, 1, ctx);
    case "status_inquiry_2":
      return statusInquiryDraft(to, 2, ctx);
  }
}

/** RFC 6068 mailto: link that opens the draft prefilled. */
export function mailtoLink(d: Draft): string | null {
  if (!d.to?.email) return null;
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, "\r\n"));
  return `mailto:${encodeURIComponent(d.to.email).replace(/%40/g, "@")}?subject=${enc(d.subject)}&body=${enc(d.body)}`;
}
