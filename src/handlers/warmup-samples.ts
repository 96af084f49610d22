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


/** A Google Calendar invitation: its text body, a VTIMEZONE with rules, escaped text, guests with parameters. */
const GOOGLE_INVITE: Sample = {
  subject: "Invitation: Technical interview - Staff Engineer @ Tue Dec 8, 2026 2pm - 3pm (PST) (seeker@warmup.invalid)",
  body: [
    "Technical interview - Staff Engineer", "Tuesday Dec 8, 2026 ⋅ 2pm – 3pm", "Pacific Time - Los Angeles", "",
    "Google Meet joining info", "Video call link: https://meet.google.com/abc-defg-hij", "", "Guests",
    "Nina Alvarez - organizer", "Omar Haddad", "seeker@warmup.invalid", "View all guest info", "", "Invitation from Google Calendar",
  ],
  invite: [
    "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "METHOD:REQUEST",
    "BEGIN:VTIMEZONE", "TZID:America/Los_Angeles",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST", "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
    "END:VTIMEZONE", "BEGIN:VEVENT",
    "DTSTART;TZID=America/Los_Angeles:20261208T140000", "DTEND;TZID=America/Los_Angeles:20261208T150000", "DTSTAMP:20261102T150000Z",
    "ORGANIZER;CN=Nina Alvarez:mailto:nina@basalt.invalid", "UID:warmup-google-1@google.com",
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Omar Haddad;X-NUM-GUESTS=0:mailto:omar@basalt.invalid",
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=seeker@warmup.invalid;X-NUM-GUESTS=0:mailto:seeker@warmup.invalid",
    "X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij",
    "DESCRIPTION:Hi Sam\\, looking forward to it.\\n\\nJoin with Google Meet: https://meet.google.com/abc-defg-hij\\n\\nBasalt Systems",
    "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:Technical interview - Staff Engineer", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR",
  ],
};

/** A rejection forwarded from Outlook: the answer for mail that is not an interview, and the kind patterns. */
const REJECTION: Sample = {
  subject: "FW: Your application to Halcyon Health",
  body: [
    "Should I reply to this?", "", "________________________________",
    "From: Halcyon Health Careers <careers@halcyon.invalid>", "Sent: Monday, November 2, 2026 8:14 AM",
    "To: Sam Rivera <seeker@warmup.invalid>", "Subject: Your application to Halcyon Health", "",
    "Dear Sam,", "",
    "Thank you for taking the time to interview with us for the Data Engineer role. Unfortunately, we have decided not to",
    "move forward with your candidacy, as we have selected other candidates whose experience more closely matches our needs.",
    "We will keep your resume on file and wish you the best of luck in your search.", "",
    "Kind regards,", "The Halcyon Health Talent Team",
  ],
};

/** A German confirmation forwarded from Gmail in German: local labels, "Uhr", a named zone, a Teams link. */
const GERMAN: Sample = {
  subject: "WG: Einladung zum Vorstellungsgespräch – Backend-Entwickler (m/w/d)",
  body: [
    "---------- Weitergeleitete Nachricht ---------", "Von: Katrin Vogel <katrin.vogel@nordlicht.invalid>",
    "Date: Mo., 2. Nov. 2026 um 11:05 Uhr", "Subject: Einladung zum Vorstellungsgespräch – Backend-Entwickler (m/w/d)",
    "To: Sam Rivera <seeker@warmup.invalid>", "", "Hallo Sam,", "",
    "vielen Dank für Ihre Bewerbung als Backend-Entwickler (m/w/d) bei der Nordlicht Software GmbH.",
    "Gerne laden wir Sie zu einem Vorstellungsgespräch ein:", "",
    "Termin: Dienstag, 10. November 2026, 10:00–11:00 Uhr (MEZ)",
    "Ort: Microsoft Teams – https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc",
    "Ihre Gesprächspartner: Jonas Weber (Teamleiter Backend) und Lea Schmitt (HR)", "",
    "Mit freundlichen Grüßen", "Katrin Vogel", "People & Culture | Nordlicht Software GmbH",
  ],
};

/** A French confirmation forwarded from Outlook in French: "De :" labels, the h notation, a title after a comma. */
const FRENCH: Sample = {
  subject: "TR: Entretien – Chef de projet digital",
  body: [
    "________________________________", "De : Claire Martin <claire.martin@azur.invalid>", "Envoyé : lundi 2 novembre 2026 10:15",
    "À : Sam Rivera <seeker@warmup.invalid>", "Objet : Entretien – Chef de projet digital", "", "Bonjour Sam,", "",
    "Suite à votre candidature au poste de Chef de projet digital chez Azur Conseil, nous avons le plaisir de vous",
    "convier à un entretien le jeudi 12 novembre 2026 de 14h30 à 15h30 (heure de Paris), 8 rue de la Paix à Paris.",
    "Vous rencontrerez Julien Bernard, Directeur des opérations.", "", "Cordialement,", "Claire Martin", "Chargée de recrutement",
  ],
};

/** A Spanish confirmation from Gmail in Spanish: "a las", a city's zone, a Meet link, "Te entrevistará". */
const SPANISH: Sample = {
  subject: "Fwd: Entrevista - Analista de Datos",
  body: [
    "---------- Forwarded message ---------", "De: Lucía Gómez <lucia.gomez@andes.invalid>", "Date: lun, 2 nov 2026 a las 9:30",
    "Subject: Entrevista - Analista de Datos", "To: Sam Rivera <seeker@warmup.invalid>", "", "Hola Sam:", "",
    "Te confirmamos tu entrevista para el puesto de Analista de Datos en Andes Digital el miércoles 11 de noviembre",
    "de 2026 a las 16:00 (hora de Ciudad de México) por Google Meet: https://meet.google.com/xyz-abcd-efg",
    "Te entrevistará Diego Herrera, Gerente de Analítica.", "", "Saludos,", "Lucía Gómez",
  ],
};

/** The samples every pass reads: the shapes most mail takes. */
export const CORE_SAMPLES = [PROSE, DAY_FIRST, INVITE, ITINERARY];
/**
 * Classes read in the first passes only: each pays its own patterns' compiling here rather than in a seeker's
 * first mail of that class. (A Japanese sample cost as much as these five together: Japanese mail pays its own.)
 */
export const CLASS_SAMPLES = [GOOGLE_INVITE, REJECTION, GERMAN, FRENCH, SPANISH];

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

