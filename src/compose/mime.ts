/** MIME out, built with mimetext: headers are encoded by the library, never pasted together. */
import { createMimeMessage } from "mimetext";
import { headerSafe } from "./format.ts";

export type OutgoingMail = {
  from: { addr: string; name?: string };
  to: string;
  subject: string;
  text: string;
  messageId: string;
  date: Date;
  inReplyTo?: string | null;
  references?: string[];
  /** RFC 3834: auto-replied for answers to the seeker's mail, auto-generated for reminders. */
  autoSubmitted: "auto-replied" | "auto-generated";
};

/** Marks mail the assistant sent, so it never answers itself. */
export const LOOP_HEADER = "X-Interview-Assistant";

export function buildMime(m: OutgoingMail): string {
  const msg = createMimeMessage();
  msg.setSender({ addr: m.from.addr, name: m.from.name ?? "" });
  msg.setRecipient(m.to);
  msg.setSubject(headerSafe(m.subject));
  msg.setHeader("Message-ID", m.messageId);
  msg.setHeader("Date", m.date.toUTCString().replace("GMT", "+0000"));
  msg.setHeader("Auto-Submitted", m.autoSubmitted);
  msg.setHeader(LOOP_HEADER, "1");
  if (m.inReplyTo) msg.setHeader("In-Reply-To", headerSafe(m.inReplyTo));
  if (m.references?.length) msg.setHeader("References", headerSafe(m.references.join(" ")));
  msg.addMessage({ contentType: "text/plain", data: m.text, charset: "UTF-8" });
  return msg.asRaw();
}
