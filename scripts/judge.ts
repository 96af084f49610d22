/**
 * Judges an extraction against a corpus case's expected.json by the rules of
 * the corpus SCHEMA.md. Shared by `npm run eval` and the test suite.
 */
import { TZDate } from "@date-fns/tz";
import type { Extraction } from "../src/extract/types.ts";

export type Expected = {
  kind: string;
  received_at: string;
  /** time_zone: the zone the seeker configured, passed to the extraction as theirs (UTC when absent). */
  seeker: { email: string; name: string; time_zone?: string };
  company: string | null;
  role: string | null;
  start: string | null;
  end: string | null;
  time_zone: string | null;
  interviewers: Array<{ name: string; email: string | null; title: string | null }>;
  meeting_url: string | null;
};

export type Field = "kind" | "start" | "end" | "time_zone" | "company" | "role" | "meeting_url" | "interviewers";

export type Verdict = {
  fields: Partial<Record<Field, boolean>>;
  interviewers: { truePositive: number; predicted: number; expected: number } | null;
  differences: string[];
};

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
const LEGAL = /[,\s]+(inc\.?|ltd\.?|llc|gmbh|as|ag|ab|plc|pvt\.? ltd\.?|limited|corp\.?|co\.?|s\.?a\.?|b\.?v\.?|n\.?v\.?|s\.?l\.?|s\.?p\.?a\.?|srl|k\.?k\.?)$/i;
/** Legal forms written before the name, or glued to it in CJK (株式会社, (주), 有限公司). */
const LEGAL_CJK = /^\s*(?:株式会社|有限会社|合同会社|\(주\)|（주）|주식회사|\(株\)|（株）)\s*|\s*(?:株式会社|有限会社|合同会社|\(주\)|（주）|주식회사|有限公司|股份有限公司|\(株\)|（株）)\s*$/g;
/** Honorifics and academic titles are not part of a name (SCHEMA rulings). */
const HONORIFIC = /^(?:(?:mr|mrs|ms|mx|dr|prof|herr|frau|ing|dott|dottssa|sr|sra|mme|mlle|m)\.?\s+)+|\s*(?:様|さま|さん|氏|씨|님)$/giu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** A person's name as compared: honorifics gone, accents and case folded, spaces inside a CJK name ignored. */
export function personKey(name: string): string {
  const bare = fold(name.replace(HONORIFIC, "").replace(HONORIFIC, ""));
  return CJK.test(bare) ? bare.replace(/\s+/g, "") : bare;
}
const REQ = /\s*\((?:r-|job id|req|ref)[^)]*\)$|\s*\([A-Z]{0,4}-?\d[\w-]*\)$/i;

function sameName(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const n = (s: string) => fold(s.replace(LEGAL_CJK, "")).replace(REQ, "").replace(LEGAL, "").replace(LEGAL, "").trim();
  return n(a) === n(b);
}

function sameUrl(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const n = (s: string) => s.trim().replace(/^https?:\/\//i, "").replace(/\/$/, "");
  return n(a) === n(b);
}

function sameInstant(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return new Date(a).getTime() === new Date(b).getTime();
}

function offsetAt(zone: string, at: Date): number {
  return new TZDate(at.getTime(), zone).getTimezoneOffset();
}

function sameZone(got: string | null, want: string | null, start: string | null): boolean {
  if (got === null || want === null) return got === want;
  if (got === want) return true;
  try {
    const at = new Date(start ?? Date.now());
    return offsetAt(got, at) === offsetAt(want, at);
  } catch {
    return false;
  }
}

export function judge(got: Extraction, want: Expected): Verdict {
  const fields: Verdict["fields"] = {};
  const differences: string[] = [];
  const check = (field: Field, ok: boolean, detail: string) => {
    fields[field] = ok;
    if (!ok) differences.push(`${field}: ${detail}`);
  };
  check("kind", got.kind === want.kind, `got ${got.kind}, want ${want.kind}`);
  if (want.kind === "not_interview") return { fields, interviewers: null, differences };

  check("start", sameInstant(got.start, want.start), `got ${got.start}, want ${want.start}`);
  check("end", sameInstant(got.end, want.end), `got ${got.end}, want ${want.end}`);
  check("time_zone", sameZone(got.timeZone, want.time_zone, want.start), `got ${got.timeZone}, want ${want.time_zone}`);
  check("company", sameName(got.company, want.company), `got ${JSON.stringify(got.company)}, want ${JSON.stringify(want.company)}`);
  check("role", sameName(got.role, want.role), `got ${JSON.stringify(got.role)}, want ${JSON.stringify(want.role)}`);
  check("meeting_url", sameUrl(got.meetingUrl, want.meeting_url), `got ${got.meetingUrl}, want ${want.meeting_url}`);

  const wantNames = want.interviewers.map((p) => personKey(p.name));
  const gotNames = [...new Set(got.interviewers.map((p) => personKey(p.name)))];
  const truePositive = gotNames.filter((n) => wantNames.includes(n)).length;
  const ok = truePositive === wantNames.length && truePositive === gotNames.length;
  check("interviewers", ok, `got [${got.interviewers.map((p) => p.name).join(", ")}], want [${want.interviewers.map((p) => p.name).join(", ")}]`);
  return { fields, interviewers: { truePositive, predicted: gotNames.length, expected: wantNames.length }, differences };
}
