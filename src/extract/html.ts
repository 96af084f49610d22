/**
 * HTML to text, just enough for extraction: block elements become line
 * breaks, table cells become tabs, links keep their target, and struck-through
 * text (an old time in a reschedule) is dropped.
 *
 * One left-to-right scan. Every search for a closing tag or a ">" starts where
 * the last search for the same thing ended, so the work is linear in the
 * input however many tags are left unclosed (a pattern such as `<!--[\s\S]*?-->`
 * rescans the rest of the text from every unclosed opening: minutes on 600 KB).
 */
import { MAX_HTML_CHARS } from "./bounds.ts";
import { warmable } from "./patterns.ts";

const ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", ndash: "–", mdash: "—", hellip: "…", rsquo: "’", lsquo: "‘",
  rdquo: "”", ldquo: "“", sbquo: "‚", bdquo: "„", bull: "•", euro: "€", trade: "™", OElig: "Œ", oelig: "œ",
  Scaron: "Š", scaron: "š", Yuml: "Ÿ", ensp: " ", emsp: " ", thinsp: " ", zwnj: "", zwj: "", lrm: "", rlm: "",
  dagger: "†", Dagger: "‡", lsaquo: "‹", rsaquo: "›",
};
// HTML's Latin-1 entities name U+00A0…U+00FF in order ("&auml;" in a Swedish signature is "ä").
const LATIN1 = ("nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 " +
  "acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig " +
  "Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave " +
  "Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave " +
  "iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml").split(" ");
LATIN1.forEach((name, i) => (ENTITIES[name] = String.fromCharCode(0xa0 + i)));
ENTITIES.nbsp = " ";

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,8}|#\d{1,8}|[a-z][a-z0-9]{1,11});/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    // Names are case-sensitive ("&Auml;" is not "&auml;"); "&AMP;" and the like are read as lower case.
    return ENTITIES[e] ?? ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Elements dropped with their content. */
const HIDDEN = new Set(["head", "style", "script", "title"]);
/** Struck-through text: an old time or interviewer in a reschedule. */
const STRUCK = new Set(["s", "strike", "del"]);
const MAY_STRIKE = new Set(["span", "div", "p", "td", "font"]);
const LINE_THROUGH = /text-decoration\s*:\s*line-through/i;
const BLOCK = new Set(["p", "div", "tr", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "section", "article", "header", "footer"]);
const TAG_NAME = /^(\/?)([a-z][a-z0-9]*)/i;
const HREF = /\bhref\s*=\s*["']([^"']+)["']/i;

export function hasStrikethrough(html: string): boolean {
  return /<(s|strike|del)\b|line-through/i.test(html);
}

/** Finds `</name` (a whole tag name) at or after a position; remembers the answer so no stretch is searched twice. */
function closingTags(html: string) {
  const memo = new Map<string, { re: RegExp; at: number }>();
  return (name: string, from: number): number => {
    let entry = memo.get(name);
    if (!entry) memo.set(name, (entry = { re: new RegExp(`</${name}(?![a-z0-9-])`, "gi"), at: -2 }));
    if (entry.at === -1 || entry.at >= from) return entry.at;
    entry.re.lastIndex = from;
    entry.at = entry.re.exec(html)?.index ?? -1;
    return entry.at;
  };
}

/** The same for a plain string such as ">" or "-->". */
function occurrences(html: string, needle: string) {
  let at = -2;
  return (from: number): number => {
    if (at === -1 || at >= from) return at;
    at = html.indexOf(needle, from);
    return at;
  };
}

function scan(html: string): string {
  const closeOf = closingTags(html);
  const nextGt = occurrences(html, ">");
  const nextCommentEnd = occurrences(html, "-->");
  let out = "";
  let anchor: { href: string; close: number; from: number } | null = null;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    if (html.startsWith("<!--", lt)) {
      const end = nextCommentEnd(lt + 4);
      if (end >= 0) {
        i = end + 3;
        continue;
      }
    }
    const gt = nextGt(lt + 1);
    if (gt < 0) {
      out += html.slice(lt); // nothing closes this "<": it is text
      break;
    }
    i = gt + 1;
    const tag = html.slice(lt + 1, gt);
    const m = TAG_NAME.exec(tag);
    if (!m) continue; // "<!doctype>", "< 3 >": dropped like any tag
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      if (name === "a" && anchor && lt >= anchor.close) {
        const text = out.slice(anchor.from).trim();
        if (/^https?:/i.test(anchor.href) && decodeEntities(text) !== decodeEntities(anchor.href)) out += ` \u0001${anchor.href}\u0002`;
        anchor = null;
      } else if (name === "td" || name === "th") out += "\t";
      // </li> and </tr> add no break: the next item or row starts its own line, and a blank line
      // between them would end a list or a table for labelledPeople.
      else if (BLOCK.has(name) && name !== "tr") out += "\n";
      continue;
    }
    if (HIDDEN.has(name) || STRUCK.has(name) || (MAY_STRIKE.has(name) && LINE_THROUGH.test(tag))) {
      const close = closeOf(name, i);
      if (close >= 0) {
        const end = nextGt(close);
        i = end < 0 ? html.length : end + 1;
        continue;
      }
    }
    if (name === "a") {
      const href = HREF.exec(tag)?.[1];
      const close = href ? closeOf("a", i) : -1;
      if (href && close >= 0) anchor = { href, close, from: out.length };
    } else if (name === "br") out += "\n";
    else if (name === "li") out += "\n* ";
    else if (BLOCK.has(name)) out += "\n";
  }
  return out;
}

export function htmlToText(input: string): string {
  const bounded = input.length > MAX_HTML_CHARS ? input.slice(0, MAX_HTML_CHARS) : input;
  // Line breaks in the source are white space, as a browser shows them: only tags break lines.
  const html = bounded.replace(/[ \t\r\n]+/g, (run) => (run.includes("\n") ? " " : run));
  const text = decodeEntities(scan(html).replace(/\u0001/g, "<").replace(/\u0002/g, ">"))
    .replace(/\u00a0/g, " ")
    // Each run of blanks once: a tab among them marks a cell, else one space.
    .replace(/[ \t]+/g, (run) => (run.includes("\t") ? "\t" : " "))
    .replace(/^[ \t]|[ \t]$/gm, "")
    .replace(/\n{3,}/g, "\n\n");
  return text.trim();
}

// Compiled at start-up (patterns.ts): a first mail that needs one of these does not pay for it.
warmable(LINE_THROUGH, TAG_NAME, HREF);
