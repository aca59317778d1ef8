import Decimal from "decimal.js";
import fc from "fast-check";
import { compareDecimals } from "../../../src/core/money";
import { ExactDecimal } from "../../../src/core/money/exact";

describe("compareDecimals", () => {
  it.each([
    ["1", "2", -1],
    ["2", "1", 1],
    ["8.5", "8.50", 0],
    ["-1", "1", -1],
    ["-2", "-1", -1],
    ["0", "-0", 0],
    ["0", "0.0000001", -1],
    ["-0.0000001", "0", -1],
    ["10000000", "9999999.9999999", 1],
    ["123456789.123456789", "123456789.12345679", -1],
  ])("%s vs %s → %d", (a, b, expected) => {
    expect(compareDecimals(new Decimal(a), new Decimal(b))).toBe(expected);
  });

  it("compares across the exact clone", () => {
    expect(compareDecimals(new ExactDecimal(1).dividedBy(3), new Decimal("0.33333333333333333333"))).toBe(1);
  });

  it("property: agrees with decimal.js comparedTo", () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 25 }))
      .map(([digits, scale]) => new Decimal(digits.toString()).dividedBy(new Decimal(10).pow(scale)));
    fc.assert(
      fc.property(decimal, decimal, (a, b) => compareDecimals(a, b) === a.comparedTo(b)),
      { numRuns: 10000 },
    );
  });
});
