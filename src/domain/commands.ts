/**
 * Applying the seeker's reply commands to an interview record. Pure: the email
 * handler loads and stores; this decides what changes and what to say.
 */
import type { Command } from "../extract/commands.ts";
import { fold } from "../extract/people.ts";
import type { Extraction } from "../extract/types.ts";
import { findWhen } from "../extract/when.ts";
import { wallClockOf } from "../time/wallclock.ts";
import { type Draft, offerReplyDraft, rejectionReplyDraft, topicOf, withdrawDraft } from "../compose/drafts.ts";
import { KIND_LABEL } from "../compose/labels.ts";
import { formatWhen } from "../compose/format.ts";
import { draftContext } from "../compose/reply.ts";
import type { FollowUp, InterviewRecord } from "../store/schemas.ts";
import { onBusinessDay } from "../schedule/business-time.ts";
import { stayInTouch, thankYouIsLate } from "../schedule/plan.ts";
import { pendingFollowUp, reschedule, type Settings } from "./changes.ts";

export type Applied = { record: InterviewRecord; lines: string[]; drafts: Array<{ title: string; draft: Draft }> };

const label = (f: FollowUp) => `${KIND_LABEL[f.kind].plan}${f.recipient ? ` to ${f.recipient.name}` : ""}`;

/** The record as an extraction, so a correction can go through the same reschedule as a forwarded one. */
function asExtraction(r: InterviewRecord, over: Partial<Extraction>): Extraction {
  return {
    kind: "reschedule", company: r.company, role: r.role, start: r.start, end: r.end, timeZone: r.timeZone, zoneAssumed: r.zoneAssumed,
    interviewers: r.interviewers, contacts: r.contacts, teamMailbox: r.teamMailbox, meetingUrl: r.meetingUrl, inviteUid: r.inviteUid, timeline: r.timeline,
    notInterviewReason: null, returnsOn: null, original: { from: null, fromName: null, subject: null, date: null }, missing: [], warnings: [], confidence: { start: "sure", company: "sure", role: "sure", interviewers: "sure" }, ...over,
  };
}

/**
 * Waiting on the seeker: planned, or reminded and not yet marked sent. The interview-day reminder asks nothing to
 * be sent: delivered, it is done.
 */
export const isOpen = (f: FollowUp) => f.status === "pending" || (f.status === "reminded" && f.kind !== "prep");

/** Of one person's open follow-ups (by due), the one a "sent" means: the one reminded first, else the next. */
export const firstOpen = (fs: FollowUp[]): FollowUp | undefined => fs.find((f) => f.status === "reminded") ?? fs[0];

function stopAll(r: InterviewRecord): number {
  let n = 0;
  for (const f of r.followUps) if (isOpen(f)) (f.status = "cancelled"), n++;
  return n;
}

/** Thank-yous due within this of now are what a bare `sent` after an interview means. */
const SENT_HORIZON_MS = 86_400_000;

/**
 * The follow-ups `sent` marks: the one the reminder was about; else, per person, one: the one reminded first,
 * else the next due ("sent Talia" after a screen is her thank-you, never her inquiries and check-ins too).
 * Bare `sent` outside a thread: each person's thank-you that is reminded or due within SENT_HORIZON_MS.
 */
function sentTargets(open: FollowUp[], followUpId: string | null, who: string | null, now: Date): FollowUp[] {
  if (followUpId && !who) return open.filter((f) => f.id === followUpId);
  if (who) {
    const theirs = open.filter((f) => f.recipient && fold(f.recipient.name).includes(fold(who)));
    const byId = theirs.find((f) => f.id === followUpId);
    const one = byId ?? firstOpen(theirs);
    return one ? [one] : [];
  }
  const due = open.filter((f) => f.kind.startsWith("thank_you") && (f.status === "reminded" || Date.parse(f.due) <= now.getTime() + SENT_HORIZON_MS));
  const perPerson = new Map<string, FollowUp[]>();
  for (const f of due) {
    const key = f.recipient ? fold(f.recipient.name) : "";
    perPerson.set(key, [...(perPerson.get(key) ?? []), f]);
  }
  return [...perPerson.values()].map((fs) => firstOpen(fs)!);
}

/**
 * What `snooze` moves. A reminder already delivered means "remind me again later": the one the reply is about,
 * or, outside one follow-up (a loop's reminder carries every thank-you), each delivered thank-you not yet sent.
 * Else the next pending follow-up.
 */
function snoozeTargets(r: InterviewRecord, open: FollowUp[], followUpId: string | null, current: FollowUp | null): Array<{ f: FollowUp; delivered: boolean }> {
  const one = r.followUps.find((x) => x.id === followUpId && x.status === "reminded");
  if (one) return [{ f: one, delivered: true }];
  const loop = followUpId ? [] : open.filter((f) => f.status === "reminded" && f.kind.startsWith("thank_you"));
  if (loop.length) return loop.map((f) => ({ f, delivered: true }));
  return current ? [{ f: current, delivered: false }] : [];
}

/**
 * The rejection's one follow-up: a stay-in-touch note some months later (plan.ts), planned once however often the
 * rejection is told (a forwarded rejection, then `rejected`).
 */
const MONTH_MS = 30 * 86_400_000;

function keepInTouch(r: InterviewRecord, now: Date, settings: Settings): FollowUp | null {
  if (r.followUps.some((f) => f.kind === "stay_in_touch")) return null; // skipped or stopped stays so

  const planned = stayInTouch(r, { now, seekerTimeZone: r.seekerTimeZone, holidayCountry: r.holidayCountry, policy: settings.policy });
  if (!planned) return null;
  const f = pendingFollowUp(planned);
  r.followUps = [...r.followUps.filter((g) => g.id !== f.id), f];
  return f;
}

/** Lines kept per side of the reflection: enough for a Franklin T, not a diary. */
const MAX_REFLECTIONS = 10;

/** What the reflection says so far, and the withdrawal it points to when the minuses win. */
export function reflectionLine(r: InterviewRecord): string {
  const { plus, minus } = r.reflection;
  const tally = `Kept with your notes: ${plus.length} plus${plus.length === 1 ? "" : "es"}, ${minus.length} minus${minus.length === 1 ? "" : "es"}.`;
  return minus.length > plus.length
    ? `${tally} The minuses outweigh the pluses: if you no longer want the job, reply withdraw and I will draft a courteous withdrawal.`
    : tally;
}

export function applyCommands(before: InterviewRecord, followUpId: string | null, commands: Command[], now: Date, settings: Settings): Applied {
  let r: InterviewRecord = structuredClone(before);
  const lines: string[] = [];
  const drafts: Applied["drafts"] = [];
  const open = () => r.followUps.filter(isOpen).sort((a, b) => a.due.localeCompare(b.due));
  const pending = () => open().filter((f) => f.status === "pending");
  // The follow-up a reminder was about (none once it is done: a reply about one acts on that one), else the next.
  const current = () => {
    const named = followUpId ? r.followUps.find((f) => f.id === followUpId) : undefined;
    return named ? (isOpen(named) ? named : null) : (pending()[0] ?? null);
  };
  const company = () => (r.company ? ` with ${r.company}` : "");

  for (const c of commands) {
    switch (c.kind) {
      case "sent": {
        const targets = sentTargets(open(), followUpId, c.who, now);
        for (const f of targets) {
          f.status = "sent";
          f.sentAt = now.toISOString();
        }
        const already = !targets.length && followUpId ? r.followUps.find((f) => f.id === followUpId && f.status === "sent") : null;
        lines.push(
          targets.length
            ? `Marked as sent: ${targets.map(label).join("; ")}.`
            : already
              ? `Already marked as sent: ${label(already)}.`
              : `Nothing open matched "sent${c.who ? ` ${c.who}` : ""}".`,
        );
        break;
      }
      case "snooze": {
        const targets = snoozeTargets(r, open(), followUpId, current());
        if (!targets.length) {
          lines.push("Nothing is pending to snooze.");
          break;
        }
        for (const { f, delivered } of targets) {
          const from = delivered ? now.getTime() : Math.max(now.getTime(), new Date(f.due).getTime());
          f.status = "pending";
          f.due = onBusinessDay(new Date(from + c.minutes * 60_000), r.seekerTimeZone, r.holidayCountry).toISOString();
        }
        lines.push(`Snoozed: ${targets.map(({ f }) => label(f)).join("; ")}, now due ${formatWhen(targets[0]!.f.due, r.seekerTimeZone)}.`);
        // The advice gives a thank-you 24–48 hours; past that the seeker should know before it slips.
        if (targets.some(({ f }) => f.kind.startsWith("thank_you") && thankYouIsLate(r, new Date(f.due)))) {
          lines.push("That is more than 48 hours after the interview: a thank-you reads best within a day or two, so consider sending it sooner.");
        }
        break;
      }
      case "skip": {
        const f = current();
        if (f) f.status = "cancelled";
        lines.push(f ? `Skipped: ${label(f)}.` : "Nothing is pending to skip.");
        break;
      }
      case "stop":
        lines.push(`Stopped ${stopAll(r)} pending follow-up(s) for the interview${company()}.`);
        break;
      case "rejected": {
        lines.push(`Sorry to hear it. I stopped ${stopAll(r)} pending follow-up(s) for the interview${company()}.`);
        const later = keepInTouch(r, now, settings);
        if (later) lines.push(`In about ${Math.round((Date.parse(later.due) - now.getTime()) / MONTH_MS)} months, ${formatWhen(later.due, r.seekerTimeZone)}, I will remind you to send ${later.recipient ? later.recipient.name : "them"} a short stay-in-touch note (reply skip if you would rather not).`);
        drafts.push({ title: "Reply to the rejection", draft: rejectionReplyDraft(r.contacts[0] ?? r.interviewers[0] ?? null, draftContext(r)) });
        break;
      }
      case "offer": {
        lines.push(`Congratulations. I stopped ${stopAll(r)} pending follow-up(s) for the interview${company()}.`);
        drafts.push({ title: "Reply to the offer", draft: offerReplyDraft(r.contacts[0] ?? r.interviewers[0] ?? null, draftContext(r)) });
        break;
      }
      case "next_round":
        lines.push("Good news. Forward the invitation for the next round and I will plan its follow-ups.");
        break;
      case "reflect": {
        const side = r.reflection[c.side];
        if (side.length < MAX_REFLECTIONS) side.push(c.text);
        lines.push(reflectionLine(r));
        break;
      }
      case "promised": {
        const person = c.who ? r.interviewers.find((p) => fold(p.name).includes(fold(c.who!))) : null;
        if (c.who && !person) {
          lines.push(`I found no interviewer called ${c.who} here (${r.interviewers.map((p) => p.name).join(", ") || "none named"}). Write it like: promised: the sample dashboard`);
          break;
        }
        r.promised = { ...r.promised, [person ? fold(person.name) : ""]: c.text };
        lines.push(`Noted: ${person ? `${person.name}'s thank-you` : "the thank-yous"} now say${person ? "s" : ""} you attached ${c.text}. Remember to attach it before you send.`);
        break;
      }
      case "withdraw": {
        lines.push(`Understood. I stopped ${stopAll(r)} pending follow-up(s) for the interview${company()}. Here is a courteous note to withdraw:`);
        drafts.push({ title: "Withdraw your application", draft: withdrawDraft(r.contacts[0] ?? r.interviewers[0] ?? null, draftContext(r)) });
        break;
      }
      case "notes": {
        if (!c.who) {
          r.notes = c.text;
          lines.push(`Noted. Thank-yous and check-ins now mention our conversation about ${topicOf(c.text)}.`);
          break;
        }
        const person = r.interviewers.find((p) => fold(p.name).includes(fold(c.who!)));
        if (!person) {
          lines.push(`I found no interviewer called ${c.who} here (${r.interviewers.map((p) => p.name).join(", ") || "none named"}). Write it like: notes ${r.interviewers[0]?.name.split(" ")[0] ?? "Priya"}: what you discussed`);
          break;
        }
        r.personNotes = { ...r.personNotes, [fold(person.name)]: c.text };
        lines.push(`Noted for ${person.name}: their thank-you now mentions our conversation about ${topicOf(c.text)}.`);
        break;
      }
      case "company":
        r.company = c.text;
        lines.push(`Company set to ${c.text}.`);
        break;
      case "role":
        r.role = c.text;
        lines.push(`Role set to ${c.text}.`);
        break;
      case "date": {
        const when = findWhen(c.text, { reference: wallClockOf(now, r.seekerTimeZone), notBefore: new Date(now.getTime() - 86_400_000), defaultZone: r.seekerTimeZone, cancellation: false });
        if (!when) {
          lines.push(`I could not read the date "${c.text}". Write it like: date: Thursday, December 3, 2:00 PM ET`);
          break;
        }
        const length = r.end ? new Date(r.end).getTime() - new Date(r.start).getTime() : null;
        const end = when.end ?? (length ? new Date(when.start.getTime() + length) : null);
        r = reschedule(r, asExtraction(r, { start: when.start.toISOString(), end: end?.toISOString() ?? null, timeZone: when.zone.iana ?? null, zoneAssumed: when.zoneAssumed }), settings, now);
        lines.push(`Moved the interview to ${formatWhen(r.start, r.timeZone ?? r.seekerTimeZone)}, and every follow-up not yet sent with it.`);
        break;
      }
      case "timeline":
        r = reschedule(r, asExtraction(r, { timeline: c.text }), settings, now);
        r.timeline = c.text;
        lines.push(`Timeline noted ("${c.text}"); the status inquiries follow it.`);
        break;
      case "interviewers":
        if (c.people.length === 0) {
          lines.push("I could not read any names there. Write them like: interviewers: Jane Doe (VP Product), Tom Brandt");
          break;
        }
        r = reschedule(r, asExtraction(r, { interviewers: c.people }), settings, now);
        lines.push(`Interviewers set to ${c.people.map((p) => p.name).join(", ")}; one thank-you each.`);
        break;
      case "contact": {
        const who = c.people[0];
        if (!who) {
          lines.push("I could not read a name there. Write it like: contact: Jordan Lee <jordan.lee@company.com>");
          break;
        }
        r = reschedule(r, asExtraction(r, { contacts: [who, ...r.contacts.filter((p) => fold(p.name) !== fold(who.name))] }), settings, now);
        lines.push(`Status inquiries and check-ins now go to ${who.name}${who.email ? ` <${who.email}>` : " (no address yet: add it like contact: Name <address>)"}.`);
        break;
      }
      case "status":
      case "help":
      case "forget":
        break; // answered by the handler: they read or delete across interviews
    }
  }
  return { record: r, lines, drafts };
}

export const HELP_TEXT = [
  "sent | sent Priya          mark one follow-up as sent (this reminder's, or Priya's next)",
  "snooze 2d | snooze until monday",
  "skip                        skip this follow-up",
  "stop                        stop every follow-up of this interview",
  "status                      everything pending, across interviews",
  "rejected | offer            stop the follow-ups and get a reply draft",
  "next round                  then forward the new invitation",
  "notes: what you discussed   later drafts use it (notes Priya: … for one interviewer)",
  "plus: … | minus: …          your reflection: what speaks for the job, what against it",
  "promised: the sample deck   the thank-you says it is attached (promised Priya: … for one)",
  "withdraw                    stop the follow-ups and get a courteous withdrawal draft",
  "date: Dec 3 2pm ET | company: … | role: … | interviewers: A (Title), B | timeline: two weeks",
  "contact: Jordan Lee <jordan@company.com>   who gets your status inquiries",
  "zone: Europe/Paris | name: Ana Ruiz | language: de | country: DE   your own settings",
  "forget                      delete all your data (asks to confirm)",
];
