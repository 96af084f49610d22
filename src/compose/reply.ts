/** The answer to a forward: what was understood, what is missing, the plan, the drafts. */
import type { Extraction, MissingField } from "../extract/types.ts";
import type { FollowUpKind } from "../schedule/plan.ts";
import { KIND_LABEL } from "./labels.ts";
import type { InterviewRecord } from "../store/schemas.ts";
import { type Draft, type DraftContext, draftFor, mailtoLink } from "./drafts.ts";
import { describePerson, formatSlot, formatWhen } from "./format.ts";


const MISSING_TEXT: Record<MissingField, { what: string; example: string }> = {
  start: { what: "the interview date and time", example: "date: Thursday, December 3, 2:00 PM ET" },
  company: { what: "the company", example: "company: Northwind Robotics" },
  role: { what: "the role", example: "role: Senior Backend Engineer" },
  interviewers: { what: "who interviews you", example: "interviewers: Priya Natarajan (Engineering Manager), Tom Brandt" },
  time_zone: { what: "the time zone of the interview", example: "date: Thursday, December 3, 2:00 PM CET" },
};

export function draftContext(r: InterviewRecord): DraftContext {
  return { company: r.company, role: r.role, start: r.start, seekerName: r.seeker.name, seekerTimeZone: r.seekerTimeZone, notes: r.notes };
}

export function draftsOf(r: InterviewRecord): Array<{ kind: FollowUpKind; id: string; draft: Draft }> {
  return r.followUps.map((f, i) => ({ kind: f.kind, id: f.id, draft: draftFor(f.kind, f.recipient, i, draftContext(r)) }));
}

export function renderDraft(d: Draft): string {
  const link = mailtoLink(d);
  return [`To: ${d.to ? describePerson({ ...d.to, title: null }) : "(the hiring team: add the address)"}`, `Subject: ${d.subject}`, "", d.body, ...(link ? ["", `Open as a new mail: ${link}`] : [])].join("\n");
}

function howToFix(missing: MissingField[], kept: boolean): string[] {
  if (missing.length === 0) return [];
  return [
    kept
      ? "To fix it, reply to this message with the missing details on lines of their own, for example:"
      : "To fix it, forward the confirmation to me again with the missing details on lines of their own above the forwarded message, for example:",
    ...missing.map((m) => `  ${MISSING_TEXT[m].example}`),
  ];
}

export function interviewSummary(r: InterviewRecord): string[] {
  const zone = r.timeZone ?? r.seekerTimeZone;
  const lines = [
    `  Company:       ${r.company ?? "(not found)"}`,
    `  Role:          ${r.role ?? "(not found)"}`,
    `  When:          ${formatSlot(r.start, r.end, zone)}${r.timeZone ? "" : r.zoneAssumed ? " (no zone in the mail: read as your zone)" : ""}`,
  ];
  if (zone !== r.seekerTimeZone) lines.push(`                 ${formatSlot(r.start, r.end, r.seekerTimeZone)} your time`);
  lines.push(`  Interviewers:  ${r.interviewers.length ? r.interviewers.map(describePerson).join("\n                 ") : "(none named)"}`);
  if (r.contacts.length) lines.push(`  Contact:       ${r.contacts.map(describePerson).join("\n                 ")}`);
  lines.push(`  Meeting link:  ${r.meetingUrl ?? "(none: onsite, or the link comes later)"}`);
  return lines;
}

export function composeTrackedReply(r: InterviewRecord, extraction: Extraction): { subject: string; text: string } {
  const missing = extraction.missing.filter((m) => m !== "start");
  const warnings = extraction.warnings.filter((w) => w === "weekday_mismatch");
  const drafts = draftsOf(r);
  const text = [
    `Hi ${r.seeker.name.split(" ")[0]},`,
    "",
    `I'm tracking your ${r.kind === "reschedule" ? "rescheduled " : ""}interview${r.company ? ` with ${r.company}` : ""}. Here is what I understood:`,
    "",
    ...interviewSummary(r),
    "",
    ...(missing.length ? [`Not found: ${missing.map((m) => MISSING_TEXT[m].what).join(", ")}.`, ...howToFix(missing, false), ""] : []),
    ...(warnings.length ? ["Please check the date: the weekday written in the mail does not match the date.", ""] : []),
    "The plan (your time):",
    ...r.followUps.map((f) => `  ${formatWhen(f.due, r.seekerTimeZone)}  ${KIND_LABEL[f.kind].plan}${f.recipient ? ` to ${f.recipient.name}` : ""}`),
    "",
    "I'll email you each one, with its draft, when it falls due.",
    "",
    "Thank-you drafts (the others come with their reminders):",
    ...drafts.filter((d) => d.kind === "thank_you" || d.kind === "thank_you_recruiter").flatMap((d) => ["", `=== ${KIND_LABEL[d.kind].plan}${d.draft.to ? ` to ${d.draft.to.name}` : ""} ===`, renderDraft(d.draft)]),
    "",
  ].join("\n");
  return { subject: `Tracking: ${r.role ?? "interview"}${r.company ? ` at ${r.company}` : ""}`, text };
}

const NOT_INTERVIEW_TEXT: Record<NonNullable<Extraction["notInterviewReason"]>, string> = {
  rejection: "This reads like a rejection, not an interview, so I have not scheduled anything.",
  offer: "This reads like an offer, not an interview, so I have not scheduled anything. Congratulations.",
  application_received: "This reads like an application acknowledgement: no interview is scheduled in it yet.",
  newsletter: "This reads like a job alert or newsletter, not an interview confirmation.",
  no_time: "I could not find when the interview is, so I have not scheduled anything.",
};

export function composeNotTrackedReply(e: Extraction, seekerName: string): { subject: string; text: string } {
  const reason = e.notInterviewReason ?? "no_time";
  const missing: MissingField[] = reason === "no_time" ? ["start", ...e.missing.filter((m) => m !== "start")] : [];
  const text = [
    `Hi ${seekerName.split(" ")[0]},`,
    "",
    NOT_INTERVIEW_TEXT[reason],
    ...(missing.length ? ["", `Missing: ${missing.map((m) => MISSING_TEXT[m].what).join(", ")}.`, ...howToFix(missing, true)] : []),
    ...(e.company || e.role ? ["", `I did see: ${[e.role, e.company].filter(Boolean).join(" at ")}.`] : []),
    ...(e.warnings.includes("correction_unreadable") ? ["", "I could not read the date you gave; write it like the example above, with a time zone."] : []),
    "",
    missing.length ? "Nothing is scheduled yet; I keep your forward for 14 days so your reply can complete it." : "Nothing was stored.",
    "",
  ].join("\n");
  return { subject: `Not tracked: ${e.original.subject ?? "your forward"}`, text };
}

export type UpdateKind = "duplicate" | "rescheduled" | "cancelled" | "cancel_unknown";

/** The answer to a mail about an interview already tracked. */
export function composeUpdateReply(kind: UpdateKind, r: InterviewRecord | null, e: Extraction, seekerName: string): { subject: string; text: string } {
  const hi = `Hi ${seekerName.split(" ")[0]},`;
  const plan = (rec: InterviewRecord) =>
    rec.followUps
      .filter((f) => f.status === "pending")
      .map((f) => `  ${formatWhen(f.due, rec.seekerTimeZone)}  ${KIND_LABEL[f.kind].plan}${f.recipient ? ` to ${f.recipient.name}` : ""}`);
  switch (kind) {
    case "duplicate":
      return {
        subject: `Already tracking: ${r!.role ?? "interview"}${r!.company ? ` at ${r!.company}` : ""}`,
        text: [hi, "", "I already track this interview at this time, so nothing changed.", "", ...interviewSummary(r!), "", "Still planned:", ...plan(r!), ""].join("\n"),
      };
    case "rescheduled":
      return {
        subject: `Rescheduled: ${r!.role ?? "interview"}${r!.company ? ` at ${r!.company}` : ""}`,
        text: [hi, "", "The interview moved, and so did every follow-up not yet sent.", "", ...interviewSummary(r!), "", "The plan now (your time):", ...plan(r!), ""].join("\n"),
      };
    case "cancelled": {
      const stopped = r!.followUps.filter((f) => f.status === "cancelled").length;
      return {
        subject: `Cancelled: ${r!.role ?? "interview"}${r!.company ? ` at ${r!.company}` : ""}`,
        text: [hi, "", `The interview${r!.company ? ` with ${r!.company}` : ""} on ${formatSlot(r!.start, r!.end, r!.seekerTimeZone)} is cancelled, so I stopped its ${stopped} pending follow-up${stopped === 1 ? "" : "s"}.`, "", "When they send a new time, forward it and I will plan again.", ""].join("\n"),
      };
    }
    case "cancel_unknown":
      return {
        subject: "Noted: interview cancelled",
        text: [hi, "", `This mail cancels an interview${e.company ? ` with ${e.company}` : ""}. I was not tracking it, so nothing changes and nothing was stored.`, ""].join("\n"),
      };
  }
}
