/**
 * route() and decide() in plain Node: no KV, no clock, no env. Each row is a situation a seeker meets — the mail,
 * what is stored — and the outcome it must get. The handler's side of each outcome is tested through the worker.
 */
import { describe, expect, test } from "vitest";
import { type Arrival, decide, type Known, MAX_INTERVIEWS_PER_SEEKER, type Outcome, type Route, route, type State, wanted } from "../../src/domain/decide.ts";
import { newRecord, type Settings } from "../../src/domain/changes.ts";
import type { Extraction } from "../../src/extract/types.ts";
import type { InterviewRecord, SeekerEntry } from "../../src/store/schemas.ts";

const NOW = new Date("2026-12-01T15:00:00Z");
const SETTINGS: Settings = { seekerTimeZone: "America/New_York" };
const SEEKER = { email: "ana@example.com", name: "Ana Ruiz" };
const KWAME = { name: "Kwame Mensah", email: "kwame@acme.example", title: "Engineering Manager" };
const TALIA = { name: "Talia Cohen", email: "talia@acme.example", title: "Recruiter" };

function extraction(over: Partial<Extraction> = {}): Extraction {
  return {
    kind: "interview",
    company: "Acme",
    role: "Data Engineer",
    start: "2026-12-03T19:00:00.000Z",
    end: "2026-12-03T20:00:00.000Z",
    timeZone: "America/New_York",
    zoneAssumed: false,
    interviewers: [KWAME],
    contacts: [TALIA],
    teamMailbox: null,
    meetingUrl: null,
    inviteUid: null,
    timeline: null,
    notInterviewReason: null,
    returnsOn: null,
    original: { from: "talia@acme.example", fromName: "Talia Cohen", subject: "Interview", date: null },
    missing: [],
    warnings: [],
    confidence: { start: "sure", company: "sure", role: "sure", interviewers: "sure" },
    ...over,
  };
}

function stored(id: string, e: Extraction, over: Partial<InterviewRecord> = {}): InterviewRecord {
  return { ...newRecord(id, `<${id}@mail>`, e, SEEKER, SETTINGS, new Date("2026-11-25T12:00:00Z")), replied: true, ...over };
}

const entryOf = (r: InterviewRecord): SeekerEntry => ({ id: r.id, company: r.company, role: r.role, start: r.start, inviteUid: r.inviteUid });
const stateOf = (...records: InterviewRecord[]): State => ({ listing: records.map(entryOf), records: new Map(records.map((r) => [r.id, r])) });
const read = (e: Extraction) => ({ messageId: "<new@mail>", extraction: e, seeker: SEEKER, newId: "new0000000000000" });

const round1 = stored("r1", extraction({ start: "2026-11-26T19:00:00.000Z", end: "2026-11-26T20:00:00.000Z" }));
const booked = stored("b1", extraction());
const other = stored("o1", extraction({ company: "Globex", contacts: [{ name: "Lee", email: "lee@globex.example", title: null }], interviewers: [] }));
const cancelledOne = stored("c1", extraction(), { cancelledAt: "2026-11-30T10:00:00.000Z" });
const full: State = { listing: Array.from({ length: MAX_INTERVIEWS_PER_SEEKER }, (_, i) => ({ id: `x${i}`, company: `C${i}`, role: null, start: "2026-11-01T00:00:00.000Z", inviteUid: null })), records: new Map() };

type Row = { name: string; e: Extraction; state: State; kind: Outcome["kind"]; check?: (o: Outcome) => void };

const rows: Row[] = [
  { name: "a new interview is tracked as round 1", e: extraction({ company: "Initech" }), state: stateOf(booked), kind: "track", check: (o) => o.kind === "track" && expect([o.record.round, o.record.id, o.ended.length]).toEqual([1, "new0000000000000", 0]) },
  { name: "the same slot again is a duplicate", e: extraction(), state: stateOf(booked), kind: "duplicate" },
  { name: "a reschedule moves the tracked interview", e: extraction({ kind: "reschedule", start: "2026-12-04T19:00:00.000Z" }), state: stateOf(booked), kind: "rescheduled", check: (o) => o.kind === "rescheduled" && expect(o.after.start).toBe("2026-12-04T19:00:00.000Z") },
  { name: "the same invite at a new time is a reschedule", e: extraction({ start: "2026-12-04T19:00:00.000Z", inviteUid: "uid-1" }), state: stateOf({ ...booked, inviteUid: "uid-1" }), kind: "rescheduled" },
  { name: "a cancellation stops every pending follow-up", e: extraction({ kind: "cancellation" }), state: stateOf(booked), kind: "cancelled", check: (o) => o.kind === "cancelled" && expect(o.after.followUps.every((f) => f.status === "cancelled")).toBe(true) },
  { name: "a cancellation of nothing tracked says so", e: extraction({ kind: "cancellation", company: "Initech" }), state: stateOf(booked), kind: "cancel_unknown" },
  { name: "a cancellation of a cancelled interview says so", e: extraction({ kind: "cancellation" }), state: stateOf(cancelledOne), kind: "cancel_unknown" },
  { name: "a later round ends the earlier round's inquiries", e: extraction(), state: stateOf(round1), kind: "track", check: (o) => o.kind === "track" && expect([o.record.round, o.ended.map((x) => x.before.id)]).toEqual([2, ["r1"]]) },
  { name: "a rejection answers for the company's interview", e: extraction({ kind: "not_interview", notInterviewReason: "rejection", start: null }), state: stateOf(booked, other), kind: "company_answer", check: (o) => o.kind === "company_answer" && expect(o.before.id).toBe("b1") },
  { name: "a rejection from a person's domain finds their interview", e: extraction({ kind: "not_interview", notInterviewReason: "rejection", start: null, company: null, original: { from: "lee@globex.example", fromName: "Lee", subject: null, date: null } }), state: stateOf(booked, other), kind: "company_answer", check: (o) => o.kind === "company_answer" && expect(o.before.id).toBe("o1") },
  { name: "a rejection about nothing tracked is not tracked", e: extraction({ kind: "not_interview", notInterviewReason: "rejection", start: null, company: "Initech", original: { from: "x@initech.example", fromName: null, subject: null, date: null } }), state: stateOf(booked), kind: "not_tracked" },
  { name: "a confirmation without a time is kept for the seeker's answer", e: extraction({ kind: "not_interview", notInterviewReason: "no_time", start: null }), state: stateOf(), kind: "not_tracked", check: (o) => o.kind === "not_tracked" && expect(o.keep).toBe(true) },
  { name: "a newsletter is not kept", e: extraction({ kind: "not_interview", notInterviewReason: "newsletter", start: null }), state: stateOf(), kind: "not_tracked", check: (o) => o.kind === "not_tracked" && expect(o.keep).toBe(false) },
  { name: "past the limit nothing new is tracked", e: extraction({ company: "Initech" }), state: full, kind: "too_many" },
  { name: "another seeker's record is never matched", e: extraction(), state: stateOf({ ...booked, seeker: { email: "eve@example.com", name: "Eve" } }), kind: "track" },
];

describe("decide()", () => {
  test.for(rows)("$name", (row) => {
    const o = decide(read(row.e), row.state, NOW, SETTINGS);
    expect(o.kind).toBe(row.kind);
    row.check?.(o);
  });

  test("names the records it needs: the match and earlier rounds, or the answered one", () => {
    const listing = [booked, other, round1].map(entryOf);
    expect(wanted(extraction(), listing).sort()).toEqual(["b1", "r1"]);
    expect(wanted(extraction({ kind: "not_interview", notInterviewReason: "rejection", start: null, company: "Globex" }), listing)).toEqual(["o1"]);
    expect(wanted(extraction({ kind: "not_interview", notInterviewReason: "newsletter", start: null }), listing)).toEqual([]);
  });

  test("is pure: the stored records are not changed", () => {
    const before = structuredClone(booked);
    decide(read(extraction({ kind: "cancellation" })), stateOf(booked), NOW, SETTINGS);
    expect(booked).toEqual(before);
  });
});

const arrival = (over: Partial<Arrival> = {}): Arrival => ({ seeker: SEEKER.email, autoForwarded: false, isForward: false, addressedToUs: true, recipients: [], note: "", ...over });
const afterInterview = stored("a1", extraction({ start: "2026-11-30T15:00:00.000Z", end: "2026-11-30T16:00:00.000Z" }));
const none: Known = { thread: null, copiedCandidates: [] };
const ref = { id: "a1", followUp: null, purpose: null };

type RouteRow = { name: string; a: Arrival; known: Known; kind: Route["kind"] };
const routes: RouteRow[] = [
  { name: "a reply to our mail steers", a: arrival({ note: "sent" }), known: { ...none, thread: { ref, byTag: false } }, kind: "steer" },
  { name: "a note to an interviewer with us in Bcc marks it sent", a: arrival({ addressedToUs: false, recipients: [KWAME.email], note: "Thank you for your time" }), known: { ...none, copiedCandidates: [afterInterview] }, kind: "copied" },
  { name: "a note to someone no interview names is read", a: arrival({ addressedToUs: false, recipients: ["mum@example.com"], note: "Hi" }), known: { ...none, copiedCandidates: [afterInterview] }, kind: "read" },
  { name: "a note before the interview is read", a: arrival({ addressedToUs: false, recipients: [KWAME.email], note: "Looking forward" }), known: { ...none, copiedCandidates: [booked] }, kind: "read" },
  { name: "an auto-forward never counts as a copied note", a: arrival({ autoForwarded: true, isForward: true, addressedToUs: false, recipients: [KWAME.email] }), known: { ...none, copiedCandidates: [afterInterview] }, kind: "read" },
  { name: "a fresh mail of settings sets them", a: arrival({ note: "zone: Europe/Paris" }), known: none, kind: "settings" },
  { name: "a fresh 'forget' asks first", a: arrival({ note: "forget" }), known: none, kind: "ask_forget" },
  { name: "a forward is read, whatever its note says", a: arrival({ isForward: true, note: "zone: Europe/Paris" }), known: none, kind: "read" },
];

describe("route()", () => {
  test.for(routes)("$name", (row) => {
    expect(route(row.a, row.known, NOW, SETTINGS).kind).toBe(row.kind);
  });

  test("a copied note marks that person's follow-up and keeps its text", () => {
    const r = route(arrival({ addressedToUs: false, recipients: [KWAME.email], note: "Thank you, Kwame." }), { ...none, copiedCandidates: [afterInterview] }, NOW, SETTINGS);
    if (r.kind !== "copied") throw new Error(r.kind);
    const f = r.after.followUps.find((x) => x.id === r.followUp.id)!;
    expect([f.recipient?.email, f.status, f.sentText]).toEqual([KWAME.email, "sent", "Thank you, Kwame."]);
  });
});
