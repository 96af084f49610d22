/** The test's bindings, typed as the worker sees them. */
import { env as runtimeEnv } from "cloudflare:workers";
import type { Env } from "../../src/config.ts";

export const env = runtimeEnv as unknown as Env;
