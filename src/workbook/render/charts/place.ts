import type { ChartLayout, ColumnLayout } from "../../port";

/** A chart waiting for its anchor: it starts at `row` (column A) and is `rows` rows tall. */
export interface PlacedChart {
  readonly chart: Omit<ChartLayout, "anchor">;
  readonly row: number;
  readonly rows: number;
  /** How wide it is meant to be, in characters of column width (default CHART_WIDTH). */
  readonly widthChars?: number;
}

/**
 * A chart's usual width in characters of column width: about 16 cm, within the printed width of an
 * A4 page in portrait, so that a sheet fitted to the page width prints the chart whole beside nothing
 * it could cover.
 */
export const CHART_WIDTH = 90;

/**
 * Where a chart sits: from column A of its first row to the first column whose left edge reaches its
 * width (or just past the sheet's last column when the sheet is narrower), so that it never reaches
 * beyond the columns printed on the page.
 */
export function chartAnchor(placed: PlacedChart, columns: readonly ColumnLayout[]): ChartLayout["anchor"] {
  const wanted = placed.widthChars ?? CHART_WIDTH;
  let width = 0;
  let col = 1;
  while (col <= columns.length && width < wanted) {
    width += columns[col - 1]?.width ?? 0;
    col++;
  }
  return { from: { row: placed.row, col: 1 }, to: { row: placed.row + placed.rows, col } };
}
