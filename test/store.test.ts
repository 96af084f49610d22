/**
 * The Store's two adapters keep the same promises: Workers KV (the deployment's) and memory (the Node
 * benchmarks'). One script of writes and reads runs on each, and both must answer alike.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { newRecord } from "../src/domain/changes.ts";
import { extract } from "../src/extract/index.ts";
import { memoryDesk } from "../src/store/desk.ts";
import { kvStore, memoryStore, type Store } from "../src/store/store.ts";
import { env } from "./support/env.ts";
import { corpusCase } from "./support/mail.ts";
import { clearKv } from "./support/worker.ts";

beforeEach(clearKv);

const c = corpusCase("001");
const seeker = c.expected.seeker;
const NOW = new Date(c.expected.received_at);

async function script(store: Store) {
  const e = await extract(c.raw, { now: NOW, seeker, seekerTimeZone: "America/New_York", assistantAddress: "followups@assistant.example" });
  const record = newRecord("rec0000000000001", "<orig@mail>", e, seeker, { seekerTimeZone: "America/New_York" }, NOW);
  await store.saveNew(record, NOW);
  const listed = await store.interviewsOf(seeker.email);
  const found = await store.interviewFor("<orig@mail>");
  const farFuture = new Date("2030-01-01T00:00:00Z");
  const dueBefore = (await store.due(farFuture, 100)).map((d) => d.followUp);
  const stopped = { ...record, followUps: record.followUps.map((f) => ({ ...f, status: "cancelled" as const })) };
  await store.replace(record, stopped, NOW);
  const dueAfter = await store.due(farFuture, 100);
  await store.putThread(seeker.email, "<reply@a>", { id: record.id });
  const thread = await store.thread(seeker.email, ["<other@x>", "<reply@a>"]);
  await store.savePending("<ask@a>", { seeker: seeker.email, raw: new Uint8Array([1, 2, 3]), receivedAt: NOW.toISOString() });
  const pending = await store.pending(["<ask@a>"], seeker.email);
  await store.putSettings(seeker.email, { zone: "Europe/Paris" });
  const settings = await store.settings(seeker.email);
  await store.markUsed(seeker.email, "sig", 3600);
  const used = [await store.isUsed(seeker.email, "sig"), await store.isUsed(seeker.email, "other")];
  const secret = (await store.secret(null)).length;
  const forgotten = await store.forgetSeeker(seeker.email, memoryDesk(seeker.email));
  const afterForget = [await store.interview(record.id), (await store.interviewsOf(seeker.email)).length, await store.thread(seeker.email, ["<reply@a>"])];
  return {
    listed: listed.map((x) => [x.id, x.company, x.start]),
    found,
    dueBefore,
    dueAfter,
    thread,
    pending: pending && [pending.messageId, [...pending.pending.raw]],
    settings,
    used,
    secret,
    forgotten,
    afterForget,
  };
}

describe("the Store adapters", () => {
  it("KV and memory answer one script alike, and the script exercises each promise", async () => {
    const kv = await script(kvStore(env.FOLLOWUPS, 90));
    const memory = await script(memoryStore());
    expect(memory).toEqual(kv);
    expect(kv.found).toBe("rec0000000000001");
    expect(kv.dueBefore.length).toBeGreaterThan(0);
    expect(kv.dueAfter).toEqual([]);
    expect(kv.thread?.id).toBe("rec0000000000001");
    expect(kv.settings).toEqual({ zone: "Europe/Paris" });
    expect(kv.used).toEqual([true, false]);
    expect([kv.secret, kv.forgotten, kv.afterForget]).toEqual([64, 1, [null, 0, null]]);
  });
});
