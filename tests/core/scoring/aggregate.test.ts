import Decimal from "decimal.js";
import fc from "fast-check";
import { aggregateScores, compareFractions, fractionValue, weightedSum } from "../../../src/core/scoring";
import type { Aggregation } from "../../../src/core/model";

// The scores reach the code in the order given: no sorting here, so an aggregate that depends on
// order (a median without its sort) fails these examples.
const agg = (values: number[], method: Aggregation): string =>
  fractionValue(
    aggregateScores(
      values.map((v) => new Decimal(v)),
      method,
    ),
  ).toString();

describe("aggregateScores", () => {
  it("mean", () => {
    expect(agg([7, 8, 10], "mean")).toBe(new Decimal(25).dividedBy(3).toString());
    expect(agg([6, 8], "mean")).toBe("7");
  });

  it("median of odd and even counts", () => {
    expect(agg([1, 9, 4], "median")).toBe("4");
    expect(agg([1, 9, 4, 6], "median")).toBe("5");
    expect(agg([9, 1, 6, 4], "median")).toBe("5");
    expect(agg([3], "median")).toBe("3");
  });

  it("trimmed mean drops one highest and one lowest from 5 scores up, not below", () => {
    expect(agg([1, 5, 6, 7, 10], "trimmed-mean")).toBe("6");
    expect(agg([10, 6, 1, 7, 5], "trimmed-mean")).toBe("6");
    expect(agg([4, 4, 4, 4, 4], "trimmed-mean")).toBe("4");
    expect(agg([1, 5, 6, 10], "trimmed-mean")).toBe("5.5");
    expect(agg([0, 0, 9, 9, 9, 10], "trimmed-mean")).toBe("6.75");
  });

  it("median of unsorted scores is the middle one, not the middle position", () => {
    expect(agg([9, 1, 4], "median")).toBe("4");
    expect(agg([10, 2, 7, 3, 8], "median")).toBe("7");
    expect(agg([10, 2, 7, 3], "median")).toBe("5");
  });

  it("property: no method depends on the order of the scores", () => {
    const methods: Aggregation[] = ["mean", "median", "trimmed-mean"];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 15 }),
        fc.constantFrom(...methods),
        fc.infiniteStream(fc.nat()),
        (scores, method, randoms) => {
          const shuffled = [...scores];
          for (let i = shuffled.length - 1; i > 0; i -= 1) {
            const j = (randoms.next().value as number) % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j] as number, shuffled[i] as number];
          }
          const sorted = [...scores].sort((a, b) => a - b);
          return agg(shuffled, method) === agg(sorted, method);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("keeps means exact: 1/3 + 2/3 is a tie with 1", () => {
    const third = aggregateScores([new Decimal(0), new Decimal(0), new Decimal(1)], "mean");
    const twoThirds = aggregateScores([new Decimal(0), new Decimal(1), new Decimal(1)], "mean");
    const one = new Decimal(1);
    const total = weightedSum([
      { weight: one, value: third },
      { weight: one, value: twoThirds },
    ]);
    const plainOne = weightedSum([{ weight: one, value: aggregateScores([one], "mean") }]);
    expect(compareFractions(total, plainOne)).toBe(0);
    expect(compareFractions(third, twoThirds)).toBeLessThan(0);
  });
});
