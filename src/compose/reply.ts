/** The answer to a forward: what was understood, what is missing, the plan, the drafts. */
import { waitsForTime } from "../extract/kind.ts";
import type { Extraction, MissingField, ReadField } from "../extract/types.ts";
import { inquiryRecipient } from "../schedule/plan.ts";
import type { InterviewRecord } from "../store/schemas.ts";
import { type DraftContext, draftFor, offerReplyDraft, rejectionReplyDraft } from "./drafts.ts";
import { draftLang } from "./phrases/index.ts";
import { describePerson, formatSlot, formatWhen } from "./format.ts";
import { KIND_LABEL } from "./labels.ts";
import { interviewersExample, prepQuestions } from "./prep.ts";
import { type Block, type MailBody, renderHtml, renderText } from "./render.ts";

export type ComposedMail = { subject: string; text: string; html: string };

const MISSING_TEXT: Record<MissingField, { what: string; example: string }> = {
  start: { what: "the interview date and time", example: "date: Thursday, December 3, 2:00 PM ET" },
  company: { what: "the company", example: "company: Northwind Robotics" },
  role: { what: "the role", example: "role: Senior Backend Engineer" },
  interviewers: { what: "who interviews you", example: "interviewers: Priya Natarajan (Engineering Manager), Tom Brandt" },
  time_zone: { what: "the time zone of the interview", example: "date: Thursday, December 3, 2:00 PM CET" },
};

export function finish(subject: string, body: MailBody): ComposedMail {
  return { subject, text: renderText(body), html: renderHtml(body, subject) };
}

export function draftContext(r: InterviewRecord): DraftContext {
  return {
    company: r.company, role: r.role, start: r.start, seekerName: r.seeker.name, seekerTimeZone: r.seekerTimeZone, interviewZone: r.timeZone,
    notes: r.notes, personNotes: r.personNotes, promised: r.promised, format: r.meetingUrl ? "video" : null, lang: draftLang(r.language),
  };
}

/** "Hi Jordan,": the seeker's first name. */
export function hi(name: string): string {
  return `Hi ${name.split(" ")[0]},`;
}

/** Both answers that name what is missing are threaded: a reply with the details completes the record. */
function howToFix(missing: MissingField[]): Block[] {
  if (missing.length === 0) return [];
  return [
    { kind: "p", text: "To fix it, reply to this message with the missing details on lines of their own, for example:" },
    { kind: "examples", lines: missing.map((m) => MISSING_TEXT[m].example) },
  ];
}

/** Read from thin evidence: the reply states these as questions and asks the seeker to confirm them. */
function unsureOf(e: Extraction): ReadField[] {
  return (Object.keys(e.confidence) as ReadField[]).filter((f) => e.confidence[f] === "unsure");
}

const CHECK = " (not sure: please check)";

/** The line that would correct a field, written with what was read so that the seeker edits it in place. */
function correctionLine(f: ReadField, r: InterviewRecord): string {
  if (f === "company" && r.company) return `company: ${r.company}`;
  if (f === "role" && r.role) return `role: ${r.role}`;
  if (f === "interviewers" && r.interviewers.length) return `interviewers: ${r.interviewers.map((p) => (p.title ? `${p.name} (${p.title})` : p.name)).join(", ")}`;
  return MISSING_TEXT[f].example;
}

function confirmBlocks(unsure: ReadField[], r: InterviewRecord): Block[] {
  if (unsure.length === 0) return [];
  return [
    { kind: "p", text: `I am not sure of ${unsure.map((f) => MISSING_TEXT[f].what).join(", ")}. If I read it wrong, reply with the right details on lines of their own, for example:` },
    { kind: "examples", lines: unsure.map((f) => correctionLine(f, r)) },
  ];
}

export function interviewFacts(r: InterviewRecord, unsure: readonly ReadField[] = []): Block {
  const mark = (f: ReadField, v: string) => (unsure.includes(f) ? `${v}${CHECK}` : v);
  const zone = r.timeZone ?? r.seekerTimeZone;
  const when = [mark("start", `${formatSlot(r.start, r.end, zone)}${r.timeZone ? "" : r.zoneAssumed ? " (no zone in the mail: read as your zone)" : ""}`)];
  if (zone !== r.seekerTimeZone) when.push(`${formatSlot(r.start, r.end, r.seekerTimeZone)} your time`);
  const rows: Array<{ label: string; values: string[]; href?: string | null }> = [
    { label: "Company", values: [r.company ? mark("company", r.company) : "(not found)"] },
    { label: "Role", values: [r.role ? mark("role", r.role) : "(not found)"] },
    { label: "When", values: when },
    { label: "Interviewers", values: r.interviewers.length ? r.interviewers.map((p, i, all) => (i === all.length - 1 ? mark("interviewers", describePerson(p)) : describePerson(p))) : ["(none named)"] },
  ];
  if (r.contacts.length) rows.push({ label: "Contact", values: r.contacts.map(describePerson) });
  rows.push({ label: "Meeting link", values: [r.meetingUrl ?? "(none: onsite, or the link comes later)"], href: r.meetingUrl });
  return { kind: "facts", rows };
}

function planList(r: InterviewRecord, title: string, onlyPending = false): Block {
  return {
    kind: "list",
    title,
    items: r.followUps
      .filter((f) => !onlyPending || f.status === "pending")
      .map((f) => ({ when: formatWhen(f.due, r.seekerTimeZone), what: `${KIND_LABEL[f.kind].plan}${f.recipient ? ` to ${f.recipient.name}` : ""}` })),
  };
}

/** Who is missing an address the plan needs: the inquiries' contact (or nobody to ask at all), the interviewers. */
function addressBlocks(r: InterviewRecord): Block[] {
  const blocks: Block[] = [];
  const main = inquiryRecipient(r);
  if (!main) {
    blocks.push(
      { kind: "p", text: "The mail names no recruiter, coordinator or team address, so your status inquiries have no one to go to yet. Reply with who to ask, for example:" },
      { kind: "examples", lines: ["contact: Jordan Lee <jordan.lee@company.com>"] },
    );
  } else if (!main.email) {
    blocks.push({ kind: "p", text: `I have no address for ${main.name}, who gets your status inquiries. Reply with it, for example:` }, { kind: "examples", lines: [`contact: ${main.name} <address>`] });
  }
  const unaddressed = r.interviewers.filter((p) => !p.email);
  if (unaddressed.length) {
    blocks.push(
      { kind: "p", text: `I have no address for ${unaddressed.map((p) => p.name).join(", ")}: each thank-you needs one (the recruiter can give it, or the invite's guest list). Reply with them, for example:` },
      { kind: "examples", lines: [interviewersExample(r)] },
    );
  }
  return blocks;
}

/**
 * Forwarded on the interview's day, past its morning reminder: what that reminder would have asked comes with the
 * answer. Only while the interview is still ahead (a record's `createdAt` is the mail's arrival).
 */
function sameDayBlocks(r: InterviewRecord): Block[] {
  const arrived = Date.parse(r.createdAt);
  const ahead = Date.parse(r.start) - arrived;
  if (r.followUps.some((f) => f.kind === "prep") || ahead <= 0 || ahead > SAME_DAY_MS) return [];
  return [{ kind: "p", text: "Your interview is soon. Before you leave it, ask:" }, { kind: "examples", lines: prepQuestions(r) }];
}

/** An interview starting within this of the forward is "today" for the questions to ask there. */
const SAME_DAY_MS = 18 * 3_600_000;

/** `earlier.ended`: the earlier round's inquiries and check-ins this round ended. */
export function composeTrackedReply(r: InterviewRecord, extraction: Extraction, statusUrl: string | null = null, earlier = { ended: 0 }): ComposedMail {
  const missing = extraction.missing.filter((m) => m !== "start");
  const ctx = draftContext(r);
  const thanks = r.followUps.flatMap((f, i) =>
    f.kind === "thank_you" || f.kind === "thank_you_recruiter" ? [{ kind: f.kind, draft: draftFor(f.kind, f.recipient, i, ctx, f.id) }] : [],
  );
  const blocks: Block[] = [
    { kind: "p", text: `I'm tracking your ${r.kind === "reschedule" ? "rescheduled " : ""}${r.round > 1 ? `round ${r.round} ` : ""}interview${r.company ? ` with ${r.company}` : ""}. Here is what I understood:` },
    ...(r.round > 1 ? [{ kind: "p", text: roundText(r, earlier.ended) } as Block] : []),
    interviewFacts(r, unsureOf(extraction)),
    ...confirmBlocks(unsureOf(extraction), r),
    ...(missing.length ? [{ kind: "p", text: `Not found: ${missing.map((m) => MISSING_TEXT[m].what).join(", ")}.` } as Block, ...howToFix(missing)] : []),
    ...addressBlocks(r),
    ...(extraction.warnings.includes("weekday_mismatch") ? [{ kind: "p", text: "Please check the date: the weekday written in the mail does not match the date." } as Block] : []),
    ...sameDayBlocks(r),
    planList(r, "The plan (your time):"),
    { kind: "p", text: "I'll email you each one, with its draft, when it falls due. A calendar file with the plan is attached. Reply 'help' to see how to steer me." },
    ...(statusUrl ? [{ kind: "actions", items: [{ label: "See everything pending", href: statusUrl }] } as Block] : []),
    { kind: "heading", text: "Thank-you drafts (the others come with their reminders):" },
    ...thanks.map((d): Block => ({ kind: "draft", title: `${KIND_LABEL[d.kind].plan}${d.draft.to ? ` to ${d.draft.to.name}` : ""}`, draft: d.draft })),
  ];
  return finish(`Tracking: ${r.role ?? "interview"}${r.company ? ` at ${r.company}` : ""}`, { greeting: hi(r.seeker.name), blocks });
}

function roundText(r: InterviewRecord, ended: number): string {
  const before = `round ${r.round - 1}`;
  if (!ended) return `This is round ${r.round} of the application: ${before}'s thank-yous stay as they are.`;
  return `This is round ${r.round} of the application, so ${before}'s ${ended} open status inquir${ended === 1 ? "y and check-in is" : "ies and check-ins are"} no longer needed: I took ${ended === 1 ? "it" : "them"} out of the plan (and your calendar). Its thank-yous stay as they are.`;
}

const NOT_INTERVIEW_TEXT: Record<NonNullable<Extraction["notInterviewReason"]>, string> = {
  rejection: "This reads like a rejection, not an interview, so I have not scheduled anything. I'm sorry. A gracious reply keeps the door open; here is one.",
  offer: "This reads like an offer, not an interview, so I have not scheduled anything. Congratulations. Here is a reply that asks for the written offer and the decision date.",
  out_of_office: "This is an out-of-office reply, and it is not about an interview I track, so nothing changes.",
  application_received: "This reads like an application acknowledgement: no interview is scheduled in it yet.",
  newsletter: "This reads like a job alert or newsletter, not an interview confirmation.",
  times_proposed: "This mail offers times to choose from: none is fixed yet, so I have not scheduled anything.",
  no_time: "I could not find when the interview is, so I have not scheduled anything.",
  assessment: "This is an assessment to take by a deadline, not an interview with someone, so I have not planned follow-ups. Good luck with it; forward the invitation to the interview that follows.",
  not_about_interview: "I have not tracked this: nothing in it says it is a job interview.",
};

export function composeNotTrackedReply(e: Extraction, seekerName: string, seekerTimeZone = "UTC"): ComposedMail {
  const reason = e.notInterviewReason ?? "no_time";
  const missing: MissingField[] = waitsForTime(reason) ? ["start", ...e.missing.filter((m) => m !== "start")] : [];
  const sender = e.original.fromName && e.original.from ? { name: e.original.fromName, email: e.original.from, title: null } : null;
  const ctx: DraftContext = { company: e.company, role: e.role, start: e.start ?? new Date(0).toISOString(), seekerName, seekerTimeZone, notes: null };
  const answer = reason === "rejection" ? rejectionReplyDraft(sender, ctx) : reason === "offer" ? offerReplyDraft(sender, ctx) : null;
  const blocks: Block[] = [
    { kind: "p", text: NOT_INTERVIEW_TEXT[reason] },
    ...(answer ? [{ kind: "draft", title: reason === "offer" ? "Reply to the offer" : "Reply to the rejection", draft: answer } as Block] : []),
    ...(reason === "times_proposed"
      ? [{ kind: "p", text: "When you have picked one, forward its confirmation to me, or reply to this message with it on a line of its own, for example:" } as Block, { kind: "examples", lines: [MISSING_TEXT.start.example] } as Block]
      : missing.length
        ? [{ kind: "p", text: `Missing: ${missing.map((m) => MISSING_TEXT[m].what).join(", ")}.` } as Block, ...howToFix(missing)]
        : []),
    ...(reason === "not_about_interview"
      ? [
          { kind: "p", text: `I saw: ${[e.original.subject ? `"${e.original.subject}"` : null, e.original.fromName ?? e.original.from, e.original.date].filter(Boolean).join(", ")}.` } as Block,
          { kind: "p", text: "If it is an interview, reply to this message with this word on a line of its own, and I will plan its follow-ups:" } as Block,
          { kind: "examples", lines: ["track"] } as Block,
        ]
      : []),
    ...(e.company || e.role ? [{ kind: "p", text: `I did see: ${[e.role, e.company].filter(Boolean).join(" at ")}.` } as Block] : []),
    ...(e.warnings.includes("correction_unreadable") ? [{ kind: "p", text: "I could not read the date you gave; write it like the example above, with a time zone." } as Block] : []),
    { kind: "p", text: missing.length || reason === "not_about_interview" ? "Nothing is scheduled yet; I keep your forward for 14 days so your reply can complete it." : "Nothing was stored." },
  ];
  return finish(`Not tracked: ${e.original.subject ?? "your forward"}`, { greeting: hi(seekerName), blocks });
}

export type UpdateKind = "duplicate" | "rescheduled" | "cancelled" | "cancel_unknown";

/** The answer to a mail about an interview already tracked. */
export function composeUpdateReply(kind: UpdateKind, r: InterviewRecord | null, e: Extraction, seekerName: string): ComposedMail {
  const title = r ? `${r.role ?? "interview"}${r.company ? ` at ${r.company}` : ""}` : "";
  const body = (blocks: Block[]): MailBody => ({ greeting: hi(seekerName), blocks });
  switch (kind) {
    case "duplicate":
      return finish(`Already tracking: ${title}`, body([{ kind: "p", text: "I already track this interview at this time, so nothing changed." }, interviewFacts(r!), planList(r!, "Still planned:", true)]));
    case "rescheduled":
      return finish(`Rescheduled: ${title}`, body([{ kind: "p", text: "The interview moved, and so did every follow-up not yet sent." }, interviewFacts(r!), planList(r!, "The plan now (your time):", true)]));
    case "cancelled": {
      const stopped = r!.followUps.filter((f) => f.status === "cancelled").length;
      return finish(
        `Cancelled: ${title}`,
        body([
          { kind: "p", text: `The interview${r!.company ? ` with ${r!.company}` : ""} on ${formatSlot(r!.start, r!.end, r!.seekerTimeZone)} is cancelled, so I stopped its ${stopped} pending follow-up${stopped === 1 ? "" : "s"}.` },
          { kind: "p", text: "When they send a new time, forward it and I will plan again." },
        ]),
      );
    }
    case "cancel_unknown":
      return finish("Noted: interview cancelled", body([{ kind: "p", text: `This mail cancels an interview${e.company ? ` with ${e.company}` : ""}. I was not tracking it, so nothing changes and nothing was stored.` }]));
  }
}
