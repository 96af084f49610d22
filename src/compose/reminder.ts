/** The reminder mail the cron sends the seeker when a follow-up falls due. */
import { hasDraft, thankYouIsLate } from "../schedule/plan.ts";
import type { FollowUp, InterviewRecord } from "../store/schemas.ts";
import { type Draft, type DraftContext, draftFor, handwrittenNote, linkedInNote, noteTopic, phoneScript } from "./drafts.ts";
import { prepQuestions } from "./prep.ts";
import { fold } from "../extract/people.ts";
import { describePerson, formatSlot, formatWhen } from "./format.ts";
import { KIND_LABEL } from "./labels.ts";
import type { Block } from "./render.ts";
import { type ComposedMail, draftContext, finish } from "./reply.ts";

/** A reminder this far past its moment is sent marked late, with a draft that owns the delay. */
const LATE_AFTER_MS = 24 * 3600_000;

/** `link`: with the meeting link (the interview-day reminder, read on the way to it). */
function interviewLine(r: InterviewRecord, link = false): Block {
  const when = [formatSlot(r.start, r.end, r.timeZone ?? r.seekerTimeZone)];
  if (r.timeZone && r.timeZone !== r.seekerTimeZone) when.push(`${formatSlot(r.start, r.end, r.seekerTimeZone)} your time`);
  const rows: Array<{ label: string; values: string[]; href?: string }> = [
    { label: "Interview", values: [`${r.role ?? "interview"}${r.company ? ` at ${r.company}` : ""}`] },
    { label: "When", values: when },
  ];
  if (r.interviewers.length) rows.push({ label: "With", values: r.interviewers.map(describePerson) });
  if (link && r.meetingUrl) rows.push({ label: "Link", values: [r.meetingUrl], href: r.meetingUrl });
  return { kind: "facts", rows };
}

export type ActionLink = { label: string; href: string };

/** Another follow-up of the same interview due in the same tick, sent in the same mail, with its own links. */
export type Together = { f: FollowUp; actions: ActionLink[] };

/** "Ana Silva, Bo Kim and Cy Diaz". */
const names = (xs: string[]) => (xs.length < 2 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}`);

/**
 * `assistant`: the address a seeker Bccs on the note they send, so it is marked sent (email.ts). `together`:
 * the loop's other thank-yous due now, so an onsite loop is one mail with every draft, not one mail each.
 */
/** A LinkedIn note to each interviewer this thank-you reminder is about (not the recruiter's thank-you). */
function linkedInBlocks(r: InterviewRecord, fs: FollowUp[], late: boolean): Block[] {
  const people = fs.filter((g) => g.kind === "thank_you" && g.recipient).map((g) => g.recipient!);
  if (people.length === 0) return [];
  return [
    { kind: "p", text: "Once the thank-you is sent, a short LinkedIn invitation keeps the connection (optional):" },
    ...people.map((p): Block => ({ kind: "draft", title: `LinkedIn note to ${p.name}`, draft: linkedInNote(p, { ...draftContext(r), late }) })),
  ];
}

/** The reflection the advice asks for before writing: a Franklin T, pluses on one side, minuses on the other. */
const REFLECT =
  "Before you send it, take a minute to reflect: reply plus: … for what speaks for the job and minus: … for what gave you pause (one per line; I keep them with your notes and on the status page).";

/** What the seeker promised to send: the draft says it is attached, so the reminder says to attach it. */
function promisedBlocks(r: InterviewRecord, fs: FollowUp[]): Block[] {
  const items = fs.flatMap((g) => {
    const what = (g.recipient ? r.promised[fold(g.recipient.name)] : undefined) ?? r.promised[""];
    return g.kind === "thank_you" && what ? [`Attach ${what}${g.recipient ? ` to the note to ${g.recipient.name}` : ""}: the draft says it is attached.`] : [];
  });
  return [...new Set(items)].map((text): Block => ({ kind: "p", text }));
}

/** For a senior role, the advice's handwritten card: posted the day of the interview, it stands out. */
function handwrittenBlocks(r: InterviewRecord, f: FollowUp): Block[] {
  const card = handwrittenNote(f.recipient, draftContext(r));
  return card ? [{ kind: "p", text: "For a senior role a short handwritten card, posted today, stands out beside the mail. Its few lines:" }, { kind: "examples", lines: [card] }] : [];
}

/** Why a note goes to a company that said no: the advice's stay-in-touch, some months on. */
const STAY_IN_TOUCH =
  "Some months ago they chose someone else. A short, warm note now keeps you in mind for the next opening, and asking for an introduction elsewhere is fair. Fill in what you have been working on; skip it if the door no longer interests you.";

/** The advice at its moment: keep the search moving while waiting; a call, not a third mail, after silence. */
function adviceBlocks(r: InterviewRecord, f: FollowUp): Block[] {
  if (f.kind === "status_inquiry_1") {
    return [{ kind: "p", text: "While you wait, keep your other applications moving: a pending answer here is no reason to pause the rest of your search." }];
  }
  if (f.id === "check-in-1") {
    return [
      { kind: "p", text: "If neither status inquiry got an answer, a short phone call works better than a third mail. What to say:" },
      { kind: "examples", lines: [phoneScript(draftContext(r))] },
    ];
  }
  return [];
}

/** The interview-day reminder: what to ask before leaving, the interview's facts, and what comes next. */
export function composePrep(r: InterviewRecord, f: FollowUp, actions: Array<{ label: string; href: string }>): ComposedMail {
  const next = r.followUps.filter((x) => x.status === "pending" && x.id !== f.id).sort((a, b) => a.due.localeCompare(b.due))[0];
  const what = `${r.role ?? "interview"}${r.company ? ` at ${r.company}` : ""}`;
  const blocks: Block[] = [
    interviewLine(r, true),
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

/** The draft of a follow-up that has one (the interview-day reminder is for the seeker alone). */
function draftOf(r: InterviewRecord, f: FollowUp, ctx: DraftContext): Draft[] {
  return hasDraft(f.kind) ? [draftFor(f.kind, f.recipient, r.followUps.indexOf(f), ctx, f.id)] : [];
}

export function composeReminder(r: InterviewRecord, f: FollowUp, now: Date, actions: ActionLink[] = [], assistant?: string, together: Together[] = []): ComposedMail {
  if (f.kind === "prep") return composePrep(r, f, actions);
  const late = now.getTime() - new Date(f.due).getTime() > LATE_AFTER_MS;
  const ctx = { ...draftContext(r), late };
  const inMail = new Set([f.id, ...together.map((t) => t.f.id)]);
  const next = r.followUps.filter((x) => x.status === "pending" && !inMail.has(x.id)).sort((a, b) => a.due.localeCompare(b.due))[0];
  const everyone = [f, ...together.map((t) => t.f)].map((x) => x.recipient?.name).filter((n): n is string => !!n);
  const who = everyone.length ? ` to ${names(everyone)}` : "";
  const single = f.recipient ? ` to ${f.recipient.name}` : "";
  const more = together.flatMap(({ f: g, actions: links }): Block[] => [
    ...draftOf(r, g, ctx).map((draft): Block => ({ kind: "draft", title: `Draft${g.recipient ? ` to ${g.recipient.name}` : ""}`, draft })),
    ...(links.length ? [{ kind: "actions", items: links } as Block] : []),
  ]);
  const blocks: Block[] = [
    ...(late ? [{ kind: "p", text: `This reminder is late: it was due ${formatWhen(f.due, r.seekerTimeZone)}. The draft below is adjusted for the delay.` } as Block] : []),
    ...(!late && f.kind.startsWith("thank_you") && thankYouIsLate(r, now)
      ? [{ kind: "p", text: "It is more than two days since the interview: a thank-you reads best within a day or two, so send this one today." } as Block]
      : []),
    interviewLine(r),
    ...(f.kind === "thank_you"
      ? [
          {
            kind: "p",
            text: `${REFLECT} ${
              noteTopic(r, f.recipient)
                ? "The draft already mentions the topic from your notes."
                : "Put one topic you discussed in place of the bracketed placeholder (or reply notes: the topic, and later drafts use it)."
            }`,
          } as Block,
          ...promisedBlocks(r, [f, ...together.map((t) => t.f)]),
          ...handwrittenBlocks(r, f),
        ]
      : []),
    ...draftOf(r, f, ctx).map((draft): Block => ({ kind: "draft", title: `Draft${single}`, draft })),
    ...(f.kind === "stay_in_touch" ? [{ kind: "p", text: STAY_IN_TOUCH } as Block] : []),
    ...adviceBlocks(r, f),
    ...(actions.length ? [{ kind: "actions", items: actions } as Block] : []),
    ...more,
    ...(assistant && f.recipient?.email
      ? [{ kind: "p", text: `When you send ${together.length ? "each" : "it"}, Bcc ${assistant} and I will mark it sent (or reply "sent" to this mail${together.length ? ", or \"sent Name\" for one" : ""}).` } as Block]
      : []),
    // The advice places the LinkedIn invitation after the thank-you, to the people met: it comes with the thank-yous.
    ...linkedInBlocks(r, [f, ...together.map((t) => t.f)], late),
    {
      kind: "p",
      text: next
        ? `Next in the plan: ${KIND_LABEL[next.kind].next}${next.recipient ? ` to ${next.recipient.name}` : ""}, ${formatWhen(next.due, r.seekerTimeZone)}.`
        : "This is the last follow-up in the plan.",
    },
  ];
  const due = together.length ? "Send your thank-you notes" : KIND_LABEL[f.kind].due;
  return finish(`${due}${who} – ${r.role ?? "interview"}${r.company ? ` at ${r.company}` : ""}`, {
    greeting: `${due}${who}${r.company ? ` (${r.company})` : ""}.`,
    blocks,
  });
}

/** Told to the seeker when a reminder could not be delivered after every retry. */
export function composeSendFailure(r: InterviewRecord, f: FollowUp): ComposedMail {
  const who = f.recipient ? ` to ${f.recipient.name}` : "";
  return finish(`Could not deliver a reminder: ${KIND_LABEL[f.kind].next}${who}`, {
    greeting: `I tried ${f.attempts} times to send you the reminder for your ${KIND_LABEL[f.kind].next}${who} (${r.role ?? "interview"}${r.company ? ` at ${r.company}` : ""}, due ${formatWhen(f.due, r.seekerTimeZone)}) and could not.`,
    blocks: [
      ...(hasDraft(f.kind)
        ? [{ kind: "p", text: "Here is its draft so nothing is lost:" } as Block, ...draftOf(r, f, draftContext(r)).map((draft): Block => ({ kind: "draft", title: `Draft${who}`, draft }))]
        : [{ kind: "p", text: "What it said to ask before you leave the interview:" } as Block, { kind: "examples", lines: prepQuestions(r) } as Block]),
    ],
  });
}
