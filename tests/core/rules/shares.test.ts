import { DEFAULT_APPLICATIONS, at, patch } from "../../support/build-input";
import { findingsOf } from "./helpers";

/** A-04 made exact: grant 90 000 of 100 000, so co-financing is exactly 10 % and the NGO exactly 5 %. */
const EXACT = patch(DEFAULT_APPLICATIONS, 3, {
  grant: "90000",
  localBudget: "5000",
  community: "0",
  ngo: "5000",
});

describe("cofinancing-below-min", () => {
  it("points at the Грант cell when the non-grant share is below the minimum", () => {
    const found = findingsOf("cofinancing-below-min", {
      applications: patch(EXACT, 3, { localBudget: "4999.99" }),
    });
    expect(found).toEqual([
      {
        rule: "cofinancing-below-min",
        severity: "error",
        address: at("Заявки", 5, 6),
        message: "rules.cofinancing-below-min",
        params: { application: "A-04", share: "9.99", min: "10.00", amount: "9999.99", total: "99999.99" },
        expected: "10.00",
        actual: "9.99",
      },
    ]);
  });

  it("is silent at exactly the minimum and when the minimum is not set", () => {
    expect(findingsOf("cofinancing-below-min", { applications: EXACT })).toEqual([]);
    const unset = { minCofinancingPct: undefined };
    expect(
      findingsOf("cofinancing-below-min", {
        applications: patch(EXACT, 3, { localBudget: "0" }),
        program: unset,
      }),
    ).toEqual([]);
  });
});

describe("ngo-contribution-below-min", () => {
  it("points at the НКО cell when the NGO's share is below the minimum", () => {
    const found = findingsOf("ngo-contribution-below-min", {
      applications: patch(EXACT, 3, { localBudget: "5000.01", ngo: "4999.99" }),
    });
    expect(found).toEqual([
      {
        rule: "ngo-contribution-below-min",
        severity: "error",
        address: at("Заявки", 5, 9),
        message: "rules.ngo-contribution-below-min",
        params: { application: "A-04", share: "4.99", min: "5.00", amount: "4999.99", total: "100000.00" },
        expected: "5.00",
        actual: "4.99",
      },
    ]);
  });

  it("is silent at exactly the minimum and when the minimum is not set", () => {
    expect(findingsOf("ngo-contribution-below-min", { applications: EXACT })).toEqual([]);
    expect(
      findingsOf("ngo-contribution-below-min", {
        applications: patch(EXACT, 3, { ngo: "0" }),
        program: { minNgoPct: undefined },
      }),
    ).toEqual([]);
  });
});

describe("staff-cost-over-cap", () => {
  it("points at the Смета grant cell of the staff line with which the cap is passed", () => {
    // every application puts 40 % (staff) + 7 % (social fund) of its grant into staff costs
    const found = findingsOf("staff-cost-over-cap", { program: { maxStaffPct: "46.99" } });
    expect(found.map((f) => f.address)).toEqual([3, 8, 13, 18].map((row) => at("Смета", row, 7)));
    expect(found[0]).toEqual({
      rule: "staff-cost-over-cap",
      severity: "error",
      address: at("Смета", 3, 7),
      message: "rules.staff-cost-over-cap",
      params: { application: "A-01", share: "47.00", cap: "46.99", amount: "47000.00", grant: "100000.00" },
      expected: "46.99",
      actual: "47.00",
    });
  });

  it("is silent at exactly the cap and when the cap is not set", () => {
    expect(findingsOf("staff-cost-over-cap", { program: { maxStaffPct: "47" } })).toEqual([]);
    expect(findingsOf("staff-cost-over-cap", { program: { maxStaffPct: undefined } })).toEqual([]);
  });

  it("counts only the grant-funded part of staff lines", () => {
    const lines = DEFAULT_APPLICATIONS.slice(0, 1).flatMap((a) => [
      { application: a.id, category: "staff" as const, grant: "47000", localBudget: "20000", total: "67000" },
    ]);
    expect(findingsOf("staff-cost-over-cap", { program: { maxStaffPct: "47" }, budgetLines: lines })).toEqual(
      [],
    );
  });
});

describe("admin-cost-over-cap", () => {
  it("points at the Смета grant cell of the administrative line over the cap", () => {
    const found = findingsOf("admin-cost-over-cap", { program: { maxAdminPct: "4.99" } });
    expect(found).toHaveLength(4);
    expect(found[0]).toEqual({
      rule: "admin-cost-over-cap",
      severity: "error",
      address: at("Смета", 4, 7),
      message: "rules.admin-cost-over-cap",
      params: { application: "A-01", share: "5.00", cap: "4.99", amount: "5000.00", grant: "100000.00" },
      expected: "4.99",
      actual: "5.00",
    });
  });

  it("is silent at exactly the cap", () => {
    expect(findingsOf("admin-cost-over-cap", { program: { maxAdminPct: "5" } })).toEqual([]);
  });
});
