import Decimal from "decimal.js";
import fc from "fast-check";
import { ExactDecimal } from "../../../src/core/money/exact";
import { toScoreUnits } from "../../../src/core/money/decimal-words";
import { sumExact } from "../../../src/core/scoring/exact-sum";

describe("toScoreUnits", () => {
  it.each([
    ["8.5", 85_000_000],
    ["123.45", 1_234_500_000],
    ["0.05", 500_000],
    ["0.0000001", 1],
    ["9999999.9999999", 99_999_999_999_999],
    ["-3.25", -32_500_000],
    ["0", 0],
    ["10", 100_000_000],
  ])("%s is %d units of 1e-7", (value, units) => {
    expect(toScoreUnits(new Decimal(value))).toBe(units);
  });

  it.each(["0.00000001", "12345678", "1e20", "7.12345678"])("%s has no exact integer form here", (value) => {
    expect(toScoreUnits(new Decimal(value))).toBeUndefined();
  });
});

describe("sumExact", () => {
  it("property: equals decimal.js addition, small scores or not", () => {
    const value = fc.oneof(
      fc.integer({ min: -200, max: 200 }).map((halves) => new Decimal(halves).dividedBy(2)),
      fc
        .tuple(fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }), fc.integer({ min: 0, max: 12 }))
        .map(([digits, scale]) => new Decimal(digits.toString()).dividedBy(new Decimal(10).pow(scale))),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 20 }), (values) => {
        // the reference adds at 80 digits: decimal.js's default 20 would round large sums itself
        const expected = values.reduce((a, b) => a.plus(b), new ExactDecimal(0));
        return sumExact(values, 0, values.length).equals(expected);
      }),
      { numRuns: 10000 },
    );
  });

  it("sums a slice", () => {
    const values = ["1", "2.5", "3.25", "4"].map((v) => new Decimal(v));
    expect(sumExact(values, 1, 3).toString()).toBe("5.75");
  });
});
