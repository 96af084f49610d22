/**
 * Forget a seeker: every key that holds their data or their address. The interview records with their
 * index keys, then each seeker-scoped prefix (threads, pending forwards, rate counters, used links).
 */
import type { Desk } from "./desk.ts";
import { forgetInterviews } from "./interviews.ts";
import { pendingPrefix } from "./pending.ts";
import { ratePrefix } from "./rate.ts";
import { threadPrefix } from "./threads.ts";
import { settingsKey } from "./settings.ts";
import { usedPrefix } from "./used.ts";

/** List pages read per prefix: 1,000 keys a page; a seeker has far fewer, a runaway loop stops here. */
const MAX_PAGES_PER_PREFIX = 20;

async function deletePrefix(kv: KVNamespace, prefix: string): Promise<number> {
  let cursor: string | undefined;
  let n = 0;
  for (let page = 0; page < MAX_PAGES_PER_PREFIX; page++) {
    const list = await kv.list({ prefix, cursor });
    for (const k of list.keys) await kv.delete(k.name);
    n += list.keys.length;
    if (list.list_complete) break;
    cursor = list.cursor;
  }
  return n;
}

/** Returns how many interviews went. The desk's keys and counts go too (rate counters lived in KV before it). */
export async function forgetSeeker(kv: KVNamespace, seeker: string, desk: Desk): Promise<number> {
  await desk.clear();
  const interviews = await forgetInterviews(kv, seeker);
  for (const prefix of [threadPrefix(seeker), pendingPrefix(seeker), ratePrefix(seeker), usedPrefix(seeker)]) await deletePrefix(kv, prefix);
  await kv.delete(settingsKey(seeker));
  return interviews;
}
