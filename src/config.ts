/** Env vars and bindings, parsed once with zod into a typed config. */
// zod/mini: the same parsing, a third of the bytes in a budgeted bundle.
import * as z from "zod/mini";
import { isIana } from "./extract/zones.ts";
import { HOLIDAY_COUNTRIES } from "./schedule/holidays.ts";
import { DEFAULT_POLICY, type Policy } from "./schedule/policy.ts";
import { type Allowlist, allowlistOf, type AuthMode, DEFAULT_AUTHSERV_ID } from "./handlers/gate.ts";

export interface Env {
  FOLLOWUPS: KVNamespace;
  REMINDERS: SendEmail;
  ALLOWED_SENDERS: string;
  ASSISTANT_ADDRESS: string;
  SEEKER_TIME_ZONE: string;
  SEEKER_NAME: string;
  /** Whose public holidays are days off: a country code (US, DE…) or "none"; default, SEEKER_TIME_ZONE's country. */
  HOLIDAY_COUNTRY?: string;
  RETENTION_DAYS?: string;
  /** JSON overriding parts of the follow-up policy, e.g. {"firstInquiryDays": 10}. */
  FOLLOWUP_POLICY?: string;
  /** Secret that signs action links (wrangler secret put LINK_SECRET); links are off without it. */
  LINK_SECRET?: string;
  /** Public base URL of this worker, for links in mail, e.g. https://followups.example.workers.dev */
  PUBLIC_URL?: string;
  /** Bearer token for the admin endpoint (DELETE /admin/seekers/:address); off without it. */
  ADMIN_TOKEN?: string;
  /** "if-present" (default): reject mail whose DMARC/SPF/DKIM results fail; "require": also reject mail without results. */
  SENDER_AUTH?: string;
  /** The authserv-id whose Authentication-Results are trusted (the receiving platform's); default mx.cloudflare.net. */
  AUTHSERV_ID?: string;
}

/** A whole number from `min` to `max`, saying so when it is not. */
const whole = (min: number, max: number) => z.int(`must be a whole number from ${min} to ${max}`).check(z.minimum(min, `must be at least ${min}`), z.maximum(max, `must be at most ${max}`));
const hours = whole(0, 24);
const PolicyOverrideSchema = z.partial(
  z.strictObject(
    {
      thankYouDelayHours: z.number("must be a number of hours").check(z.minimum(0, "must be at least 0"), z.maximum(24, "must be at most 24")),
      wakingHours: z.object({ startHour: hours, endHour: hours }, "must be {\"startHour\": h, \"endHour\": h}"),
      morningHour: hours,
      firstInquiryDays: whole(1, 60),
      businessDaysAfterDecision: whole(0, 10),
      secondInquiryDays: whole(1, 90),
      checkInIntervalDays: whole(7, 120),
      maxCheckIns: whole(0, 6),
      defaultDurationMinutes: whole(5, 600),
    },
    "must be a JSON object of known policy fields",
  ),
);

const email = z.pipe(z.string("is not set").check(z.trim(), z.toLowerCase()), z.email("must be an email address"));

const VarsSchema = z.object({
  ALLOWED_SENDERS: z.pipe(
    z.pipe(z.string("is not set"), z.transform((s: string) => s.split(",").map((a) => a.trim().toLowerCase()).filter(Boolean))),
    z.array(z.union([email, z.string().check(z.regex(/^@[a-z0-9.-]+\.[a-z]{2,}$/))], "entries must be addresses or @domain")).check(z.minLength(1, "must list at least one address")),
  ),
  SENDER_AUTH: z._default(z.enum(["if-present", "require"], "must be if-present or require"), "if-present"),
  AUTHSERV_ID: z._default(z.string().check(z.trim(), z.toLowerCase(), z.regex(/^[a-z0-9.-]+$/, "must be a host name such as mx.cloudflare.net")), DEFAULT_AUTHSERV_ID),
  ASSISTANT_ADDRESS: email,
  SEEKER_TIME_ZONE: z.string("is not set").check(z.refine(isIana, "must be an IANA time zone such as Europe/Paris")),
  SEEKER_NAME: z.string("is not set").check(z.trim(), z.minLength(1, "must not be empty")),
  HOLIDAY_COUNTRY: z.optional(
    z.pipe(
      z.string().check(z.trim(), z.toUpperCase()),
      z.string().check(z.refine((c) => c === "NONE" || HOLIDAY_COUNTRIES.includes(c), `must be none or one of ${HOLIDAY_COUNTRIES.join(", ")}`)),
    ),
  ),
  RETENTION_DAYS: z._default(z.pipe(z.coerce.number("must be a number of days"), whole(1, 3650)), 90),
  FOLLOWUP_POLICY: z.pipe(
    z.pipe(
      z._default(z.string("must be a JSON string"), "{}"),
      z.transform((s: string, ctx) => {
        try {
          return JSON.parse(s) as unknown;
        } catch {
          ctx.issues.push({ code: "custom", message: "must be JSON", input: s });
          return z.NEVER;
        }
      }),
    ),
    PolicyOverrideSchema,
  ),
  LINK_SECRET: z.optional(z.string().check(z.minLength(16, "must be at least 16 characters"))),
  ADMIN_TOKEN: z.optional(z.string().check(z.minLength(24, "must be at least 24 characters"))),
  PUBLIC_URL: z.optional(z.url({ protocol: /^https?$/, error: "must be an http(s) URL" })),
  FOLLOWUPS: z.custom<KVNamespace>((v) => typeof (v as KVNamespace)?.list === "function", "must be a KV namespace binding"),
  REMINDERS: z.custom<SendEmail>((v) => typeof (v as SendEmail)?.send === "function", "must be a send_email binding"),
});

export type Config = {
  allowedSenders: Allowlist;
  senderAuth: AuthMode;
  authservId: string;
  assistantAddress: string;
  seekerTimeZone: string;
  seekerName: string;
  /** Whose holidays are days off: a code, null for none, undefined for the zone's country. */
  holidayCountry: string | null | undefined;
  retentionDays: number;
  policy: Policy;
  /** Signed links in mail, when both the secret and the public URL are set. */
  links: { secret: string; baseUrl: string } | null;
  adminToken: string | null;
  kv: KVNamespace;
  mailer: SendEmail;
};

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function loadConfig(env: Env): Config {
  const parsed = VarsSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "env"} ${i.message}`);
    throw new ConfigError(`Bad configuration: ${problems.join("; ")}`);
  }
  const v = parsed.data;
  return {
    allowedSenders: allowlistOf(v.ALLOWED_SENDERS),
    senderAuth: v.SENDER_AUTH,
    authservId: v.AUTHSERV_ID,
    assistantAddress: v.ASSISTANT_ADDRESS,
    seekerTimeZone: v.SEEKER_TIME_ZONE,
    seekerName: v.SEEKER_NAME,
    holidayCountry: v.HOLIDAY_COUNTRY === "NONE" ? null : v.HOLIDAY_COUNTRY,
    retentionDays: v.RETENTION_DAYS,
    policy: { ...DEFAULT_POLICY, ...v.FOLLOWUP_POLICY },
    adminToken: v.ADMIN_TOKEN ?? null,
    links: v.LINK_SECRET && v.PUBLIC_URL ? { secret: v.LINK_SECRET, baseUrl: v.PUBLIC_URL.replace(/\/+$/, "") } : null,
    kv: v.FOLLOWUPS,
    mailer: v.REMINDERS,
  };
}
