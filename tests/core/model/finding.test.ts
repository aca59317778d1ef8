import { compareFindings, type Finding } from "../../../src/core/model";

const at = (
  rule: Finding["rule"],
  severity: Finding["severity"],
  sheet?: string,
  row = 0,
  col = 0,
): Finding => ({
  rule,
  severity,
  message: `rules.${rule}`,
  ...(sheet ? { address: { sheet, row, col } } : {}),
});

describe("compareFindings", () => {
  it("orders by severity, then sheet, row, column and rule; without a cell before any cell", () => {
    const sorted = [
      at("empty-row", "info", "Заявки", 1, 1),
      at("score-missing", "warning", "Оценки", 3, 4),
      at("score-missing", "warning", "Оценки", 3, 2),
      at("score-missing", "warning", "Оценки", 2, 9),
      at("sources-sum-mismatch", "warning", "Смета", 2, 2),
      at("direction-unknown", "warning", "Заявки", 5, 1),
      at("program-over-budget", "error"),
      at("score-out-of-range", "error", "Оценки", 7, 3),
      at("direction-unknown", "error", "Заявки", 7, 3),
      at("sources-sum-mismatch", "error", "Заявки", 7, 3),
    ].sort(compareFindings);
    expect(sorted.map((f) => [f.severity, f.address?.sheet, f.address?.row, f.address?.col, f.rule])).toEqual(
      [
        ["error", undefined, undefined, undefined, "program-over-budget"],
        ["error", "Заявки", 7, 3, "direction-unknown"],
        ["error", "Заявки", 7, 3, "sources-sum-mismatch"],
        ["error", "Оценки", 7, 3, "score-out-of-range"],
        ["warning", "Заявки", 5, 1, "direction-unknown"],
        ["warning", "Оценки", 2, 9, "score-missing"],
        ["warning", "Оценки", 3, 2, "score-missing"],
        ["warning", "Оценки", 3, 4, "score-missing"],
        ["warning", "Смета", 2, 2, "sources-sum-mismatch"],
        ["info", "Заявки", 1, 1, "empty-row"],
      ],
    );
  });

  it("puts findings without a cell before a sheet of any name, and orders them by rule", () => {
    const sorted = [
      at("score-missing", "error", "Budget", 1, 1),
      at("program-over-budget", "error"),
      at("direction-over-allocation", "error"),
    ].sort(compareFindings);
    expect(sorted.map((f) => f.rule)).toEqual([
      "direction-over-allocation",
      "program-over-budget",
      "score-missing",
    ]);
  });
});
