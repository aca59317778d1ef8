import fc from "fast-check";
import Decimal from "decimal.js";
import { formatNumber, numberStyle } from "../../../src/web/charts/number-format";
import { niceScale } from "../../../src/web/charts/scale";

describe("chart numbers in the page's language", () => {
  it("reads an Excel number format's decimals, grouping and percent", () => {
    expect(numberStyle("#,##0.00")).toEqual({ places: 2, percent: false, grouped: true });
    expect(numberStyle("0.000")).toEqual({ places: 3, percent: false, grouped: false });
    expect(numberStyle("0%")).toEqual({ places: 0, percent: true, grouped: false });
    expect(numberStyle('#,##0.0" сом";[Red]-#,##0.0')).toEqual({ places: 1, percent: false, grouped: true });
  });

  it("writes a decimal comma and no-break spaces in ru and ky, a point and commas in en", () => {
    const money = numberStyle("#,##0.00");
    expect(formatNumber(1234567.5, money, "ru")).toBe("1\u00a0234\u00a0567,50");
    expect(formatNumber(1234567.5, money, "ky")).toBe("1\u00a0234\u00a0567,50");
    expect(formatNumber(1234567.5, money, "en")).toBe("1,234,567.50");
    expect(formatNumber(-2500, numberStyle("#,##0"), "en")).toBe("-2,500");
    expect(formatNumber(0.675, numberStyle("0.0%"), "ru")).toBe("67,5\u00a0%");
    expect(formatNumber(85.125, numberStyle("0.00"), "ru")).toBe("85,13");
    expect(formatNumber(-0.001, numberStyle("0.00"), "en")).toBe("0.00");
  });

  it("rounds half-up exactly as decimal arithmetic does, for any amount", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 999 }),
        (whole, thousandths) => {
          const text = `${whole}.${String(thousandths).padStart(3, "0")}`;
          const expected = new Decimal(text).toFixed(2, Decimal.ROUND_HALF_UP);
          const shown = formatNumber(Number(text), numberStyle("#,##0.00"), "en").replace(/,/g, "");
          return shown === expected || (expected === "-0.00" && shown === "0.00");
        },
      ),
    );
  });
});

describe("the value axis' scale", () => {
  it("starts at 0 and ends at a round value at or above the largest, with round steps", () => {
    const scale = niceScale(0, 1_000_000);
    expect(scale.ticks[0]).toBe(0);
    expect(scale.max).toBeGreaterThanOrEqual(1_000_000);
    expect(scale.ticks).toEqual([0, 200_000, 400_000, 600_000, 800_000, 1_000_000]);
    expect(niceScale(0, 87.4).ticks).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceScale(0, 0.68).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });

  it("reaches below zero for negative values, and has a range for all-zero data", () => {
    const scale = niceScale(-30, 70);
    expect(scale.min).toBeLessThanOrEqual(-30);
    expect(scale.ticks).toContain(0);
    expect(niceScale(0, 0).max).toBeGreaterThan(0);
  });

  it("covers any range with 2 to 12 ticks, each a multiple of the step", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 0, noNaN: true }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        (lo, hi) => {
          const s = niceScale(lo, hi);
          return (
            // Within a millionth of a step (dust below that is not worth a tick).
            s.min <= lo + s.step * 1e-6 &&
            s.max >= hi - s.step * 1e-6 &&
            s.ticks.length >= 2 &&
            s.ticks.length <= 12 &&
            s.ticks.every((t, i) => i === 0 || Math.abs(t - (s.ticks[i - 1] ?? 0) - s.step) < s.step * 1e-6)
          );
        },
      ),
    );
  });
});
