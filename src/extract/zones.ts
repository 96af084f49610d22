/**
 * Time-zone words in mail → IANA zones (or a bare UTC offset). The IANA zone
 * carries DST, so "ET" in December is EST and "EST" written in July still means
 * Eastern time: we convert wall-clock times with the zone, never the letters.
 */
import { findIana } from "windows-iana";
import { remember } from "../remember.ts";
import { LOCALES, wordsPattern } from "./locales/index.ts";

import type { Zone } from "../time/wallclock.ts";
import { allMatches, warmable } from "./patterns.ts";

export type ZoneSpec = Zone;
export type ZoneHit = { index: number; end: number; zone: ZoneSpec };

const CITY_ZONES: Record<string, string> = {
  sydney: "Australia/Sydney", melbourne: "Australia/Melbourne", canberra: "Australia/Sydney", brisbane: "Australia/Brisbane",
  perth: "Australia/Perth", adelaide: "Australia/Adelaide", auckland: "Pacific/Auckland", wellington: "Pacific/Auckland",
  london: "Europe/London", dublin: "Europe/Dublin", lisbon: "Europe/Lisbon", paris: "Europe/Paris", berlin: "Europe/Berlin",
  madrid: "Europe/Madrid", rome: "Europe/Rome", amsterdam: "Europe/Amsterdam", brussels: "Europe/Brussels",
  stockholm: "Europe/Stockholm", oslo: "Europe/Oslo", copenhagen: "Europe/Copenhagen", zurich: "Europe/Zurich",
  vienna: "Europe/Vienna", warsaw: "Europe/Warsaw", prague: "Europe/Prague", athens: "Europe/Athens", helsinki: "Europe/Helsinki",
  istanbul: "Europe/Istanbul", dubai: "Asia/Dubai", mumbai: "Asia/Kolkata", kolkata: "Asia/Kolkata", chennai: "Asia/Kolkata",
  "new delhi": "Asia/Kolkata", bengaluru: "Asia/Kolkata", bangalore: "Asia/Kolkata", singapore: "Asia/Singapore",
  "hong kong": "Asia/Hong_Kong", tokyo: "Asia/Tokyo", seoul: "Asia/Seoul", shanghai: "Asia/Shanghai", beijing: "Asia/Shanghai",
  "new york": "America/New_York", toronto: "America/Toronto", chicago: "America/Chicago", denver: "America/Denver",
  phoenix: "America/Phoenix", "los angeles": "America/Los_Angeles", vancouver: "America/Vancouver", "sao paulo": "America/Sao_Paulo",
  "mexico city": "America/Mexico_City", johannesburg: "Africa/Johannesburg", "tel aviv": "Asia/Jerusalem", jerusalem: "Asia/Jerusalem",
  // States whose time is one zone, as "Arizona time" is written.
  arizona: "America/Phoenix", hawaii: "Pacific/Honolulu",
};

// Uppercase abbreviations only, matched case-sensitively: "et" or "pt" in prose are words, not zones.
const ABBREVIATIONS: Record<string, string> = {
  ET: "America/New_York", EST: "America/New_York", EDT: "America/New_York",
  CT: "America/Chicago", CST: "America/Chicago", CDT: "America/Chicago",
  MT: "America/Denver", MST: "America/Denver", MDT: "America/Denver",
  PT: "America/Los_Angeles", PST: "America/Los_Angeles", PDT: "America/Los_Angeles",
  AKST: "America/Anchorage", AKDT: "America/Anchorage", HST: "Pacific/Honolulu",
  // "3:00 PM UTC": the universal clock is a stated zone, not a missing one.
  UTC: "UTC", GMT: "Europe/London", BST: "Europe/London", WET: "Europe/Lisbon", WEST: "Europe/Lisbon",
  CET: "Europe/Berlin", CEST: "Europe/Berlin", EET: "Europe/Athens", EEST: "Europe/Athens",
  IST: "Asia/Kolkata", SGT: "Asia/Singapore", HKT: "Asia/Hong_Kong", JST: "Asia/Tokyo", KST: "Asia/Seoul",
  AEST: "Australia/Sydney", AEDT: "Australia/Sydney", ACST: "Australia/Adelaide", ACDT: "Australia/Adelaide",
  AWST: "Australia/Perth", NZST: "Pacific/Auckland", NZDT: "Pacific/Auckland", SAST: "Africa/Johannesburg",
  BRT: "America/Sao_Paulo", PKT: "Asia/Karachi", GST: "Asia/Dubai",
  // German mail writes the European zones in German.
  MEZ: "Europe/Berlin", MESZ: "Europe/Berlin", OEZ: "Europe/Athens", WEZ: "Europe/Lisbon",
};

// Zone names in words, each with the lower-case words it cannot match without:
// a check for those is far cheaper than the pattern (the "Central" one is slow).
const NAMED: Array<[RegExp, string, string[]]> = [
  [/\b(?:US\s+)?Eastern(?:\s+(?:Standard|Daylight))?\s+Time\b|\bEastern\b(?=\s*(?:\(|$|\)|,|\.))/gim, "America/New_York", ["eastern"]],
  // Look-arounds on \w, not \b: V8 runs \b under the i and u flags together some fifteen times slower.
  [/(?<!\w)(?:US\s+)?Central(?:\s+(?:Standard|Daylight))?\s+Time(?!\w)(?!\s*-\s*\p{L})|(?<!\w)Central(?!\w)(?=\s*(?:\(|$|\)|,|\.))/gimu, "America/Chicago", ["central"]],
  [/\b(?:US\s+)?Mountain(?:\s+(?:Standard|Daylight))?\s+Time\b|\bMountain\b(?=\s*(?:\(|$|\)|,|\.))/gim, "America/Denver", ["mountain"]],
  [/\b(?:US\s+)?Pacific(?:\s+(?:Standard|Daylight))?\s+Time\b|\bPacific\b(?=\s*(?:\(|$|\)|,|\.))/gim, "America/Los_Angeles", ["pacific"]],
  [/\bCentral European(?:\s+(?:Standard|Summer))?\s+Time\b/gi, "Europe/Berlin", ["central european"]],
  [/\b(?:Western|West) European(?:\s+(?:Standard|Summer))?\s+Time\b/gi, "Europe/Lisbon", ["european"]],
  [/\bEastern European(?:\s+(?:Standard|Summer))?\s+Time\b/gi, "Europe/Athens", ["eastern european"]],
  [/\bBritish Summer Time\b|\bGreenwich Mean Time\b|\bUK time\b/gi, "Europe/London", ["british summer", "greenwich", "uk time"]],
  [/\bIndia(?:n)? Standard Time\b/gi, "Asia/Kolkata", ["india"]],
  [/\bIrish Standard Time\b/gi, "Europe/Dublin", ["irish"]],
  [/\bIsrael Standard Time\b/gi, "Asia/Jerusalem", ["israel"]],
  [/\bAustralian Eastern(?:\s+(?:Standard|Daylight))?\s+Time\b/gi, "Australia/Sydney", ["australian eastern"]],
  [/\bJapan Standard Time\b/gi, "Asia/Tokyo", ["japan"]],
  [/\bSingapore(?: Standard)? Time\b/gi, "Asia/Singapore", ["singapore"]],
];

const NAMED_PATTERNS = NAMED.map(([re]) => re);

// Zones in every locale's words ("heure de Paris", "hora del centro de México", "北京时间").
const LOCAL_ZONES = new Map(LOCALES.flatMap((l) => Object.entries(l.zoneNames ?? {})));
const LOCAL_ZONE_RE = wordsPattern([...LOCAL_ZONES.keys()], "g");

const CITY_RE = new RegExp(`\\b(${Object.keys(CITY_ZONES).join("|")})\\b`, "i");
const OFFSET_RE = /\(?\b(?:GMT|UTC)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?\)?/g;
const ABBR_RE = new RegExp(`(?<![\\p{L}\\d])(${Object.keys(ABBREVIATIONS).join("|")})(?![\\p{L}\\d])`, "gu");
const CITY_TIME_RE = new RegExp(`\\b(${Object.keys(CITY_ZONES).join("|")})\\s+time\\b`, "gi");
const WINDOWS_RE = /\b((?:[A-Z][A-Za-z.]*\s){1,3})(?:Standard|Daylight)\s+Time\b/g;
/** An IANA name written out, as booking tools do ("Time zone: America/Los_Angeles"). */
const IANA_RE = /\b(?:America|Europe|Asia|Africa|Australia|Pacific|Atlantic|Indian)\/[A-Z][A-Za-z_-]+(?:\/[A-Z][A-Za-z_-]+)?\b/g;

/** Zone names remembered per isolate: invites repeat the same few. */
const MAX_REMEMBERED_NAMES = 256;
const byName = (name: string) => name;

// windows-iana scans its whole alias table on every call (~25 µs).
const ianaFromWindows = remember(MAX_REMEMBERED_NAMES, byName, (name: string): string | null => {
  try {
    const found = findIana(name.trim());
    // windows-iana lists the canonical zone first for most names; skip legacy aliases.
    return found.find((z) => /^[A-Z][a-z]+\/[A-Z]/.test(z) && !/^(US|Canada)\//.test(z) && z !== "Asia/Calcutta") ?? found[0] ?? null;
  } catch {
    return null;
  }
});

/** Every zone mention in `text`, in order; a longer mention wins over one it contains. */
export function findZones(text: string): ZoneHit[] {
  const hits: ZoneHit[] = [];
  const add = (index: number, length: number, zone: ZoneSpec) => hits.push({ index, end: index + length, zone });
  for (const m of allMatches(OFFSET_RE, text)) {
    // "(UTC+10:00) Canberra, Melbourne, Sydney": Windows' display names give the standard
    // offset all year; the city names the zone, and the zone knows about DST.
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
    const city = /^\s*[\p{L} ,.&()-]*/u.exec(after)![0].match(CITY_RE)?.[1];
    if (city) {
      add(m.index!, m[0].length + after.indexOf(city) + city.length, { iana: CITY_ZONES[city.toLowerCase()]! });
      continue;
    }
    // "(UTC-05:00) Eastern Time (US & Canada)": the named zone that follows wins (it knows DST).
    if (/^\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)*\s+Time\b/.test(after)) continue;
    const sign = m[1] === "+" ? 1 : -1;
    add(m.index!, m[0].length, { offsetMinutes: sign * (Number(m[2]) * 60 + Number(m[3] ?? 0)) });
  }
  const lower = text.toLowerCase();
  for (const [re, iana, words] of NAMED) {
    if (!words.some((w) => lower.includes(w))) continue;
    for (const m of allMatches(re, text)) {
      // "Central European Time - Berlin": the city is more precise than the region.
      const tail = /^\s*[-–(]\s*([\p{L} ]+)/u.exec(text.slice(m.index! + m[0].length));
      const city = tail?.[1]?.match(CITY_RE)?.[1];
      add(m.index!, m[0].length + (city ? tail![0].length : 0), { iana: city ? CITY_ZONES[city.toLowerCase()]! : iana });
    }
  }
  for (const m of allMatches(WINDOWS_RE, text)) {
    // The capture may start with words before the zone name ("AM W. Europe …"): try shorter tails.
    const words = m[1]!.trim().split(/\s+/);
    for (let k = 0; k < words.length; k++) {
      const name = `${words.slice(k).join(" ")} ${m[0].slice(m[1]!.length)}`;
      const iana = ianaFromWindows(name);
      if (iana) {
        add(m.index! + m[0].length - name.length, name.length, { iana });
        break;
      }
    }
  }
  for (const m of allMatches(CITY_TIME_RE, text)) add(m.index!, m[0].length, { iana: CITY_ZONES[m[1]!.toLowerCase()]! });
  for (const m of allMatches(LOCAL_ZONE_RE, text)) add(m.index!, m[0].length, { iana: LOCAL_ZONES.get(m[0].toLowerCase())! });
  if (text.includes("/")) for (const m of allMatches(IANA_RE, text)) if (isIana(m[0])) add(m.index!, m[0].length, { iana: m[0] });
  for (const m of allMatches(ABBR_RE, text)) {
    const abbr = m[1]!;
    if ((abbr === "GMT" || abbr === "UTC") && /^\s*[+\-−]\s*\d/.test(text.slice(m.index! + 3))) continue;
    add(m.index!, abbr.length, { iana: ABBREVIATIONS[abbr]! });
  }
  hits.sort((a, b) => a.index - b.index || b.end - a.end);
  return hits.filter((h, i) => !hits.some((o, j) => j !== i && o.index <= h.index && o.end >= h.end && o.end - o.index > h.end - h.index));
}

/**
 * Resolves an ICS TZID: an IANA name or alias ("Japan", "GB"), a Windows name, a Windows display name
 * ("(UTC+07:00) Bangkok, Hanoi, Jakarta"), or a quoted or space-padded variant of one (Exchange writes `TZID: 1`).
 */
export function resolveTzid(tzid: string): string | null {
  const t = tzid.replace(/^\s*"|"\s*$/g, "").trim();
  if (isIana(t) || isZoneName(t)) return t;
  const city = t.match(CITY_RE)?.[1];
  // A Windows display name ("(UTC-05:00) Eastern Time (US & Canada)") reads like mail text.
  return ianaFromWindows(t) ?? (city ? CITY_ZONES[city.toLowerCase()]! : null) ?? findZones(t).find((z) => z.zone.iana)?.zone.iana ?? displayNameZone(t);
}

/** A name the runtime's zone database knows, alias or not ("Japan", "Singapore", "EST5EDT"). */
function isZoneName(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{1,40}$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

let zoneByCity: Map<string, string> | null = null;
/** The runtime's own zone names by their city ("Bangkok" → Asia/Bangkok): every city the database names. */
function cityZone(city: string): string | null {
  if (!zoneByCity) {
    zoneByCity = new Map();
    const names = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
    for (const z of names) zoneByCity.set(z.split("/").pop()!.replace(/_/g, " ").toLowerCase(), z);
  }
  return zoneByCity.get(city.trim().toLowerCase()) ?? null;
}

/** "(UTC+07:00) Bangkok, Hanoi, Jakarta": the first listed city the zone database names. */
function displayNameZone(name: string): string | null {
  const m = /^\((?:UTC|GMT)[^)]*\)\s*(.+)$/i.exec(name);
  if (!m) return null;
  for (const city of m[1]!.split(/,|\s-\s/)) {
    const z = CITY_ZONES[city.trim().toLowerCase()] ?? cityZone(city);
    if (z) return z;
  }
  return null;
}

// Building an Intl.DateTimeFormat is the only way to ask whether Intl knows a zone, and it is slow.
export const isIana = remember(MAX_REMEMBERED_NAMES, byName, (zone: string): boolean => {
  if (!zone.includes("/") && zone !== "UTC") return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
});

/** Whether the zone tells a European (day-first) writer. */
export function isDayFirstZone(zone: ZoneSpec): boolean {
  return zone.iana ? !zone.iana.startsWith("America/") && !zone.iana.startsWith("Pacific/Honolulu") : true;
}

// Compiled at start-up (patterns.ts): a first mail that needs one of these does not pay for it.
warmable(CITY_RE, OFFSET_RE, ABBR_RE, CITY_TIME_RE, WINDOWS_RE, IANA_RE, LOCAL_ZONE_RE, ...NAMED_PATTERNS);
