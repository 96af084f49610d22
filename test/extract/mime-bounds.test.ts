import { describe, expect, it } from "vitest";
import PostalMime from "postal-mime";
import { MAX_BODY_LINES, MAX_CALENDARS } from "../../src/extract/bounds.ts";
import { bodyText, unwrap } from "../../src/extract/forward.ts";
import { boundMime, MAX_MIME_PARTS, UNREAD_BODY_MIN_BYTES } from "../../src/extract/mime-bounds.ts";

const enc = new TextEncoder();
const b64 = (s: string) => btoa(Array.from(enc.encode(s), (b) => String.fromCharCode(b)).join("")).replace(/(.{76})/g, "$1\r\n");
const pdfData = (n: number) => b64("%PDF-1.4 ".repeat(Math.ceil(n / 9)).slice(0, n));
const ICS = ["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:x@example.com", "DTSTART:20261210T150000Z", "DTEND:20261210T160000Z", "SUMMARY:Interview", "END:VEVENT", "END:VCALENDAR"].join("\r\n");
const HEAD = ["From: Sam <sam@example.net>", "To: a@example.com", "Subject: Fwd: Interview", "Message-ID: <m@x>", "MIME-Version: 1.0"];

function mail(parts: string[], { close = true, boundary = "B" } = {}): Uint8Array {
  const head = [...HEAD, `Content-Type: multipart/mixed;\r\n\tboundary="${boundary}"`, "", ""].join("\r\n");
  return enc.encode(head + parts.map((p) => `--${boundary}\r\n${p}\r\n`).join("") + (close ? `--${boundary}--\r\n` : ""));
}
const single = (headers: string, body: string) => enc.encode([...HEAD, headers, "", body].join("\r\n"));
const text = 'Content-Type: text/plain; charset="utf-8"\r\n\r\nYour interview is on 10 December at 3 PM UTC.';
const pdf = (n: number) => `Content-Type: application/pdf; name="cv.pdf"\r\nContent-Disposition: attachment;\r\n\tfilename="cv.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n${pdfData(n)}`;
const invite = `Content-Type: application/octet-stream; name="invite.ics"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(ICS + "\r\n".repeat(UNREAD_BODY_MIN_BYTES))}`;
/** A list mail's body: the confirmation on top, then a long paste (lines that start with "--" among them). */
const paste = (lines: number, line: (i: number) => string) =>
  ["Your interview is on 10 December at 3 PM UTC.", ...Array.from({ length: lines }, (_, i) => (i % 50 ? line(i) : `--option-${i}`))].join("\r\n");
/** Short lines: the line bound is reached long before the character bound. */
const patch = (lines: number) => paste(lines, (i) => `+\tx${i};`);
/** Japanese prose, three UTF-8 bytes a character: the character bound is reached first. */
const prose = (lines: number) => paste(lines, () => "面接の日程が決まりました。".repeat(8));
const qp = (s: string) =>
  Array.from(enc.encode(s), (b) => (b === 0x3d || b > 0x7e ? `=${b.toString(16).toUpperCase().padStart(2, "0")}` : String.fromCharCode(b)))
    .join("")
    .replace(/(.{72})(?=.)/g, "$1=\r\n");
const plainPart = (body: string, cte = "8bit", extra = "") => `Content-Type: text/plain; charset="utf-8"${extra}\r\nContent-Transfer-Encoding: ${cte}\r\n\r\n${body}`;

const decoded = async (raw: Uint8Array) => {
  const m = await PostalMime.parse(raw);
  return { body: bodyText(m), attachments: m.attachments.map((a) => [a.filename, (a.content as ArrayBuffer).byteLength > 0]) };
};

describe("attachments extraction never reads are emptied before postal-mime decodes them", () => {
  it.for([true, false])("a long PDF is emptied; the text and an invite named .ics are read (closing boundary: %s)", async (close) => {
    const raw = mail([text, pdf(60_000), invite], { close });
    const cut = boundMime(raw);
    expect(cut.length).toBeLessThan(raw.length - 60_000);
    const parsed = await PostalMime.parse(cut);
    expect(parsed.text).toContain("10 December at 3 PM");
    expect(parsed.attachments.map((a) => [a.filename, (a.content as ArrayBuffer).byteLength > 0])).toEqual([["cv.pdf", false], ["invite.ics", true]]);
    expect((await unwrap(raw)).original.calendars.join("")).toContain("DTSTART:20261210T150000Z");
  });

  it.for([
    ["a boundary that starts with dashes", mail([text, pdf(60_000)], { boundary: "----=_Part_7_1.17" })],
    ["a text attachment", mail([text, `Content-Type: text/plain; name="build.log"\r\nContent-Disposition: attachment\r\n\r\n${patch(2_000)}`])],
  ] as const)("%s is emptied too", async ([, raw]) => {
    const cut = boundMime(raw);
    expect(cut.length).toBeLessThan(raw.length / 2);
    const [was, now] = [await decoded(raw), await decoded(cut)];
    expect(now.body).toBe(was.body);
    expect(now.attachments).toEqual(was.attachments.map(([name]) => [name, false]));
  });

  it("leaves a mail as it came when nothing long goes unread", () => {
    for (const raw of [mail([text, pdf(UNREAD_BODY_MIN_BYTES / 2)]), mail([text, invite]), single("Subject: x", "-".repeat(70_000))]) {
      expect(boundMime(raw)).toBe(raw);
    }
  });
});

describe("text past what extraction reads is cut before postal-mime decodes it", () => {
  const html = (body: string) => `<p>${body.replace(/\r\n/g, "</p>\r\n<p>")}</p>`;
  it.for([
    ["one 8bit part, many lines", single('Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: 8bit', patch(3_000))],
    ["8bit among parts, many lines", mail([plainPart(patch(3_000)), invite])],
    ["8bit, long prose", mail([plainPart(prose(700)), invite])],
    ["quoted-printable with soft breaks, many lines", mail([plainPart(qp(patch(3_000)), "quoted-printable"), invite])],
    ["quoted-printable, long prose", mail([plainPart(qp(prose(700)), "quoted-printable"), invite])],
    ["base64, long prose", mail([plainPart(b64(prose(800)), "base64"), invite])],
    ["HTML only, long prose", mail([`Content-Type: text/html; charset="utf-8"\r\n\r\n${html(prose(3_000))}`, invite])],
    ["an attached message", mail([text, `Content-Type: message/rfc822\r\n\r\n${[...HEAD, 'Content-Type: text/plain; charset="utf-8"', "", patch(3_000)].join("\r\n")}`])],
  ] as const)("%s: the body extraction reads is the same, from fewer bytes", async ([, raw]) => {
    const cut = boundMime(raw);
    expect(cut.length).toBeLessThan(raw.length);
    const [was, now] = [await decoded(raw), await decoded(cut)];
    expect(now.body.length).toBeGreaterThan(5_000);
    expect(now).toEqual(was);
    expect((await unwrap(cut)).original).toEqual((await unwrap(raw)).original);
  });

  it.for([
    ["short text", mail([plainPart(patch(MAX_BODY_LINES - 10)), invite])],
    // Flowed text joins its soft-broken lines, so its lines are not counted: only its bytes are.
    ["long flowed text", mail([plainPart(patch(3_000).replace(/\r\n/g, " \r\n"), "8bit", "; format=flowed"), invite])],
  ] as const)("%s is left whole", ([, raw]) => {
    expect(boundMime(raw)).toBe(raw);
  });
});

describe("invites past the MAX_CALENDARS a message's reading takes", () => {
  const calendar = (n: number) =>
    `Content-Type: text/calendar; charset="utf-8"; method=REQUEST; name="s${n}.ics"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(ICS.replace("x@", `s${n}@`))}`;

  it("are emptied, however short; the original read is the same", async () => {
    const raw = mail([text, ...Array.from({ length: 7 }, (_, i) => calendar(i))]);
    const cut = boundMime(raw);
    const read = (await PostalMime.parse(cut)).attachments.map((a) => [a.filename, new TextDecoder().decode(a.content as ArrayBuffer).includes("VEVENT")]);
    expect(read).toEqual(Array.from({ length: 7 }, (_, i) => [`s${i}.ics`, i < MAX_CALENDARS]));
    expect((await unwrap(cut)).original).toEqual((await unwrap(raw)).original);
  });

  it("are counted per message: an attached message keeps its own invite", async () => {
    const inner = [...HEAD, 'Content-Type: multipart/mixed; boundary="I"', "", "--I", text, "--I", calendar(9), "--I--", ""].join("\r\n");
    const raw = mail([text, calendar(0), calendar(1), calendar(2), calendar(3), `Content-Type: message/rfc822\r\n\r\n${inner}`]);
    const cut = boundMime(raw);
    expect(cut.length).toBeLessThan(raw.length);
    const original = (await unwrap(cut)).original;
    expect(original).toEqual((await unwrap(raw)).original);
    expect(original.calendars.join("")).toContain("UID:s9@example.com");
  });

  it("count only invites with a body", () => {
    const empty = 'Content-Type: text/calendar; name="blank.ics"\r\n\r\n';
    const raw = mail([text, empty, ...Array.from({ length: MAX_CALENDARS }, (_, i) => calendar(i))]);
    expect(boundMime(raw)).toBe(raw);
  });
});

describe("parts past MAX_MIME_PARTS", () => {
  it("are cut at their boundary; the parts before them are read", async () => {
    const parts = Array.from({ length: MAX_MIME_PARTS + 30 }, (_, i) => `Content-Type: text/plain; name="n${i}.txt"\r\nContent-Disposition: attachment\r\n\r\nnote ${i}`);
    const parsed = await PostalMime.parse(boundMime(mail(parts)));
    expect(parsed.attachments.map((a) => a.filename)).toEqual(parts.slice(0, MAX_MIME_PARTS).map((_, i) => `n${i}.txt`));
  });
});
