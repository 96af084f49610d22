/**
 * The Worker as wrangler bundles it starts and answers, under `wrangler dev` (local KV, no network). The
 * workerd suite runs the sources through Vite, which hides bundling-only faults: email-forward-parser's
 * createRequire(import.meta.url) passed every test there and stopped the bundled Worker from starting.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMail, sampleMail, startDev } from "../../scripts/lib/dev.mjs";

let dev: Awaited<ReturnType<typeof startDev>>;
beforeAll(async () => {
  dev = await startDev();
}, 90_000);
afterAll(() => dev?.stop());

describe("the bundled Worker", () => {
  it("starts, answers a forwarded confirmation, and serves its signed links", async () => {
    const replies = await dev.email(sampleMail(new Date()), "jordan.okafor@gmail.example");
    expect(replies).toHaveLength(1);
    const reply = await readMail(replies[0]!);
    expect(reply.subject).toMatch(/^Tracking: /);
    const status = /https?:\/\/\S+\/s\/\S+/.exec(reply.text ?? "")?.[0];
    expect(status, "the reply carries a signed status link (LINK_SECRET from .dev.vars)").toBeTruthy();
    expect((await fetch(status!)).status).toBe(200);
  });

  it("runs its start-up warm-up in workerd's global scope without an error", async () => {
    await dev.email(sampleMail(new Date()), "jordan.okafor@gmail.example");
    // The warm-up's cron ticks run where workerd refuses random values and I/O: a tick there that reached for
    // either logged a deliver_error at every start (crypto.randomUUID once did), and a throw logs warmup_failed.
    const faults = dev.logs.filter((l: string) => /warmup_failed|deliver_error|Disallowed operation/.test(l));
    expect(faults).toEqual([]);
  });
});
