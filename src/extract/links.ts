/** The meeting link: a video-call join URL, not a calendar, ATS, dial-in or options link. */

const URL_RE = /https?:\/\/[^\s<>"')\]]+/gi;

// Host and path shapes of join links. Hosts are matched as labels so that the
// fictional ".example" domains of the corpus and real domains read the same.
const JOIN_PATTERNS: RegExp[] = [
  /(^|\.)zoom\.[^/]+\/(j|my|w|s|wc\/join)\//i,
  /(^|\.)zoomgov\.[^/]+\/j\//i,
  /^meet\.google\.[^/]+\/[a-z]{3,4}-[a-z]{4}-[a-z]{3,4}/i,
  /^teams\.(microsoft|live)\.[^/]+\/(l\/meetup-join|meet)\//i,
  /(^|\.)webex\.[^/]+\/(meet|join|[^/]+\/j\.php)/i,
  /^(www\.)?whereby\.[^/]+\/[^/?#]+/i,
  /^(app\.)?chime\.aws\/\d+/i,
  /^meet\.jit\.si\/[^/?#]+/i,
  /(^|\.)bluejeans\.[^/]+\/\d+/i,
  /(^|\.)gotomeet(ing)?\.[^/]+\/(join\/)?\d+/i,
  /^(app\.)?around\.co\/r\//i,
  /^(meet|call)\.[^/]+\/[^/?#]+/i,
];

export function meetingUrlFrom(urls: Iterable<string>): string | null {
  for (const raw of urls) {
    const url = raw.replace(/[.,;:!?]+$/, "");
    const rest = url.replace(/^https?:\/\//i, "");
    if (JOIN_PATTERNS.some((p) => p.test(rest))) return url;
  }
  return null;
}

export function urlsIn(text: string): string[] {
  return text.match(URL_RE) ?? [];
}
