import type { ChartLayout, ColumnLayout } from "../../port";
import { printedRowsPerPage } from "../print";

/** A chart waiting for its anchor: it starts at `row` (column A) and is `rows` rows tall. */
export interface PlacedChart {
  readonly chart: Omit<ChartLayout, "anchor">;
  readonly row: number;
  readonly rows: number;
  /** How wide it is meant to be, in characters of column width (default CHART_WIDTH). */
  readonly widthChars?: number;
  /** Beside the chart before it (same rows, from the column where that one ends) instead of at column A. */
  readonly beside?: boolean;
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
export function chartAnchor(
  placed: PlacedChart,
  columns: readonly ColumnLayout[],
  fromCol = 1,
): ChartLayout["anchor"] {
  const wanted = placed.widthChars ?? CHART_WIDTH;
  let width = 0;
  let col = fromCol;
  while (col <= columns.length && width < wanted) {
    width += columns[col - 1]?.width ?? 0;
    col++;
  }
  return { from: { row: placed.row, col: fromCol }, to: { row: placed.row + placed.rows, col } };
}

/** Every chart's anchor: one below the other, or beside the one before. */
export function chartAnchors(
  placed: readonly PlacedChart[],
  columns: readonly ColumnLayout[],
): ChartLayout[] {
  const charts: ChartLayout[] = [];
  for (const p of placed) {
    const before = charts[charts.length - 1];
    const anchor =
      p.beside && before ? chartAnchor(p, columns, before.anchor.to.col) : chartAnchor(p, columns);
    charts.push({ ...p.chart, anchor });
  }
  return charts;
}

/** Rows above the first break are only estimated (taller wrapped rows, titles): judged with room to spare. */
const FIRST_PAGE_SHARE = 0.7;

/**
 * Where printed pages start so that no chart is cut in two and a chart stays on the page of the cells
 * it draws: a chart section (heading, block, charts) that would not end on the page it starts on
 * (judged by printedRowsPerPage) starts a page; a chart that still would not fit after its block (a
 * section longer than a page) starts one itself. After a break a page holds one row less: the
 * header row repeated on top.
 */
export function chartPageBreaks(
  sections: readonly number[],
  charts: readonly PlacedChart[],
  columns: readonly ColumnLayout[],
): number[] {
  const perPage = printedRowsPerPage(columns);
  const breaks: number[] = [];
  let pageStart = 1;
  const fits = (last: number): boolean =>
    last - pageStart + 1 <= (breaks.length === 0 ? perPage * FIRST_PAGE_SHARE : perPage - 1);
  sections.forEach((start, i) => {
    const end = sections[i + 1] ?? Number.MAX_SAFE_INTEGER;
    const own = charts.filter((c) => c.row >= start && c.row < end);
    if (own.length === 0) return;
    const last = Math.max(...own.map((c) => c.row + c.rows - 1));
    if (!fits(last) && start > pageStart) {
      breaks.push(start);
      pageStart = start;
    }
    for (const c of own) {
      if (!fits(c.row + c.rows - 1) && c.row > pageStart) {
        breaks.push(c.row);
        pageStart = c.row;
      }
    }
  });
  return breaks;
}
