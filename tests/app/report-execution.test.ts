import { analyze } from "../../src/core/analyze";
import { reportJson } from "../../src/app/report";
import { exampleInput } from "../../src/workbook/template";
import { buildInput } from "../support/build-input";

describe("the execution object of the JSON report", () => {
  const report = reportJson(analyze(exampleInput("ru")), "ru");

  it("is present for the example (payments and reports), per contract with decimal strings", () => {
    expect(report.execution?.contracts.map((c) => c.contract)).toEqual([
      "ГСЗ-01/2019",
      "ГСЗ-02/2019",
      "ГСЗ-03/2019",
      "ГСЗ-04/2019",
      "ГСЗ-05/2019",
    ]);
    const first = report.execution?.contracts[0];
    expect(first).toMatchObject({
      grant: "125000.00",
      paid: "62500.00",
      spent: "41000.00",
      balance: "21500.00",
      spentPct: "65.60",
      releasable: false,
      toReturn: "0.00",
      nextTranche: { n: 2, amount: "37500.00", releasable: false, blockedBy: ["spent-below-threshold"] },
    });
    expect(first?.nextTranche?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(first?.lines.find((l) => l.category === "staff")).toEqual({
      category: "staff",
      approved: "36800.00",
      spent: "13800.00",
      deviation: "-23000.00",
      deviationPct: "-62.50",
      overTolerance: false,
    });
    expect(first?.delivered.ngo).toEqual({ planned: "10000.00", delivered: "14500.00" });
    expect(first?.tranches.map((t) => [t.n, t.paid, t.unpaid, t.status])).toEqual([
      [1, "62500.00", "0.00", "paid"],
      [2, "0.00", "37500.00", "overdue"],
      [3, "0.00", "25000.00", "planned"],
    ]);
  });

  it("survives JSON as it is (strings, booleans, numbers and null only)", () => {
    expect(JSON.parse(JSON.stringify(report.execution))).toEqual(report.execution);
  });

  it("is absent when neither Платежи nor Отчёты has rows", () => {
    expect(reportJson(analyze(buildInput()), "ru")).not.toHaveProperty("execution");
  });
});
