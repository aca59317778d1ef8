import Decimal from "decimal.js";
import fc from "fast-check";
import { numberToDecimal } from "../../../src/workbook/cells/number-text";
import {
  parseDecimal,
  parseInteger,
  parseMoney,
  parsePercent,
  parseRounding,
  parseYear,
} from "../../../src/workbook/cells";
import type { CellValue } from "../../../src/workbook/port";

function value<T>(parsed: { ok: true; value: T } | { ok: false; key: string }): T | string {
  return parsed.ok ? parsed.value : parsed.key;
}

describe("money", () => {
  const accepted: [CellValue, string][] = [
    ["1 000 000,50", "1000000.5"],
    ["1\u00A0000\u00A0000,50", "1000000.5"],
    ["1\u202F000\u202F000,50", "1000000.5"],
    ["1,000,000.50", "1000000.5"],
    ["1.000.000,50", "1000000.5"],
    ["1000000.50", "1000000.5"],
    ["1000000,5", "1000000.5"],
    ["  250 000  ", "250000"],
    ["250 000 сом", "250000"],
    ["250 000 сом.", "250000"],
    ["250000 KGS", "250000"],
    ["250000 som", "250000"],
    ["250000с.", "250000"],
    ["0", "0"],
    ["0,01", "0.01"],
    ["-0", "0"],
    ["1'000'000", "1000000"],
    [250000, "250000"],
    [0.1 + 0.2, "0.3"],
    [1234.56, "1234.56"],
    [1e12, "1000000000000"],
  ];
  it.each(accepted)("reads %p as %s", (input, expected) => {
    const parsed = parseMoney(input);
    expect(parsed.ok && parsed.value.toString()).toBe(expected);
  });

  const refused: [CellValue, string][] = [
    ["abc", "workbook.cell.money"],
    ["", "workbook.cell.money"],
    ["12 34", "workbook.cell.money"],
    ["1 0000", "workbook.cell.money"],
    ["1,00,000", "workbook.cell.money"],
    ["1.000,000.5", "workbook.cell.money"],
    ["1000,", "workbook.cell.money"],
    ["NaN", "workbook.cell.money"],
    ["Infinity", "workbook.cell.money"],
    ["=1+1", "workbook.cell.money"],
    ["1e5", "workbook.cell.money"],
    ["1,000", "workbook.cell.ambiguous"],
    ["2.500", "workbook.cell.ambiguous"],
    ["-100", "workbook.cell.moneyNegative"],
    ["(1 000,00)", "workbook.cell.moneyNegative"],
    ["\u2212100", "workbook.cell.moneyNegative"],
    [-5, "workbook.cell.moneyNegative"],
    ["100,005", "workbook.cell.ambiguous"],
    ["1 000,005", "workbook.cell.moneyDecimals"],
    ["100,0051", "workbook.cell.moneyDecimals"],
    [100.005, "workbook.cell.moneyDecimals"],
    [Number.NaN, "workbook.cell.money"],
    [Number.POSITIVE_INFINITY, "workbook.cell.money"],
    [1e300, "workbook.cell.money"],
    [true, "workbook.cell.money"],
    [{ date: 43525 }, "workbook.cell.money"],
  ];
  it.each(refused)("refuses %p with %s", (input, key) => {
    expect(value(parseMoney(input))).toBe(key);
  });

  it("says what it got", () => {
    const parsed = parseMoney("abc");
    expect(!parsed.ok && parsed.params).toEqual({ got: "abc" });
  });
});

describe("other numbers", () => {
  it("reads decimals with either separator and refuses junk", () => {
    expect(value(parseDecimal("12,5"))).toEqual(expect.objectContaining({}));
    expect(parseDecimal("12,5").ok && parseDecimal("12,5")).toMatchObject({ ok: true });
    expect(value(parseDecimal("двенадцать"))).toBe("workbook.cell.decimal");
  });

  it.each<[CellValue, string]>([
    [10, "10"],
    ["10", "10"],
    ["10%", "10"],
    ["12,5 %", "12.5"],
    ["0", "0"],
    ["100 %", "100"],
    [0.4, "0.4"],
  ])("reads the percent %p as %s", (input, expected) => {
    const parsed = parsePercent(input);
    expect(parsed.ok && parsed.value.toString()).toBe(expected);
  });

  it.each<CellValue>(["150%", "-5%", "abc%", "%", true, 101])("refuses the percent %p", (input) => {
    expect(value(parsePercent(input))).toBe("workbook.cell.percent");
  });

  it.each<[CellValue, number | string]>([
    [2019, 2019],
    ["2019", 2019],
    ["2019 г.", 2019],
    ["2019 год", 2019],
    [1999, "workbook.cell.year"],
    [2101, "workbook.cell.year"],
    [2019.5, "workbook.cell.year"],
    ["двадцать", "workbook.cell.year"],
    [{ date: 43525 }, "workbook.cell.year"],
  ])("year %p → %p", (input, expected) => {
    expect(value(parseYear(input))).toBe(expected);
  });

  it.each<[CellValue, number | string]>([
    [7, 7],
    ["7", 7],
    [0, 0],
    [7.5, "workbook.cell.integer"],
    [-1, "workbook.cell.integer"],
    ["семь", "workbook.cell.integer"],
  ])("integer %p → %p", (input, expected) => {
    expect(value(parseInteger(input))).toBe(expected);
  });

  it.each<[CellValue, string]>([
    ["0,01", "0.01"],
    ["0.01", "0.01"],
    [0.01, "0.01"],
    [1, "1"],
    ["1", "1"],
    [0.1, "workbook.cell.rounding"],
    ["10", "workbook.cell.rounding"],
  ])("rounding %p → %s", (input, expected) => {
    const parsed = parseRounding(input);
    expect(parsed.ok ? parsed.value.toString() : parsed.key).toBe(expected);
  });
});

describe("numberToDecimal", () => {
  it("reads whole numbers exactly, -0 as 0, and drops float noise from fractions", () => {
    expect(numberToDecimal(7)?.toString()).toBe("7");
    expect(numberToDecimal(-0)?.isNegative()).toBe(false);
    expect(numberToDecimal(-25)?.toString()).toBe("-25");
    expect(numberToDecimal(250_000_000)?.toString()).toBe("250000000");
    expect(numberToDecimal(999_999_999_999_999)?.toString()).toBe("999999999999999");
    expect(numberToDecimal(0.1 + 0.2)?.toString()).toBe("0.3");
    expect(numberToDecimal(Number.NaN)).toBeUndefined();
  });

  it("gives the same value as 15 significant digits for every whole number", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(numberToDecimal(n)?.equals(new Decimal(n.toPrecision(15)))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
