/** Shapes of everything kept in KV. Every read goes through these schemas. */
import { z } from "zod";

export const PersonSchema = z.object({
  name: z.string(),
  email: z.string().nullable(),
  title: z.string().nullable(),
});

export const FollowUpSchema = z.object({
  id: z.string(),
  kind: z.enum(["thank_you", "status_inquiry_1", "status_inquiry_2"]),
  recipient: PersonSchema.nullable(),
  due: z.iso.datetime(),
  status: z.enum(["pending", "sending", "sent", "cancelled"]),
  sentAt: z.iso.datetime().nullable(),
  attempts: z.number().int().min(0),
});

export const InterviewRecordSchema = z.object({
  v: z.literal(1),
  id: z.string(),
  seeker: z.object({ email: z.string(), name: z.string() }),
  seekerTimeZone: z.string(),
  messageId: z.string(),
  createdAt: z.iso.datetime(),
  kind: z.enum(["interview", "reschedule", "cancellation"]),
  company: z.string().nullable(),
  role: z.string().nullable(),
  start: z.iso.datetime(),
  end: z.iso.datetime().nullable(),
  timeZone: z.string().nullable(),
  zoneAssumed: z.boolean(),
  interviewers: z.array(PersonSchema),
  contacts: z.array(PersonSchema),
  meetingUrl: z.string().nullable(),
  timeline: z.string().nullable(),
  /** The seeker's notes on the conversation; personalise later drafts. */
  notes: z.string().nullable(),
  followUps: z.array(FollowUpSchema),
  /** Set once the reply went out, so a redelivered mail is answered exactly once. */
  replied: z.boolean(),
});

export const MessageIndexSchema = z.object({ id: z.string() });

export const DueMetaSchema = z.object({ id: z.string(), followUp: z.string() });

export type FollowUp = z.infer<typeof FollowUpSchema>;
export type InterviewRecord = z.infer<typeof InterviewRecordSchema>;
