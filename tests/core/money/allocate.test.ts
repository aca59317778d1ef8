import Decimal from "decimal.js";
import fc from "fast-check";
import { allocate, sumMoney } from "../../../src/core/money";

const d = (v: string | number): Decimal => new Decimal(v);
const strings = (values: Decimal[]): string[] => values.map((v) => v.toFixed(2));

describe("allocate", () => {
  it("splits 100 in three equal parts, the leftover tyiyn to the lowest index", () => {
    expect(strings(allocate(d(100), [d(1), d(1), d(1)], d("0.01")))).toEqual(["33.34", "33.33", "33.33"]);
  });

  it("gives leftover units among equal remainders to the lowest indexes, whatever the number of parts", () => {
    // 0.10 in 20 equal parts: 0.005 each, floors 0.00, ten leftover tyiyn to parts 0..9.
    const parts = strings(
      allocate(
        d("0.10"),
        Array.from({ length: 20 }, () => d(1)),
        d("0.01"),
      ),
    );
    expect(parts).toEqual([
      ...Array.from({ length: 10 }, () => "0.01"),
      ...Array.from({ length: 10 }, () => "0.00"),
    ]);
  });

  it("gives leftover units to the largest remainder, not the largest ratio", () => {
    // exact shares 0.7/0.2/0.1 of 1.00 split… with 3 som: 2.1, 0.6, 0.3 → floors 2, 0, 0; remainders .1 .6 .3
    expect(strings(allocate(d(3), [d(7), d(2), d(1)], d(1)))).toEqual(["2.00", "1.00", "0.00"]);
  });

  it("keeps zero ratios at zero and handles a single part", () => {
    expect(strings(allocate(d(10), [d(0), d(5), d(0)], d("0.01")))).toEqual(["0.00", "10.00", "0.00"]);
    expect(strings(allocate(d("12.34"), [d(3)], d("0.01")))).toEqual(["12.34"]);
  });

  it("splits a negative total and negative ratios exactly", () => {
    const parts = allocate(d(-100), [d(1), d(1), d(1)], d("0.01"));
    expect(sumMoney(parts).toFixed(2)).toBe("-100.00");
    expect(strings(parts)).toEqual(["-33.33", "-33.33", "-33.34"]);
    expect(strings(allocate(d(100), [d(-1), d(-3)], d(1)))).toEqual(["25.00", "75.00"]);
    // With remainders: negative ratios split as their positive counterparts do.
    expect(strings(allocate(d(10), [d(-1), d(-2)], d(1)))).toEqual(["3.00", "7.00"]);
  });

  it("rejects misuse: no ratios, zero sum, a total that is not a multiple of the unit", () => {
    expect(() => allocate(d(1), [], d("0.01"))).toThrow(new RangeError("ratios must not sum to zero"));
    expect(() => allocate(d(1), [d(1), d(-1)], d("0.01"))).toThrow(
      new RangeError("ratios must not sum to zero"),
    );
    expect(() => allocate(d("1.005"), [d(1)], d("0.01"))).toThrow(
      new RangeError("total 1.005 is not a multiple of 0.01"),
    );
    expect(() => allocate(d(1), [d(1)], d(0))).toThrow(new RangeError("allocation unit must be positive: 0"));
    expect(() => allocate(d(1), [d(1)], d(-1))).toThrow(
      new RangeError("allocation unit must be positive: -1"),
    );
  });

  it("property: parts sum to the total and each is within one unit of its exact share", () => {
    const unitArb = fc.constantFrom("0.01", "1", "0.05");
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 14n }),
        fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 1, maxLength: 7 }),
        fc.nat({ max: 99 }),
        unitArb,
        (units, ratioInts, cents, unitText) => {
          const ratios = ratioInts.map((r) => d(r).plus(d(cents).dividedBy(100)));
          fc.pre(!sumMoney(ratios).isZero());
          const unit = d(unitText);
          const total = d(units.toString()).times(unit);
          const parts = allocate(total, ratios, unit);
          const ratioSum = sumMoney(ratios);
          // Booleans, not expect(), inside the property: 10 000 runs of expect() cost seconds.
          return (
            parts.length === ratios.length &&
            sumMoney(parts).equals(total) &&
            parts.every((part, i) => {
              const exact = total.times(ratios[i] ?? 0).dividedBy(ratioSum);
              return part.minus(exact).abs().lessThan(unit) && part.dividedBy(unit).isInteger();
            })
          );
        },
      ),
      { numRuns: 10000 },
    );
  });

  it("property: matches an independent largest-remainder split in whole integers (BigInt)", () => {
    // A reference written from the definition, in integer tyiyn: floor shares, then the leftover units
    // one each to the largest remainders, ties to the lower index.
    const reference = (units: bigint, weights: readonly bigint[]): bigint[] => {
      const sum = weights.reduce((a, b) => a + b, 0n);
      const floors = weights.map((w) => (units * w) / sum);
      const rests = weights.map((w, i) => ({ rest: units * w - (floors[i] ?? 0n) * sum, i }));
      let left = units - floors.reduce((a, b) => a + b, 0n);
      rests.sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
      for (const { i } of rests) {
        if (left === 0n) break;
        floors[i] = (floors[i] ?? 0n) + 1n;
        left -= 1n;
      }
      return floors;
    };
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 9n }), { minLength: 1, maxLength: 6 }),
        (cents, weights) => {
          fc.pre(weights.some((w) => w > 0n));
          const total = d(cents.toString()).dividedBy(100);
          const parts = allocate(
            total,
            weights.map((w) => d(w.toString())),
            d("0.01"),
          );
          const expected = reference(cents, weights).map((c) => d(c.toString()).dividedBy(100).toFixed(2));
          return strings(parts).join("|") === expected.join("|");
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("property: scaling every ratio by the same factor changes nothing", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom("0.001", "3", "7.5", "1000000"),
        (cents, ratioInts, factor) => {
          const total = d(cents).dividedBy(100);
          const ratios = ratioInts.map(d);
          const scaled = ratios.map((r) => r.times(factor));
          return (
            strings(allocate(total, ratios, d("0.01"))).join("|") ===
            strings(allocate(total, scaled, d("0.01"))).join("|")
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
