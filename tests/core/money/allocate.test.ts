import Decimal from "decimal.js";
import fc from "fast-check";
import { allocate, sumMoney } from "../../../src/core/money";

const d = (v: string | number): Decimal => new Decimal(v);
const strings = (values: Decimal[]): string[] => values.map((v) => v.toFixed(2));

describe("allocate", () => {
  it("splits 100 in three equal parts, the leftover tyiyn to the lowest index", () => {
    expect(strings(allocate(d(100), [d(1), d(1), d(1)], d("0.01")))).toEqual(["33.34", "33.33", "33.33"]);
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
  });

  it("rejects misuse: no ratios, zero sum, a total that is not a multiple of the unit", () => {
    expect(() => allocate(d(1), [], d("0.01"))).toThrow(RangeError);
    expect(() => allocate(d(1), [d(1), d(-1)], d("0.01"))).toThrow(RangeError);
    expect(() => allocate(d("1.005"), [d(1)], d("0.01"))).toThrow(RangeError);
    expect(() => allocate(d(1), [d(1)], d(0))).toThrow(RangeError);
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

  it("property: deterministic — the same arguments give the same parts", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 6 }),
        (cents, ratioInts) => {
          const total = d(cents).dividedBy(100);
          const ratios = ratioInts.map(d);
          expect(strings(allocate(total, ratios, d("0.01")))).toEqual(
            strings(allocate(total, ratios, d("0.01"))),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
