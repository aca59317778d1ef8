import Decimal from "decimal.js";
import fc from "fast-check";
import { parseMoney, parseNumberText } from "../../../src/workbook/cells";

/** Tyiyn as a bigint → the same amount written the ways people write it. */
function styles(tyiyn: bigint): string[] {
  const whole = (tyiyn / 100n).toString();
  const cents = (tyiyn % 100n).toString().padStart(2, "0");
  const group = (sep: string): string => whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return [
    `${whole}.${cents}`,
    `${whole},${cents}`,
    `${group(" ")},${cents}`,
    `${group("\u00A0")},${cents}`,
    `${group("\u202F")},${cents} сом`,
    `${group(",")}.${cents}`,
    `${group(".")},${cents}`,
    `${group(" ")},${cents} KGS`,
  ];
}

describe("number text, property-based", () => {
  it("reads an amount in every common style as the same decimal, without floats", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 99_999_999_999_99n }), (tyiyn) => {
        const expected = new Decimal(tyiyn.toString()).dividedBy(100);
        for (const text of styles(tyiyn)) {
          const parsed = parseMoney(text);
          expect(parsed.ok && parsed.value.equals(expected)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const parsed = parseNumberText(text);
        if (parsed.ok) expect(parsed.value.isFinite()).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("takes numbers from the workbook at 15 significant digits", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        (som, tyiyn) => {
          const n = som + tyiyn / 100;
          const parsed = parseMoney(n);
          expect(
            parsed.ok && parsed.value.equals(new Decimal(som).plus(new Decimal(tyiyn).dividedBy(100))),
          ).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
