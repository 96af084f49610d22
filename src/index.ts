/** The Worker: three entry points, each a thin shell over src/handlers. */
import type { Env } from "./config.ts";
import { handleEmail } from "./handlers/email.ts";
import { app } from "./handlers/http.ts";
import { handleScheduled } from "./handlers/scheduled.ts";
import { warmUp } from "./handlers/warmup.ts";

export { SeekerDesk } from "./store/desk-object.ts";

// Compiling the pipeline at start-up keeps it out of the first email's CPU budget (handlers/warmup.ts).
// The await settles during start-up: postal-mime's promises need no I/O.
try {
  await warmUp();
} catch (err) {
  console.log(JSON.stringify({ event: "warmup_failed", error: String(err).slice(0, 200) }));
}

export default {
  fetch: app.fetch,
  async email(message, env, _ctx) {
    await handleEmail(message, env, new Date());
  },
  async scheduled(controller, env, _ctx) {
    await handleScheduled(env, new Date(controller.scheduledTime));
  },
} satisfies ExportedHandler<Env>;
