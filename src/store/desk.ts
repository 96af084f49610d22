/**
 * One writer per seeker. KV has no compare-and-swap, so two invocations that read a seeker's record, change it
 * and write it back can undo each other (a tick and a reply; two ticks; one mail delivered twice at once). Every
 * change to a seeker's state runs at that seeker's desk: a Durable Object (desk-object.ts) that lets one
 * invocation at a time in, and keeps, strongly consistent, what must happen once (a reminder's send, an inbound
 * mail) and the seeker's rate counts. KV keeps the records, the due index and what is read often.
 * Where no Durable Object is bound (the Node bench), an in-memory desk gives the same order within the process.
 */

/** What a seeker's desk does; the Durable Object and the in-memory stand-in both implement it. */
export interface Desk {
  /** Runs `fn` while no other invocation works for this seeker (FIFO); the desk frees itself after LEASE_MS. */
  serially<T>(fn: () => Promise<T>): Promise<T>;
  /** True the first time `key` is taken, false while it is held (until `ttlSeconds` pass or it is given back). */
  takeOnce(key: string, ttlSeconds: number): Promise<boolean>;
  /** Gives a key back: the work it guarded failed and is retried. */
  giveBack(key: string): Promise<void>;
  /** Adds one to each counter (each expiring after its own seconds) and returns the new counts. */
  count(counters: ReadonlyArray<{ key: string; ttlSeconds: number }>): Promise<number[]>;
  /** `forget`: drops every key and count the desk keeps for the seeker. */
  clear(): Promise<void>;
}

/**
 * How long one invocation may hold a desk: an email or a seeker's part of a tick takes well under a second of
 * wall time; one that died (a killed isolate) frees the desk after this, and the next goes in.
 */
export const LEASE_MS = 30_000;

/** The RPC surface of the Durable Object (desk-object.ts), as the Worker calls it. */
export type DeskStub = {
  acquire(leaseMs: number): Promise<string>;
  release(token: string): Promise<void>;
  takeOnce(key: string, ttlSeconds: number): Promise<boolean>;
  giveBack(key: string): Promise<void>;
  count(counters: ReadonlyArray<{ key: string; ttlSeconds: number }>): Promise<number[]>;
  clear(): Promise<void>;
};

/** The seeker's Durable Object as a Desk. */
export function objectDesk(stub: DeskStub): Desk {
  return {
    async serially(fn) {
      const token = await stub.acquire(LEASE_MS);
      try {
        return await fn();
      } finally {
        // A release that fails leaves the lease to run out: the next invocation waits, nothing is lost.
        await stub.release(token).catch(() => undefined);
      }
    },
    takeOnce: (key, ttl) => stub.takeOnce(key, ttl),
    giveBack: (key) => stub.giveBack(key),
    count: (counters) => stub.count(counters),
    clear: () => stub.clear(),
  };
}

/** Per-process state of the in-memory desks, by seeker. */
const MEMORY = new Map<string, { tail: Promise<unknown>; once: Map<string, number>; counts: Map<string, { n: number; until: number }> }>();

/** The same contract within one process, for where no Durable Object is bound. */
export function memoryDesk(seeker: string, clock: () => number = Date.now): Desk {
  let state = MEMORY.get(seeker);
  if (!state) MEMORY.set(seeker, (state = { tail: Promise.resolve(), once: new Map(), counts: new Map() }));
  const s = state;
  return {
    serially<T>(fn: () => Promise<T>): Promise<T> {
      const run = s.tail.then(fn, fn);
      s.tail = run.catch(() => undefined);
      return run;
    },
    async takeOnce(key, ttl) {
      const until = s.once.get(key);
      if (until !== undefined && until > clock()) return false;
      s.once.set(key, clock() + ttl * 1000);
      return true;
    },
    async giveBack(key) {
      s.once.delete(key);
    },
    async count(counters) {
      return counters.map(({ key, ttlSeconds }) => {
        const c = s.counts.get(key);
        const next = c && c.until > clock() ? { n: c.n + 1, until: c.until } : { n: 1, until: clock() + ttlSeconds * 1000 };
        s.counts.set(key, next);
        return next.n;
      });
    },
    async clear() {
      s.once.clear();
      s.counts.clear();
    },
  };
}

/** The seeker's desk: their Durable Object where the binding exists, else the in-memory one. */
export function deskOf(ns: DurableObjectNamespace | undefined, seeker: string): Desk {
  if (!ns) return memoryDesk(seeker);
  return objectDesk(ns.get(ns.idFromName(seeker)) as unknown as DeskStub);
}
