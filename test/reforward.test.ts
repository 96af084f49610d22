import { describe, expect, it } from "vitest";
import { judge } from "../scripts/judge.ts";
import { extract } from "../src/extract/index.ts";
import { cases } from "./support/mail.ts";
import { FORMATS, reforward } from "./support/variants.ts";

// Whatever client the seeker forwards from, the same original reads the same.
describe("every case forwarded again from other clients", () => {
  const variants = cases.flatMap((c) => FORMATS.map((format) => ({ ...c, format })));
  it.for(variants)("extracts $name forwarded as $format", async (c) => {
    const raw = await reforward(c.raw, c.expected.received_at, c.format);
    expect(raw).not.toBeNull();
    const got = await extract(raw!, { now: new Date(c.expected.received_at), seekerTimeZone: c.expected.seeker.time_zone ?? "UTC", assistantAddress: "followups@assistant.example" });
    expect(judge(got, c.expected).differences).toEqual([]);
  });
});
