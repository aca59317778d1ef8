import Decimal from "decimal.js";
import { ExactDecimal } from "../../../src/core/money/exact";
import { aggregateScores, extremes } from "../../../src/core/scoring/aggregate";
import { sumExact } from "../../../src/core/scoring/exact-sum";
import {
  commonNumerators,
  compareFractions,
  fraction,
  fractionAtLeast,
  fractionValue,
  weightedSum,
} from "../../../src/core/scoring/fraction";

const d = (v: string | number): Decimal => new Decimal(v);

/** Calls of a Decimal method (every clone shares decimal.js's prototype) while `run` runs. */
function callsOf(method: "plus" | "times" | "dividedBy" | "comparedTo", run: () => unknown): number {
  const spy = jest.spyOn(Decimal.prototype, method);
  try {
    run();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

describe("scoring's shortcuts give the same answers without decimal arithmetic", () => {
  it("sumExact adds scores as integers of 10⁻⁷, and falls back to Decimal beyond them", () => {
    const scores = ["8.5", "7.25", "10", "0.0000001"].map(d);
    expect(callsOf("plus", () => expect(sumExact(scores, 0, 4).toString()).toBe("25.7500001"))).toBe(0);
    const big = [d("8.5"), d("12345678.5"), d("1")];
    expect(callsOf("plus", () => expect(sumExact(big, 0, 3).toString()).toBe("12345688"))).toBeGreaterThan(0);
    // A slice stops at its end, by either path.
    expect(sumExact(big, 0, 2).toString()).toBe("12345687");
    expect(sumExact(big, 1, 2).toString()).toBe("12345678.5");
    expect(sumExact([d("1e-8"), d(1), d(2)], 0, 2).toString()).toBe("1.00000001");
  });

  it("sumExact leaves the integers when their sum would pass 2⁵³", () => {
    const near = Array.from({ length: 1000 }, () => d("9999999.9999999"));
    expect(sumExact(near, 0, 1000).toString()).toBe("9999999999.9999");
  });

  it("compareFractions compares numerators alone when the denominators agree", () => {
    expect(callsOf("times", () => expect(compareFractions(fraction(7, 3), fraction(8, 3))).toBe(-1))).toBe(0);
    expect(compareFractions(fraction(7, 3), fraction(5, 2))).toBe(-1);
    expect(compareFractions(fraction(5, 2), fraction(7, 3))).toBe(1);
  });

  it("fractionAtLeast multiplies only when there is a denominator", () => {
    expect(callsOf("times", () => expect(fractionAtLeast(fraction(7), d(7))).toBe(true))).toBe(0);
    expect(fractionAtLeast(fraction(20, 3), d("6.67"))).toBe(false);
    expect(fractionAtLeast(fraction(20, 3), d("6.66"))).toBe(true);
  });

  it("commonNumerators brings fractions to their least common denominator", () => {
    expect(commonNumerators([fraction(1, 2), fraction(1, 3), fraction(5, 6)]).map(String)).toEqual([
      "3",
      "2",
      "5",
    ]);
    expect(commonNumerators([fraction(1, 4), fraction(1, 6)]).map(String)).toEqual(["3", "2"]);
    expect(callsOf("times", () => commonNumerators([fraction(1, 3), fraction(2, 3)]))).toBe(0);
  });

  it("weightedSum keeps the least common denominator and scales only the terms that need it", () => {
    const sum = weightedSum([
      { weight: d(1), value: fraction(1, 4) },
      { weight: d(2), value: fraction(1, 6) },
    ]);
    expect([sum.num.toString(), sum.den]).toEqual(["7", 12]);
    const sameDen = [
      { weight: d(1), value: fraction(1, 3) },
      { weight: d(1), value: fraction(2, 3) },
    ];
    // One multiplication per term by its weight, none by a factor of 1.
    expect(callsOf("times", () => weightedSum(sameDen))).toBe(2);
  });

  it("fractionValue divides only when there is a denominator", () => {
    expect(callsOf("dividedBy", () => expect(fractionValue(fraction(7)).toString()).toBe("7"))).toBe(0);
    expect(fractionValue(fraction(1, 4)).toString()).toBe("0.25");
    expect(fractionValue(fraction(new ExactDecimal(2), 3)).toString()).toBe(d(2).dividedBy(3).toString());
  });
});

describe("aggregate: misuse and the median's denominator", () => {
  it("refuses no scores, with or without known extremes", () => {
    expect(() => extremes([])).toThrow(new RangeError("no scores to aggregate"));
    expect(() => aggregateScores([], "mean", { lowest: d(0), highest: d(0) })).toThrow(
      new RangeError("no scores to aggregate"),
    );
    expect(() => aggregateScores([], "median", { lowest: d(0), highest: d(0) })).toThrow(
      new RangeError("no scores to aggregate"),
    );
  });

  it("finds the extremes in one pass, whatever the order", () => {
    const { lowest, highest } = extremes([5, 9, 1, 9, 1, 7].map(d));
    expect([lowest.toString(), highest.toString()]).toEqual(["1", "9"]);
  });

  it("an odd median is the middle score itself (denominator 1), an even one the mean of two", () => {
    const odd = aggregateScores([3, 1, 2].map(d), "median");
    expect([odd.num.toString(), odd.den]).toEqual(["2", 1]);
    const even = aggregateScores([4, 1, 2, 3].map(d), "median");
    expect([even.num.toString(), even.den]).toEqual(["5", 2]);
  });
});
