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

  it.for([
    [{ ALLOWED_SENDERS: "" }, "ALLOWED_SENDERS must list at least one address"],
    [{ SEEKER_NAME: undefined }, "SEEKER_NAME is not set"],
    [{ RETENTION_DAYS: "0" }, "RETENTION_DAYS must be at least 1"],
    [{ FOLLOWUP_POLICY: "{oops" }, "FOLLOWUP_POLICY must be JSON"],
    [{ FOLLOWUP_POLICY: '{"maxCheckIns": 9}' }, "FOLLOWUP_POLICY.maxCheckIns must be at most 6"],
    [{ FOLLOWUP_POLICY: '{"firstInquiryDay": 9}' }, "FOLLOWUP_POLICY must be a JSON object of known policy fields"],
  ] as const)("says what is wrong with %o", ([over, message]) => {
    expect(() => loadConfig({ ...env, ...over } as never)).toThrow(message);
  });

  it("applies a policy override and a retention period", () => {
    const cfg = loadConfig({ ...env, FOLLOWUP_POLICY: '{"firstInquiryDays": 10, "maxCheckIns": 1}', RETENTION_DAYS: "30" } as never);
    expect([cfg.policy.firstInquiryDays, cfg.policy.maxCheckIns, cfg.policy.secondInquiryDays, cfg.retentionDays]).toEqual([10, 1, 17, 30]);
  });
});
