/** The meeting link: a video-call join URL, not a calendar, ATS, dial-in or options link. */
import { allMatches, warmable } from "./patterns.ts";

/**
 * A link ends at a space, a bracket or a quote, ASCII or not: CJK mail writes "（https://…）" and "「…」", and
 * curly quotes close links in prose. (Meeting links are ASCII; an IDN host in one is rarer than a full-width stop.)
 */
const URL_END = String.raw`\s<>"')\]\u2018-\u201f\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65`;
const URL_RE = new RegExp(String.raw`https?:\/\/[^${URL_END}]+`, "gi");

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

const TRAILING_PUNCTUATION = /[.,;:!?]+$/;
const SCHEME = /^https?:\/\//i;

export function meetingUrlFrom(urls: Iterable<string>): string | null {
  for (const raw of urls) {
    const url = raw.replace(TRAILING_PUNCTUATION, "");
    const rest = url.replace(SCHEME, "");
    if (JOIN_PATTERNS.some((p) => p.test(rest))) return url;
  }
  return null;
}

/**
 * A join link written without its scheme, as link text over a tracking redirect ("meet.google.example/bqe-hvnx-pta
 * <https://…sendgrid…>"): the text is the link.
 */
const BARE_JOIN = new RegExp(String.raw`(?<![\w./@:-])(?:(?:[\w-]+\.)*(?:zoom|zoomgov|webex|whereby|bluejeans)\.[a-z.]+\/[^${URL_END}]+|meet\.google\.[a-z.]+\/[a-z]{3,4}-[a-z]{4}-[a-z]{3,4}|teams\.(?:microsoft|live)\.[a-z.]+\/[^${URL_END}]+)`, "gi");

/** The words a bare join link cannot be written without: far cheaper to look for than BARE_JOIN. */
const BARE_JOIN_HINT = /(?:zoom|webex|whereby|bluejeans|meet\.google|teams\.)/i;

/** Every link in the text, in order: those with a scheme and join links written without one. */
export function urlsIn(text: string): string[] {
  const found = allMatches(URL_RE, text).map((m) => ({ at: m.index!, url: m[0] }));
  if (BARE_JOIN_HINT.test(text)) {
    for (const m of allMatches(BARE_JOIN, text)) found.push({ at: m.index!, url: `https://${m[0]}` });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.url);
}

// Compiled at start-up (patterns.ts): a first mail that needs one of these does not pay for it. The warm-up's
// samples reach only the first join pattern (Zoom): a mail whose links match none ran all twelve cold (~0.8 ms).
warmable(URL_RE, BARE_JOIN, TRAILING_PUNCTUATION, SCHEME, BARE_JOIN_HINT, ...JOIN_PATTERNS);
