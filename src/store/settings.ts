/**
 * `settings:<seeker>`: what one seeker set by reply (zone, name, language, holiday country), so one deployment
 * serves a cohort whose members live in different zones and sign with their own names. No TTL: kept until the
 * seeker changes it or says `forget`.
 */
import * as z from "zod/mini";

export const SeekerSettingsSchema = z.object({
  zone: z.optional(z.string()),
  name: z.optional(z.string()),
  language: z.optional(z.string()),
  /** A covered country code, or null for no holidays. */
  country: z.optional(z.nullable(z.string())),
});
export type SeekerSettings = z.infer<typeof SeekerSettingsSchema>;

export const settingsKey = (seeker: string) => `settings:${seeker}`;

/** The seeker's settings; none (or a record this code cannot read) is the deployment's defaults. */
export async function getSettings(kv: KVNamespace, seeker: string): Promise<SeekerSettings> {
  const parsed = SeekerSettingsSchema.safeParse(await kv.get(settingsKey(seeker), "json"));
  return parsed.success ? parsed.data : {};
}

export async function putSettings(kv: KVNamespace, seeker: string, s: SeekerSettings): Promise<void> {
  await kv.put(settingsKey(seeker), JSON.stringify(s));
}
