/**
 * Who may use the assistant, and what it never answers. Pure functions over
 * the incoming header block: the email handler decides reject / ignore / go on.
 * docs/security.md says what is trusted and why.
 */
import { addressParser } from "postal-mime";
import { LOOP_HEADER } from "../compose/mime.ts";

export type Allowlist = { addresses: ReadonlySet<string>; domains: ReadonlySet<string> };
export type AuthMode = "require" | "if-present";
export type Rejection = "not_allowed" | "from_not_allowed" | "from_ambiguous" | "auth_failed" | "auth_missing";
/** `autoForwarded`: the seeker's mailbox forwarded the mail by a filter, with the original's From left in place. */
export type Verdict = { ok: true; seeker: string; autoForwarded?: true } | { ok: false; reason: Rejection };
/** One header line of the message's top block, unfolded, in the order it was written (top first). */
export type HeaderLine = { key: string; value: string };

/** Cloudflare Email Routing's authserv-id: only its Authentication-Results are the platform's own. */
export const DEFAULT_AUTHSERV_ID = "mx.cloudflare.net";
/** Bytes of the top header block read: the gate needs a few headers; a real block is a few KiB. */
export const MAX_GATE_HEADER_BYTES = 64 * 1024;

export function allowlistOf(entries: string[]): Allowlist {
  return {
    addresses: new Set(entries.filter((e) => !e.startsWith("@"))),
    domains: new Set(entries.filter((e) => e.startsWith("@")).map((e) => e.slice(1))),
  };
}

export function isAllowed(address: string, list: Allowlist): boolean {
  const a = address.trim().toLowerCase();
  return list.addresses.has(a) || list.domains.has(a.split("@")[1] ?? "");
}

const LF = 0x0a;
const CR = 0x0d;

/** Where the header block ends: the line break before the first blank line (or the bytes' end). */
function headerEnd(bytes: Uint8Array): number {
  for (let i = bytes.indexOf(LF); i >= 0; i = bytes.indexOf(LF, i + 1)) {
    if (bytes[i + 1] === LF || (bytes[i + 1] === CR && bytes[i + 2] === LF)) return i;
  }
  return bytes.length;
}

/** The message's own header block (before the first blank line), unfolded; a mail's bytes are Latin-1 here. */
export function headerLines(raw: Uint8Array): HeaderLine[] {
  const head = raw.subarray(0, Math.min(headerEnd(raw.subarray(0, MAX_GATE_HEADER_BYTES)), MAX_GATE_HEADER_BYTES));
  let text = "";
  for (let i = 0; i < head.length; i += 0x4000) text += String.fromCharCode(...head.subarray(i, i + 0x4000));
  const out: HeaderLine[] = [];
  for (const line of text.split(/\r?\n/)) {
    // Unfolding removes the line break only, as postal-mime (and so the platform) reads it.
    if ((line[0] === " " || line[0] === "\t") && out.length) out[out.length - 1]!.value += line.trimEnd();
    else {
      const colon = line.indexOf(":");
      if (colon > 0) out.push({ key: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim() });
    }
  }
  return out;
}

export const values = (headers: HeaderLine[], key: string) => headers.filter((h) => h.key === key).map((h) => h.value);

/**
 * The one mailbox in the From header, or why there is none. Read with postal-mime's parser from the
 * header as written (encoded words stay opaque, so a name cannot smuggle an address in), and with
 * exactly one "@" in it: a second address in a quoted name or a comment is a trick, not a person.
 */
export function fromMailbox(headers: HeaderLine[]): { ok: true; address: string } | { ok: false } {
  const from = values(headers, "from");
  if (from.length !== 1) return { ok: false };
  const value = from[0]!;
  if (value.split("@").length !== 2) return { ok: false };
  const parsed = addressParser(value);
  const box = parsed.length === 1 && !("group" in parsed[0]! && parsed[0]!.group) ? parsed[0]! : null;
  const address = box && "address" in box ? box.address?.trim().toLowerCase() : undefined;
  return address && /^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/.test(address) ? { ok: true, address } : { ok: false };
}

type ResInfo = { method: string; result: string; props: Record<string, string> };
type Results = { authservId: string; results: ResInfo[] };

/** RFC 8601: `authserv-id; method=result ptype.prop=value …; …` (ARC's adds `i=N;` in front). Comments dropped. */
export function parseAuthResults(value: string, arc = false): Results | null {
  const parts = value.replace(/\([^()]*\)/g, " ").split(";").map((p) => p.trim());
  if (arc) parts.shift(); // i=N
  const authservId = parts.shift()?.split(/\s+/)[0]?.toLowerCase();
  if (!authservId) return null;
  const results: ResInfo[] = [];
  for (const part of parts) {
    const [head, ...rest] = part.split(/\s+/);
    const m = /^([a-z0-9-]+)=([a-z]+)$/i.exec(head ?? "");
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of rest) {
      const eq = kv.indexOf("=");
      if (eq > 0) props[kv.slice(0, eq).toLowerCase()] = kv.slice(eq + 1).replace(/^"|"$/g, "").toLowerCase();
    }
    results.push({ method: m[1]!.toLowerCase(), result: m[2]!.toLowerCase(), props });
  }
  return { authservId, results };
}

/**
 * The platform's own results: the topmost Authentication-Results whose authserv-id is the platform's
 * (the platform adds its header above everything the sender wrote), else the topmost such ARC one.
 * Every other Authentication-Results is the sender's word and is ignored.
 */
export function trustedResults(headers: HeaderLine[], authservId: string): Results | null {
  const id = authservId.toLowerCase();
  for (const [key, arc] of [["authentication-results", false], ["arc-authentication-results", true]] as const) {
    for (const v of values(headers, key)) {
      const r = parseAuthResults(v, arc);
      if (r?.authservId === id) return r;
    }
  }
  return null;
}

const domainOf = (s: string | undefined) => (s?.includes("@") ? s.split("@").pop() : s)?.replace(/^@/, "").toLowerCase() || null;
/** Relaxed alignment (RFC 7489): the same domain, or one a subdomain of the other. */
const aligned = (a: string | null, b: string) => !!a && (a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`));

/**
 * pass: DMARC passed for the From domain itself, or DMARC found no policy (none, or no result) and
 * SPF or DKIM passed aligned with it. fail: anything else, and any SPF fail for the envelope domain.
 */
export function judgeAuth(r: Results, fromDomain: string): "pass" | "fail" {
  const of = (m: string) => r.results.filter((x) => x.method === m);
  if (of("spf").some((x) => x.result === "fail" && x.props["smtp.mailfrom"])) return "fail";
  const dmarc = of("dmarc")[0];
  if (dmarc && dmarc.result !== "none") {
    return dmarc.result === "pass" && domainOf(dmarc.props["header.from"]) === fromDomain ? "pass" : "fail";
  }
  const spfOk = of("spf").some((x) => x.result === "pass" && aligned(domainOf(x.props["smtp.mailfrom"]), fromDomain));
  const dkimOk = of("dkim").some((x) => x.result === "pass" && aligned(domainOf(x.props["header.d"] ?? x.props["header.i"]), fromDomain));
  return spfOk || dkimOk ? "pass" : "fail";
}

export type GateSettings = { list: Allowlist; mode: AuthMode; authservId: string };

/**
 * Gmail's forwarding filter keeps the original's From and names the forwarding account first in
 * X-Forwarded-For ("seeker@… assistant@…"); the envelope sender is that account, with "+caf_=…" added.
 * Returns the account when the header and the envelope agree.
 */
export function autoForwarder(headers: HeaderLine[], envelopeFrom: string): string | null {
  const fwd = values(headers, "x-forwarded-for");
  const account = fwd.length === 1 ? fwd[0]!.trim().split(/\s+/)[0]!.toLowerCase() : null;
  return account && account === envelopeAccount(envelopeFrom) ? account : null;
}

/** The envelope sender's mailbox: Gmail's forwarding adds "+caf_=<destination>" to the account's local part. */
export function envelopeAccount(envelopeFrom: string): string {
  return envelopeFrom.trim().toLowerCase().replace(/\+caf_=[^@]*@/, "@");
}

/**
 * An auto-forward is the seeker's when the platform's SPF passed for the envelope domain, which is the
 * seeker's own provider (the From is the original sender's, so DMARC says nothing about the seeker).
 */
function judgeForward(r: Results, envelopeDomain: string): "pass" | "fail" {
  const spf = r.results.filter((x) => x.method === "spf" && x.props["smtp.mailfrom"]);
  return spf.some((x) => x.result === "pass" && aligned(domainOf(x.props["smtp.mailfrom"]), envelopeDomain)) && !spf.some((x) => x.result === "fail") ? "pass" : "fail";
}

/** The seeker is the one From mailbox (or the account whose filter auto-forwarded it); it and the envelope sender must both be allowed. */
export function checkSender(envelopeFrom: string, headers: HeaderLine[], s: GateSettings): Verdict {
  if (!isAllowed(envelopeAccount(envelopeFrom), s.list)) return { ok: false, reason: "not_allowed" };
  const from = fromMailbox(headers);
  if (!from.ok) return { ok: false, reason: "from_ambiguous" };
  const forwarder = isAllowed(from.address, s.list) ? null : autoForwarder(headers, envelopeFrom);
  // The seeker as the authentication results vouch for them: by DMARC for their From, by SPF for their forward.
  const vouched = (seeker: string, judge: typeof judgeAuth, forwarded: boolean): Verdict => {
    const results = trustedResults(headers, s.authservId);
    const ok: Verdict = forwarded ? { ok: true, seeker, autoForwarded: true } : { ok: true, seeker };
    if (!results) return s.mode === "require" ? { ok: false, reason: "auth_missing" } : ok;
    return judge(results, seeker.split("@")[1]!) === "pass" ? ok : { ok: false, reason: "auth_failed" };
  };
  if (forwarder && isAllowed(forwarder, s.list)) return vouched(forwarder, judgeForward, true);
  if (!isAllowed(from.address, s.list)) return { ok: false, reason: "from_not_allowed" };
  return vouched(from.address, judgeAuth, false);
}

/** "Automatic reply:", "Out of Office:", "Abwesenheitsnotiz:", "Réponse automatique :": an absence notice. */
const AUTO_REPLY_SUBJECT = /^\s*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|out of (?:the )?office|ooo|abwesenheitsnotiz|automatische antwort|réponse automatique|respuesta automática|risposta automatica|automatisch antwoord|resposta automática|autosvar|自動応答)\b\s*:?/i;

/**
 * RFC 3834 and friends: mail from robots, lists and bounces gets no answer. Returns why, or null.
 * An auto-forward's robot headers are the original's (an ATS notice has List-Unsubscribe): only a bounce
 * or our own mail is a robot then.
 */
export function robotReason(headers: HeaderLine[], envelopeFrom: string): string | null {
  const one = (k: string) => values(headers, k)[0] ?? null;
  const has = (k: string) => headers.some((h) => h.key === k);
  const bounce = !envelopeFrom.trim() || envelopeFrom === "<>" || /^(mailer-daemon|postmaster)@/i.test(envelopeFrom);
  if (!bounce && autoForwarder(headers, envelopeFrom)) return has(LOOP_HEADER.toLowerCase()) ? "our own mail" : null;
  const auto = one("auto-submitted");
  if (auto && auto.trim().toLowerCase() !== "no") return "auto-submitted";
  if (/\b(bulk|list|junk|auto_reply)\b/i.test(one("precedence") ?? "")) return "precedence";
  if (has("list-id") || has("list-unsubscribe")) return "mailing list";
  if (/\b(all|oof|autoreply)\b/i.test(one("x-auto-response-suppress") ?? "")) return "auto-response-suppress";
  if (has("x-autoreply") || has("x-autorespond") || (one("x-autogenerated") ?? "").toLowerCase() === "reply") return "auto-reply";
  if (AUTO_REPLY_SUBJECT.test((one("subject") ?? "").slice(0, 80))) return "auto-reply";
  if (bounce) return "bounce";
  if (has(LOOP_HEADER.toLowerCase())) return "our own mail";
  return null;
}
