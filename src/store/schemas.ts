/** Shapes of everything kept in KV. Every read goes through these schemas. */
// Namespace import: the named `z` object would pull every zod locale into the bundle.
import * as z from "zod";
import { FOLLOW_UP_KINDS } from "../schedule/plan.ts";

export const PersonSchema = z.object({
  name: z.string(),
  email: z.string().nullable(),
  title: z.string().nullable(),
});

export const FollowUpSchema = z.object({
  id: z.string(),
  kind: z.enum(FOLLOW_UP_KINDS),
  recipient: PersonSchema.nullable(),
  due: z.iso.datetime(),
  /** pending → sending (claimed by a tick) → sent; failed after MAX_SEND_ATTEMPTS; cancelled by a cancellation. */
  status: z.enum(["pending", "sending", "sent", "failed", "cancelled"]),
  sentAt: z.iso.datetime().nullable(),
  attempts: z.number().int().min(0),
  /** When a tick claimed it; a claim older than CLAIM_TIMEOUT is taken over. */
  claimedAt: z.iso.datetime().nullable().default(null),
  /** The claiming tick's random token: equal only for the tick that wrote it. */
  claim: z.string().nullable().default(null),
});

export const InterviewRecordSchema = z.object({
  v: z.literal(1),
  id: z.string(),
  seeker: z.object({ email: z.string(), name: z.string() }),
  seekerTimeZone: z.string(),
  messageId: z.string(),
  createdAt: z.iso.datetime(),
  kind: z.enum(["interview", "reschedule", "cancellation"]),
  /** Set when a cancellation arrived: every pending follow-up is cancelled. */
  cancelledAt: z.iso.datetime().nullable().default(null),
  company: z.string().nullable(),
  role: z.string().nullable(),
  start: z.iso.datetime(),
  end: z.iso.datetime().nullable(),
  timeZone: z.string().nullable(),
  zoneAssumed: z.boolean(),
  interviewers: z.array(PersonSchema),
  contacts: z.array(PersonSchema),
  meetingUrl: z.string().nullable(),
  /** The invite's UID, so a later update or cancellation of the same invite finds this record. */
  inviteUid: z.string().nullable().default(null),
  timeline: z.string().nullable(),
  /** The seeker's notes on the conversation; personalise later drafts. */
  notes: z.string().nullable(),
  followUps: z.array(FollowUpSchema),
  /** Set once the reply went out, so a redelivered mail is answered exactly once. */
  replied: z.boolean(),
});

export const MessageIndexSchema = z.object({ id: z.string() });

export const SeekerEntrySchema = z.object({
  company: z.string().nullable(),
  role: z.string().nullable(),
  start: z.string(),
  inviteUid: z.string().nullable().default(null),
});

export const DueMetaSchema = z.object({ id: z.string(), followUp: z.string() });

export type SeekerEntry = z.infer<typeof SeekerEntrySchema> & { id: string };
export type FollowUp = z.infer<typeof FollowUpSchema>;
export type InterviewRecord = z.infer<typeof InterviewRecordSchema>;
