/** Dates and people as the seeker reads them. Pure: zones come in as parameters. */
import type { Person } from "../extract/types.ts";

// Building an Intl.DateTimeFormat costs far more than using one: a reply formats
// dozens of dates in two or three zones, so formatters are kept per shape and zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
const SHAPES = {
  date: { weekday: "short", day: "numeric", month: "short", year: "numeric" },
  time: { hour: "numeric", minute: "2-digit" },
  timeZoned: { hour: "numeric", minute: "2-digit", timeZoneName: "short" },
  weekday: { weekday: "long" },
  monthDay: { month: "long", day: "numeric" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export function formatter(shape: keyof typeof SHAPES, zone: string): Intl.DateTimeFormat {
  const key = `${shape}|${zone}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat("en-US", { ...SHAPES[shape], timeZone: zone })));
  return f;
}

export function formatWhen(iso: string, zone: string, withZone = true): string {
  const d = new Date(iso);
  return `${formatter("date", zone).format(d)}, ${formatter(withZone ? "timeZoned" : "time", zone).format(d)}`;
}

export function formatTime(iso: string, zone: string): string {
  return formatter("timeZoned", zone).format(new Date(iso));
}

/** "Thu, Nov 12, 2026, 1:00 PM – 1:45 PM EST", in the given zone. */
export function formatSlot(start: string, end: string | null, zone: string): string {
  if (!end) return formatWhen(start, zone);
  return `${formatWhen(start, zone, false)} – ${formatTime(end, zone)}`;
}

/** The day of the interview as a draft mentions it: "on Thursday". */
export function dayName(iso: string, zone: string): string {
  return formatter("weekday", zone).format(new Date(iso));
}

export function firstName(p: Person | null): string | null {
  return p?.name.split(/\s+/)[0] ?? null;
}

export function describePerson(p: Person): string {
  return `${p.name}${p.title ? ` (${p.title})` : ""}${p.email ? ` <${p.email}>` : ""}`;
}

/** Strips CR/LF and other controls: text from incoming mail must never break a header. */
export function headerSafe(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s{2,}/g, " ").trim();
}
