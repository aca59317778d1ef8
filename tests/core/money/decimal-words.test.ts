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

  it("leaves infinities to decimal.js", () => {
    expect(compareDecimals(new Decimal(Infinity), new Decimal("1e30"))).toBe(1);
    expect(compareDecimals(new Decimal(1), new Decimal(-Infinity))).toBe(1);
  });

  it("reads the words instead of calling comparedTo (that is its point), unless told not to", () => {
    const comparedTo = jest.spyOn(Decimal.prototype, "comparedTo");
    try {
      expect(compareDecimals(new Decimal("2.5"), new Decimal("-3"))).toBe(1);
      expect(comparedTo).not.toHaveBeenCalled();
      expect(compareDecimals(new Decimal("2.5"), new Decimal("-3"), false)).toBe(1);
      expect(comparedTo).toHaveBeenCalledTimes(1);
    } finally {
      comparedTo.mockRestore();
    }
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

  // Each variant breaks one thing the fast paths rely on; the check must notice every one alone.
  const altered =
    (change: (w: { s: number; e: number; d: unknown }, text: string) => void) => (text: string) => {
      const real = new Decimal(text) as unknown as { s: number; e: number; d: number[] | null };
      const copy = { s: real.s, e: real.e, d: real.d as unknown };
      change(copy, text);
      return copy as unknown as Decimal;
    };
  it.each([
    ["a sign that is always 1", altered((w) => (w.s = 1))],
    ["an exponent one off", altered((w) => (w.e += 1))],
    ["words that are not an array", altered((w) => (w.d = Array.isArray(w.d) ? Int32Array.from(w.d) : w.d))],
    [
      "words in another base",
      altered((w, text) => (w.d = text === "NaN" ? null : [...text.replace(/\D/g, "")].map(Number))),
    ],
    ["a NaN with words", altered((w, text) => (w.d = text === "NaN" ? [0] : w.d))],
  ])("fails for %s", (_what, make) => {
    expect(layoutHolds(make)).toBe(false);
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

  it("scores in units of 10⁻⁷ without the public API, or undefined where that is not exact", () => {
    const times = jest.spyOn(Decimal.prototype, "times");
    try {
      expect(toScoreUnits(new Decimal("8.5"))).toBe(85_000_000);
      expect(toScoreUnits(new Decimal("-0.0000003"))).toBe(-3);
      expect(Object.is(toScoreUnits(new Decimal("-0")), 0)).toBe(true);
      expect(toScoreUnits(new Decimal("9999999.9999999"))).toBe(99_999_999_999_999);
      expect(toScoreUnits(new Decimal("10000000"))).toBeUndefined();
      expect(toScoreUnits(new Decimal("0.00000001"))).toBeUndefined();
      expect(toScoreUnits(new Decimal("1.00000001"))).toBeUndefined();
      expect(toScoreUnits(new Decimal(NaN))).toBeUndefined();
      expect(times).not.toHaveBeenCalled();
      expect(toScoreUnits(new Decimal("8.5"), false)).toBe(85_000_000);
      expect(times).toHaveBeenCalledTimes(1);
    } finally {
      times.mockRestore();
    }
    expect(toScoreUnitsPublic(new Decimal("0.0000001"))).toBe(1);
    expect(toScoreUnitsPublic(new Decimal("0.00000001"))).toBeUndefined();
    expect(toScoreUnitsPublic(new Decimal(NaN))).toBeUndefined();
    expect(toScoreUnitsPublic(new Decimal(Infinity))).toBeUndefined();
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
