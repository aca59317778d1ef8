import Decimal from "decimal.js";
import type { FormulaValue } from "../port";

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

export { isoToDateValue } from "../cells/serial";

/** `=SUBTOTAL(109,G5:G20)` over one column, with the engine's sum as the cached result. */
export function subtotalSum(
  columnLetter: string,
  firstRow: number,
  lastRow: number,
  sum: Decimal,
): FormulaValue {
  return { formula: `=SUBTOTAL(109,${columnLetter}${firstRow}:${columnLetter}${lastRow})`, result: num(sum) };
}
