/** Shapes of everything kept in KV. Every read goes through these schemas. */
// zod/mini: the same parsing, a third of the bytes in a budgeted bundle.
import * as z from "zod/mini";
import { FOLLOW_UP_KINDS } from "../schedule/plan.ts";

export const PersonSchema = z.object({
  name: z.string(),
  email: z.nullable(z.string()),
  title: z.nullable(z.string()),
});

const isoOrNull = z.nullable(z.iso.datetime());
const count = z.int().check(z.minimum(0));

export const FollowUpSchema = z.object({
  id: z.string(),
  kind: z.enum(FOLLOW_UP_KINDS),
  recipient: z.nullable(PersonSchema),
  due: z.iso.datetime(),
  /**
   * pending → sending (claimed by a tick) → reminded (the reminder went out) → sent (the seeker says they sent it);
   * failed after MAX_SEND_ATTEMPTS; cancelled by a skip, a stop or a cancellation. A snooze makes it pending again.
   */
  status: z.enum(["pending", "sending", "reminded", "sent", "failed", "cancelled"]),
  /** When the seeker marked it sent. */
  sentAt: isoOrNull,
  /** The note the seeker sent, when they copied the assistant on it (Bcc to mark sent). */
  sentText: z._default(z.nullable(z.string()), null),
  /** When its reminder went out. */
  remindedAt: z._default(isoOrNull, null),
  attempts: count,
  /** When a tick claimed it; a claim older than CLAIM_TIMEOUT is taken over. */
  claimedAt: z._default(isoOrNull, null),
  /** The claiming tick's random token: equal only for the tick that wrote it. */
  claim: z._default(z.nullable(z.string()), null),
});

export const InterviewRecordSchema = z.object({
  v: z.literal(1),
  id: z.string(),
  seeker: z.object({ email: z.string(), name: z.string() }),
  seekerTimeZone: z.string(),
  /** Whose public holidays are days off (null: none); records from before holidays lack it: the zone's country. */
  holidayCountry: z.optional(z.nullable(z.string())),
  messageId: z.string(),
  createdAt: z.iso.datetime(),
  kind: z.enum(["interview", "reschedule", "cancellation"]),
  /** Which round of its application (company and role) this interview is; records from before rounds: 1. */
  round: z._default(z.int().check(z.minimum(1)), 1),
  /** Set when a cancellation arrived: every pending follow-up is cancelled. */
  cancelledAt: z._default(isoOrNull, null),
  company: z.nullable(z.string()),
  role: z.nullable(z.string()),
  start: z.iso.datetime(),
  end: isoOrNull,
  timeZone: z.nullable(z.string()),
  zoneAssumed: z.boolean(),
  interviewers: z.array(PersonSchema),
  contacts: z.array(PersonSchema),
  /** The hiring team's shared mailbox, for inquiries when no contact is named; absent in older records. */
  teamMailbox: z._default(z.nullable(z.string()), null),
  meetingUrl: z.nullable(z.string()),
  /** The invite's UID, so a later update or cancellation of the same invite finds this record. */
  inviteUid: z._default(z.nullable(z.string()), null),
  timeline: z.nullable(z.string()),
  /** The seeker's notes on the conversation; personalise later drafts. */
  notes: z.nullable(z.string()),
  /** Notes for one interviewer (`notes Priya: …`), by folded name; absent in older records. */
  personNotes: z._default(z.record(z.string(), z.string()), {}),
  /** What the seeker promised to send (`promised: …`), by folded name, "" for everyone; absent in older records. */
  promised: z._default(z.record(z.string(), z.string()), {}),
  /** The seeker's reflection before writing (`plus: …`, `minus: …`): the Franklin T the advice asks for. */
  reflection: z._default(z.object({ plus: z.array(z.string()), minus: z.array(z.string()) }), { plus: [], minus: [] }),
  /** The language the drafts are written in (compose/phrases): the mail's, or the seeker's `language:`. */
  language: z._default(z.string(), "en"),
  followUps: z.array(FollowUpSchema),
  /** Set once the reply went out, so a redelivered mail is answered exactly once. */
  replied: z.boolean(),
});

export const MessageIndexSchema = z.object({ id: z.string() });

export const SeekerEntrySchema = z.object({
  company: z.nullable(z.string()),
  role: z.nullable(z.string()),
  start: z.string(),
  inviteUid: z._default(z.nullable(z.string()), null),
});

export const DueMetaSchema = z.object({ id: z.string(), followUp: z.string() });

export type SeekerEntry = z.infer<typeof SeekerEntrySchema> & { id: string };
export type FollowUp = z.infer<typeof FollowUpSchema>;
export type InterviewRecord = z.infer<typeof InterviewRecordSchema>;
