/**
 * Pure steps between an extraction and the records it creates or changes:
 * a new record, which stored interview a later mail is about, a reschedule
 * that moves every pending follow-up, a cancellation that stops them, a later round that ends the earlier
 * round's inquiries.
 */
import type { Extraction } from "../extract/types.ts";
import { fold } from "../extract/people.ts";
import { holidayCountry } from "../schedule/holidays.ts";
import { planFollowUps, type PlannedFollowUp } from "../schedule/plan.ts";
import { draftLang } from "../compose/phrases/index.ts";
import type { Policy } from "../schedule/policy.ts";
import type { FollowUp, InterviewRecord, SeekerEntry } from "../store/schemas.ts";

/** `holidayCountry`: whose holidays are days off (null: none; left out: the zone's country). */
/** `language`: the seeker's `language:` setting, which the drafts use over the mail's. */
export type Settings = { seekerTimeZone: string; holidayCountry?: string | null; policy?: Policy; language?: string | null };

/** The planning settings a deployment's config gives. */
export function settingsOf(cfg: { seekerTimeZone: string; holidayCountry?: string | null; policy?: Policy; language?: string | null }): Settings {
  return { seekerTimeZone: cfg.seekerTimeZone, holidayCountry: cfg.holidayCountry, policy: cfg.policy, language: cfg.language };
}

/** Two starts this close are the same slot (invites and prose may round differently). */
const SAME_SLOT_MS = 60_000;

/** A planned follow-up as the record stores it: pending, never reminded, never tried. */
export function pendingFollowUp(f: PlannedFollowUp): FollowUp {
  return { id: f.id, kind: f.kind, recipient: f.recipient, due: f.due, status: "pending", sentAt: null, sentText: null, remindedAt: null, attempts: 0, claimedAt: null, claim: null };
}

function plan(e: Pick<Extraction, "start" | "end" | "interviewers" | "contacts" | "teamMailbox" | "timeline">, settings: Settings, now: Date): FollowUp[] {
  return planFollowUps(
    { start: e.start!, end: e.end, interviewers: e.interviewers, contacts: e.contacts, teamMailbox: e.teamMailbox, timeline: e.timeline },
    { now, seekerTimeZone: settings.seekerTimeZone, holidayCountry: settings.holidayCountry, policy: settings.policy },
  ).map(pendingFollowUp);
}

export function newRecord(
  id: string,
  messageId: string,
  e: Extraction,
  seeker: InterviewRecord["seeker"],
  settings: Settings,
  now: Date,
): InterviewRecord {
  return {
    v: 1,
    id,
    seeker,
    seekerTimeZone: settings.seekerTimeZone,
    holidayCountry: holidayCountry(settings.seekerTimeZone, settings.holidayCountry),
    messageId,
    createdAt: now.toISOString(),
    kind: e.kind === "reschedule" ? "reschedule" : "interview",
    round: 1,
    cancelledAt: null,
    company: e.company,
    role: e.role,
    start: e.start!,
    end: e.end,
    timeZone: e.timeZone,
    zoneAssumed: e.zoneAssumed,
    interviewers: e.interviewers,
    contacts: e.contacts,
    teamMailbox: e.teamMailbox,
    meetingUrl: e.meetingUrl,
    inviteUid: e.inviteUid,
    timeline: e.timeline,
    notes: null,
    personNotes: {},
    promised: {},
    reflection: { plus: [], minus: [] },
    language: draftLang(settings.language ?? e.language),
    followUps: plan(e, settings, now),
    replied: false,
  };
}

/** The stored interview a later mail is about: the same invite, else the same company (nearest start). */
export function findMatch(entries: SeekerEntry[], e: Extraction): SeekerEntry | null {
  if (e.inviteUid) {
    const byUid = entries.find((x) => x.inviteUid === e.inviteUid);
    if (byUid) return byUid;
  }
  if (!e.company) return null;
  const company = fold(e.company);
  const same = entries.filter((x) => x.company && fold(x.company) === company);
  if (same.length === 0) return null;
  const target = e.start ? new Date(e.start).getTime() : Date.now();
  return same.sort((a, b) => Math.abs(new Date(a.start).getTime() - target) - Math.abs(new Date(b.start).getTime() - target))[0]!;
}

/**
 * Rounds of one application: the company agrees, and the role too where both name one ("Senior Data Engineer"
 * in round 1, no role in round 2's calendar invite is the same application).
 */
export function sameApplication(a: { company: string | null; role: string | null }, b: { company: string | null; role: string | null }): boolean {
  if (!a.company || !b.company || fold(a.company) !== fold(b.company)) return false;
  return !a.role || !b.role || fold(a.role) === fold(b.role);
}

/** The kinds a later round ends: asking how the last round went, or checking in, means nothing once the next is set. */
const ENDED_BY_NEXT_ROUND = new Set<FollowUp["kind"]>(["status_inquiry_1", "status_inquiry_2", "check_in"]);

/**
 * A later round's confirmation takes over: the earlier round's open status inquiries and check-ins are
 * cancelled; its thank-yous stay (they thank people for a conversation that happened).
 */
export function endRound(r: InterviewRecord): { record: InterviewRecord; ended: number } {
  let ended = 0;
  const followUps = r.followUps.map((f) => {
    if (!ENDED_BY_NEXT_ROUND.has(f.kind) || (f.status !== "pending" && f.status !== "reminded")) return f;
    ended++;
    return { ...f, status: "cancelled" as const };
  });
  return { record: { ...r, followUps }, ended };
}

export function sameSlot(a: string, b: string | null): boolean {
  return !!b && Math.abs(new Date(a).getTime() - new Date(b).getTime()) < SAME_SLOT_MS;
}

/** Moves the interview and every follow-up not yet sent; what was sent stays sent. */
export function reschedule(r: InterviewRecord, e: Extraction, settings: Settings, now: Date): InterviewRecord {
  const moved = {
    start: e.start!,
    end: e.end,
    interviewers: e.interviewers.length ? e.interviewers : r.interviewers,
    contacts: e.contacts.length ? e.contacts : r.contacts,
    teamMailbox: e.teamMailbox ?? r.teamMailbox,
    timeline: e.timeline ?? r.timeline,
  };
  // A moved interview gets its interview-day reminder again, on its new day.
  const movedDay = !sameSlot(r.start, moved.start);
  const followUps = plan(moved, settings, now).map((f) => {
    const old = r.followUps.find((o) => o.id === f.id);
    const done = old && (old.status === "sent" || old.status === "reminded" || old.status === "failed");
    return done && !(f.kind === "prep" && movedDay) ? old : f;
  });
  // Kept beside the new plan: what a rejection planned (it follows the rejection, not the interview), and an
  // interview-day reminder already delivered for an interview that did not move (a plan made now has none).
  const ids = new Set(followUps.map((f) => f.id));
  followUps.push(...r.followUps.filter((o) => !ids.has(o.id) && (o.kind === "stay_in_touch" || (o.kind === "prep" && !movedDay && o.status !== "pending"))));
  return {
    ...r,
    ...moved,
    kind: "reschedule",
    cancelledAt: null,
    timeZone: e.timeZone ?? r.timeZone,
    zoneAssumed: e.zoneAssumed,
    meetingUrl: e.meetingUrl ?? r.meetingUrl,
    inviteUid: e.inviteUid ?? r.inviteUid,
    role: r.role ?? e.role,
    followUps,
  };
}

export function cancel(r: InterviewRecord, now: Date): InterviewRecord {
  return {
    ...r,
    cancelledAt: now.toISOString(),
    followUps: r.followUps.map((f) => (f.status === "pending" || f.status === "sending" ? { ...f, status: "cancelled" as const } : f)),
  };
}
