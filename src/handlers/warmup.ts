/**
 * Runs the inbound pipeline at isolate start-up on three built-in
 * confirmations (US and European prose, an invite), from raw MIME on. A
 * seeker sends a few mails a day, so most arrive at a fresh isolate, where V8
 * would first compile every regular expression and function the pipeline
 * touches, postal-mime's included: 60–100 ms of CPU against a 10 ms budget per
 * email. Start-up has its own one-second limit, so the compiling happens there.
 * Pure: no env, KV or clock; a failure here is logged and changes nothing.
 */
import { planCalendar } from "../compose/calendar.ts";
import { base64Lines, buildMime } from "../compose/mime.ts";
import { type ComposedMail, composeNotTrackedReply, composeTrackedReply } from "../compose/reply.ts";
import { type OriginalMail, unwrap } from "../extract/forward.ts";
import { extractFromOriginal, type Extraction } from "../extract/index.ts";
import { CLEANERS, COMPANY_ROLE_RULES, FIELDS } from "../extract/rules/company-role.ts";
import { readExample } from "../extract/rules/engine.ts";
import { newRecord } from "./changes.ts";

const RULE_CONTEXT = { seekerName: "Sam Rivera", domainLetters: null, people: new Set<string>() };

const NOW = new Date("2026-11-02T15:00:00Z");
const SEEKER = { email: "seeker@warmup.invalid", name: "Sam Rivera" };
const ZONE = "America/New_York";
const ASSISTANT = "assistant@warmup.invalid";
/**
 * Passes over the samples. V8 interprets a regular expression on its first
 * run and compiles it on the next (chrono's run to several KB: ~7 ms for one
 * parse), and moves a function to its faster tiers only after some dozens of
 * calls. Measured with `npm run bench:cold`: first mail after 2 passes 9.9 ms
 * (median over the corpus), after 5 5.8 ms, after 10 4.8 ms, for a start-up
 * of ~200 ms at 5 against the one-second limit. Six, alternating Latin-1 and
 * wider text (below), so each kind gets its second run.
 */
const WARMUP_PASSES = 6;

/** A sample's body is plain text, or HTML alone (`html`), as Outlook and many ATSs send. */
type Sample = { subject: string; body: string[]; html?: boolean; invite?: string[] };

/** A recruiter's confirmation in prose, forwarded from Gmail: forward block, chrono, zones, people, company. */
const PROSE: Sample = {
  subject: "Fwd: Interview confirmation: Senior Engineer at Northwind",
  body: [
    "---------- Forwarded message ---------",
    "From: Leo Park <leo@northwind.invalid>",
    "Date: Mon, Nov 2, 2026 at 9:12 AM",
    "Subject: Interview confirmation: Senior Engineer at Northwind",
    "To: Sam Rivera <seeker@warmup.invalid>",
    "",
    "Hi Sam,",
    "",
    "You're confirmed for Thursday, November 12, 2026, 1:00 PM - 1:45 PM EST (Eastern Time) for the Senior Engineer role.",
    "You'll meet with Priya Natarajan (Engineering Manager) and Tom Brandt, Staff Engineer.",
    "Interviewers: Ana Silva, Bo Kim",
    "Join Zoom: https://northwind.zoom.invalid/j/123456?pwd=abc",
    "Your recruiter, Leo Park (leo@northwind.invalid), will be in touch within two weeks.",
    "If tomorrow at 10am suits you better for a quick prep call, let me know.",
    "",
    "Best,",
    "Leo Park",
    "Recruiter | Northwind",
  ],
};

/** A European confirmation forwarded from Apple Mail: day-first dates, 24-hour times, a Date line with a zone name. */
const DAY_FIRST: Sample = {
  subject: "Fwd: Interview - Product Designer - Lumen GmbH",
  body: [
    "Begin forwarded message:",
    "",
    "From: Mia Keller <mia.keller@lumen.invalid>",
    "Subject: Interview - Product Designer - Lumen GmbH",
    "Date: 24 November 2026 at 10:02:11 CET",
    "To: Sam Rivera <seeker@warmup.invalid>",
    "",
    "Dear Sam,",
    "",
    "Thank you for your application for the Product Designer position at Lumen.",
    "We would like to invite you to an interview on 01/12/2026 from 14:00–15:00 CET at our Berlin office.",
    "You will meet Paul Durand (Design Director).",
    "",
    "Kind regards,",
    "Mia Keller",
    "Talent Acquisition | Lumen GmbH",
  ],
};

/** An Outlook invite with a Windows zone name: ical.js, windows-iana, the guest list. */
const INVITE: Sample = {
  subject: "Invitation: Panel interview - Acme Robotics",
  body: ["Panel interview with Acme Robotics, 1 December, 10:00-11:00 CET."],
  invite: [
    "BEGIN:VCALENDAR", "METHOD:REQUEST", "BEGIN:VEVENT", "UID:warmup-1",
    "DTSTART;TZID=W. Europe Standard Time:20261201T100000", "DTEND;TZID=W. Europe Standard Time:20261201T110000",
    "SUMMARY:Panel interview - Acme Robotics", "ORGANIZER;CN=Rae Chen:mailto:rae@acme.invalid",
    "ATTENDEE;CN=Ana Silva;ROLE=REQ-PARTICIPANT:mailto:ana@acme.invalid", "ATTENDEE;CN=Sam Rivera:mailto:seeker@warmup.invalid",
    "END:VEVENT", "END:VCALENDAR",
  ],
};

/**
 * An ATS itinerary forwarded from Outlook as HTML only: HTML to text, the
 * Sent line, an ISO date, a panel list with titles and addresses, slots in a
 * table, and the phrasings that name people and the company in passing.
 */
const ITINERARY: Sample = {
  subject: "FW: Your onsite interview itinerary - Orbit Labs",
  html: true,
  body: [
    "<html><head><style>P {margin:0}</style></head><body><div>Onsite next week, can you add it?</div><hr>",
    "<div id=\"divRplyFwdMsg\"><b>From:</b> Orbit Labs Recruiting &lt;no-reply@ats.invalid&gt;<br><b>Sent:</b> Monday, November 2, 2026 9:41 AM<br>",
    "<b>To:</b> Sam Rivera &lt;seeker@warmup.invalid&gt;<br><b>Subject:</b> Your onsite interview itinerary - Orbit Labs</div>",
    "<p>Hi Sam,</p><p>Orbit Labs is excited to host you on 2026-11-17 (Central Time) for your Data Analyst interview loop.",
    "Brynn Talley, your recruiting coordinator, will meet you in the lobby at 9:15 AM.</p>",
    "<p><b>Your panel:</b></p><ul><li>Rosa Delgado - VP of Product (rosa.delgado@orbit.invalid)</li>",
    "<li>Kwame Mensah - Senior Product Manager (kwame.mensah@orbit.invalid)</li></ul>",
    "<table><tr><td>Time</td><td>Session</td><td>Interviewer</td></tr>",
    "<tr><td>9:30 AM - 10:15 AM</td><td>SQL exercise</td><td>Rosa Delgado</td></tr>",
    "<tr><td>10:15 AM - 11:00 AM</td><td>Case study</td><td>Kwame Mensah, Senior Product Manager</td></tr></table>",
    "<p>Jane Okoro (Analytics Manager) will be your interviewer over lunch.</p>",
    "<p>Remote? Casey Nguyen is inviting you to a scheduled Zoom meeting: <a href=\"https://orbit.zoom.invalid/j/987654\">join</a></p>",
    "<p>Thanks,<br>Orbit Labs Talent Team</p></body></html>",
  ],
};

export type Seeker = { email: string; name: string };

/**
 * The CPU of email() after MIME parsing, without its KV and sending: extract,
 * plan, the reply with its .ics, MIME out. What the start-up warm-up runs and
 * the bench times.
 */
export function answerMime(original: OriginalMail, now: Date, seeker: Seeker, zone: string, assistant: string): { extraction: Extraction; mime: string } {
  const e = extractFromOriginal(original, { now, seeker, seekerTimeZone: zone, assistantAddress: assistant });
  const domain = assistant.split("@")[1]!;
  const mail = (r: ComposedMail, ics?: string) =>
    buildMime({
      from: { addr: assistant }, to: seeker.email, subject: r.subject, text: r.text, html: r.html, messageId: `<reply@${domain}>`, date: now,
      autoSubmitted: "auto-replied", attachments: ics ? [{ filename: "plan.ics", contentType: "text/calendar", content: ics }] : [],
    });
  if (e.kind === "not_interview" || !e.start) return { extraction: e, mime: mail(composeNotTrackedReply(e, seeker.name, zone)) };
  const record = newRecord("pipeline", "<pipeline@invalid>", e, seeker, { seekerTimeZone: zone }, now);
  return { extraction: e, mime: mail(composeTrackedReply(record, e), planCalendar(record, now, domain)) };
}

/**
 * The same from raw MIME: postal-mime and unwrapping first. The seeker is the
 * mail's sender unless given. What the warm-up runs and both benches time.
 */
export async function answerRaw(raw: string | Uint8Array, now: Date, zone: string, assistant: string, seeker?: Seeker): Promise<{ extraction: Extraction; mime: string }> {
  const { outer, original } = await unwrap(raw);
  const who = seeker ?? { email: outer.from?.address?.toLowerCase() ?? "seeker@example.net", name: outer.from?.name || "Seeker" };
  return answerMime(original, now, who, zone, assistant);
}

const utf8 = new TextEncoder();
const hex = (c: string) => [...utf8.encode(c)].map((b) => `=${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");

/** RFC 2045 quoted-printable: "=" and non-ASCII escaped, lines soft-broken without splitting an escape. */
function quotedPrintable(lines: string[]): string {
  return lines.map((line) => line.replace(/[^\x20-\x3c\x3e-\x7e]/g, hex).match(/(?:=[0-9A-F]{2}|[^=]){1,72}/g)?.join("=\r\n") ?? "").join("\r\n");
}

/**
 * The sample as the seeker's client sends it, so postal-mime's decoders run
 * too: prose as quoted-printable text beside a base64 HTML part (Gmail's
 * shape); an invite as a base64 text/calendar attachment (buildMime's shape).
 */
function rawMime(sample: Sample, i: number): string {
  const messageId = `<warmup-${i}@warmup.invalid>`;
  const text = sample.body.join("\n");
  if (sample.invite) {
    const ics = { filename: "invite.ics", contentType: "text/calendar; method=REQUEST", content: sample.invite.join("\r\n") };
    return buildMime({ from: { addr: SEEKER.email, name: SEEKER.name }, to: ASSISTANT, subject: sample.subject, text, messageId, date: NOW, autoSubmitted: "auto-generated", attachments: [ics] });
  }
  const head = [`From: ${SEEKER.name} <${SEEKER.email}>`, `To: ${ASSISTANT}`, `Subject: ${sample.subject}`, `Date: ${NOW.toUTCString()}`, `Message-ID: ${messageId}`, "MIME-Version: 1.0"];
  if (sample.html) {
    return [...head, 'Content-Type: text/html; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "", quotedPrintable(sample.body), ""].join("\r\n");
  }
  const html = `<div dir="ltr">${text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/\n/g, "<br>")}</div>`;
  return [
    ...head,
    'Content-Type: multipart/alternative; boundary="w"',
    "",
    "--w",
    'Content-Type: text/plain; charset="UTF-8"',
    "Content-Transfer-Encoding: quoted-printable",
    "",
    quotedPrintable(sample.body),
    "--w",
    'Content-Type: text/html; charset="UTF-8"',
    "Content-Transfer-Encoding: base64",
    "",
    base64Lines(html),
    "--w--",
    "",
  ].join("\r\n");
}

/**
 * Each sample also with a character beyond Latin-1 (a closing "—"): V8
 * compiles a regular expression apart for such "two-byte" text, which most
 * real mail is (curly quotes, dashes, names), and for Latin-1 text.
 */
const TWO_BYTE = "—";
const widened = (sample: Sample): Sample => ({ ...sample, body: [...sample.body, sample.html ? `<p>${TWO_BYTE}</p>` : TWO_BYTE] });
const SAMPLES = [PROSE, DAY_FIRST, INVITE, ITINERARY].map(rawMime);
const WIDE_SAMPLES = [PROSE, DAY_FIRST, INVITE, ITINERARY].map((sample, i) => rawMime(widened(sample), i));

/**
 * The whole inbound pipeline on each sample; returns what was read (for the
 * test). postal-mime is asynchronous, but only through promises that settle
 * at once (no I/O, no timers), so a top-level await of this settles while the
 * isolate starts (workerd runs the microtasks and requires that).
 */
/**
 * Every company and role rule on its own examples, in Latin-1 and wider text, twice each: a rule whose words
 * the samples lack would compile its pattern in the first mail that has them (a millisecond or more each).
 */
function warmRules(): number {
  let votes = 0;
  for (let pass = 0; pass < 2; pass++) {
    for (const rule of COMPANY_ROLE_RULES) {
      for (const ex of rule.examples) {
        for (const text of [ex.text, `${ex.text} ${TWO_BYTE}`]) {
          const tally = readExample(rule, ex, FIELDS, RULE_CONTEXT, CLEANERS, text);
          votes += tally.company.size + tally.role.size;
        }
      }
    }
  }
  return votes;
}

export async function warmUp(): Promise<Extraction[]> {
  let read: Extraction[] = [];
  warmRules();
  for (let pass = 0; pass < WARMUP_PASSES; pass++) {
    read = [];
    for (const raw of pass % 2 ? SAMPLES : WIDE_SAMPLES) read.push((await answerRaw(raw, NOW, ZONE, ASSISTANT, SEEKER)).extraction);
  }
  return read;
}
