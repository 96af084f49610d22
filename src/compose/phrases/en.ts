/** English drafts: first names in the greeting, full names and no contractions in the formal register. */
import type { Facts, Phrases } from "./types.ts";

const when = (f: Facts) => (f.format === "video" ? `during our video call on ${f.day}` : f.format === "onsite" ? `during my visit on ${f.day}` : `on ${f.day}`);
const spell = (f: Facts, us: string, uk: string) => (f.us ? us : uk);

export const en: Phrases = {
  lang: "en",
  placeholder: "[one thing you discussed]",
  slots: ["[one thing you discussed]", "[link]", "[what you have been working on]", "[their news]", "[the sample you promised]"],
  greeting: (to, formal, team) => (team || !to ? (formal ? "Dear Hiring Team," : "Hello,") : formal ? `Dear ${to.name},` : `Hi ${to.name.split(/\s+/)[0]},`),
  signOff: (formal, name) => `${formal ? "Kind regards" : "Best regards"},\n${name}`,
  greetingPattern: /^(Hi [^\n]+|Hello|Dear [^\n]+),\n/,
  signOffPattern: /\n\n(Best regards|Kind regards|Sincerely|Regards|Thank you),\n\S/,
  roleAt: (role, company) => `${role ? `the ${role} role` : "the role"}${company ? ` at ${company}` : ""}`,
  subjects: {
    thanks: (f) => `Thank you – ${f.role ? `${f.role} interview` : "our interview"} – ${f.seekerName}`,
    followUp: (f) => `Following up – ${f.role ?? "my interview"} – ${f.seekerName}`,
    followUpAgain: (f) => `Checking on next steps – ${f.role ?? "my application"} – ${f.seekerName}`,
    rejection: (f) => `Re: ${f.role ?? "my application"} – thank you`,
    offer: (f) => `Re: Offer – ${f.role ?? "position"} – ${f.seekerName}`,
    moreInfo: (f) => `Re: Information for ${f.role ?? "my application"} – ${f.seekerName}`,
    withdraw: (f) => `Withdrawing my application – ${f.role ?? "interview"} – ${f.seekerName}`,
    stayInTouch: (f) => `Staying in touch – ${f.seekerName}`,
  },
  thanks: {
    openings: [
      (f) => `Thank you for taking the time to speak with me ${when(f)} about ${f.roleAt}.`,
      (f) => `I appreciated our conversation ${when(f)} and the chance to learn more about ${f.roleAt}.`,
      (f) => `Thank you for meeting with me ${when(f)}. I enjoyed learning more about ${f.roleAt}.`,
      (f) => `It was a pleasure to speak with you ${when(f)} about ${f.roleAt}.`,
      (f) => `Thank you again for your time ${when(f)} and for walking me through ${f.roleAt}.`,
      (f) => `I wanted to thank you for our conversation ${when(f)} about ${f.roleAt}.`,
    ],
    perspective: (title) => ` Hearing how you approach the work as ${title} gave me a clear picture of the team.`,
    topic: [
      (f) => `I especially valued our conversation about ${f.topic}.`,
      (f) => `What you shared about ${f.topic} stayed with me.`,
      (f) => `Discussing ${f.topic} was a highlight for me.`,
      (f) => `I have kept thinking about ${f.topic} since we spoke.`,
      (f) => `The part about ${f.topic} was especially useful.`,
      (f) => `I enjoyed our exchange on ${f.topic}.`,
    ],
    middles: [
      () => "From what I heard, the team's priorities line up well with my experience, and I am confident I could contribute from the start.",
      () => "It reinforced my interest in the position, and I can see where my background would help the team move faster.",
      () => "The way the team works sounds like a place where I would do my best work.",
      () => "It confirmed that this is the kind of problem I want to work on next.",
      () => "I came away more enthusiastic about the role and about what the team is building.",
      () => "It gave me a much better sense of the role, and I am keen to bring my experience to it.",
    ],
    closings: [
      () => "Please let me know if I can share anything else that would be helpful. I look forward to hearing about the next steps.",
      () => "If anything else would help your decision, I would be glad to send it. Thank you again for your time.",
      () => "I look forward to hearing from you about the next steps.",
      () => "Thank you again, and I hope to continue the conversation soon.",
      () => "Please do not hesitate to reach out if you have further questions.",
      () => "I would welcome the chance to keep talking about the role.",
    ],
    late: (f) => `I ${spell(f, "apologize", "apologise")} for the delay in writing.`,
    promised: (what) => `As promised, I have attached ${what}.`,
  },
  recruiterThanks: [
    (f) => `Thank you for arranging my interview for ${f.roleAt} and for keeping everything so well ${spell(f, "organized", "organised")}. The interview confirmed my interest in the position.`,
    () => "Please let me know if there is anything else you need from me. I look forward to hearing about the next steps when there is news.",
  ],
  inquiry1: [
    (f) => `I hope you are doing well. I am following up on my interview on ${f.date} for ${f.roleAt}.`,
    () => "I remain very interested in the position and in the work the team is doing. Could you share an update on the timeline for next steps?",
    () => "I am happy to provide anything else that would help. Thank you for your time.",
  ],
  inquiry2: [
    (f) => `I hope your week is going well. I wanted to follow up once more about ${f.roleAt}, after our conversation on ${f.date}.`,
    () => "I understand these decisions take time, and I am still very interested in the opportunity. If there is any update on the process, I would be grateful to hear it.",
    () => "Thank you again for considering my application.",
  ],
  checkIns: {
    article: {
      subject: (f) => `An article you may find useful – ${f.seekerName}`,
      body: [
        (f) => `No response needed. I came across this piece and thought of our conversation about ${f.roleAt}: [link]`,
        () => "It seemed useful for the team, so I wanted to pass it along. I remain interested in the opportunity and would be glad to stay in touch.",
      ],
    },
    update: {
      subject: (f) => `A short update since our interview – ${f.seekerName}`,
      body: [
        () => "No response needed. Since we spoke, I have been working on [what you have been working on], and it made me think of the problems your team described.",
        (f) => `I wanted to share it as I remain very interested in ${f.roleAt}. I hope the work is going well.`,
      ],
    },
    congrats: {
      subject: (f) => `Congratulations${f.company ? ` to the ${f.company} team` : ""} – ${f.seekerName}`,
      body: [
        () => "No response needed. I saw the news about [their news] and wanted to send my congratulations to you and the team.",
        (f) => `It is good to see the work we discussed moving forward. I remain interested in ${f.roleAt} and would be glad to stay in touch.`,
      ],
    },
    advice: {
      subject: (f) => `Thank you for your advice – ${f.seekerName}`,
      body: [
        (f) => `No response needed. I wanted to thank you again for the advice you shared during our conversation about ${f.noted ? f.topic : f.roleAt}.`,
        () => "I have put it to use since, and it has already helped. I remain interested in the opportunity and hope to stay in touch.",
      ],
    },
  },
  rejection: [
    (f) => `Thank you for letting me know about your decision on ${f.roleAt}. While I am disappointed, I appreciated the chance to meet the team and learn about the work.`,
    () => "If you are able to share any feedback on my interviews, I would value it as I continue my search.",
    (f) => `I would be glad to stay in touch and to be considered for future openings${f.company ? ` at ${f.company}` : ""}. Thank you again for your time.`,
  ],
  offer: [
    (f) => `Thank you for the offer for ${f.roleAt}. I am delighted, and I appreciate the time everyone invested in the process.`,
    () => "Could you send the written offer with the full details of compensation and benefits? I would also like to confirm the date by which you need my decision.",
    () => "I look forward to reviewing it and will get back to you promptly.",
  ],
  moreInfo: [
    (f) => `Thank you for your message about ${f.roleAt}. I am glad to provide what you asked for, and I have attached it to this email.`,
    () => "Please let me know if anything is unclear or if there is more I can send to help the process along. I remain very interested in the position.",
  ],
  withdraw: [
    (f) => `Thank you for the time you and the team have given me during the process for ${f.roleAt}.`,
    () => "After careful thought, I have decided to withdraw my application. This was not an easy decision, and it reflects my own circumstances rather than anything about the team or the role.",
    (f) => `I enjoyed getting to know${f.company ? ` ${f.company}` : " the team"} and would be glad to stay in touch. Thank you again for your consideration.`,
  ],
  /** A few months after a rejection: news of the seeker's work, the door kept open, a referral asked for. */
  stayInTouch: [
    (f) => `It has been a few months since we spoke about ${f.roleAt}, and I wanted to say hello.`,
    (f) => `Since then I have been working on [what you have been working on], and I still follow the work of ${f.company ?? "your team"} with interest.`,
    () => "If a role that fits my background opens, I would be glad to hear of it. And if you know of a team elsewhere looking for someone with my experience, I would be grateful for an introduction.",
  ],
  linkedIn: (first, f) => `${first ? `Hi ${first}, thank` : "Thank"} you for speaking with me about ${f.roleAt}. I enjoyed our conversation and would be glad to stay connected. ${f.seekerName}`,
  handwritten: (f) => `Thank you again for your time and for the conversation about ${f.roleAt}. I enjoyed meeting you and hope to work together. ${f.seekerName}`,
  phoneScript: (f) => `Hello, this is ${f.seekerName}. I interviewed for ${f.roleAt} on ${f.date} and wanted to check whether there is any news on the decision. I remain very interested. Is there a good time for a short update, or someone else I should ask? Thank you.`,
  measure: "words",
};
