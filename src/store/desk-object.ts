/**
 * A seeker's desk as a Durable Object (SQLite-backed: on the Workers free plan). One instance per seeker
 * (idFromName of their address) lets one invocation at a time in, and keeps in its own storage, strongly
 * consistent, the keys that must be taken once and the seeker's rate counts. desk.ts says why.
 */
import { DurableObject } from "cloudflare:workers";

export class SeekerDesk extends DurableObject<Cloudflare.Env> {
  /** Who holds the desk: a lease, since the holder is another invocation that may die. */
  private holder: string | null = null;
  /** Frees the desk when its holder's lease runs out; one timer at a time. */
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Invocations waiting, first come first served: each is handed the desk in turn. */
  private queue: Array<{ leaseMs: number; take: (token: string) => void }> = [];

  constructor(ctx: DurableObjectState, env: Cloudflare.Env) {
    super(ctx, env);
    this.ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS once (key TEXT PRIMARY KEY, until INTEGER NOT NULL)");
    this.ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS counts (key TEXT PRIMARY KEY, n INTEGER NOT NULL, until INTEGER NOT NULL)");
  }

  /** Waits until the desk is free (or its holder's lease ran out), then holds it; returns the holder's token. */
  async acquire(leaseMs: number): Promise<string> {
    if (this.holder === null) return this.hold(leaseMs);
    return new Promise<string>((take) => this.queue.push({ leaseMs, take }));
  }

  /** Frees the desk if `token` still holds it, handing it to the first in the queue. */
  async release(token: string): Promise<void> {
    if (this.holder !== token) return;
    if (this.timer) clearTimeout(this.timer);
    this.holder = null;
    this.timer = null;
    const next = this.queue.shift();
    if (next) next.take(this.hold(next.leaseMs));
  }

  private hold(leaseMs: number): string {
    const token = crypto.randomUUID();
    this.holder = token;
    // A holder that died never releases: its lease does.
    this.timer = setTimeout(() => void this.release(token), leaseMs);
    return token;
  }

  private sweep(now: number): void {
    this.ctx.storage.sql.exec("DELETE FROM once WHERE until <= ?", now);
    this.ctx.storage.sql.exec("DELETE FROM counts WHERE until <= ?", now);
  }

  async takeOnce(key: string, ttlSeconds: number): Promise<boolean> {
    const now = Date.now();
    this.sweep(now);
    if (this.ctx.storage.sql.exec("SELECT 1 FROM once WHERE key = ?", key).toArray().length) return false;
    this.ctx.storage.sql.exec("INSERT INTO once (key, until) VALUES (?, ?)", key, now + ttlSeconds * 1000);
    return true;
  }

  async giveBack(key: string): Promise<void> {
    this.ctx.storage.sql.exec("DELETE FROM once WHERE key = ?", key);
  }

  async count(counters: ReadonlyArray<{ key: string; ttlSeconds: number }>): Promise<number[]> {
    const now = Date.now();
    this.sweep(now);
    return counters.map(({ key, ttlSeconds }) => {
      const row = this.ctx.storage.sql.exec<{ n: number; until: number }>("SELECT n, until FROM counts WHERE key = ?", key).toArray()[0];
      const n = row ? row.n + 1 : 1;
      this.ctx.storage.sql.exec("INSERT OR REPLACE INTO counts (key, n, until) VALUES (?, ?, ?)", key, n, row ? row.until : now + ttlSeconds * 1000);
      return n;
    });
  }

  /** `forget`: nothing of the seeker's stays here either. */
  async clear(): Promise<void> {
    this.ctx.storage.sql.exec("DELETE FROM once");
    this.ctx.storage.sql.exec("DELETE FROM counts");
  }
}
