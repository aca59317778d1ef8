import Decimal from "decimal.js";
import type { DateValue, FormulaValue } from "../port";

/**
 * A decimal as a spreadsheet number. Cells hold IEEE doubles whatever we do; the engine's exact
 * decimals are in the JSON report, and money here has at most 2 decimals, which doubles show exactly
 * to the cent.
 */
export function num(value: Decimal): number {
  return value.toNumber();
}

/** A percent (67.71) as the fraction a percent-formatted cell holds (0.6771). */
export function fraction(percent: Decimal): number {
  return percent.div(100).toNumber();
}

const MS_PER_DAY = 86_400_000;
/** Excel's serial 25569 is 1970-01-01 (1900 date system, with its phantom 29 Feb 1900). */
const UNIX_EPOCH_SERIAL = 25_569;

/** `2019-03-01` as an Excel date serial. */
export function isoToDateValue(iso: string): DateValue {
  const [y, m, d] = iso.split("-").map(Number);
  return { date: Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / MS_PER_DAY + UNIX_EPOCH_SERIAL };
}

/** `=SUBTOTAL(109,G5:G20)` over one column, with the engine's sum as the cached result. */
export function subtotalSum(
  columnLetter: string,
  firstRow: number,
  lastRow: number,
  sum: Decimal,
): FormulaValue {
  return { formula: `=SUBTOTAL(109,${columnLetter}${firstRow}:${columnLetter}${lastRow})`, result: num(sum) };
}
