import type { ColumnFormat } from "../../workbook/port";

/**
 * Excel number formats per column format. Office.js `numberFormat` takes the invariant (en-US) codes and
 * Excel shows them with the user's separators, so `#,##0.00` is `1 000 000,50` in Russian Excel.
 */
export const NUMBER_FORMATS: Readonly<Record<ColumnFormat, string>> = {
  text: "@",
  integer: "0",
  decimal: "0.00",
  money: "#,##0.00",
  percent: "0.00%",
  date: "dd.mm.yyyy",
};

/** A general format for formulas and booleans that land in a text column (`@` would show the formula). */
export const GENERAL_FORMAT = "General";

/**
 * A width in characters (as the layout and Excel's UI measure it) in points, which Office.js uses:
 * a character of the default 11 pt Calibri is 7 px plus 5 px padding, and a pixel is 0.75 pt.
 */
export function widthInPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

/** The fill of highlighted (warning) cells: Excel's own "neutral" yellow. */
export const HIGHLIGHT_FILL = "#FFEB9C";

/** The style of every output table: the default banded style, readable in light and dark Office themes. */
export const TABLE_STYLE = "TableStyleMedium2";
