import Decimal from "decimal.js";
import fc from "fast-check";
import { compareDecimals } from "../../../src/core/money";
import { layoutHolds, toScoreUnits, toScoreUnitsPublic } from "../../../src/core/money/decimal-words";
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
    // Equal leading words, one number longer: the longer one is larger (and smaller when negative).
    ["1", "1.0000001", -1],
    ["1.0000001", "1", 1],
    ["-1", "-1.0000001", 1],
    ["-1.0000001", "-1", -1],
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

describe("decimal.js layout self-check", () => {
  it("holds for the installed decimal.js and for the exact clone", () => {
    expect(layoutHolds()).toBe(true);
    expect(layoutHolds((text) => new ExactDecimal(text))).toBe(true);
  });

  it("fails for a representation that is not decimal.js's", () => {
    // A Decimal whose words are base 10 instead of 10⁷ would fool the fast paths: the check must see it.
    const fake = (text: string): Decimal =>
      ({
        s: 1,
        e: 0,
        d: text === "NaN" ? null : [...text.replace(/\D/g, "")].map(Number),
      }) as unknown as Decimal;
    expect(layoutHolds(fake)).toBe(false);
  });

  it("property: the public-API fallbacks give the same answers as the fast paths", () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }), fc.integer({ min: 0, max: 10 }))
      .map(([digits, scale]) => new Decimal(digits.toString()).dividedBy(new Decimal(10).pow(scale)));
    fc.assert(
      fc.property(
        decimal,
        decimal,
        (a, b) =>
          compareDecimals(a, b, false) === compareDecimals(a, b, true) &&
          toScoreUnits(a, false) === toScoreUnits(a, true) &&
          toScoreUnitsPublic(a) === toScoreUnits(a),
      ),
      { numRuns: 5000 },
    );
  });
});
