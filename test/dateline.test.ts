import * as chrono from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { readDateLine } from "../src/extract/dateline.ts";

// What chrono alone reads from a date line: the oracle for the fixed shapes read directly.
function byChrono(text: string) {
  const r = chrono.casual.parse(text.replace(/\bat\b/g, " "), { instant: new Date(0), timezone: 0 })[0];
  if (!r || !r.start.isCertain("day") || !r.start.isCertain("year")) return null;
  const s = r.start;
  return {
    wall: { year: s.get("year"), month: s.get("month"), day: s.get("day"), hour: s.get("hour") ?? 0, minute: s.get("minute") ?? 0 },
    offsetMinutes: s.isCertain("timezoneOffset") ? s.get("timezoneOffset") : null,
  };
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const LONG_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const two = (n: number) => String(n).padStart(2, "0");
const ampm = (h: number) => `${h % 12 || 12}`;

/** The shapes mail clients write, for one instant. */
function shapes(d: Date, i: number): string[] {
  const [y, mo, da, h, mi, wd] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCDay()];
  const m = h < 12 ? "AM" : "PM";
  const offset = [["-0500", ""], ["+0000", " (UTC)"], ["+0530", ""], ["-0330", ""], ["+1300", ""]][i % 5]!;
  return [
    `${DAYS[wd]}, ${two(da)} ${MONTHS[mo]} ${y} ${two(h)}:${two(mi)}:${two(i % 60)} ${offset[0]}${offset[1]}`, // RFC 5322
    `${da} ${MONTHS[mo]} ${y} ${two(h)}:${two(mi)}:07 GMT`,
    `${DAYS[wd]}, ${MONTHS[mo]} ${da}, ${y} at ${ampm(h)}:${two(mi)} ${m}`, // Gmail
    `${LONG_DAYS[wd]}, ${LONG_MONTHS[mo]} ${da}, ${y} ${ampm(h)}:${two(mi)} ${m}`, // Outlook
    `${LONG_MONTHS[mo]} ${da}, ${y} at ${ampm(h)}:${two(mi)}:${two(i % 60)} ${m}`, // Apple, no zone
    `${da} ${LONG_MONTHS[mo]} ${y} at ${two(h)}:${two(mi)}:${two(i % 60)}`, // Apple, day first
    `${LONG_MONTHS[mo]} ${da}, ${y} at ${ampm(h)}:${two(mi)}:00 ${m} ${["PST", "EST", "CET", "BST"][i % 4]}`, // a zone name: chrono's
  ];
}

describe("the original's date line", () => {
  it("reads every shape as chrono does, every 13 hours 7 minutes of 2026–2027", () => {
    const wrong: string[] = [];
    let i = 0;
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += 13 * 3600_000 + 7 * 60_000, i++) {
      for (const line of shapes(new Date(t), i)) {
        if (JSON.stringify(readDateLine(line)) !== JSON.stringify(byChrono(line))) wrong.push(line);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it("keeps the offset a header gives, and none where it gives none", () => {
    expect(readDateLine("Fri, 06 Nov 2026 08:41:19 -0500")).toEqual({ wall: { year: 2026, month: 11, day: 6, hour: 8, minute: 41 }, offsetMinutes: -300 });
    expect(readDateLine("Tue, Nov 3, 2026 at 12:22 AM")).toEqual({ wall: { year: 2026, month: 11, day: 3, hour: 0, minute: 22 }, offsetMinutes: null });
    expect(readDateLine("November 9, 2026 at 11:02:45 AM PST")?.offsetMinutes).toBe(-480);
  });

  it("passes anything else to chrono, and reads nothing from nonsense", () => {
    expect(readDateLine("11/20/26 9:14 AM (GMT-08:00)")).toEqual(byChrono("11/20/26 9:14 AM (GMT-08:00)"));
    expect(readDateLine("Mon, 31 Feb 2026 10:00:00 +0000")).toEqual(byChrono("Mon, 31 Feb 2026 10:00:00 +0000"));
    // A time range or a zone in brackets is not an RFC 5322 offset.
    for (const line of ["Tuesday 8 December 2026, 09:30-10:15 (CET)", "Tuesday 8 December 2026, 09:30 (CET)", "8 Dec 2026 09:30 +01:00"]) expect(readDateLine(line)).toEqual(byChrono(line));
    expect(readDateLine("see below")).toBeNull();
    expect(readDateLine(null)).toBeNull();
  });

  it.for([
    ["Portuguese Gmail", "qua., 9 de dez. de 2026 às 11:42"],
    ["French Gmail", "mer. 9 déc. 2026 à 11:42"],
    ["German Gmail", "Mi., 9. Dez. 2026 um 11:42"],
    ["Spanish Gmail", "mié, 9 dic 2026 a las 11:42"],
    ["Italian Gmail", "mer 9 dic 2026 alle ore 11:42"],
    ["Dutch Gmail", "wo 9 dec. 2026 om 11:42"],
    ["Japanese Outlook", "2026年12月9日 水曜日 11:42"],
    ["Chinese Gmail, morning", "2026年12月9日 星期三 上午11:42"],
    ["Korean Gmail", "2026년 12월 9일 (수) 오전 11:42"],
  ] as const)("reads a client's date line in its own language: %s", ([, line]) => {
    expect(readDateLine(line)).toEqual({ wall: { year: 2026, month: 12, day: 9, hour: 11, minute: 42 }, offsetMinutes: null });
  });

  it("reads a CJK afternoon as such", () => {
    expect(readDateLine("2026年12月9日 星期三 下午3:32")?.wall.hour).toBe(15);
    expect(readDateLine("2026년 12월 9일 (수) 오후 12:10")?.wall.hour).toBe(12);
  });

  it("reads no month from a prefix two months share ('jui': juin, juillet)", () => {
    expect(readDateLine("9 juil. 2026 à 11:42")?.wall.month).toBe(7);
    expect(readDateLine("9 jui. 2026 à 11:42")).toBeNull();
  });
});

describe("locales", () => {
  it("each lists its twelve months in order, or none (CJK writes them in numbers)", async () => {
    const { LOCALES } = await import("../src/extract/locales/index.ts");
    for (const l of LOCALES) expect([0, 12], l.lang).toContain(l.months?.length ?? 0);
  });
});
