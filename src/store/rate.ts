/** `rate:<seeker>:h:<hour>` / `rate:<seeker>:d:<day>`: mails counted per seeker at their desk, so a loop or a flood stops here. */
import type { Desk } from "./desk.ts";

/** Replies per seeker: a loop or a flood stops here, not in someone's inbox. */
export const MAX_MAILS_PER_HOUR = 30;
export const MAX_MAILS_PER_DAY = 200;

export const ratePrefix = (seeker: string) => `rate:${seeker}:`;

/**
 * Counts this mail in hour and day buckets (each kept a bucket longer than it lasts) at the seeker's desk, where
 * counting is one step: 60 mails at once count to 60, not to however many read the old count. False once either
 * bucket is over its limit.
 */
export async function withinRate(desk: Desk, seeker: string, now: Date): Promise<boolean> {
  const hour = `${ratePrefix(seeker)}h:${now.toISOString().slice(0, 13)}`;
  const day = `${ratePrefix(seeker)}d:${now.toISOString().slice(0, 10)}`;
  const [hn, dn] = await desk.count([{ key: hour, ttlSeconds: 2 * 3600 }, { key: day, ttlSeconds: 2 * 86_400 }]);
  return hn! <= MAX_MAILS_PER_HOUR && dn! <= MAX_MAILS_PER_DAY;
}
