#!/usr/bin/env node
// `npm run demo`: the product's main job, locally. Forwards a sample confirmation
// through the real email handler, prints the reply, then fires the cron at each
// due time and prints every reminder as it falls due.
import { printMail, readMail, sampleMail, startDev } from "./lib/dev.mjs";

/** Cron fires on 5-minute marks: the first tick at or after a due time. */
const tickAfter = (iso) => Math.ceil(new Date(iso).getTime() / 300_000) * 300_000;

/** A page's title: what the seeker sees first. */
const titleOf = (html) => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "(no title)";

const markSentLink = (mail) => /^Mark as sent: (\S+)$/m.exec(mail.text ?? "")?.[1];

/**
 * The first reminder's signed "Mark as sent" link (the interview-day reminder has none: it is done once read),
 * opened as the seeker would: a GET (what a mail scanner's prefetch also does) only asks to confirm; the form's
 * POST acts; opening it again changes nothing.
 */
async function openLink(reminder) {
  const link = markSentLink(reminder);
  if (!link) throw new Error("the reminder has no signed link: is LINK_SECRET in .dev.vars?");
  console.log(`\n${"═".repeat(78)}\nSIGNED LINK from the first reminder:\n${link}`);
  const get = await fetch(link);
  console.log(`GET  → ${get.status} "${titleOf(await get.text())}" (a GET only asks to confirm; nothing changed yet)`);
  const post = await fetch(link, { method: "POST" });
  console.log(`POST → ${post.status} "${titleOf(await post.text())}" (the form's button: the follow-up is marked sent)`);
  const again = await fetch(link, { method: "POST" });
  console.log(`POST again → ${again.status} "${titleOf(await again.text())}"`);
  if (!get.ok || !post.ok) throw new Error("the signed link did not work");
}

const dev = await startDev();
try {
  const replies = await dev.email(sampleMail(new Date()), "jordan.okafor@gmail.example");
  if (replies.length !== 1) throw new Error(`expected one reply, got ${replies.length}`);
  printMail(await readMail(replies[0]), "REPLY to the forward (sent at once)");

  const dueTimes = [...new Set(dev.dueKeys().map((k) => k.name.slice(4, 28)))].sort();
  let reminders = 0;
  let firstReminder = null;
  for (const due of dueTimes) {
    for (const path of await dev.tick(tickAfter(due))) {
      reminders++;
      const mail = await readMail(path);
      if (markSentLink(mail)) firstReminder ??= mail;
      printMail(mail, `REMINDER sent by the cron at ${new Date(tickAfter(due)).toISOString()}`);
    }
  }
  if (!firstReminder) throw new Error("no reminder has a signed link: is LINK_SECRET in .dev.vars?");
  await openLink(firstReminder);
  // A repeated tick at the same moment must send nothing new.
  if (dueTimes.length && (await dev.tick(tickAfter(dueTimes.at(-1)))).length) throw new Error("a repeated tick sent a reminder twice");
  console.log(`\nRepeated the last tick: nothing sent twice.`);
  console.log(`\n${"═".repeat(78)}\nDemo done: 1 reply, ${reminders} reminders (local KV in ${dev.persist}).`);
  dev.stop();
  process.exit(reminders >= 3 ? 0 : 1);
} catch (err) {
  console.error(String(err));
  dev.stop();
  process.exit(1);
}
