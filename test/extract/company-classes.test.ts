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
  ] as const)("%s", ([, raw, want]) => {
    expect(cleanRole(raw)).toBe(want);
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
});
