/**
 * Written confirmations of classes the corpus has few of (a Google Calendar invite with VTIMEZONE rules and escaped
 * text, a rejection, German, French and Spanish prose), each through the whole pipeline from raw MIME, as the
 * warm-up's samples are. They were warm-up samples once; `npm run bench:cold` showed no gain for ~130 ms of
 * start-up, so they stay as what they also were: examples of their classes.
 */
import { describe, expect, it } from "vitest";
import { answerRaw } from "../../src/handlers/warmup.ts";
import { ASSISTANT, NOW, rawMime, type Sample, SEEKER, ZONE } from "../../src/handlers/warmup-samples.ts";

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


const cases = [
  { name: "a Google Calendar invite", sample: GOOGLE_INVITE, row: ["interview", "2026-12-08T22:00:00.000Z", "America/Los_Angeles", ["Omar Haddad"]], url: "https://meet.google.com/abc-defg-hij" },
  { name: "a rejection forwarded from Outlook", sample: REJECTION, row: ["not_interview", null, null, []] },
  { name: "German, from Gmail in German", sample: GERMAN, row: ["interview", "2026-11-10T09:00:00.000Z", "Europe/Berlin", ["Jonas Weber", "Lea Schmitt"]] },
  { name: "French, from Outlook in French", sample: FRENCH, row: ["interview", "2026-11-12T13:30:00.000Z", "Europe/Paris", ["Julien Bernard"]] },
  { name: "Spanish, from Gmail in Spanish", sample: SPANISH, row: ["interview", "2026-11-11T22:00:00.000Z", "America/Mexico_City", ["Diego Herrera"]] },
];

describe("written samples of classes, read whole", () => {
  it.for(cases)("$name", async ({ sample, row, url }) => {
    const { extraction: e, mime } = await answerRaw(rawMime(sample, 0), NOW, ZONE, ASSISTANT, SEEKER);
    expect([e.kind, e.start, e.timeZone, e.interviewers.map((p) => p.name)]).toEqual(row);
    if (url) expect(e.meetingUrl).toBe(url);
    expect(mime).toMatch(/^From: /m); // answered, tracked or not
  });
});
