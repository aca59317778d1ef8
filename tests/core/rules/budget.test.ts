import {
  DEFAULT_APPLICATIONS,
  type BudgetLineSpec,
  at,
  budgetLinesFor,
  patch,
} from "../../support/build-input";
import { findingsOf } from "./helpers";

/** The default Смета: five lines per application, A-01 in rows 2–6 (its staff line is row 2). */
const LINES: BudgetLineSpec[] = DEFAULT_APPLICATIONS.flatMap(budgetLinesFor);

describe("sources-sum-mismatch", () => {
  it("points at Итого when it differs from the sum of the sources", () => {
    const found = findingsOf("sources-sum-mismatch", {
      applications: patch(DEFAULT_APPLICATIONS, 0, { total: "135000.01" }),
    });
    expect(found).toEqual([
      {
        rule: "sources-sum-mismatch",
        severity: "error",
        address: at("Заявки", 2, 11),
        message: "rules.sources-sum-mismatch",
        params: { application: "A-01", stated: "135000.01", sum: "135000.00" },
        expected: "135000.00",
        actual: "135000.01",
      },
    ]);
  });

  it("is silent when Итого equals the sum or is blank", () => {
    expect(findingsOf("sources-sum-mismatch")).toEqual([]);
    expect(
      findingsOf("sources-sum-mismatch", { applications: patch(DEFAULT_APPLICATIONS, 0, { total: null }) }),
    ).toEqual([]);
  });
});

describe("budget-lines-mismatch", () => {
  it("points at the application's source cell that the Смета lines do not add up to", () => {
    const found = findingsOf("budget-lines-mismatch", {
      applications: patch(DEFAULT_APPLICATIONS, 1, { localBudget: "30000.01" }),
      budgetLines: LINES,
    });
    expect(found).toEqual([
      {
        rule: "budget-lines-mismatch",
        severity: "error",
        address: at("Заявки", 3, 7),
        message: "rules.budget-lines-mismatch.localBudget",
        params: { application: "A-02", source: "localBudget", lines: "30000.00", stated: "30000.01" },
        expected: "30000.00",
        actual: "30000.01",
      },
    ]);
  });

  it("notes an application without lines when others have them, and is silent with no Смета at all", () => {
    const found = findingsOf("budget-lines-mismatch", {
      budgetLines: LINES.filter((l) => l.application !== "A-04"),
    });
    expect(found).toEqual([
      {
        rule: "budget-lines-mismatch",
        severity: "info",
        address: at("Заявки", 5, 1),
        message: "rules.budget-lines-mismatch.no-lines",
        params: { application: "A-04" },
      },
    ]);
    expect(findingsOf("budget-lines-mismatch", { budgetLines: [] })).toEqual([]);
  });

  it("is silent when the lines add up exactly", () => {
    expect(findingsOf("budget-lines-mismatch")).toEqual([]);
  });
});

describe("budget-line-arithmetic", () => {
  it("points at the line's Итого when quantity × price × months differs from it", () => {
    const found = findingsOf("budget-line-arithmetic", {
      budgetLines: patch(LINES, 0, { price: "4000.01" }),
    });
    expect(found).toEqual([
      {
        rule: "budget-line-arithmetic",
        severity: "error",
        address: at("Смета", 2, 12),
        message: "rules.budget-line-arithmetic",
        params: { application: "A-01", description: "Координатор", product: "40000.10", total: "40000.00" },
        expected: "40000.10",
        actual: "40000.00",
      },
    ]);
  });

  it("points at Цена when Итого is blank (the line's total is then the sum of its sources)", () => {
    const found = findingsOf("budget-line-arithmetic", {
      budgetLines: patch(LINES, 0, { price: "4000.01", total: null }),
    });
    expect(found).toMatchObject([{ address: at("Смета", 2, 5), expected: "40000.10", actual: "40000.00" }]);
  });

  it("is silent without a Цена: Кол-во and Месяцев alone are no amount of money", () => {
    const line: BudgetLineSpec = {
      application: "A-01",
      category: "rent",
      quantity: 1,
      months: 12,
      grant: "60000",
    };
    expect(findingsOf("budget-line-arithmetic", { budgetLines: [...LINES, line] })).toEqual([]);
  });

  it("is silent when the product rounds half-up to the total, and for lines without factors", () => {
    const line: BudgetLineSpec = {
      application: "A-01",
      category: "supplies",
      quantity: 3,
      price: "3333.335",
      months: 1,
      grant: "10000.01",
      total: "10000.01",
    };
    // 3 × 3333.335 = 10000.005 → 10000.01; the social-fund lines have no factors at all
    const lines = [...LINES, line];
    expect(findingsOf("budget-line-arithmetic", { budgetLines: lines })).toEqual([]);
  });

  it("reports only the stated Итого when it differs from the sources the factors agree with", () => {
    const found = findingsOf("budget-line-arithmetic", {
      budgetLines: patch(LINES, 0, { total: "40000.50" }),
    });
    expect(found).toEqual([
      {
        rule: "budget-line-arithmetic",
        severity: "error",
        address: at("Смета", 2, 12),
        message: "rules.budget-line-arithmetic.sources",
        params: { application: "A-01", description: "Координатор", stated: "40000.50", sum: "40000.00" },
        expected: "40000.00",
        actual: "40000.50",
      },
    ]);
  });
});
