/**
 * The original mail's own date: a Date header (RFC 5322) or the line a
 * forward block shows ("Date: Tue, Nov 3, 2026 at 2:22 PM"). Mail clients
 * write these in a few fixed shapes, read here directly; anything else goes
 * to chrono, which costs as much as parsing the whole message.
 */
import type { WallClock } from "../time/wallclock.ts";
import type * as chrono from "chrono-node/en";
import { detectLanguage } from "./language.ts";
import { LOCALES } from "./locales/index.ts";
import { localParser, MONTH_FIRST, wallOf } from "./when.ts";
import { warmable } from "./patterns.ts";

export type DateLine = { wall: WallClock; offsetMinutes: number | null };

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WEEKDAY = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?`;
const MONTH = String.raw`(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
const TIME = String.raw`,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?`;
/** Only zones that are an offset already: a name such as "PST" goes to chrono, which knows its offset. */
// RFC 5322's "-0500 (EST)": the sign after a space, no colon (a time range "09:30-10:15" is not an offset).
const ZONE = String.raw`(?:\s+([+-])(\d{2})(\d{2})(?:\s*\([^)]*\))?|\s*(gmt|utc|ut|z))?\s*$`;
/** "Fri, 06 Nov 2026 08:41:19 -0500", "24 November 2026 at 10:02": day first. */
const DAY_FIRST = new RegExp(String.raw`^\s*${WEEKDAY}(\d{1,2})\.?\s+${MONTH},?\s+(\d{4})${TIME}${ZONE}`, "i");
/** "Tue, Nov 3, 2026 at 2:22 PM", "Monday, November 30, 2026 9:02 AM": month first. */
const MONTH_FIRST_LINE = new RegExp(String.raw`^\s*${WEEKDAY}${MONTH}\s+(\d{1,2}),?\s+(\d{4})${TIME}${ZONE}`, "i");

/**
 * Every locale's month names and their prefixes of three letters or more ("dez", "déc", "sept"), each to its
 * month; a prefix two months share ("jui": juin, juillet) is neither's.
 */
const LOCAL_MONTHS: ReadonlyMap<string, number> = (() => {
  const seen = new Map<string, Set<number>>();
  for (const l of LOCALES) {
    // Each locale lists its twelve months in order.
    (l.months ?? []).forEach((name, i) => {
      const month = i + 1;
      for (let n = 3; n <= name.length; n++) seen.set(name.slice(0, n), (seen.get(name.slice(0, n)) ?? new Set()).add(month));
    });
  }
  return new Map([...seen].filter(([, months]) => months.size === 1).map(([w, months]) => [w, [...months][0]!]));
})();
/**
 * Gmail and Outlook in other languages: "qua., 9 de dez. de 2026 às 11:42", "mer. 9 déc. 2026 à 11:42",
 * "Mi., 9. Dez. 2026 um 11:42": a weekday word, the day, a month word, the year, a lead-in, the time.
 */
const LOCAL_DAY_FIRST = /^\s*(?:[\p{L}]{2,}\.?,?\s+)?(\d{1,2})\.?\s+(?:de\s+)?([\p{L}]{3,})\.?\s+(?:de\s+)?(\d{4}),?\s+(?:[\p{L}]{1,4}\s+){0,2}(\d{1,2})[:h](\d{2})(?::\d{2})?\s*$/u;

/**
 * Outlook and Gmail in Japanese, Chinese and Korean: "2026年12月9日 水曜日 15:32", "2026年12月9日 星期三 下午3:32",
 * "2026년 12월 9일 (수) 오후 3:32": year, month, day, a weekday, then the time, maybe after a half-day word.
 */
const CJK_LINE = /^\s*(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일](?:\s*[（(]?[^\d\s（）()]{1,4}[）)]?)?\s*(午前|午後|上午|下午|오전|오후)?\s*(\d{1,2}):(\d{2})(?::\d{2})?\s*$/u;
const AFTERNOON = new Set(["午後", "下午", "오후"]);

function checked(wall: WallClock): DateLine | null {
  const check = new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
  return wall.hour > 23 || wall.minute > 59 || check.getUTCDate() !== wall.day || wall.month < 1 || wall.month > 12 ? null : { wall, offsetMinutes: null };
}

function readLocalShape(text: string): DateLine | null {
  const cjk = CJK_LINE.exec(text);
  if (cjk) {
    const h = Number(cjk[5]);
    const hour = cjk[4] && AFTERNOON.has(cjk[4]) && h < 12 ? h + 12 : cjk[4] && !AFTERNOON.has(cjk[4]) && h === 12 ? 0 : h;
    return checked({ year: Number(cjk[1]), month: Number(cjk[2]), day: Number(cjk[3]), hour, minute: Number(cjk[6]) });
  }
  const m = LOCAL_DAY_FIRST.exec(text);
  const month = m ? LOCAL_MONTHS.get(m[2]!.toLowerCase()) : undefined;
  if (!m || !month) return null;
  return checked({ year: Number(m[3]), month, day: Number(m[1]), hour: Number(m[4]), minute: Number(m[5]) });
}

function fromParts(day: string, month: string, year: string, m: RegExpExecArray, at: number): DateLine | null {
  const [hour, minute, meridiem, sign, offH, offM, utc] = m.slice(at) as Array<string | undefined>;
  let h = Number(hour);
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (/^p/i.test(meridiem) ? 12 : 0);
  }
  const line = checked({ year: Number(year), month: MONTHS.indexOf(month.toLowerCase()) + 1, day: Number(day), hour: h, minute: Number(minute) });
  const offsetMinutes = sign ? (sign === "-" ? -1 : 1) * (Number(offH) * 60 + Number(offM)) : utc ? 0 : null;
  return line && { ...line, offsetMinutes };
}

/** The commonest shapes, or undefined when the line is in none of them. */
function readFixedShape(text: string): DateLine | null | undefined {
  let m = DAY_FIRST.exec(text);
  if (m) return fromParts(m[1]!, m[2]!, m[3]!, m, 4) ?? undefined;
  m = MONTH_FIRST_LINE.exec(text);
  if (m) return fromParts(m[2]!, m[1]!, m[3]!, m, 4) ?? undefined;
  return undefined;
}

/** The wall clock the original's date shows, with its UTC offset when the line gives one. */
export function readDateLine(dateText: string | null): DateLine | null {
  if (!dateText) return null;
  const fixed = readFixedShape(dateText);
  if (fixed !== undefined) return fixed;
  const local = readLocalShape(dateText);
  if (local) return local;
  const ref = { instant: new Date(0), timezone: 0 };
  // A client in another language writes its own ("Donnerstag, 03. Dezember 2026 um 16:41 Uhr", "2026年12月3日").
  const dated = (x: chrono.ParsedResult | undefined) => (x && x.start.isCertain("day") && x.start.isCertain("year") ? x : undefined);
  const r = dated(MONTH_FIRST.parse(dateText.replace(/\bat\b/g, " "), ref)[0]) ?? dated(localParser(detectLanguage(dateText))?.parse(dateText, ref)[0]);
  if (!r) return null;
  return { wall: wallOf(r.start), offsetMinutes: r.start.isCertain("timezoneOffset") ? r.start.get("timezoneOffset")! : null };
}

// Compiled at start-up (patterns.ts): a first mail that needs one of these does not pay for it.
warmable(DAY_FIRST, MONTH_FIRST_LINE, LOCAL_DAY_FIRST, CJK_LINE);
