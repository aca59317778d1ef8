export { NUMBER_FORMATS, TABLE_STYLE } from "../../workbook/formats";

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
