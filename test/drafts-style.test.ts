/**
 * Issue 16's drafts: every planned draft of every corpus case keeps the style figures (compose/audit.ts, as
 * `npm run drafts` prints them), in each language we write; titles only where they read well; check-ins that each
 * offer a different kind of value; a reflection, a promise and a withdrawal the seeker replies.
 */
import { describe, expect, it } from "vitest";
import { caseDrafts, type CaseDrafts, figures } from "../src/compose/audit.ts";
import { CHECK_IN_KINDS, checkInDraft, type DraftContext, handwrittenNote, phoneScript, stayInTouchDraft, thankYouDraft, titleReadsWell, withdrawDraft } from "../src/compose/drafts.ts";
import { composeReminder } from "../src/compose/reminder.ts";
import { DRAFT_LANGS } from "../src/compose/phrases/types.ts";
import { slotsIn, styleViolations } from "../src/compose/style.ts";
import { newRecord } from "../src/domain/changes.ts";
import { extract } from "../src/extract/index.ts";
import { cases } from "./support/mail.ts";

async function corpusDrafts(): Promise<CaseDrafts[]> {
  const out: CaseDrafts[] = [];
  for (const c of cases) {
    const zone = c.expected.seeker.time_zone ?? "UTC";
    const now = new Date(c.expected.received_at);
    const e = await extract(c.raw, { now, seeker: c.expected.seeker, seekerTimeZone: zone, assistantAddress: "followups@assistant.example" });
    if (e.kind === "not_interview" || e.kind === "cancellation" || !e.start) continue;
    out.push(caseDrafts(c.name, newRecord("x", "<x>", e, c.expected.seeker, { seekerTimeZone: zone }, now)));
  }
  return out;
}

describe("every planned draft of the corpus", () => {
  it("keeps the style figures: lengths, no exclamation, few questions, no shared paragraph, no repeated check-in", async () => {
    const all = await corpusDrafts();
    const f = figures(all);
    expect(f.problems).toEqual([]);
    expect([f.exclamations, f.shared_paragraphs, f.identical_check_ins, f.style_violations]).toEqual([0, 0, 0, 0]);
    expect(f.thank_you_words_min).toBeGreaterThanOrEqual(50);
    expect(f.thank_you_words_max).toBeLessThanOrEqual(150);
    expect(f.short_words_max).toBeLessThanOrEqual(100);
    expect(f.questions_max).toBeLessThanOrEqual(2);
    // The corpus's German, French, Spanish, Portuguese, Dutch and Japanese confirmations, and our own Italian one,
    // get drafts in their language: all eight.
    expect(new Set(all.map((c) => c.language))).toEqual(new Set(["en", "de", "fr", "es", "pt", "it", "nl", "ja"]));
  });

  it("writes a German interview's thank-you as a German professional would", async () => {
    const de = (await corpusDrafts()).find((c) => c.language === "de")!;
    const thanks = de.drafts.find((d) => d.kind === "thank_you")!;
    expect(thanks.text).toMatch(/^Guten Tag [^\n]+,\n\nvielen Dank/);
    expect(thanks.text).toMatch(/\n\nViele Grüße\n/);
    expect(thanks.subject).toMatch(/^Vielen Dank für das Gespräch/);
  });

  it("writes a Japanese interview's thank-you with 様, a self-introduction and the set closing", async () => {
    const ja = (await corpusDrafts()).find((c) => c.language === "ja")!;
    const thanks = ja.drafts.find((d) => d.kind === "thank_you")!;
    expect(thanks.text).toMatch(/^[^\n]+様\n\nお世話になっております。/);
    expect(thanks.text).toContain("何卒よろしくお願いいたします。");
    expect(thanks.subject).toMatch(/^面接のお礼/);
  });
});

const ctx = (over: Partial<DraftContext> = {}): DraftContext => ({
  company: "Northwind", role: "Data Engineer", start: "2026-12-16T16:00:00.000Z", seekerName: "Sam Rivera", seekerTimeZone: "America/New_York", notes: null, format: "video", ...over,
});
const panel = ["Kwame Mensah", "Ana Silva", "Li Wei", "Omar Haddad", "Ines Duarte", "Priya Nair", "Jon Berg"].map((name) => ({ name, email: null, title: "Staff Engineer" }));
const paragraphs = (body: string) => body.split("\n\n").slice(1, -1);

describe("drafts in each language", () => {
  it.for(DRAFT_LANGS)("%s: a panel of seven shares no paragraph and every draft keeps the rules", (lang) => {
    const drafts = panel.map((p, i) => thankYouDraft(p, i, ctx({ lang })));
    const all = drafts.flatMap((d) => paragraphs(d.body));
    expect(new Set(all).size).toBe(all.length);
    for (const d of drafts) expect(styleViolations(d.body, { lang })).toEqual([]);
    for (const [i, kind] of CHECK_IN_KINDS.entries()) expect([kind, styleViolations(checkInDraft(panel[0]!, ctx({ lang }), i).body, { lang, short: true })]).toEqual([kind, []]);
    expect(styleViolations(withdrawDraft(panel[0]!, ctx({ lang })).body, { lang })).toEqual([]);
    // Months after a rejection: short, the seeker's news in its slot, and a referral asked for once at most.
    const later = stayInTouchDraft(panel[0]!, ctx({ lang }));
    expect(styleViolations(later.body, { lang, short: true })).toEqual([]);
    expect(slotsIn(later.body, lang)).toBe(1);
    expect(later.subject).toContain("Sam Rivera");
    // The handwritten card (senior roles only) and the phone script: short, no slots, no exclamation.
    expect(handwrittenNote(panel[0]!, ctx({ lang }))).toBeNull();
    const card = handwrittenNote(panel[0]!, ctx({ lang, role: "VP Engineering" }))!;
    const script = phoneScript(ctx({ lang }));
    for (const text of [card, script]) {
      expect(text).toContain("Sam Rivera");
      expect(text).not.toMatch(/[!！]|\[|［/);
    }
    expect(card.length).toBeLessThan(200);
    expect((script.match(/[?？]/g) ?? []).length).toBeLessThanOrEqual(1);
  });
});

describe("titles, subjects and check-ins", () => {
  it("uses a title only where it reads well", () => {
    expect(titleReadsWell("Head of Platform (cc'd here")).toBeNull();
    expect(titleReadsWell("Talent Partner")).toBeNull();
    expect(titleReadsWell("Recruiting Coordinator")).toBeNull();
    expect(titleReadsWell("the Engineering Manager")).toBe("Engineering Manager");
    const broken = thankYouDraft({ name: "Keisha Thompson", email: null, title: "Head of Platform (cc'd here" }, 0, ctx());
    expect(broken.body).not.toContain("cc'd");
    expect(thankYouDraft({ name: "Keisha Thompson", email: null, title: "Head of Platform" }, 0, ctx()).body).toContain("as Head of Platform");
  });

  it("a subject without a role does not read 'interview – interview'", () => {
    const d = thankYouDraft({ name: "Keisha Thompson", email: null, title: null }, 0, ctx({ role: null }));
    expect(d.subject).toBe("Thank you – our interview – Sam Rivera");
  });

  it("each check-in to one person offers a different kind of value, the article with a [link] slot", () => {
    const drafts = CHECK_IN_KINDS.map((_, i) => checkInDraft(panel[0]!, ctx(), i));
    expect(new Set(drafts.map((d) => d.subject)).size).toBe(drafts.length);
    expect(new Set(drafts.map((d) => d.body)).size).toBe(drafts.length);
    expect(drafts[0]!.body).toContain("[link]");
    expect(drafts.map((d) => /No response needed/.test(d.body))).toEqual(drafts.map(() => true));
  });

  it("what the seeker promised becomes a sentence of that interviewer's thank-you", () => {
    const d = thankYouDraft(panel[0]!, 0, ctx({ promised: { "kwame mensah": "the sample dashboard" } }));
    expect(d.body).toContain("As promised, I have attached the sample dashboard.");
    expect(thankYouDraft(panel[1]!, 1, ctx({ promised: { "kwame mensah": "the sample dashboard" } })).body).not.toContain("As promised");
  });
});

describe("the advice at its moment, in the reminders", () => {
  const c = cases.find((x) => x.name.startsWith("010-"))!;
  async function record(role?: string) {
    const now = new Date(c.expected.received_at);
    const e = await extract(c.raw, { now, seeker: c.expected.seeker, seekerTimeZone: "America/New_York", assistantAddress: "followups@assistant.example" });
    return newRecord("x", "<x>", { ...e, role: role ?? e.role }, c.expected.seeker, { seekerTimeZone: "America/New_York" }, now);
  }
  const reminderFor = (r: Awaited<ReturnType<typeof record>>, id: string) => {
    const f = r.followUps.find((x) => x.id === id)!;
    return composeReminder(r, f, new Date(f.due)).text;
  };

  it("a senior role's thank-you reminder offers a handwritten card; another role's does not", async () => {
    expect(reminderFor(await record("VP Product"), "thanks-0")).toContain("handwritten card");
    expect(reminderFor(await record("Product Analyst"), "thanks-0")).not.toContain("handwritten card");
  });

  it("the first inquiry's reminder says to keep other applications moving; the first check-in's gives a call script", async () => {
    const r = await record();
    expect(reminderFor(r, "inquiry-1")).toContain("keep your other applications moving");
    expect(reminderFor(r, "inquiry-2")).not.toContain("phone call");
    const checkIn = reminderFor(r, "check-in-1");
    expect(checkIn).toContain("a short phone call works better than a third mail");
    expect(checkIn).toContain(`this is ${c.expected.seeker.name}`);
    // The plan's first check-in offers the article (with its [link] slot), the second an update.
    expect(checkIn).toContain("[link]");
    expect(reminderFor(r, "check-in-2")).toContain("[what you have been working on]");
  });

  it("the interview-day reminder asks what the mail left open, with the reply that puts each answer to work", async () => {
    const r = await record();
    const open = reminderFor(r, "prep");
    expect(open).toContain("What are the next steps, and when do you expect to decide?");
    expect(open).toMatch(/Reply timeline: their words/);
    expect(open).not.toContain("=== Draft"); // for the seeker alone
    // What the mail already told is not asked again: a stated timeline, a named contact, every address known.
    const told = { ...r, timeline: "within two weeks", contacts: [{ name: "Rae Chen", email: "rae@x.example", title: null }] };
    const known = composeReminder(told, told.followUps.find((f) => f.id === "prep")!, new Date()).text;
    expect(known).toContain('The mail said they would decide "within two weeks"');
    expect(known).toContain('"Is Rae Chen the best person to follow up with?"');
    const unaddressed = { ...r, interviewers: [{ name: "Li Wei", email: null, title: null }] };
    expect(composeReminder(unaddressed, r.followUps.find((f) => f.id === "prep")!, new Date()).text).toContain("interviewers: Li Wei <address>");
  });
});
