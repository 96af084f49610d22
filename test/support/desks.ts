/**
 * Empty seeker desks (store/desk.ts): a desk remembers the Message-IDs it answered and the rate counts, and the
 * tests deliver the same fixture mails again and again. clearKv clears them with the store.
 */
import { listDurableObjectIds } from "cloudflare:test";
import { env } from "./env.ts";
import type { DeskStub } from "../../src/store/desk.ts";

/**
 * Tries of the test pool's object listing: under load its loopback call to the runtime has dropped with
 * "Network connection lost" (twice in a thousand-odd race trials, both in this listing, never in the Worker's
 * code). A cleanup that gives up on that fails a trial that tested nothing.
 */
const LIST_TRIES = 3;

async function deskIds(ns: DurableObjectNamespace): Promise<DurableObjectId[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await listDurableObjectIds(ns);
    } catch (err) {
      if (attempt >= LIST_TRIES || !/Network connection lost/.test(String(err))) throw err;
    }
  }
}

export async function clearDesks(): Promise<void> {
  const ns = env.SEEKER_DESK!;
  for (const id of await deskIds(ns)) await (ns.get(id) as unknown as DeskStub).clear();
}
