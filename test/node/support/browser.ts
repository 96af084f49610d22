/**
 * Finds a Chromium for the render test on any machine, in this order: `CHROME_PATH`; a system Chromium or Chrome;
 * the Chromium that arrives with `npm install` inside @sparticuz/chromium (a Linux x64/arm64 build it unpacks to
 * the temp folder). Where none can run, the error says what to install: the test fails, it is never skipped.
 */
import { accessSync, constants } from "node:fs";

const SYSTEM = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
];

const runnable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

export type Found = { path: string; source: "CHROME_PATH" | "system" | "@sparticuz/chromium" };

/** `system: false` skips the system paths (the test of the npm fallback itself). */
export async function findChromium(opts: { system?: boolean } = {}): Promise<Found> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!runnable(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, which is not an executable file.`);
    return { path: fromEnv, source: "CHROME_PATH" };
  }
  if (opts.system !== false) {
    const system = SYSTEM.find(runnable);
    if (system) return { path: system, source: "system" };
  }
  const problems: string[] = [];
  if (process.platform === "linux") {
    try {
      const { default: chromium } = await import("@sparticuz/chromium");
      // Only its binary: its `args` are tuned for AWS Lambda (one process, no web security), the test has its own.
      return { path: await chromium.executablePath(), source: "@sparticuz/chromium" };
    } catch (err) {
      problems.push(`@sparticuz/chromium could not unpack its Chromium: ${String(err).slice(0, 200)}`);
    }
  } else {
    problems.push(`@sparticuz/chromium ships Chromium for Linux only, not ${process.platform}`);
  }
  throw new Error(
    [
      "The render test needs a Chromium or Chrome and found none.",
      ...problems,
      "Install Google Chrome or Chromium (Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask chromium),",
      "or point CHROME_PATH at a Chrome or Chromium executable.",
    ].join("\n"),
  );
}
