/**
 * The KV binding as the handlers use it, with one difference: an operation that fails throws StoreFailed. An
 * email handler answers "I could not read that message" for a mail it cannot parse, but a store that is down
 * must fail the mail instead, so that the platform delivers it again and nothing the seeker sent is lost.
 */
export class StoreFailed extends Error {
  override name = "StoreFailed";
}

const OPS = new Set(["get", "getWithMetadata", "put", "delete", "list"]);

export function failingLoudly(kv: KVNamespace): KVNamespace {
  return new Proxy(kv, {
    get(target, prop) {
      const v = Reflect.get(target, prop);
      if (typeof v !== "function") return v;
      if (typeof prop !== "string" || !OPS.has(prop)) return v.bind(target);
      return async (...args: unknown[]) => {
        try {
          return await (v as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } catch (err) {
          throw new StoreFailed(`KV ${prop} failed: ${String(err).slice(0, 200)}`, { cause: err });
        }
      };
    },
  });
}
