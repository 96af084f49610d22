/** Env vars and bindings, parsed once with zod into a typed config. */
// Namespace import: the named `z` object would pull every zod locale into the bundle.
import * as z from "zod";
import { isIana } from "./extract/zones.ts";
import { DEFAULT_POLICY, type Policy } from "./schedule/policy.ts";
import { type Allowlist, allowlistOf, type AuthMode } from "./handlers/gate.ts";

export interface Env {
  FOLLOWUPS: KVNamespace;
  REMINDERS: SendEmail;
  ALLOWED_SENDERS: string;
  ASSISTANT_ADDRESS: string;
  SEEKER_TIME_ZONE: string;
  SEEKER_NAME: string;
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
}

const hours = z.number().int().min(0).max(24);
const PolicyOverrideSchema = z
  .object({
    thankYouDelayHours: z.number().min(0).max(24),
    wakingHours: z.object({ startHour: hours, endHour: hours }),
    morningHour: hours,
    firstInquiryDays: z.number().int().min(1).max(60),
    businessDaysAfterDecision: z.number().int().min(0).max(10),
    secondInquiryDays: z.number().int().min(1).max(90),
    checkInIntervalDays: z.number().int().min(7).max(120),
    maxCheckIns: z.number().int().min(0).max(6),
    defaultDurationMinutes: z.number().int().min(5).max(600),
  })
  .partial()
  .strict();

const email = z.string().trim().toLowerCase().pipe(z.email());

const VarsSchema = z.object({
  ALLOWED_SENDERS: z
    .string({ error: "is not set" })
    .transform((s) => s.split(",").map((a) => a.trim().toLowerCase()).filter(Boolean))
    .pipe(z.array(z.union([email, z.string().regex(/^@[a-z0-9.-]+\.[a-z]{2,}$/, "entries must be addresses or @domain")])).min(1, "must list at least one address")),
  SENDER_AUTH: z.enum(["if-present", "require"]).default("if-present"),
  ASSISTANT_ADDRESS: email,
  SEEKER_TIME_ZONE: z.string({ error: "is not set" }).refine(isIana, "must be an IANA time zone such as Europe/Paris"),
  SEEKER_NAME: z.string({ error: "is not set" }).trim().min(1, "must not be empty"),
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  FOLLOWUP_POLICY: z
    .string()
    .default("{}")
    .transform((s, ctx) => {
      try {
        return JSON.parse(s) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "must be JSON" });
        return z.NEVER;
      }
    })
    .pipe(PolicyOverrideSchema),
  LINK_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  ADMIN_TOKEN: z.string().min(24, "must be at least 24 characters").optional(),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  FOLLOWUPS: z.custom<KVNamespace>((v) => typeof (v as KVNamespace)?.list === "function", "must be a KV namespace binding"),
  REMINDERS: z.custom<SendEmail>((v) => typeof (v as SendEmail)?.send === "function", "must be a send_email binding"),
});

export type Config = {
  allowedSenders: Allowlist;
  senderAuth: AuthMode;
  assistantAddress: string;
  seekerTimeZone: string;
  seekerName: string;
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
    assistantAddress: v.ASSISTANT_ADDRESS,
    seekerTimeZone: v.SEEKER_TIME_ZONE,
    seekerName: v.SEEKER_NAME,
    retentionDays: v.RETENTION_DAYS,
    policy: { ...DEFAULT_POLICY, ...v.FOLLOWUP_POLICY },
    adminToken: v.ADMIN_TOKEN ?? null,
    links: v.LINK_SECRET && v.PUBLIC_URL ? { secret: v.LINK_SECRET, baseUrl: v.PUBLIC_URL.replace(/\/+$/, "") } : null,
    kv: v.FOLLOWUPS,
    mailer: v.REMINDERS,
  };
}
