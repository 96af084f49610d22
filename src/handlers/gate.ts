/**
 * Who may use the assistant, and what it never answers. Pure functions over
 * the incoming headers: the email handler decides reject / ignore / go on.
 */
import { LOOP_HEADER } from "../compose/mime.ts";

export type Allowlist = { addresses: ReadonlySet<string>; domains: ReadonlySet<string> };
export type AuthMode = "require" | "if-present";
export type Verdict = { ok: true } | { ok: false; reason: "not_allowed" | "from_not_allowed" | "auth_failed" | "auth_missing" };

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

function domain(address: string | null): string | null {
  return address?.toLowerCase().split("@")[1]?.replace(/>$/, "") ?? null;
}

/** The address in a From header: `Name <a@b>` or `a@b`. */
export function fromAddress(headers: Headers): string | null {
  const from = headers.get("from");
  if (!from) return null;
  return (/<([^<>@\s]+@[^<>\s]+)>/.exec(from)?.[1] ?? /[^\s<>"]+@[^\s<>"]+/.exec(from)?.[0] ?? null)?.toLowerCase() ?? null;
}

/**
 * DMARC as the receiving side recorded it (Authentication-Results, then
 * ARC-Authentication-Results). Without a DMARC result, SPF or DKIM must pass
 * for the From domain (aligned).
 */
export function authResult(headers: Headers): "pass" | "fail" | "none" {
  const results = [headers.get("authentication-results"), headers.get("arc-authentication-results")].filter((h): h is string => !!h);
  if (results.length === 0) return "none";
  const all = results.join(";").toLowerCase();
  const dmarc = /\bdmarc=(\w+)/.exec(all)?.[1];
  if (dmarc) return dmarc === "pass" ? "pass" : "fail";
  const fromDomain = domain(fromAddress(headers));
  const spf = /\bspf=pass\b[^;]*?smtp\.mailfrom=([^\s;]+)/.exec(all)?.[1];
  const dkim = /\bdkim=pass\b[^;]*?header\.(?:d|i)=@?([^\s;]+)/.exec(all)?.[1];
  const aligned = (d: string | undefined) => !!d && !!fromDomain && (domain(d.includes("@") ? d : `x@${d}`) === fromDomain || fromDomain.endsWith(`.${d}`));
  return aligned(spf) || aligned(dkim) ? "pass" : "fail";
}

export function checkSender(envelopeFrom: string, headers: Headers, list: Allowlist, mode: AuthMode): Verdict {
  if (!isAllowed(envelopeFrom, list)) return { ok: false, reason: "not_allowed" };
  const from = fromAddress(headers);
  if (from && !isAllowed(from, list)) return { ok: false, reason: "from_not_allowed" };
  const auth = authResult(headers);
  if (auth === "fail") return { ok: false, reason: "auth_failed" };
  if (auth === "none" && mode === "require") return { ok: false, reason: "auth_missing" };
  return { ok: true };
}

/** RFC 3834 and friends: mail from robots, lists and bounces gets no answer. Returns why, or null. */
export function robotReason(headers: Headers, envelopeFrom: string): string | null {
  const auto = headers.get("auto-submitted");
  if (auto && auto.trim().toLowerCase() !== "no") return "auto-submitted";
  if (/\b(bulk|list|junk)\b/i.test(headers.get("precedence") ?? "")) return "precedence";
  if (headers.has("list-id") || headers.has("list-unsubscribe")) return "mailing list";
  if (/\b(all|oof|autoreply)\b/i.test(headers.get("x-auto-response-suppress") ?? "")) return "auto-response-suppress";
  if (!envelopeFrom.trim() || envelopeFrom === "<>" || /^(mailer-daemon|postmaster)@/i.test(envelopeFrom)) return "bounce";
  if (headers.has(LOOP_HEADER)) return "our own mail";
  return null;
}
