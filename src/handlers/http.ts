/** fetch(): a small Hono app. */
import { Hono } from "hono";
import type { Env } from "../config.ts";

export const app = new Hono<{ Bindings: Env }>();

app.get("/health", (c) => c.json({ ok: true }));
app.notFound((c) => c.json({ error: "not found" }, 404));
