import { env } from "./support/env.ts";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.ts";

describe("config", () => {
  it("parses the deployed vars and bindings", () => {
    const cfg = loadConfig(env);
    expect([...cfg.allowedSenders.addresses]).toEqual(["jordan.okafor@gmail.example"]);
    expect(cfg.senderAuth).toBe("if-present");
    expect(cfg.retentionDays).toBe(90);
  });

  it.for([
    [{ ALLOWED_SENDERS: "" }, "ALLOWED_SENDERS"],
    [{ ALLOWED_SENDERS: "a@x.example, not-an-address" }, "ALLOWED_SENDERS"],
    [{ SEEKER_TIME_ZONE: "Mars/Olympus" }, "SEEKER_TIME_ZONE"],
    [{ ASSISTANT_ADDRESS: "nobody" }, "ASSISTANT_ADDRESS"],
    [{ FOLLOWUPS: undefined }, "FOLLOWUPS"],
    [{ RETENTION_DAYS: "-3" }, "RETENTION_DAYS"],
  ] as const)("names the bad variable in %o", ([over, name]) => {
    expect(() => loadConfig({ ...env, ...over } as never)).toThrow(new RegExp(`Bad configuration: .*${name}`));
  });
});
