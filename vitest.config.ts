import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: { exclude: ["test/node/**", "node_modules/**"] },
  plugins: [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.toml" },
      // A test-only secret: production sets its own with `wrangler secret put LINK_SECRET`.
      miniflare: { bindings: { LINK_SECRET: "test-secret-for-signed-links", PUBLIC_URL: "https://followups.test", ADMIN_TOKEN: "test-admin-token-0123456789abcdef" } },
    }),
  ],
});
