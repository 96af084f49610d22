import type { Locale } from "../types.ts";

export const en: Locale = {
  lang: "en",
  headerLabels: {
    from: ["From"], sent: ["Sent"], date: ["Date"], to: ["To"], cc: ["Cc"], bcc: ["Bcc"], subject: ["Subject"],
    when: ["When"], where: ["Where", "Location"], "reply-to": ["Reply-To"],
  },
  forwardMarkers: ["Forwarded message", "Begin forwarded message", "Forwarded Message"],
  originalMarkers: ["Original Message", "Original Appointment"],
  interviewWords: ["interview", "phone screen", "recruiter screen", "onsite", "on-site", "technical screen", "hiring manager"],
  recruitingWords: ["recruit", "candidate", "candidacy", "hiring", "talent acquisition", "your application", "role", "position"],
  otherEvents: ["open house", "webinar", "info session", "information session", "career fair", "job fair", "meetup", "networking event", "office hours", "all-hands", "all hands", "town hall", "workshop", "learning series", "working group", "work group", "community call", "dentist", "dental", "appointment reminder"],
  months: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
  weekdays: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
  durationUnits: { minute: ["minutes", "minute", "mins", "min"], hour: ["hours", "hour", "hrs", "hr"] },
  interviewerLabels: ["interviewer", "interviewers", "interviewer(s)", "your interviewer", "your interviewers", "panel", "hosted by", "meeting with", "meet with", "Staff", "With"],
  labelPossessives: ["your", "our"],
  commonWords: ["the", "and", "you", "your", "with", "for", "will", "is", "are", "we"],
  durationPhrases: { "half an hour": 30, "an hour": 60, "one hour": 60, "two hours": 120, "an hour and a half": 90, "one and a half hours": 90 },
  zoneNames: { "israel time": "Asia/Jerusalem", "israel standard time": "Asia/Jerusalem", "new zealand time": "Pacific/Auckland", "mexico city time": "America/Mexico_City" },
  honorifics: ["Mr", "Mrs", "Ms", "Mx", "Dr", "Prof"],
  // Before an hour written "15h" or "15h30": read as 15:00 and 15:30 ("24h de antecedência" has none).
  hourLeadIns: ["at", "from", "to"],
  // What the words around a time say of it: an old slot, the new one, an arrival before it, its end (rules/times.ts).
  timeCues: { old: ["previous", "previously", "originally", "old time", "old slot", "no longer", "was scheduled", "instead of", "canceled", "cancelled", "formerly", "available", "availability", "proposed", "works for me"], new: ["could we do", "can we do", "how about", "let's do", "let us do", "move to", "moved to", "move it to", "moved it to", "new time", "rescheduled to", "rescheduled for", "rescheduled it to", "rescheduled it for", "now on", "now at"], arrival: ["arrive", "arrival", "check-in", "check in", "be there by", "lobby"], end_label: ["end", "ends", "until", "finish", "finishes"], until: ["until", "till", "til", "through", "thru", "hard stop", "hard stop at", "hard stop by", "end at", "end by", "ends at", "ends by", "end", "ends", "finish", "finishes", "finish at", "finish by", "finishes at", "finishes by", "wrap up", "wraps up", "wrap up at", "wrap up by", "wraps up at", "wraps up by"], moved: ["moved", "reschedul*", "changed", "pushed", "bumped", "shifted"] },
};
