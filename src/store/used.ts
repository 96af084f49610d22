/** `used:<seeker>:<signature>`: an action link that has acted, so a replayed POST changes nothing. */

export const usedPrefix = (seeker: string) => `used:${seeker}:`;

export async function isUsed(kv: KVNamespace, seeker: string, signature: string): Promise<boolean> {
  return (await kv.get(usedPrefix(seeker) + signature)) !== null;
}

export async function markUsed(kv: KVNamespace, seeker: string, signature: string, ttlSeconds: number): Promise<void> {
  await kv.put(usedPrefix(seeker) + signature, "1", { expirationTtl: Math.max(60, ttlSeconds) });
}
