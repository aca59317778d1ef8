import Decimal from "decimal.js";
import { shownTotal, totalDecimals } from "../../../src/core/ranking";

const d = (values: readonly string[]) => values.map((v) => new Decimal(v));

describe("totalDecimals", () => {
  it("is 2 when 2 decimals tell every total apart, ties included", () => {
    expect(totalDecimals(d(["69.035714285714285714", "69.035714285714285714", "70.5"]))).toBe(2);
    expect(totalDecimals([])).toBe(2);
  });

  it("takes as many more as two different totals need", () => {
    // 69.035714… and 69.0360 show as 69.04 both; with 4 decimals 69.0357 and 69.0360
    expect(totalDecimals(d(["69.035714285714285714", "69.036", "12"]))).toBe(4);
  });

  it("finds two close totals wherever they stand in the list", () => {
    expect(totalDecimals(d(["69.0357", "70", "69.036", "12"]))).toBe(4);
  });

  it("stops at 20 decimals", () => {
    expect(totalDecimals(d(["1.000000000000000000001", "1.000000000000000000002"]))).toBe(20);
  });

  it("shows a total half-up with that many decimals", () => {
    expect(shownTotal(new Decimal("69.035714285714285714"), 2)).toBe("69.04");
    expect(shownTotal(new Decimal("80"), 2)).toBe("80.00");
    expect(shownTotal(new Decimal("69.035714285714285714"), 4)).toBe("69.0357");
  });
});
