/**
 * Interview times written in prose. chrono-node reads the dates and times as
 * wall-clock values (reference: the original mail's own wall clock, so
 * "tomorrow" means the sender's tomorrow); zones come from zones.ts and the
 * conversion to an instant from wallclock.ts.
 */
import * as chrono from "chrono-node/en";
import * as chronoDe from "chrono-node/de";
import * as chronoEs from "chrono-node/es";
import * as chronoFr from "chrono-node/fr";
import * as chronoIt from "chrono-node/it";
import * as chronoJa from "chrono-node/ja";
import * as chronoNl from "chrono-node/nl";
import * as chronoPt from "chrono-node/pt";
import * as chronoZh from "chrono-node/zh";
import { detectLanguage, type Lang } from "./language.ts";
import { alternation, HOUR_LEAD_INS, LOCALES, NOT_AFTER_LATIN, NOT_BEFORE_LATIN } from "./locales/index.ts";
import { remember } from "../remember.ts";
import { dayMonthParser } from "./day-month-parser.ts";
import { it as itLocale } from "./locales/it/constants.ts";
import { plausible, type WallClock, floating, toInstant } from "../time/wallclock.ts";
import { type ZoneSpec, findZones, isDayFirstZone } from "./zones.ts";
import { allMatches, warmable } from "./patterns.ts";
import { hasCue, lastCueEnd } from "./rules/times.ts";

/**
 * chrono's casual English parsers and refiners, less those whose results we
 * always discard: durations ("in 45 minutes", "2 days ago", "next week") and
 * a month or year alone never give a start, yet cost a third of each parse.
 * Matched by class name: if a bundler renamed the classes, nothing is
 * dropped and parsing is only slower.
 */
const UNUSED = new Set([
  "ENTimeUnitWithinFormatParser", "ENTimeUnitAgoFormatParser", "ENTimeUnitLaterFormatParser", "ENTimeUnitCasualRelativeFormatParser",
  "ENRelativeDateFormatParser", "ENEndOfCurrentMonthParser", "ENSlashMonthFormatParser", "ENYearMonthNameParser", "ENMonthNameParser",
  "ENMergeRelativeAfterDateRefiner", "ENMergeRelativeFollowByDateRefiner", "ENEndOfPeriodRefiner",
]);
function lean(config: ReturnType<typeof chrono.configuration.createCasualConfiguration>): chrono.Chrono {
  const used = <T extends object>(xs: T[]) => xs.filter((x) => !UNUSED.has(x.constructor.name));
  return new chrono.Chrono({ parsers: used(config.parsers), refiners: used(config.refiners) });
}
/** Month first ("12/01/2026" is 1 December… in the US) and day first. */
export const MONTH_FIRST = lean(chrono.configuration.createCasualConfiguration(false));
const DAY_FIRST_PARSER = lean(chrono.configuration.createCasualConfiguration(true));

/**
 * chrono's parser for a mail's own language, made the first time a mail in it comes (each costs start-up and
 * parse time; most mail is English). Day first where the language writes dates so. Korean has none in chrono:
 * its mail is read by the English parser, which reads ISO and numeric dates.
 */
const LOCAL_PARSERS: Partial<Record<Lang, () => chrono.Chrono>> = {
  de: () => chronoDe.casual, fr: () => chronoFr.casual, es: () => chronoEs.casual, pt: () => chronoPt.casual,
  it: () => chronoIt.casual, nl: () => chronoNl.casual, ja: () => chronoJa.casual, zh: () => chronoZh.casual,
};
/**
 * The same parsers dropped in every language as in English (UNUSED): lengths, "in 3 giorni", "vor 2 Tagen", a
 * month alone. Beyond a third of each parse, their patterns are costly to compile: a counted repetition of a long
 * alternation under /i (Italian "tra 3 giorni" ~45 ms on its first two runs, English "3 days ago" ~60 ms).
 */
const UNUSED_ANY_LOCALE = /TimeUnit(?:Within|Ago|Later|CasualRelative)FormatParser$|RelativeDateFormatParser$|DeadlineFormatParser$|^[A-Z]{2}MonthNameParser$|SlashMonthFormatParser$|MergeRelative|EndOfPeriod/;
/** chrono parsers replaced by a cheaper one that reads what confirmations write (day-month-parser.ts says why). */
const CHEAPER: Partial<Record<Lang, Record<string, () => chrono.Parser>>> = {
  it: { ITMonthNameLittleEndianParser: () => dayMonthParser(itLocale.months!) },
};
const leanLocal = remember(16, (lang: Lang) => lang, (lang: Lang): chrono.Chrono | null => {
  const full = LOCAL_PARSERS[lang]?.();
  if (!full) return null;
  const used = <T extends object>(xs: T[]) => xs.filter((x) => !UNUSED_ANY_LOCALE.test(x.constructor.name));
  const swap = CHEAPER[lang] ?? {};
  const parsers = used(full.parsers).map((p) => swap[p.constructor.name]?.() ?? p);
  return new chrono.Chrono({ parsers, refiners: used(full.refiners) });
});
export function localParser(lang: Lang): chrono.Chrono | null {
  return leanLocal(lang);
}

/** Prose fed to chrono: a confirmation states its time near the top; chrono's cost grows with length. */
export const MAX_PROSE_CHARS = 6_000;
/** How far a bare time may sit from the date it belongs to ("Date: …\nTime: …"). */
const PAIR_BEFORE_CHARS = 1_500;
const PAIR_AFTER_CHARS = 120;
/** How far after a time its zone may be written ("1:30 PM - 2:30 PM Pacific Time (PST)"). */
const ZONE_AFTER_CHARS = 45;
/** Slots of an onsite loop may have a short break between them. */
const MAX_LOOP_GAP_MINUTES = 30;
/** Rows of a written schedule may have a lunch between them; past this they are another day's part. */
const MAX_SCHEDULE_GAP_MINUTES = 180;

/**
 * "às 15h", "à 14h30", "de 15h a 16h": hours in the h notation, after a locale's lead-in or a range's dash.
 * The digit is looked at before the lead-in and the gaps are bounded: a lookbehind tried at every position of a
 * run of spaces, each time scanning the run back, made a page of blank lines cost 240 ms.
 */
const H_HOUR = new RegExp(String.raw`(?=\d)(?<=(?:^|[\s,(*])(?:${alternation(HOUR_LEAD_INS)})\s{1,3}|\d\s{0,2}[-–]\s{0,2})([01]?\d|2[0-3])h([0-5]\d)?(?![\p{L}\d])`, "giu");

/** "12:45p", "9:30a": text shorthand for the half of the day. */
const SHORT_MERIDIEM = /(\d{1,2}:\d{2})\s?([ap])(?![\p{L}\d]|\.\p{L})/giu;
/** How far before a time its "until" may stand ("she's blocked until 12:45pm"; rules/times.ts has the words). */
const UNTIL_BEFORE_CHARS = 24;

export type When = {
  start: Date;
  end: Date | null;
  zone: ZoneSpec;
  zoneAssumed: boolean;
  warnings: string[];
};

export type WhenOptions = {
  /** Wall clock of the original mail, for relative dates and missing years. */
  reference: WallClock;
  /** Times before this are history, not the interview. */
  notBefore: Date;
  defaultZone: string;
  /** A cancellation names the cancelled slot: do not skip it as an old time. */
  cancellation: boolean;
  /** The mail's language, when the caller has told it; else told from the text. */
  lang?: Lang;
};

type Piece = { index: number; end: number; result: chrono.ParsedResult };
type Candidate = {
  index: number;
  endIndex: number;
  wall: WallClock;
  wallEnd: WallClock | null;
  weekday: number | null;
};

/** Longer than this, a "range" is two different times, not one interview. */
const MAX_INTERVIEW_HOURS = 12;
const DURATION_TEXT = /^(for|in|within|after|before|about|around|by|until)\b|\b(minutes?|mins?|hours?|hrs?|ago|days?|weeks?)\b/i;
/** A time written as a clock reading, not "now" or "in 15min"; "14.00" as British mail writes it, not "03.12.2026". */
const CLOCK = /\d{1,2}:\d{2}|(?<![\d.])\d{1,2}\.\d{2}(?![.\d])|\d\s*(?:am|pm|a\.m\.|p\.m\.)|\bnoon\b|\bmidday\b|\d{1,2}h\d{0,2}\b|\d{1,2}\s*[時时點点시]/i;
const DURATION = /(?:\bfor|\bblocked|\blasts?|\bduration:?|\()\s*(?:about |approximately |around |roughly |a |an )?(\d{1,3})[- ]?(minutes?|mins?\b|min\b|hours?|hrs?\b)|(\d{1,3})[- ](minute|min|hour)s? (?:(?:phone|video|technical|intro(?:ductory)?|quick|virtual|informal|onsite)\s+)?(?:interview|call|conversation|chat|screen|session|meeting)/gi;
const DAY_FIRST_DATE = /\b\d{1,2}(st|nd|rd|th)? (January|February|March|April|May|June|July|August|September|October|November|December)\b/i;
const MONTH_FIRST_DATE = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2}(st|nd|rd|th)?\b/;

function known(c: chrono.ParsedResult["start"], k: chrono.Component): boolean {
  return c.isCertain(k);
}

function hasDate(r: chrono.ParsedResult): boolean {
  return known(r.start, "day") || known(r.start, "weekday");
}

function hasTime(r: chrono.ParsedResult): boolean {
  return known(r.start, "hour");
}

/**
 * A date written with its month's name says the order outright; zones only hint at how numeric dates are written.
 * It outweighs them: chrono's day-first parser reads "December 17, 10:00" (Singapore time beside it) as December 2017.
 */
const WRITTEN_ORDER_WEIGHT = 4;

/** Day-first ("01/12/2026" is 1 December) when the mail reads European. */
export function dayFirst(text: string, zones: ZoneSpec[]): boolean {
  let score = 0;
  if (DAY_FIRST_DATE.test(text)) score += WRITTEN_ORDER_WEIGHT;
  if (MONTH_FIRST_DATE.test(text)) score -= WRITTEN_ORDER_WEIGHT;
  for (const z of zones.slice(0, 3)) score += isDayFirstZone(z) ? 1 : -1;
  return score > 0;
}

export function wallOf(c: chrono.ParsedResult["start"], dateFrom?: chrono.ParsedResult["start"]): WallClock {
  const d = dateFrom ?? c;
  return { year: d.get("year")!, month: d.get("month")!, day: d.get("day")!, hour: c.get("hour") ?? 0, minute: c.get("minute") ?? 0 };
}

/**
 * A time its context calls old ("originally", "ursprünglich"), unless words after the last such word name this
 * one as new: "Instead of Tuesday, could we do Thursday at 2pm?". Arrival and check-in times come before the
 * interview; "End:" labels its end: the words of each are rules/times.ts's.
 */

function isOldTime(context: string, lang: Lang): boolean {
  if (!hasCue(context, lang, "old")) return false;
  const old = lastCueEnd(context, lang, "old");
  return old >= 0 && !hasCue(context.slice(old), lang, "new");
}

function lineContext(text: string, index: number): string {
  // The current line up to the time, and the nearest non-empty line above it: a heading
  // such as "PREVIOUSLY SCHEDULED (cancelled)" or "NEW TIME".
  const lineStart = text.lastIndexOf("\n", index - 1) + 1;
  const line = text.slice(lineStart, index);
  const sentence = line.slice(Math.max(line.lastIndexOf(". "), line.lastIndexOf("! ")) + 1);
  let prev = text.slice(0, Math.max(0, lineStart - 1)).trimEnd();
  prev = prev.slice(prev.lastIndexOf("\n") + 1);
  return `${sentence.trim() ? "" : prev}\n${sentence}`;
}

/** Between a date and the weekday written right after it: spaces, a comma, an opening bracket. */
const WEEKDAY_GAP = /^[\s,(（、]{0,3}$/;

/** How far after the nearest such weekday its written-out date may lie: "Thursday" said a week ahead. */
const MAX_WEEKDAY_SHIFT_DAYS = 13;

function sameWeekdayLater(dates: Piece[], start: chrono.ParsedResult["start"]): chrono.ParsedResult["start"] | undefined {
  const inferred = floating(wallOf(start)).getTime();
  return dates.find((d) => {
    const c = d.result.start;
    if (!known(c, "day") || !known(c, "weekday") || c.get("weekday") !== start.get("weekday")) return false;
    const days = (floating(wallOf(c)).getTime() - inferred) / 86_400_000;
    return days > 0 && days <= MAX_WEEKDAY_SHIFT_DAYS;
  })?.result.start;
}

function candidates(text: string, pieces: Piece[], lang: Lang): Candidate[] {
  const out: Candidate[] = [];
  // A weekday right after its date ("2026年12月10日（星期四）14:00") is part of that date, not a date of its own.
  const bare = pieces.filter((p) => hasDate(p.result) && !hasTime(p.result));
  const besideDate = (p: Piece, among: Piece[]) => among.filter((d) => d.end <= p.index && WEEKDAY_GAP.test(text.slice(d.end, p.index))).at(-1);
  const dates = bare.filter((p) => known(p.result.start, "day") || !besideDate(p, bare));
  // Failing a bare date, a time takes its day from a date written with another time ("arrive at 9:15 on Dec 8 … runs 9:30–12:30").
  const datedTimes = pieces.filter((p) => hasDate(p.result) && hasTime(p.result));
  for (const p of pieces) {
    const r = p.result;
    if (!hasTime(r) || DURATION_TEXT.test(r.text) || !CLOCK.test(r.text)) continue;
    let dateFrom: chrono.ParsedResult["start"] | undefined;
    if (!hasDate(r)) {
      const before = dates.filter((d) => d.end <= p.index && p.index - d.end <= PAIR_BEFORE_CHARS).at(-1);
      const after = dates.find((d) => d.index >= p.end && d.index - p.end <= PAIR_AFTER_CHARS);
      const pair =
        (after && (!before || /^[\s\p{P}\p{L}&]*$/u.test(text.slice(p.end, after.index)) && !before) ? after : before ?? after) ??
        datedTimes.filter((d) => d.end <= p.index && p.index - d.end <= PAIR_AFTER_CHARS).at(-1);
      if (!pair) continue;
      dateFrom = pair.result.start;
    } else if (!known(r.start, "day")) {
      // "2026年12月10日 星期四 14:00", "10 December 2026, Thursday 2pm": a weekday right after its date is that
      // date's, however far off. Else "Thursday at 2pm works … an invite for Thursday, December 10": a weekday
      // alone is the nearest such day; the same weekday written out with its date, a week or two on, wins.
      const written = besideDate(p, dates)?.result.start ?? sameWeekdayLater(dates, r.start);
      if (written) dateFrom = written;
    }
    let wall = wallOf(r.start, dateFrom);
    let wallEnd = r.end && known(r.end, "hour") ? wallOf(r.end, known(r.end, "day") ? undefined : dateFrom ?? r.start) : null;
    if (wallEnd && floating(wallEnd).getTime() - floating(wall).getTime() > MAX_INTERVIEW_HOURS * 3600_000) {
      // "moved from Tuesday 2pm to Thursday 3pm" is a change, not a two-day interview: the new time is the end.
      if (hasCue(text.slice(Math.max(0, p.index - 120), p.index), lang, "moved")) wall = wallEnd;
      wallEnd = null;
    }
    const weekdaySource = dateFrom ?? r.start;
    out.push({
      index: p.index,
      endIndex: p.end,
      wall,
      wallEnd,
      weekday: weekdaySource.isCertain("weekday") ? weekdaySource.get("weekday")! : null,
    });
  }
  return out;
}

function zoneFor(text: string, c: Candidate, zones: ReturnType<typeof findZones>): ZoneSpec | null {
  const after = zones.find((z) => z.index >= c.index && z.index - c.endIndex <= ZONE_AFTER_CHARS);
  if (after) return after.zone;
  const lineStart = text.lastIndexOf("\n", c.index - 1) + 1;
  const sameLine = zones.filter((z) => z.index >= lineStart && z.end <= c.index).at(-1);
  return sameLine?.zone ?? null;
}

/** Lengths in words: "will last one hour", "for half an hour". */
const WORD_DURATION = /\b(?:lasts?|will last|for|takes?|will take)\s+(?:about |approximately |around |roughly )?(an? hour and a half|one and a half hours|half an hour|an? hour|one hour|two hours)\b/i;
const WORD_MINUTES: Record<string, number> = { "half an hour": 30, "an hour": 60, "a hour": 60, "one hour": 60, "two hours": 120, "an hour and a half": 90, "a hour and a half": 90, "one and a half hours": 90 };

/** The interview's length: the first one the text states (an agenda's parts, "(10 min)", come after it). */
function durationMinutes(text: string): number | null {
  const found: Array<{ at: number; minutes: number }> = [];
  const keep = (at: number, minutes: number | null | undefined): boolean => {
    const ok = !!minutes && minutes >= 10 && minutes <= 8 * 60;
    if (ok) found.push({ at, minutes: minutes! });
    return ok;
  };
  for (const m of allMatches(DURATION, text)) {
    const before = text.slice(Math.max(0, m.index! - 12), m.index!);
    if (/\b(last|first|final)\s*$/i.test(before)) continue; // "for the last 15 minutes" is a part, not the length
    const n = Number(m[1] ?? m[3]);
    if (keep(m.index!, (m[2] ?? m[4])!.toLowerCase().startsWith("h") ? n * 60 : n)) break;
  }
  const words = WORD_DURATION.exec(text);
  if (words) keep(words.index, WORD_MINUTES[words[1]!.toLowerCase()]);
  for (const m of allMatches(LOCAL_DURATION, text)) {
    const phrase = m[1] ? LOCAL_PHRASES.get(m[1].toLowerCase()) : null;
    if (keep(m.index!, phrase ?? (LOCAL_HOUR_UNITS.has(m[3]!.toLowerCase()) ? Number(m[2]) * 60 : Number(m[2])))) break;
  }
  return found.sort((a, b) => a.at - b.at)[0]?.minutes ?? null;
}

// Lengths in every locale's words: "eine Stunde", "45 Minuten", "30分", "1 heure".
const LOCAL_PHRASES = new Map(LOCALES.flatMap((l) => Object.entries(l.durationPhrases ?? {})));
const LOCAL_HOUR_UNITS = new Set(LOCALES.flatMap((l) => l.durationUnits?.hour ?? []).map((u) => u.toLowerCase()));
const LOCAL_UNITS = LOCALES.flatMap((l) => [...(l.durationUnits?.minute ?? []), ...(l.durationUnits?.hour ?? [])]);
const LOCAL_DURATION = new RegExp(
  // Latin words end at a letter; CJK ones stand among letters. "3点30分" is a clock time, not 30 minutes.
  `${NOT_AFTER_LATIN}(${alternation([...LOCAL_PHRASES.keys()])})${NOT_BEFORE_LATIN}|(?<![\\d:.点點時时시])(\\d{1,3})\\s?(${alternation(LOCAL_UNITS)})${NOT_BEFORE_LATIN}`,
  "gi",
);

/** "between 2 and 3pm": chrono reads a range as "from 2 to 3pm". */
const BETWEEN = /\bbetween(\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s+)and(\s+\d)/gi;
/** "Dec 8 (Tue) 10:00": a weekday in brackets after a date; chrono would take it for a second, later day. */
const BRACKETED_WEEKDAY = /(\d)(\s*)\((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\)/gi;

export function findWhen(body: string, opts: WhenOptions): When | null {
  const text = body
    .slice(0, MAX_PROSE_CHARS)
    .replace(/[⋅·•]/g, " ")
    .replace(/\t/g, "  ")
    .replace(BETWEEN, "from$1to$2")
    .replace(BRACKETED_WEEKDAY, "$1$2")
    .replace(H_HOUR, (_, h: string, m?: string) => `${h}:${m ?? "00"}`)
    .replace(SHORT_MERIDIEM, "$1$2m");
  const zones = findZones(text);
  const parser = dayFirst(text, zones.map((z) => z.zone)) ? DAY_FIRST_PARSER : MONTH_FIRST;
  const ref = { instant: floating(opts.reference), timezone: 0 };
  const toPiece = (result: chrono.ParsedResult) => ({ index: result.index, end: result.index + result.text.length, result });
  const english = parser.parse(text, ref, { forwardDate: true }).map(toPiece);
  // A mail in another language is read by its own parser first; English pieces fill what it left (a Zoom block).
  const lang = opts.lang ?? detectLanguage(text);
  const local = localParser(lang);
  const own = local ? local.parse(text, ref, { forwardDate: true }).map(toPiece) : [];
  const pieces = [...own, ...english.filter((e) => !own.some((o) => o.index < e.end && e.index < o.end))].sort((a, b) => a.index - b.index);
  const globalZone = zones[0]?.zone ?? null;
  let assumed = false;
  const resolved = candidates(text, pieces, lang)
    .map((c) => {
      let zone = zoneFor(text, c, zones) ?? globalZone;
      if (!zone) {
        zone = { iana: opts.defaultZone };
        assumed = true;
      }
      return { c, zone, start: toInstant(c.wall, zone), end: c.wallEnd ? toInstant(c.wallEnd, zone) : null };
    })
    .filter((x) => plausible(x.start) && x.start.getTime() >= opts.notBefore.getTime())
    .map((x) => (x.end && !plausible(x.end) ? { ...x, end: null } : x))
    .filter((x) => opts.cancellation || !isOldTime(lineContext(text, x.c.index), lang));
  const first = resolved.find((x) => !hasCue(lineContext(text, x.c.index), lang, "arrival")) ?? resolved[0];
  if (!first) return null;

  // An onsite loop: back-to-back slots on one day form one interview.
  let end = first.end;
  // Portals write "Start: …" and "End: …" on lines of their own.
  const endLine = resolved.find((x) => x !== first && hasCue(lineContext(text, x.c.index).split("\n").pop()!, lang, "end_label"));
  if (!end && endLine && endLine.start > first.start) end = endLine.start;
  // "noon PT … she's blocked until 12:45pm": a later time on that day after "until" ends it.
  const until = end ? undefined : resolved.find((x) => x !== first && x.start > first.start && hasCue(text.slice(Math.max(0, x.c.index - UNTIL_BEFORE_CHARS), x.c.index), lang, "until"));
  if (until && until.start.getTime() - first.start.getTime() <= MAX_INTERVIEW_HOURS * 3600_000) end = until.start;
  for (const next of resolved.slice(resolved.indexOf(first) + 1)) {
    if (!end || !next.end) break;
    const gap = (next.start.getTime() - end.getTime()) / 60_000;
    // A schedule's rows (each line opens with its slot) are one day's loop across a lunch break too.
    const row = (x: typeof first) => /^[ \t>*•·-]*$/.test(text.slice(text.lastIndexOf("\n", x.c.index - 1) + 1, x.c.index));
    const limit = row(first) && row(next) ? MAX_SCHEDULE_GAP_MINUTES : MAX_LOOP_GAP_MINUTES;
    if (gap < 0 || gap > limit) break;
    end = next.end;
  }
  if (end && end.getTime() <= first.start.getTime()) end = null;
  if (!end) {
    const minutes = durationMinutes(text);
    if (minutes) end = new Date(first.start.getTime() + minutes * 60_000);
  }

  const warnings: string[] = [];
  if (first.c.weekday !== null) {
    const actual = new Date(Date.UTC(first.c.wall.year, first.c.wall.month - 1, first.c.wall.day)).getUTCDay();
    if (actual !== first.c.weekday) warnings.push("weekday_mismatch");
  }
  return { start: first.start, end, zone: first.zone, zoneAssumed: assumed && first.zone.iana === opts.defaultZone, warnings };
}

// Compiled at start-up (patterns.ts): a first mail that needs one of these does not pay for it.
warmable(UNUSED_ANY_LOCALE, H_HOUR, SHORT_MERIDIEM, DURATION_TEXT,
  CLOCK, DURATION, DAY_FIRST_DATE, MONTH_FIRST_DATE, WORD_DURATION,
  LOCAL_DURATION, BETWEEN, BRACKETED_WEEKDAY, WEEKDAY_GAP);
