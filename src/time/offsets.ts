/**
 * UTC offsets of IANA zones. The rules live in Intl, read through
 * @date-fns/tz's `tzOffset` (one cached formatter per zone, ~2.5 µs a call).
 * A mail needs a hundred or more offsets, nearly all in the seeker's zone
 * within a few months, so each zone's changes are found once per year and
 * isolate (about 80 look-ups, ~0.2 ms) and every offset after that is a
 * search in a list of two or three spans.
 */
import { tzOffset } from "@date-fns/tz";
import { remember } from "../remember.ts";

/** An offset (minutes east of UTC) in force from `from` (ms) on. */
export type Span = { from: number; offset: number };

const SECOND = 1000;
const DAY = 86_400_000;
/**
 * Steps of the scan for changes. Two changes less than a step apart would
 * hide each other; since 2000 the closest have been about a month apart
 * (Morocco and Egypt around Ramadan).
 */
const SCAN_STEP = 7 * DAY;
/** Years whose changes are kept: the window plausible() admits for interviews. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2099;
/** Zone-years kept per isolate; a mail naming many zones cannot grow it without bound. */
const MAX_CACHED = 64;

function direct(zone: string, ms: number): number {
  return tzOffset(zone, new Date(ms));
}

/** The spans of one UTC year; a change is pinned to the second by halving. */
function scanYear(zone: string, year: number): Span[] {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  let prev = direct(zone, start);
  const spans: Span[] = [{ from: start, offset: prev }];
  if (Number.isNaN(prev)) return spans;
  for (let lo = start; lo < end; lo += SCAN_STEP) {
    const hi = Math.min(lo + SCAN_STEP, end - SECOND);
    const off = direct(zone, hi);
    if (off === prev) continue;
    let a = lo; // offset `prev` here
    let b = hi; // a later offset here
    while (b - a > SECOND) {
      const mid = a + Math.floor((b - a) / 2 / SECOND) * SECOND;
      if (direct(zone, mid) === prev) a = mid;
      else b = mid;
    }
    prev = direct(zone, b);
    spans.push({ from: b, offset: prev });
    if (prev !== off) lo = b - SCAN_STEP; // two changes in one step: look at the rest again
  }
  return spans;
}

const yearSpans = remember(MAX_CACHED, (zone: string, year: number) => `${zone}|${year}`, scanYear);

/** The offset that `spans` (in order) give the instant `ms`. */
export function offsetIn(spans: Span[], ms: number): number {
  let offset = spans[0]!.offset;
  for (const s of spans) if (s.from <= ms) offset = s.offset;
  return offset;
}

// The zone-year asked last: a plan asks dozens of times in a row for the same one.
let last = { zone: "", from: 0, to: 0, spans: [] as Span[] };

/** Minutes east of UTC that `zone` shows at the instant `ms` (NaN for an unknown zone or an invalid date). */
export function offsetAt(zone: string, ms: number): number {
  if (zone === last.zone && ms >= last.from && ms < last.to) return offsetIn(last.spans, ms);
  if (!Number.isFinite(ms)) return NaN;
  const year = new Date(ms).getUTCFullYear();
  if (year < FIRST_YEAR || year > LAST_YEAR) return direct(zone, ms);
  last = { zone, from: Date.UTC(year, 0, 1), to: Date.UTC(year + 1, 0, 1), spans: yearSpans(zone, year) };
  return offsetIn(last.spans, ms);
}

/**
 * The offsets in force over [from, to]: the first span holds at `from`, each
 * later one starts at a change. For a VTIMEZONE that covers a plan.
 */
export function spansBetween(zone: string, from: number, to: number): Span[] {
  const out: Span[] = [{ from, offset: offsetAt(zone, from) }];
  const firstYear = new Date(from).getUTCFullYear();
  const lastYear = new Date(to).getUTCFullYear();
  for (let year = Math.max(firstYear, FIRST_YEAR); year <= Math.min(lastYear, LAST_YEAR); year++) {
    for (const s of yearSpans(zone, year)) {
      if (s.from <= from || s.from > to || s.offset === out.at(-1)!.offset) continue;
      out.push(s);
    }
  }
  return out;
}
