// Local links need LINK_SECRET: .dev.vars (git-ignored) from the committed .dev.vars.example when missing.
// Run as a script by `npm run dev`; imported by the demo and the simulation.
import { copyFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(fileURLToPath(import.meta.url), "../../..");

export function ensureDevVars() {
  const target = join(root, ".dev.vars");
  if (existsSync(target)) return false;
  copyFileSync(join(root, ".dev.vars.example"), target);
  console.log("Created .dev.vars from .dev.vars.example (a development LINK_SECRET, for signed links locally).");
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureDevVars();
