// Tests that need Node rather than workerd: rendering mail in headless Chromium, CPU timings, the holiday table.
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "cloudflare:email": new URL("./scripts/lib/cloudflare-email.mjs", import.meta.url).pathname } },
  test: {
    include: ["test/node/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
  },
});
