import Decimal from "decimal.js";
import type { CellAddress, Criterion, ScoreRow } from "../../../src/core/model";
import { farthestFromMedian, notScored, outOfRange } from "../../../src/core/scoring/findings";
import { buildInput } from "../../support/build-input";

const d = (v: number | string): Decimal => new Decimal(v);
const cell = (row: number, col = 3, sheet = "Оценки"): CellAddress => ({ sheet, row, col });

describe("farthestFromMedian", () => {
  it("is the score farthest from the median; none without scores", () => {
    expect(farthestFromMedian([5, 6, 1, 5].map(d))).toBe(2);
    expect(farthestFromMedian([])).toBe(-1);
  });

  it("takes the median of an even count as the mean of the two middle scores", () => {
    // Median 5: 10 is 5 away, 2 only 3. (With the upper middle score, 6, as the median, 2 and 10 would tie.)
    expect(farthestFromMedian([2, 4, 6, 10].map(d))).toBe(3);
  });

  it("breaks a tie by the sheet's row order when it knows the cells, else by the list's order", () => {
    // 1 and 9 are both 4 from the median 5.
    const values = [1, 5, 9].map(d);
    expect(farthestFromMedian(values)).toBe(0);
    expect(farthestFromMedian(values, [cell(7), cell(5), cell(3)])).toBe(2);
    expect(farthestFromMedian(values, [cell(3, 5), cell(5), cell(3, 4)])).toBe(2);
    expect(farthestFromMedian(values, [cell(3, 4), cell(5), cell(3, 5)])).toBe(0);
    expect(farthestFromMedian(values, [cell(9, 3, "Б"), cell(5), cell(2, 3, "В")])).toBe(0);
    // A score without a cell never wins a tie against one with a cell, nor over the first found.
    expect(farthestFromMedian(values, [undefined, cell(5), cell(3)])).toBe(2);
    expect(farthestFromMedian(values, [cell(3), cell(5), undefined])).toBe(0);
  });
});

describe("outOfRange", () => {
  it("names the application, member, criterion, value and the allowed range", () => {
    const criterion = { code: "K2", maxScore: d(10) } as Criterion;
    const row = { member: "Асанова А." } as ScoreRow;
    expect(outOfRange("A-01", row, criterion, d("10.5"), cell(4))).toEqual({
      rule: "score-out-of-range",
      severity: "error",
      message: "rules.score-out-of-range",
      params: { application: "A-01", member: "Асанова А.", criterion: "K2", value: "10.5", max: "10" },
      expected: "0..10",
      actual: "10.5",
      address: cell(4),
    });
  });
});

describe("notScored", () => {
  it("says nothing without applications", () => {
    expect(notScored({ ...buildInput(), applications: [] }, [])).toEqual([]);
  });
});
