/**
 * Bcc (or Cc) to mark sent, the convention FollowUpThen made known: the seeker sends a follow-up note to an
 * interviewer or contact with the assistant's address copied, and the follow-up it was is marked sent, its text
 * kept on the record. Pure: the email handler finds the record and answers with a one-line receipt.
 */
import type { Address } from "postal-mime";
import type { FollowUp, InterviewRecord } from "../store/schemas.ts";
import { firstOpen, isOpen } from "./commands.ts";

/** A note kept on the record: a follow-up mail, not a thread (its quoted history is cut before this). */
export const MAX_SENT_TEXT_CHARS = 4_000;
/** Recipients considered on one copied note: a note goes to one or two people, rarely a team. */
const MAX_RECIPIENTS = 20;

const mailboxes = (list: Address[] | undefined) =>
  (list ?? []).flatMap((a) => (a.group ? a.group : [a])).map((m) => m.address?.trim().toLowerCase() ?? "").filter(Boolean);

/** Whom a mail from the seeker was written to, besides the assistant and the seeker: To and Cc. */
export function noteRecipients(mail: { to?: Address[]; cc?: Address[] }, assistant: string, seeker: string): string[] {
  const skip = new Set([assistant.toLowerCase(), seeker.toLowerCase()]);
  return [...new Set([...mailboxes(mail.to), ...mailboxes(mail.cc)])].filter((a) => !skip.has(a)).slice(0, MAX_RECIPIENTS);
}

/** Whether the mail's To line names `address`. */
export function addressedTo(mail: { to?: Address[] }, address: string): boolean {
  return mailboxes(mail.to).includes(address.toLowerCase());
}

/**
 * The follow-up a note to `recipients` was: that person's reminded one, else their next open one. None before
 * the interview began (a note then is about arranging it, not a follow-up), and none once the interview is
 * cancelled.
 */
export function copiedFollowUp(r: InterviewRecord, recipients: string[], now: Date): FollowUp | null {
  if (r.cancelledAt || now.getTime() < Date.parse(r.start)) return null;
  const to = new Set(recipients);
  const theirs = r.followUps.filter((f) => isOpen(f) && f.recipient?.email && to.has(f.recipient.email.toLowerCase()));
  return firstOpen(theirs.sort((a, b) => a.due.localeCompare(b.due))) ?? null;
}

/** The record with that follow-up marked sent and the note's text kept. */
export function markCopied(r: InterviewRecord, followUpId: string, text: string, now: Date): InterviewRecord {
  const next = structuredClone(r);
  const f = next.followUps.find((x) => x.id === followUpId);
  if (f) Object.assign(f, { status: "sent", sentAt: now.toISOString(), sentText: text.trim().slice(0, MAX_SENT_TEXT_CHARS) || null });
  return next;
}
