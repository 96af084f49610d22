/**
 * The deployment's secret for ids that no sender may compute (interview ids, hence `[ref]` tags):
 * LINK_SECRET when it is set, else a random one made on first use and kept under `secret:ids`.
 */
const SECRET_KEY = "secret:ids";
/** Random bytes of a made secret: 256 bits, the HMAC's own strength. */
const SECRET_BYTES = 32;

let cached: { kv: KVNamespace; secret: string } | null = null;

export async function deploymentSecret(kv: KVNamespace, configured: string | null): Promise<string> {
  if (configured) return configured;
  if (cached?.kv === kv) return cached.secret;
  let secret = await kv.get(SECRET_KEY);
  if (!secret) {
    secret = [...crypto.getRandomValues(new Uint8Array(SECRET_BYTES))].map((b) => b.toString(16).padStart(2, "0")).join("");
    await kv.put(SECRET_KEY, secret);
  }
  cached = { kv, secret };
  return secret;
}

