/**
 * HTML to text, just enough for extraction: block elements become line
 * breaks, table cells become tabs, links keep their target, and struck-through
 * text (an old time in a reschedule) is dropped.
 */

const ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—",
  hellip: "…", rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“", middot: "·", bull: "•", copy: "©",
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const STRUCK = /<(s|strike|del)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const LINE_THROUGH = /<(span|div|p|td|font)\b[^>]*text-decoration\s*:\s*line-through[^>]*>[\s\S]*?<\/\1\s*>/gi;

export function hasStrikethrough(html: string): boolean {
  return /<(s|strike|del)\b|line-through/i.test(html);
}

export function htmlToText(html: string): string {
  let s = html
    .replace(/<!--[\s\S]*?-->/g, "")
    // Line breaks in the source are white space, as a browser shows them: only tags break lines.
    .replace(/[ \t]*\r?\n[ \t]*/g, " ")
    .replace(/<(head|style|script|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, "")
    .replace(STRUCK, "")
    .replace(LINE_THROUGH, "")
    .replace(/<a\b[^>]*href\s*=\s*["']([^"']+)["'][^>]*>([\s\S]*?)<\/a\s*>/gi, (_m, href: string, inner: string) => {
      const text = inner.replace(/<[^>]+>/g, "").trim();
      if (!/^https?:/i.test(href) || decodeEntities(text) === decodeEntities(href)) return inner;
      return `${inner} \u0001${href}\u0002`;
    })
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<li\b[^>]*>/gi, "\n* ")
    .replace(/<\/(td|th)\s*>/gi, "\t")
    // </li> and </tr> add no break: the next item or row starts its own line, and a blank line
    // between them would end a list or a table for labelledPeople.
    .replace(/<\/(?:li|tr)\s*>/gi, "")
    .replace(/<\/?(p|div|tr|table|ul|ol|h[1-6]|blockquote|hr|section|article|header|footer)\b[^>]*>/gi, "\n")
    .replace(/<[^>]+>/g, "");
  s = decodeEntities(s.replace(/\u0001/g, "<").replace(/\u0002/g, ">"))
    .replace(/\u00a0/g, " ")
    .replace(/[ \t]*\t[ \t]*/g, "\t")
    .replace(/[ ]{2,}/g, " ")
    .replace(/^[ \t]+|[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n");
  return s.trim();
}
