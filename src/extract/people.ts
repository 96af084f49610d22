/**
 * Interviewers and contacts from prose: labelled fields ("Interviewer:",
 * "Your panel:", "Host:"), onsite itineraries, and sentences ("You'll meet
 * with A (Title) and B, Title"). Recruiters who only schedule are contacts.
 */
import { remember } from "../remember.ts";
import { alternation, HONORIFICS, INTERVIEWER_LABELS, LABEL_POSSESSIVES, TITLE_WORDS } from "./locales/index.ts";
import type { Person } from "./types.ts";
import { allMatches, warmable } from "./patterns.ts";

/** People taken from one mail: more is a mailing list, not a panel. */
export const MAX_PEOPLE = 12;

// One \p{Lu} and one \p{L}: the name patterns repeat a word up to four times and V8 compiles each Unicode class
// anew, so a word of two \p{Lu} and a [\p{Ll}\p{Lu}] cost twice the start-up (~3 → ~1.5 ms a name pattern).
const W = String.raw`\p{Lu}(?:\.|[\p{L}'’-]*)`;
const PARTICLE = String.raw`(?:de|da|del|della|di|van|von|der|den|la|le|du|dos|bin|al|el|ter)`;
// Up to two particles between words: "Pieter van der Linden", "María de la Cruz".
const NAME = String.raw`${W}(?:[ \t]+(?:${PARTICLE}[ \t]+){0,2}${W}){1,3}`;
const NAME_AT_START = new RegExp(`^(${NAME})`, "u");
/** A person's name as a pattern source, for patterns elsewhere that hold one. */
export const NAME_SOURCE = NAME;
const NAME_ANYWHERE = new RegExp(`(?<![\\p{L}])(${NAME})`, "gu");

// Capitalised words that are never part of a person's name in these mails.
export const NOT_NAME = new Set(
  (
    "the our your a an and or with for to of at in on by from this that these we you i he she they it is are will be " +
    "lead leads engineer engineering manager director head senior staff principal vp svp evp chief officer designer design " +
    "analyst tech product partner recruiter recruiting coordinator specialist scientist developer architect founder co-founder " +
    "ceo cto cfo coo cpo cmo team talent acquisition hr people platform data risk mobile software associate consultant advisor " +
    "executive president operations marketing sales research infrastructure analytics interview interviews interviewer " +
    "interviewers panel host session round technical coding system systems values collaboration lunch hiring conversation " +
    "zoom google meet teams microsoft webex calendly meeting video call phone onsite office date time location where when " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september " +
    "october november december mr ms mrs dr prof hi hello dear thanks thank best regards cheers join click please " +
    "frontend backend front end full stack ios android qa devops sre ux ui it support customer success account group " +
    "project program general counsel legal finance member members contact candidate experience ios " +
    "gmbh inc llc ltd ag bv plc corp " +
    // Departments and disciplines a title names ("VP Computational Sciences"): no one's name.
    "science sciences biology chemistry physics genomics computational mathematics statistics economics technology " +
    "solutions services strategy growth quality safety compliance security"
  ).split(" ").concat(HONORIFICS.map((h) => h.toLowerCase()), TITLE_WORDS),
);
/** Honorifics before a name ("Frau Dr. Anna Müller", "Ing. Alejandro Zúñiga"): dropped, never part of it. */
const HONORIFIC_LEAD = new RegExp(String.raw`^(?:(?:${alternation(HONORIFICS)})\.?\s+)+`, "u");

const RECRUITING_TITLE = /recruit|talent|sourc|\bhr\b|human resources|people (partner|ops|operations|team)|coordinator|scheduler|scheduling|candidate experience|hiring (team|coordinator)|\bta\b/i;

/** "Hooli Recruiting", "Globex Careers", "Ironbark Security Interviews": a mailbox's name, not a person's. */
const TEAM_NAME = /\b(?:recruiting|recruitment|careers?|talent|hiring|jobs|hr|team|notifications?|interviews|scheduling)\b/i;

export function isTeamName(name: string): boolean {
  return TEAM_NAME.test(name);
}

export function isRecruitingTitle(title: string | null): boolean {
  return !!title && RECRUITING_TITLE.test(title);
}

export function looksLikeName(s: string): boolean {
  const words = s.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  // A particle starts a surname, never a name: "(Directora de Producto)" leaves "de Producto", a title's end.
  if (/^\p{Ll}/u.test(words[0]!)) return false;
  return words.every((w) => !NOT_NAME.has(w.toLowerCase().replace(/[.,]$/, "")) && !/^\p{Lu}{2,}$/u.test(w));
}

const ASCII = /^[\x00-\x7f]*$/;
/** Folded names remembered per isolate: matching people compares the same few names over and over. */
const MAX_FOLDED = 512;

function foldNow(s: string): string {
  const bare = ASCII.test(s) ? s : s.normalize("NFD").replace(/\p{M}/gu, "");
  return bare.toLowerCase().replace(/\s+/g, " ").trim();
}

/** Case, accents and spacing folded away: names compare equal however the mail wrote them. */
export const fold = remember(MAX_FOLDED, (s: string) => s, foldNow);

export function cleanTitle(t: string | null | undefined): string | null {
  if (!t) return null;
  let s = t
    .replace(/\(?[\w.+-]+@[\w.-]+\)?/g, "")
    .replace(/\((cc'?d here|she\/her|he\/him|they\/them)\)/gi, "")
    .replace(/^[\s,–—:-]*(?:(?:and\s+)?(?:our|your|the|a|an|is|who is|who's)\s+)*/i, "")
    .replace(/\s+at\s+[\p{Lu}].*$/u, "")
    .replace(/[\s,;.()–—-]+$/g, "")
    .replace(/^\(|\)$/g, "")
    .trim();
  if (!s || s.length > 80 || /^(and|will|who|to|for|on)\b/i.test(s)) return null;
  s = s.charAt(0).toUpperCase() + s.slice(1);
  return s;
}

export function emailIn(s: string): string | null {
  return s.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/)?.[0]?.toLowerCase() ?? null;
}

const NAME_PAREN = new RegExp(`(${NAME})\\s*\\(([^)]*)\\)`, "gu");
/** Between the entries of a list, outside brackets: a comma, "&", or "and" in the languages the labels come in. */
const TITLED_LIST_SEPARATOR = /\s*(?:[,;&]|\s(?:and|und|et|y|e|en)(?=\s))\s*(?![^()]*\))/u;

/** "Rosa Delgado - VP of Product (rosa@x)", "Marcus Bell, Engineering Manager", "Priya (Title), Tom (Title)". */
/**
 * A CJK name in a labelled entry: family and given name with a space between ("田中 太郎"), or a Korean name of
 * two to four syllables, or Han without a space when a bracketed title follows ("王伟（技术经理）"), then an optional
 * title in brackets and nothing else. CJK has no capitals, so prose
 * is never read this way.
 */
const CJK_ENTRY = /^([\p{Script=Han}]{1,4}[ 　][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,4}|[\p{Script=Hangul}]{2,4}|[\p{Script=Han}]{2,4}(?=\s*[（(]))(?:\s*(?:様|さん|氏|先生|님))?\s*(?:[（(]([^）)]{1,40})[）)])?\s*$/u;

/**
 * Japanese and Chinese write department and title before the name: "開発部 部長 山田 太郎". A prefix of up to
 * this many words, the last ending in a title word or a department's suffix, is the title.
 */
const MAX_CJK_TITLE_WORDS = 3;
const CJK_TITLE_END = new RegExp(String.raw`(?:${alternation([...TITLE_WORDS.filter((w) => /^[^\p{Script=Latin}]+$/u.test(w)), "部", "課", "室", "本部", "グループ", "チーム", "部门", "部門", "团队", "팀"])})$`, "u");
const CJK_WORD = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー・]+$/u;

function cjkTitledEntry(s: string): Person[] | null {
  const words = s.split(/[ 　]+/);
  for (let k = 1; k <= MAX_CJK_TITLE_WORDS && words.length - k >= 2; k++) {
    const prefix = words.slice(0, k);
    if (!prefix.every((w) => CJK_WORD.test(w)) || !CJK_TITLE_END.test(prefix.at(-1)!)) continue;
    const rest = CJK_ENTRY.exec(words.slice(k).join(" "));
    if (rest) return [{ name: rest[1]!, email: null, title: cleanTitle(rest[2] ?? prefix.join(" ")) }];
  }
  return null;
}

export function parseEntry(line: string): Person[] {
  const s = line.replace(/^[\s*•·\-–]+/, "").trim().replace(HONORIFIC_LEAD, "");
  const cjk = CJK_ENTRY.exec(s);
  if (cjk) return [{ name: cjk[1]!, email: null, title: cleanTitle(cjk[2]) }];
  const titled = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}]/u.test(s) ? cjkTitledEntry(s) : null;
  if (titled) return titled;
  const paren = s.includes("(") ? allMatches(NAME_PAREN, s).filter((m) => looksLikeName(m[1]!)) : [];
  if (paren.length > 1) {
    return paren.map((m) => ({ name: m[1]!, email: emailIn(m[2]!), title: emailIn(m[2]!) ? null : cleanTitle(m[2]) }));
  }
  // "Ana Silva (Head of Data) and Bo Kim", "Marta Gil (Directora de Producto) y Pablo Ruiz": some entries with a
  // title in brackets, some without; else the bracket's title ran on over the names after it.
  if (paren.length === 1) {
    const items = s.split(TITLED_LIST_SEPARATOR).filter(Boolean);
    const each = items.length > 1 ? items.map((item) => parseEntry(item.replace(/[.;]$/, ""))) : [];
    if (each.length && each.every((ps) => ps.length === 1 && looksLikeName(ps[0]!.name))) return each.map((ps) => ps[0]!);
  }
  // "Ana Silva, Bo Kim, Cy Diaz": a plain list of names, no titles.
  const parts = s.split(/\s*(?:,|;|\band\b|&)\s*/).filter(Boolean);
  if (parts.length > 1 && parts.every((p) => looksLikeName(p) && NAME_AT_START.exec(p)?.[1] === p)) {
    return parts.map((name) => ({ name, email: null, title: null }));
  }
  const m = NAME_AT_START.exec(s);
  if (!m || !looksLikeName(m[1]!)) return sentencePeople(s);
  const rest = s.slice(m[1]!.length);
  if (/^\s*(,|-|–|—|\||\(|:|$)/.test(rest) || /^\s+[\w.+-]+@/.test(rest)) {
    const email = emailIn(rest);
    const title = cleanTitle(rest.replace(/\([^)]*@[^)]*\)/g, ""));
    return [{ name: m[1]!, email, title }];
  }
  return sentencePeople(s);
}

/** A line that is one list entry and nothing else: a name, then a title after a separator, or nothing. */
function isEntryLine(line: string): boolean {
  const s = line.replace(/^[\s*•·\-–]+/, "").trim().replace(HONORIFIC_LEAD, "");
  const m = NAME_AT_START.exec(s);
  return !!m && looksLikeName(m[1]!) && /^\s*(,|-|–|—|\||\(|$)/.test(s.slice(m[1]!.length));
}

/** Names in a list such as "Tomás Ibarra (Director) and Grace Liu (Analyst)" or "our CEO, Lukas Brandt". */
type NameHit = { name: string; index: number; lead: string | null };

/**
 * A capitalised run that is a title and then a name ("Staff Engineer Tom
 * Lee", "CTO Ana Ruiz"): the name is what is left once the title's words are
 * taken off the front, and those words are its title.
 */
function nameHit(run: string, index: number): NameHit | null {
  if (looksLikeName(run)) return { name: run, index, lead: null };
  const words = run.split(/[ \t]+/);
  let k = 0;
  while (k < words.length - 2 && (NOT_NAME.has(words[k]!.toLowerCase()) || /^\p{Lu}{2,}$/u.test(words[k]!))) k++;
  if (k === 0) return null;
  const name = words.slice(k).join(" ");
  return looksLikeName(name) ? { name, index: index + run.length - name.length, lead: words.slice(0, k).join(" ") } : null;
}

export function sentencePeople(list: string): Person[] {
  const hits = allMatches(NAME_ANYWHERE, list).map((m) => nameHit(m[1]!, m.index!)).filter((h): h is NameHit => h !== null);
  return hits.map((h, i) => {
    const end = h.index + h.name.length;
    const next = hits[i + 1]?.index ?? list.length;
    let after = list.slice(end, next).replace(/\s*(?:,\s*)?\band\b\s*$/i, "");
    let title = /^\s*(\(|,)/.test(after) ? cleanTitle(after.replace(/^\s*,/, "").replace(/\).*$/s, "")) : null;
    title ??= cleanTitle(h.lead);
    if (!title && i === 0) {
      // Title before the name: "our co-founder and CEO, Lukas Brandt".
      const before = list.slice(0, h.index).match(/(?:our|your|the)\s+([^,.]{2,60}),\s*$/i);
      title = cleanTitle(before?.[1]);
    }
    after = list.slice(end, next);
    return { name: h.name, email: emailIn(after.split(/\band\b/)[0] ?? ""), title };
  });
}

// Every locale's labels and lead-ins ("Gesprächspartner:", "Vous rencontrerez :", "Ihre Gesprächspartnerin ist").
const LOCAL_LABELS = alternation(INTERVIEWER_LABELS.filter((l) => !/^(?:interviewers?|interviewer\(s\)|panel|con|com|avec)$/i.test(l)));
// The label's colon, or the tab of a two-cell table row ("Panel | Shreya Kulkarni (…)").
// A label line may be decorated: "👥 *Participantes:*", "■Interviewers:", "> Participants:" (quoted).
const LABEL_DECOR = String.raw`[\s>*•■□◆◇●○▶►▪▸➤✓✔\p{Extended_Pictographic}\u{FE0F}\u{200D}]*`;
// A possessive may open the label: "Ihre Gesprächspartner:", "Tus entrevistadores:".
const POSSESSIVE = String.raw`(?:(?:${alternation(LABEL_POSSESSIVES)})\s+)?`;
const LABEL = new RegExp(String.raw`^${LABEL_DECOR}${POSSESSIVE}(${LOCAL_LABELS}|interviewer\(s\)|interviewers?|interview(?:ing)? (?:team|panel)|panel(?: members)?|panelists?|your (?:panel|interviewers?)|hosts?|hosted by|meeting with|meet with|guests|who|speakers?|meet the team|meet your (?:panel|interviewers)|you(?:'|’)ll (?:be )?meet(?:ing)?(?: with)?|you will (?:be )?meet(?:ing)?(?: with)?)[ ]*\**[ ]*([:：]|\t)?\**\s*(.*)$`, "iu");

const COLUMN_LABEL = /^(interviewer\(s\)|interviewers?|panel|panelists?|host|with)$/i;

// Not after an honorific ("Ing. Alejandro"), an initial ("J. Smith") or "St.": those dots end no sentence.
const SENTENCE_END = new RegExp(String.raw`(?<!(?<![\p{L}])(?:${alternation([...HONORIFICS, "Mr", "Ms", "Mrs", "Jr", "Sr", "St"])}|\p{Lu}))[.!?](?=\s+\p{Lu})`, "u");

/** Lines a label's value may wrap over while a bracket stays open: a title rarely runs longer. */
const MAX_WRAPPED_LINES = 2;

const unclosedBracket = (s: string) => s.split("(").length > s.split(")").length;

export function labelledPeople(lines: string[]): Person[] {
  const out: Person[] = [];
  for (let i = 0; i < lines.length; i++) {
    // A table whose header row has an "Interviewer" column: the rows below hold the people.
    // (A two-cell row whose second cell names people is a label and its value, read below.)
    const cells = lines[i]!.includes("\t") ? lines[i]!.split("\t") : [];
    const col = cells.findIndex((c) => COLUMN_LABEL.test(c.trim().replace(/:$/, "")));
    if (col >= 0 && !(cells.length === 2 && col === 0 && parseEntry(cells[1]!).length > 0)) {
      let j = i + 1;
      for (; j < lines.length; j++) {
        if (!lines[j]!.trim()) continue; // HTML tables leave blank lines between rows
        if (!lines[j]!.includes("\t")) break;
        const cell = lines[j]!.split("\t")[col]?.trim();
        if (cell) out.push(...parseEntry(cell));
      }
      // The last column's cell runs on over lines of its own: a title under its name, then the next person.
      if (col === cells.length - 1 && out.length) nameTitleLines(lines, j, out);
      continue;
    }
    const m = LABEL.exec(lines[i]!);
    if (!m) continue;
    const [, label, colon, first] = m as unknown as [string, string, string, string];
    // "(VP,\nSupply Chain)": a bracket that a line wrap left open closes on the next line, which is no entry.
    let line = first;
    let k = i;
    while (unclosedBracket(line) && k - i < MAX_WRAPPED_LINES && lines[k + 1]?.trim()) line = `${line} ${lines[++k]!.trim()}`;
    // "You'll be meeting A, our VP, and B, Team Lead. Please be ready to (…)": the first sentence names them.
    const value = line.split(SENTENCE_END)[0]!;
    // "Interviewer" alone as a heading (Lever: "INTERVIEWER") or followed by a colon.
    // A label needs its colon, but for lead-ins ("You'll meet", "With Jane Doe, Head of Data and …").
    if (!colon && value && !/^you(?:'|’)ll|^you will/i.test(label) && !(/^with$/i.test(label) && NAME_AT_START.test(value))) continue;
    for (const part of value.split(/;\s*/)) {
      if (!part.trim()) continue;
      // "Jane Doe, Head of Data and Tom Lee, Analyst": a sentence's list names more than one entry's parse.
      const entry = parseEntry(part);
      // Bracketed titles are read by parseEntry already; their words are no names.
      const listed = /\s(?:and|&)\s/.test(part) && entry.length <= 1 && !part.includes("(") ? sentencePeople(part) : [];
      out.push(...(listed.length > entry.length ? listed : entry));
    }
    for (let j = k + 1; j < lines.length; j++) {
      const l = lines[j]!.trim();
      if (!l) {
        if (out.length === 0 && j === k + 1) continue;
        // HTML writes each item as a paragraph: a blank line between entries, not after the list.
        const next = lines[j + 1]?.trim() ?? "";
        if (next && !LABEL.test(next) && isEntryLine(next)) continue;
        break;
      }
      if (LABEL.test(l) || /^[\w ]{2,30}:\s*\S/.test(l)) break;
      // Google's guest list names the organizer (a contact) and the seeker's own address.
      if (/^guests|^who/i.test(label) && (/\borgani[sz]er\b/i.test(l) || /^\S+@\S+$/.test(l))) continue;
      const found = parseEntry(l);
      if (found.length === 0) break;
      out.push(...found);
    }
  }
  return out;
}

const TIME_RANGE_START = /^\s*\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s*[-–—to]+\s*\d{1,2}(?::\d{2})?\s*(?:am|pm)?/i;

/**
 * A table row rendered as text runs the session into its person: "Coding: Systems Programming Harlan Pryce,
 * Staff Software Engineer". The person is the capitalised run's last two words before ", Title" (three when a
 * particle joins them), never a word of a title or of the session.
 */
const SESSION_THEN_PERSON = new RegExp(String.raw`(?:^|\s)((?:${W}[ \t]+(?:${PARTICLE}[ \t]+){0,2})?${W}[ \t]+${W}),\s*(.+)$`, "u");
const PARTICLE_WORD = new RegExp(`^${PARTICLE}$`);
function sessionThenPerson(cell: string): Person[] {
  const m = SESSION_THEN_PERSON.exec(cell.trim());
  if (!m) return [];
  const words = m[1]!.split(/[ \t]+/);
  const name = words.length > 2 && !PARTICLE_WORD.test(words[1]!) ? words.slice(-2).join(" ") : m[1]!;
  return looksLikeName(name) ? [{ name, email: null, title: cleanTitle(m[2]) }] : [];
}

function cellPeople(cell: string): Person[] {
  const withMatch = /\bwith\s+(.+)$/i.exec(cell);
  const lead = NAME_AT_START.exec(cell.trim())?.[1];
  return withMatch ? sentencePeople(withMatch[1]!) : lead && looksLikeName(lead) ? parseEntry(cell) : sessionThenPerson(cell);
}

/** Onsite itineraries: every slot's person is an interviewer. */
/** "Date Time Location Interviewers": an HTML table's header row as text, its last column the people. */
const HEADER_ROW = /^\s*(?:\p{Lu}\p{Ll}+\s+){1,5}(?:Interviewers?|Interviewer\(s\)|Panel|Panelists?|Hosts?)\s*$/u;
/** People a table's column may list under its header row: more is a page of something else. */
const MAX_COLUMN_PEOPLE = 10;

/**
 * The column under such a header: the row of values ("Wednesday … Video Call (Zoom)") on the next line, then each
 * person as a name line with an optional title line under it (the cell's line breaks).
 */
export function columnPeople(lines: string[]): Person[] {
  const out: Person[] = [];
  for (let i = 0; i < lines.length; i++) if (HEADER_ROW.test(lines[i]!)) nameTitleLines(lines, i + 2, out);
  return out;
}

/** From line `from`: each person a name line with an optional title line under it, until a line is neither. */
function nameTitleLines(lines: string[], from: number, out: Person[]): void {
  const start = out.length;
  for (let j = from; j < lines.length && out.length - start < MAX_COLUMN_PEOPLE; j++) {
    const l = lines[j]!.trim();
    if (!l) continue;
    const name = NAME_AT_START.exec(l)?.[1];
    const last = out.at(-1);
    if (name === l && looksLikeName(l)) out.push({ name: l, email: null, title: null });
    else if (last && !last.title && !/https?:|[:@]/.test(l) && l.length <= 60) last.title = cleanTitle(l);
    else break;
  }
}

export function itineraryPeople(lines: string[]): Person[] {
  const out: Person[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!TIME_RANGE_START.test(lines[i]!)) continue;
    const row = [lines[i]!.replace(TIME_RANGE_START, ""), lines[i + 1] ?? ""];
    // Cells: tabs, runs of spaces, bars, or a dash between the session and its person ("Deep-dive – Ana Ruiz").
    // The row's person is in its last cell that names one: a session's title ("Past Projects Deep Dive")
    // reads like a name too, and comes first.
    let person: Person[] = [];
    for (const cell of row[0]!.split(/\t| {2,}|\||\s[–—-]\s/)) {
      const found = cellPeople(cell);
      if (found.length) person = found;
    }
    // The person may sit on the line under the slot, unless that line is the next slot.
    if (person.length === 0 && !TIME_RANGE_START.test(row[1]!)) {
      for (const cell of row[1]!.split(/\t| {2,}|\||\s[–—-]\s/)) if ((person = cellPeople(cell)).length) break;
    }
    out.push(...person);
  }
  return out;
}


// Sentences that name people before their fixed words ("Jane Doe will be your interviewer").
// A pattern that opened with the name would try every capital letter of the mail (~14 µs a
// pattern and mail): the fixed words are found first and the name is read just before them.
const NAME_AT_END = new RegExp(`(?<![\\p{L}.])(${NAME})$`, "u");
export const NAME_TITLE_AT_END = new RegExp(`(?<![\\p{L}.])(${NAME})\\s*(?:\\(([^)@]{2,60})\\))?,?$`, "u");
/** How far back such a name may start: four words and a bracketed title. */
const MAX_NAME_BEFORE_CHARS = 140;

/** The name (with `NAME_TITLE_AT_END`, and its bracketed title) that ends where `at` begins. */
export function nameBefore(text: string, at: number, re = NAME_AT_END): RegExpExecArray | null {
  const m = re.exec(text.slice(Math.max(0, at - MAX_NAME_BEFORE_CHARS), at));
  return m && looksLikeName(m[1]!) ? m : null;
}

/** A single capitalised word that may be a first name: no title, month, weekday, product or greeting word. */
export function firstName(word: string | undefined): Person[] {
  return word && !NOT_NAME.has(word.toLowerCase()) ? [{ name: word, email: null, title: null }] : [];
}

// Runs of white space and single non-space white space: the lone spaces between words are
// most of a text's white space, and replacing each by itself is most of the cost.
const WHITE_RUN = /\s\s+|[^\S ]/g;
/** A blank line, quoted or not: where a paragraph ends. */
const PARAGRAPH_BREAK = /\n[ \t>]*\n/g;
/** What a paragraph break becomes: not a letter, so no name (or company) reads across it. */
const PARAGRAPH_MARK = "¶";

/**
 * The text with every run of white space as one space, so sentences read
 * across line breaks, and each paragraph break as " ¶ ": "…Senior Product
 * Manager" at the end of one paragraph and "Jane Okoro will be your
 * interviewer" in the next would otherwise read as one five-word name.
 */
export function flatten(text: string): string {
  return text.replace(PARAGRAPH_BREAK, ` ${PARAGRAPH_MARK} `).replace(WHITE_RUN, " ");
}

/** The sender's signature: the line after their name near the end, e.g. "Senior Recruiter | Company". */
/** Lines under the name a signature's address may sit on. */
const SIGNATURE_LINES = 4;
/** An address in a signature's lines. */
const SIGNATURE_EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** A title line, not a sentence or a greeting: short, no closing punctuation ("P.S. …", "Dear Sam,"). */
const TITLE_LIKE = /^(?!(?:dear|hi|hello|hey|thanks|thank you|best|regards)\b).{2,80}(?<![.!?,:;])$/i;

/**
 * The lines under a signature's name. HTML signatures put each line in its
 * own paragraph, so one blank line between them does not count, as long as
 * what follows reads as a title rather than a sentence ("P.S. …").
 */
function linesUnder(lines: string[], i: number): string[] {
  const out: string[] = [];
  for (let k = i + 1; k < lines.length && out.length < SIGNATURE_LINES; k++) {
    if (lines[k]) out.push(lines[k]!);
    else if (lines[k + 1] && (out.length === 0 ? TITLE_LIKE.test(lines[k + 1]!) : true) && lines[k - 1]) continue;
    else break;
  }
  return out;
}

export function signatureOf(text: string, name: string | null): { title: string | null; company: string | null; email: string | null } | null {
  if (!name) return null;
  const lines = text.split("\n").map((l) => l.trim());
  const target = fold(name);
  for (let i = lines.length - 1; i >= 0; i--) {
    // Every line is folded once, so it is not remembered among the names; a blank line is no name.
    if (!lines[i] || foldNow(lines[i]!) !== target) continue;
    const under = linesUnder(lines, i);
    const email = emailIn(under.join(" "));
    const next = under[0] ?? "";
    if (!next || /@|https?:|^\+?\d/.test(next)) return { title: null, company: null, email };
    const parts = next.split(/\s*(?:\||·|•|,\s+(?=\p{Lu})|\s+at\s+|\s[-–—]\s)\s*/u);
    const title = parts.length > 1 ? parts.slice(0, -1).join(", ") : next;
    const below = under[1] && !/@|https?:|^\+?\d/.test(under[1]) ? under[1].split(/\s*[|·•]\s*/)[0]! : null;
    const company = parts.length > 1 ? parts.at(-1)! : below;
    return { title: title.trim() || null, company: company?.trim() || null, email };
  }
  return null;
}

/** Lines at a mail's end a signature sits in: a name, a title, a company, an address, a footer. */
const SIGNATURE_TAIL_LINES = 30;

/**
 * The recruiter who signs a notice an applicant-tracking system sent ("Regards, / Lorena Quiroga / Talent
 * Acquisition Specialist"): a line that is only a name, a recruiting title right under it.
 */
export function signedRecruiter(text: string): Person | null {
  const lines = text.split("\n").map((l) => l.trim());
  for (let i = lines.length - 2; i >= Math.max(0, lines.length - SIGNATURE_TAIL_LINES); i--) {
    const line = lines[i]!.replace(HONORIFIC_LEAD, "");
    const m = line ? NAME_AT_START.exec(line) : null;
    if (!m || m[1] !== line || !looksLikeName(line)) continue;
    const title = lines[i + 1]!.split(/\s*(?:[|·•,]|\s[-–—]\s)\s*/)[0]!;
    if (!isRecruitingTitle(title)) continue;
    // The signer's own address names them (s.hollstein@, lena.vogt@): a guest list below holds others'.
    const surname = fold(line).split(" ").at(-1)!.replace(/[^a-z]/g, "");
    const email = allMatches(SIGNATURE_EMAIL, lines.slice(i + 1, i + 1 + SIGNATURE_LINES * 2).join(" "))
      .map((e) => e[0].toLowerCase())
      .find((e) => e.split("@")[0]!.replace(/[^a-z]/g, "").includes(surname));
    return { name: line, email: email ?? null, title: cleanTitle(title) };
  }
  return null;
}

/** Merges people by folded name, keeping the first non-null email and title. */
export function mergePeople(people: Person[]): Person[] {
  const out: Person[] = [];
  const keys: string[] = [];
  for (const p of people) {
    const key = fold(p.name);
    const i = out.findIndex((o, j) => keys[j] === key || (p.email && o.email === p.email));
    if (i >= 0) {
      out[i]!.email ??= p.email;
      out[i]!.title ??= p.title;
    } else {
      out.push({ ...p });
      keys.push(key);
    }
  }
  return out.slice(0, MAX_PEOPLE);
}

// Compiled at start-up (patterns.ts): a first mail that needs one of these does not pay for it.
warmable(NAME_AT_START, NAME_ANYWHERE, SIGNATURE_EMAIL, PARTICLE_WORD, HONORIFIC_LEAD, RECRUITING_TITLE, TEAM_NAME, ASCII, NAME_PAREN, CJK_ENTRY,
  CJK_TITLE_END, CJK_WORD, LABEL, COLUMN_LABEL, SENTENCE_END, TIME_RANGE_START, SESSION_THEN_PERSON, HEADER_ROW,
  NAME_AT_END, NAME_TITLE_AT_END, WHITE_RUN, PARAGRAPH_BREAK, TITLE_LIKE, TITLED_LIST_SEPARATOR);
