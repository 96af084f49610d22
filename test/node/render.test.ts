/// <reference lib="dom" />
/**
 * The reply as a person sees it: its HTML part rendered in headless Chromium
 * at phone and desktop widths. Nothing may overflow sideways, and every draft
 * block and link must be visible. Screenshots go to test/artifacts/.
 */
import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeTrackedReply } from "../../src/compose/reply.ts";
import { composeReminder } from "../../src/compose/reminder.ts";
import { extract } from "../../src/extract/index.ts";
import { newRecord } from "../../src/domain/changes.ts";
import { findChromium, type Found } from "./support/browser.ts";

const ARTIFACTS = join(import.meta.dirname, "../artifacts");
const CORPUS = join(import.meta.dirname, "../fixtures/corpus");
const WIDTHS = [375, 1024];
// A long panel, a long Teams link, a plain single-interviewer case, and German and Japanese drafts.
const CASES = ["010-ashby-panel-titles-mt", "002-outlook-ics-only-eastern-std", "009-goodtime-onsite-loop-html-only", "045-personio-de-gmx-latin1", "048-ja-outlook-iso2022jp"];
/** The language each case's drafts must declare. */
const DRAFT_LANG: Record<string, string> = { "045-personio-de-gmx-latin1": "de", "048-ja-outlook-iso2022jp": "ja" };

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const launch = async (found: Found) => chromium.launch({ executablePath: found.path, args: ARGS });

let browser: Browser;
beforeAll(async () => {
  browser = await launch(await findChromium());
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function mails(name: string) {
  const expected = JSON.parse(readFileSync(join(CORPUS, name, "expected.json"), "utf8"));
  const now = new Date(expected.received_at);
  const e = await extract(readFileSync(join(CORPUS, name, "message.eml")), { now, seekerTimeZone: "Europe/London" });
  const r = newRecord("render", "<m@x>", e, { email: expected.seeker.email, name: expected.seeker.name }, { seekerTimeZone: "Europe/London" }, now);
  const actions = ["Mark as sent", "Snooze 2 days", "Stop all follow-ups for this interview"].map((label, i) => ({ label, href: `https://followups.test/a/${"x".repeat(120)}${i}` }));
  return {
    reply: composeTrackedReply(r, e, `https://followups.test/s/${"y".repeat(160)}`),
    reminder: composeReminder(r, r.followUps[0]!, new Date(r.followUps[0]!.due), actions),
  };
}

describe("the reply in a browser", () => {
  it.for(CASES.flatMap((c) => WIDTHS.map((w) => [c, w] as const)))("%s at %i px: no sideways overflow, drafts and links visible", async ([name, width]) => {
    expect(readdirSync(CORPUS)).toContain(name);
    const { reply, reminder } = await mails(name);
    for (const [kind, html] of [["reply", reply.html], ["reminder", reminder.html]] as const) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.route("**/*", (route) => route.abort()); // no remote content may load
      await page.setContent(html);
      const layout = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        charset: document.characterSet,
        lang: document.documentElement.lang,
        draftLangs: [...document.querySelectorAll<HTMLElement>(".draft")].map((el) => el.lang),
        viewport: window.innerWidth,
        blocks: [...document.querySelectorAll<HTMLElement>(".draft, a")].map((el) => {
          const r = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          return { text: el.textContent?.slice(0, 30), w: r.width, h: r.height, left: r.left, right: r.right, hidden: style.visibility === "hidden" || style.display === "none" };
        }),
      }));
      await page.screenshot({ path: join(ARTIFACTS, `${name}-${kind}-${width}.png`), fullPage: true });
      await page.close();
      expect(layout.scroll, `${kind} overflows`).toBeLessThanOrEqual(layout.viewport);
      expect([layout.charset, layout.lang]).toEqual(["UTF-8", "en"]);
      // A German or Japanese draft inside the English reply says so, for the reader's fonts, hyphens and voice.
      if (DRAFT_LANG[name]) expect(layout.draftLangs.length).toBeGreaterThan(0);
      for (const l of layout.draftLangs) expect(l).toBe(DRAFT_LANG[name] ?? "");
      expect(layout.blocks.filter((b) => b.text?.startsWith("Open as") || b.w > 0).length).toBeGreaterThan(0);
      for (const b of layout.blocks) {
        expect(b.hidden, `${b.text} hidden`).toBe(false);
        expect(b.w * b.h, `${b.text} has no size`).toBeGreaterThan(0);
        expect(b.right, `${b.text} sticks out`).toBeLessThanOrEqual(layout.viewport);
      }
      if (kind === "reply") expect(layout.blocks.filter((b) => b.text !== undefined).length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("a browser on a fresh machine", () => {
  // The Chromium that npm installs must work where no system browser is (issue 17): launched here even when one is.
  it.runIf(process.platform === "linux" && ["x64", "arm64"].includes(process.arch))("the Chromium inside @sparticuz/chromium renders a page", async () => {
    const found = await findChromium({ system: false });
    expect(found.source === "@sparticuz/chromium" || found.source === "CHROME_PATH").toBe(true);
    const own = await launch(found);
    try {
      const page = await own.newPage();
      await page.setContent("<p id=x>rendered</p>");
      expect(await page.textContent("#x")).toBe("rendered");
    } finally {
      await own.close();
    }
  });
});
