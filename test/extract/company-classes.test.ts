/** Roles and companies by class of format (issue 14); examples written here. */
import { describe, expect, it } from "vitest";
import { cleanCompany, cleanRole } from "../../src/extract/rules/clean.ts";

describe("roles", () => {
  it.for([
    ["a Workday requisition after a dash", "Payroll Specialist - R-20417", "Payroll Specialist"],
    ["a requisition in brackets", "Payroll Specialist (Req #2026-88)", "Payroll Specialist"],
    ["markdown bold around it", "*Data Engineer*", "Data Engineer"],
    ["a profession ending in -ist", "Senior Geneticist", "Senior Geneticist"],
    ["a role in Spanish", "Analista de Riesgos", "Analista de Riesgos"],
    ["a profession ending in -or", "Senior Building Surveyor", "Senior Building Surveyor"],
    ["a Taleo requisition after a dash", "Senior Site Inspector - Requisition ID 7710", "Senior Site Inspector"],
    ["a bare requisition number in brackets", "Claims Auditor (440912)", "Claims Auditor"],
    ["bold that ends before more words", "*Analista de Dados Pleno* aqui", "Analista de Dados Pleno"],
    ["a Japanese title", "データエンジニア", "データエンジニア"],
  ] as const)("%s", ([, raw, want]) => {
    expect(cleanRole(raw)).toBe(want);
  });

  it("is no role when it is a seniority word alone or an interview's name", () => {
    expect(cleanRole("Senior")).toBeNull();
    expect(cleanRole("二次面接のご案内")).toBeNull();
  });

  it("keeps a hyphenated word that is part of the role", () => {
    expect(cleanRole("Full-Stack Developer")).toBe("Full-Stack Developer");
  });
});

describe("companies", () => {
  it.for([
    ["Banyan Ledger Pte. Ltd.", "Banyan Ledger"],
    ["Qamar Logistics FZCO", "Qamar Logistics"],
    ["Grupo Norte, S.A. de C.V.", "Grupo Norte"],
  ] as const)("cuts the legal form of %s", ([raw, want]) => {
    expect(cleanCompany(raw)).toBe(want);
  });

  it.for(["【株式会社ミナトクラウド】二次面接日程のご案内", "Acme (Data Engineer)", "Entrevista Acme"])("is no company when a title ran into it: %s", (raw) => {
    expect(cleanCompany(raw)).toBeNull();
  });
});

describe("a company is no person", () => {
  it("'your interview with Acme Outdoor Co.' names the company, legal form and all", async () => {
    const { extract } = await import("../../src/extract/index.ts");
    const raw = ["From: Acme Outdoor Co. <notifications@ats-mail.example>", "To: sam@seeker.example", "Subject: Reminder: your interview is tomorrow", "Message-ID: <r@ats.example>",
      "Date: Tue, 15 Dec 2026 17:00:03 +0000", "", "Just a reminder that your interview with Acme Outdoor Co. for the Merchandising Manager position is tomorrow.",
      "When\tWednesday, December 16 at 10:00 AM MST", "With\tJuniper Haskell, Director of E-commerce"].join("\r\n");
    const got = await extract(raw, { now: new Date("2026-12-15T17:05:00Z"), seekerTimeZone: "America/Denver" });
    expect([got.company, got.interviewers.map((p) => p.name)]).toEqual(["Acme Outdoor", ["Juniper Haskell"]]);
  });
});
