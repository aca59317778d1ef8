import Decimal from "decimal.js";

/**
 * The text a percent-formatted cell shows, from the fraction a spreadsheet stores (0.4 → `40%`).
 * Adapters hand such cells over as this text, because the workbook layer reads a plain number in a
 * percent field as a percent (10 = 10 %). Computed in decimal so that 0.07 does not become
 * 7.000000000000001 %. Undefined for NaN and infinities.
 */
export function fractionToPercentText(fraction: number): string | undefined {
  if (!Number.isFinite(fraction)) return undefined;
  return `${new Decimal(fraction.toPrecision(15)).times(100).toFixed()}%`;
}

/**
 * Whether a number format shows a percent: a `%` in its first (positive) section outside quoted
 * literals and escapes, so `0" %"`-style text labels do not count.
 */
export function isPercentFormat(numFmt: string): boolean {
  const first = numFmt.split(";")[0] ?? "";
  return first
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .includes("%");
}
