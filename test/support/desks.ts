/**
 * Empty seeker desks (store/desk.ts): a desk remembers the Message-IDs it answered and the rate counts, and the
 * tests deliver the same fixture mails again and again. clearKv clears them with the store.
 */
import { listDurableObjectIds } from "cloudflare:test";
import { env } from "./env.ts";
import type { DeskStub } from "../../src/store/desk.ts";

export async function clearDesks(): Promise<void> {
  const ns = env.SEEKER_DESK!;
  for (const id of await listDurableObjectIds(ns)) await (ns.get(id) as unknown as DeskStub).clear();
}
