import { describe, expect, it } from "vitest";
import PostalMime from "postal-mime";
import { unwrap } from "../../src/extract/forward.ts";
import { emptyUnreadParts, UNREAD_BODY_MIN_BYTES } from "../../src/extract/unread-parts.ts";

const enc = new TextEncoder();
const b64 = (n: number) => btoa("%PDF-1.4 ".repeat(Math.ceil(n / 9)).slice(0, n)).replace(/(.{76})/g, "$1\r\n");
const ICS = ["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:x@example.com", "DTSTART:20261210T150000Z", "DTEND:20261210T160000Z", "SUMMARY:Interview", "END:VEVENT", "END:VCALENDAR"].join("\r\n");

function mail(parts: string[], close = true): Uint8Array {
  const head = ["From: Sam <sam@example.net>", "To: a@example.com", "Subject: Fwd: Interview", "Message-ID: <m@x>", "MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="B"', "", ""].join("\r\n");
  return enc.encode(head + parts.map((p) => `--B\r\n${p}\r\n`).join("") + (close ? "--B--\r\n" : ""));
}
const text = 'Content-Type: text/plain; charset="utf-8"\r\n\r\nYour interview is on 10 December at 3 PM UTC.';
const pdf = (n: number) => `Content-Type: application/pdf; name="cv.pdf"\r\nContent-Disposition: attachment;\r\n\tfilename="cv.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(n)}`;
const invite = `Content-Type: application/octet-stream; name="invite.ics"\r\nContent-Transfer-Encoding: base64\r\n\r\n${btoa(ICS + "\r\n".repeat(Math.ceil(UNREAD_BODY_MIN_BYTES / 2)))}`;

describe("attachments extraction never reads are emptied before postal-mime decodes them", () => {
  it.for([true, false])("a long PDF is emptied; the text and an invite named .ics are read (closing boundary: %s)", async (close) => {
    const raw = mail([text, pdf(60_000), invite], close);
    const cut = emptyUnreadParts(raw);
    expect(cut.length).toBeLessThan(raw.length - 60_000);
    const parsed = await PostalMime.parse(cut);
    expect(parsed.text).toContain("10 December at 3 PM");
    expect(parsed.attachments.map((a) => [a.filename, (a.content as ArrayBuffer).byteLength > 0])).toEqual([["cv.pdf", false], ["invite.ics", true]]);
    expect((await unwrap(raw)).original.calendars.join("")).toContain("DTSTART:20261210T150000Z");
  });

  it("leaves a mail as it came when nothing long goes unread", () => {
    for (const raw of [mail([text, pdf(UNREAD_BODY_MIN_BYTES / 2)]), mail([text, invite]), enc.encode(`Subject: x\r\n\r\n${"-".repeat(70_000)}`)]) {
      expect(emptyUnreadParts(raw)).toBe(raw);
    }
  });
});
