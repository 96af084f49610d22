/** `rate:<seeker>:h:<hour>` / `rate:<seeker>:d:<day>`: mails counted per seeker, so a loop or a flood stops here. */

/** Replies per seeker: a loop or a flood stops here, not in someone's inbox. */
export const MAX_MAILS_PER_HOUR = 30;
export const MAX_MAILS_PER_DAY = 200;

export const ratePrefix = (seeker: string) => `rate:${seeker}:`;

/** Counts this mail in hour and day buckets (expiring with their bucket); false once either is full. */
export async function withinRate(kv: KVNamespace, seeker: string, now: Date): Promise<boolean> {
  const hour = `${ratePrefix(seeker)}h:${now.toISOString().slice(0, 13)}`;
  const day = `${ratePrefix(seeker)}d:${now.toISOString().slice(0, 10)}`;
  const [h, d] = await Promise.all([kv.get(hour), kv.get(day)]);
  const hn = Number(h ?? 0) + 1;
  const dn = Number(d ?? 0) + 1;
  if (hn > MAX_MAILS_PER_HOUR || dn > MAX_MAILS_PER_DAY) return false;
  await Promise.all([kv.put(hour, String(hn), { expirationTtl: 2 * 3600 }), kv.put(day, String(dn), { expirationTtl: 2 * 86_400 })]);
  return true;
}
