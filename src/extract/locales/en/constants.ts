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
};
