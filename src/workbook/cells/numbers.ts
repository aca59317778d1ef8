import Decimal from "decimal.js";
import type { CellValue } from "../port";
import { fail, ok, type Parsed } from "./parsed";
import { numberToDecimal, parseNumberText } from "./number-text";
import { shown } from "./shown";

/** Money above this is beyond Excel's 15 digits with tyiyn: a typo, not an amount. */
const MONEY_LIMIT = new Decimal("1e13");

/** Any number, from a number cell or from text; `key` names what was expected. */
export function parseDecimal(value: CellValue, key = "workbook.cell.decimal"): Parsed<Decimal> {
  if (typeof value === "number") {
    const d = numberToDecimal(value);
    return d ? ok(d) : fail(key, shown(value));
  }
  if (typeof value === "string") {
    const parsed = parseNumberText(value);
    if (parsed.ok) return ok(parsed.value);
    return fail(parsed.reason === "ambiguous" ? "workbook.cell.ambiguous" : key, shown(value));
  }
  return fail(key, shown(value));
}

/** A sum in som: ≥ 0, at most 2 decimals (tyiyn). `100,005` is refused, never rounded. */
export function parseMoney(value: CellValue): Parsed<Decimal> {
  const parsed = parseDecimal(value, "workbook.cell.money");
  if (!parsed.ok) return parsed;
  const d = parsed.value;
  if (d.isNegative()) return fail("workbook.cell.moneyNegative", shown(value));
  if (d.decimalPlaces() > 2) return fail("workbook.cell.moneyDecimals", shown(value));
  if (d.greaterThanOrEqualTo(MONEY_LIMIT)) return fail("workbook.cell.money", shown(value));
  return ok(d);
}

/** A non-negative number (quantities, months, scores' maxima, weights, thresholds). */
export function parseNonNegative(value: CellValue): Parsed<Decimal> {
  const parsed = parseDecimal(value);
  if (!parsed.ok) return parsed;
  if (parsed.value.isNegative()) return fail("workbook.cell.decimalNegative", shown(value));
  return ok(parsed.value);
}

/**
 * A percent 0..100 where 10 means 10 %: `10`, `10%`, `12,5 %`. A plain number is a percent, never a
 * fraction; the ExcelJS reader turns a percent-formatted cell (0.1 shown as 10 %) into the text `10%`.
 */
export function parsePercent(value: CellValue): Parsed<Decimal> {
  const text = typeof value === "string" ? value.trim().replace(/\s*%$/, "") : value;
  const parsed = parseDecimal(text, "workbook.cell.percent");
  if (!parsed.ok) return fail(parsed.key, shown(value));
  if (parsed.value.isNegative() || parsed.value.greaterThan(100)) {
    return fail("workbook.cell.percent", shown(value));
  }
  return ok(parsed.value);
}

/** A whole number ≥ 0 (quorum). */
export function parseInteger(value: CellValue): Parsed<number> {
  const parsed = parseDecimal(value, "workbook.cell.integer");
  if (!parsed.ok) return fail("workbook.cell.integer", shown(value));
  const d = parsed.value;
  if (!d.isInteger() || d.isNegative() || d.greaterThan(100_000)) {
    return fail("workbook.cell.integer", shown(value));
  }
  return ok(d.toNumber());
}

/** A budget year 2000..2100: `2019`, `2019 г.`, `2019 год`. */
export function parseYear(value: CellValue): Parsed<number> {
  const text = typeof value === "string" ? value.trim().replace(/\s*(г\.?|год|year)$/i, "") : value;
  const parsed = parseDecimal(text, "workbook.cell.year");
  if (!parsed.ok) return fail("workbook.cell.year", shown(value));
  const d = parsed.value;
  if (!d.isInteger() || d.lessThan(2000) || d.greaterThan(2100)) {
    return fail("workbook.cell.year", shown(value));
  }
  return ok(d.toNumber());
}

/** Tranche rounding: 0.01 (tyiyn) or 1 (whole som). */
export function parseRounding(value: CellValue): Parsed<Decimal> {
  const parsed = parseDecimal(value, "workbook.cell.rounding");
  if (!parsed.ok) return fail("workbook.cell.rounding", shown(value));
  const d = parsed.value;
  if (!d.equals("0.01") && !d.equals(1)) return fail("workbook.cell.rounding", shown(value));
  return ok(d);
}
