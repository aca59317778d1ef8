import Decimal from "decimal.js";
import fc from "fast-check";
import { addSources, cofinancingFigures } from "../../../src/core/cofinancing";
import { sharesOfTotal } from "../../../src/core/cofinancing/figures";
import { SOURCE_KEYS, type Sources } from "../../../src/core/model";
import { sumMoney } from "../../../src/core/money";
import { PILOTS_2013_2015, PILOTS_2013_2015_TOTAL, type PilotRow } from "../../fixtures/pilots-2013-2015";

const d = (v: string | number): Decimal => new Decimal(v);
const pilotSources = (row: PilotRow): Sources => ({
  grant: d(row.grant),
  localBudget: d(row.localBudget),
  community: d(row.community),
  ngo: d(row.ngo),
  other: d(0),
});
const shareStrings = (shares: Readonly<Record<string, Decimal>>): Record<string, string> =>
  Object.fromEntries(Object.entries(shares).map(([k, v]) => [k, v.toFixed(2)]));

describe("cofinancingFigures", () => {
  it("reproduces the 2013–2015 pilots: 13 952 151 som, 78.84 / 11.65 / 8.95 / 0.56 %", () => {
    const figures = cofinancingFigures(addSources(PILOTS_2013_2015.map(pilotSources)));
    expect(figures.total.toFixed(2)).toBe("13952151.00");
    expect(figures.total.equals(PILOTS_2013_2015_TOTAL.total)).toBe(true);
    // Rounded one by one the shares would be 78.84 + 11.65 + 8.95 + 0.56 = 100.00 too, but only the
    // largest remainder guarantees it: floors 78.84 / 11.65 / 8.94 / 0.56 leave 0.01 for the community
    // (remainder .0057), ahead of the grant (.0008) and local budget (.0030).
    expect(shareStrings(figures.shares)).toEqual({
      grant: "78.84",
      localBudget: "11.65",
      community: "8.95",
      ngo: "0.56",
      other: "0.00",
    });
    // 2 952 151 / 11 000 000 = 0.26837…
    expect(figures.leverage?.toFixed(2)).toBe("0.27");
  });

  it("every pilot's sources add up to the table's Итого", () => {
    for (const row of PILOTS_2013_2015) {
      expect([row.municipality, cofinancingFigures(pilotSources(row)).total.toFixed(0)]).toEqual([
        row.municipality,
        row.total,
      ]);
    }
  });

  it("Таш-Кумыр: 67.70 / 30.47 / 0.68 / 1.15 % (sums to 100.00), leverage 0.48", () => {
    // CLI.md's example shows 67.71 / 30.47 / 0.68 / 1.15, each share rounded on its own, which sums to
    // 100.01 against WORKBOOK.md's "summing to exactly 100.00". Exact shares 67.7048 / 30.4672 / 0.6770 /
    // 1.1510: floors leave two tyiyn, which go to the largest remainders (.72 local budget, .70 community).
    const row = PILOTS_2013_2015[0];
    if (!row) throw new Error("fixture");
    const figures = cofinancingFigures(pilotSources(row));
    expect(shareStrings(figures.shares)).toEqual({
      grant: "67.70",
      localBudget: "30.47",
      community: "0.68",
      ngo: "1.15",
      other: "0.00",
    });
    expect(figures.leverage?.toFixed(2)).toBe("0.48");
  });

  it("needs the largest remainder where one-by-one rounding gives 100.01", () => {
    // 1/3 each would round to 33.33 ×3 = 99.99; here to 33.33, 33.33, 33.34 (remainders equal: lowest index
    // first would take it — the grant).
    const figures = cofinancingFigures({
      grant: d(1),
      localBudget: d(1),
      community: d(1),
      ngo: d(0),
      other: d(0),
    });
    expect(shareStrings(figures.shares)).toEqual({
      grant: "33.34",
      localBudget: "33.33",
      community: "33.33",
      ngo: "0.00",
      other: "0.00",
    });
    expect(figures.leverage?.toFixed(2)).toBe("2.00");
  });

  it("all zero: total 0, every share 0.00, no leverage", () => {
    const figures = cofinancingFigures({
      grant: d(0),
      localBudget: d(0),
      community: d(0),
      ngo: d(0),
      other: d(0),
    });
    expect(figures.total.isZero()).toBe(true);
    expect(Object.values(figures.shares).every((s) => s.isZero())).toBe(true);
    expect(figures.leverage).toBeUndefined();
  });

  it("no grant: shares still computed, leverage absent", () => {
    const figures = cofinancingFigures({
      grant: d(0),
      localBudget: d(30),
      community: d(10),
      ngo: d(0),
      other: d(0),
    });
    expect(shareStrings(figures.shares)).toMatchObject({ localBudget: "75.00", community: "25.00" });
    expect(figures.leverage).toBeUndefined();
  });

  it("property: shares of a non-zero total sum to exactly 100.00, each within 0.01 of the exact share", () => {
    const amount = fc.integer({ min: 0, max: 100_000_000 }).map((cents) => d(cents).dividedBy(100));
    fc.assert(
      fc.property(fc.tuple(amount, amount, amount, amount, amount), (values) => {
        const sources = Object.fromEntries(SOURCE_KEYS.map((k, i) => [k, values[i] ?? d(0)])) as Record<
          (typeof SOURCE_KEYS)[number],
          Decimal
        >;
        const figures = cofinancingFigures(sources);
        const sum = sumMoney(Object.values(figures.shares));
        if (figures.total.isZero()) return sum.isZero();
        return (
          sum.equals(100) &&
          SOURCE_KEYS.every((k) => {
            const exact = sources[k].times(100).dividedBy(figures.total);
            return (
              figures.shares[k].minus(exact).abs().lessThan("0.01") && figures.shares[k].decimalPlaces() <= 2
            );
          })
        );
      }),
      { numRuns: 10000 },
    );
  });

  it("sharesOfTotal of amounts that sum to zero: 0.00 each", () => {
    expect(sharesOfTotal([new Decimal(0), new Decimal(0)]).map((share) => share.toFixed(2))).toEqual([
      "0.00",
      "0.00",
    ]);
  });
});
