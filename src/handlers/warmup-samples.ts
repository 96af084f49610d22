/**
 * The mail the start-up warm-up reads (handlers/warmup.ts), written as each
 * client sends it so postal-mime's decoders run too. Each sample stands for
 * a class of format; what each is read as is asserted in test/warmup.test.ts.
 */
import { base64Lines, buildMime } from "../compose/mime.ts";

export const NOW = new Date("2026-11-02T15:00:00Z");
export const SEEKER = { email: "seeker@warmup.invalid", name: "Sam Rivera" };
export const ZONE = "America/New_York";
export const ASSISTANT = "assistant@warmup.invalid";

/** A sample's body is plain text, or HTML alone (`html`), as Outlook and many ATSs send. */
export type Sample = { subject: string; body: string[]; html?: boolean; invite?: string[] };

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
    "DESCRIPTION:Agenda\\n- intro\\, 10 min\\n- system design\\; 40 min", "LOCATION:Teams",
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


/** The samples every pass reads: the shapes most mail takes. */
export const CORE_SAMPLES = [PROSE, DAY_FIRST, INVITE, ITINERARY];

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
export function rawMime(sample: Sample, i: number): string {
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
export const TWO_BYTE = "—";
export const widened = (sample: Sample): Sample => ({ ...sample, body: [...sample.body, sample.html ? `<p>${TWO_BYTE}</p>` : TWO_BYTE] });


/**
 * A confirmation's date line in each language chrono reads with its own parser (extract/when.ts): the first mail
 * in one of them compiled that parser's patterns, 3–9 ms (Spanish and Italian the most).
 */
export const DATE_LINES = {
  de: "am Donnerstag, 10. Dezember 2026 um 14:00 Uhr bis 15:00 Uhr",
  fr: "le jeudi 10 décembre 2026 de 14h00 à 15h00",
  es: "el jueves, 10 de diciembre de 2026 a las 14:00 - 15:00",
  pt: "na quinta-feira, 10 de dezembro de 2026 às 14:00 - 15:00",
  it: "giovedì 10 dicembre 2026 alle 14:00 - 15:00",
  nl: "op donderdag 10 december 2026 om 14:00 - 15:00",
  ja: "2026年12月10日（木）14:00～15:00",
  zh: "2026年12月10日 星期四 14:00-15:00",
} as const;
