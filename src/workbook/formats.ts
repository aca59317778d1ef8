import type { ColumnFormat } from "./port";

/**
 * Excel number formats of the port's column formats, the same in both adapters. The codes are the
 * invariant (en-US) ones that the file format and Office.js `numberFormat` take: Excel shows them with
 * the user's separators, so `#,##0.00` is `1 000 000,50` in Russian Excel.
 */
export const NUMBER_FORMATS: Readonly<Record<ColumnFormat, string>> = {
  text: "@",
  integer: "0",
  number: "General",
  // Scores and aggregates: 4 decimals are enough to recompute a total by hand.
  decimal: "0.0000",
  money: "#,##0.00",
  percent: "0.00%",
  date: "dd.mm.yyyy",
};

/** Money with two characters of space after it: for a money column followed by a column of text. */
export const MONEY_BEFORE_TEXT = "#,##0.00_)_)";

/** The style of every table: the default banded style, readable in light and dark Office themes. */
export const TABLE_STYLE = "TableStyleMedium2";
