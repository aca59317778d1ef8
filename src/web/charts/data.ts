import { cellText } from "../cells";
import type { Lang } from "../../i18n";
import type { CellBlock, ChartLayout, SheetLayout, WriteValue } from "../../workbook/port";

/** A chart's numbers as the page draws them: read from the sheet's own cells, like every other writer. */
export interface ChartData {
  readonly categories: readonly string[];
  readonly series: readonly {
    readonly name: string;
    readonly color: string;
    readonly asLine: boolean;
    /** null where the cell holds no number (drawn as nothing, read as empty). */
    readonly values: readonly (number | null)[];
  }[];
}

/** The cells of a block in order (down a column or along a row), 1-based as the layout gives them. */
export function blockCells(layout: SheetLayout, block: CellBlock): { row: number; col: number }[] {
  const cells: { row: number; col: number }[] = [];
  for (let row = block.firstRow; row <= block.lastRow; row++) {
    for (let col = block.firstCol; col <= block.lastCol; col++) cells.push({ row, col });
  }
  return cells;
}

function cellAt(layout: SheetLayout, row: number, col: number): WriteValue | undefined {
  return layout.rows[row - 1]?.[col - 1];
}

/** A cell as a number: a number, or a formula's computed number; anything else is no number. */
export function numberOf(value: WriteValue | undefined): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value !== null && typeof value === "object" && "formula" in value && typeof value.result === "number") {
    return value.result;
  }
  return null;
}

/** A category cell as the sheet shows it; a link by its text (an application's number), not its target. */
function categoryText(layout: SheetLayout, row: number, col: number, lang: Lang): string {
  const value = cellAt(layout, row, col);
  if (value !== null && typeof value === "object" && "text" in value && "sheet" in value) return value.text;
  const column = layout.columns[col - 1];
  return cellText(value, column?.format ?? "text", lang, column?.numberFormat);
}

export function chartData(layout: SheetLayout, chart: ChartLayout, lang: Lang): ChartData {
  return {
    categories: blockCells(layout, chart.categories).map((c) => categoryText(layout, c.row, c.col, lang)),
    series: chart.series.map((s) => ({
      name: s.name,
      color: `#${s.color}`,
      asLine: s.asLine === true || chart.kind === "line",
      values: blockCells(layout, s.values).map((c) => numberOf(cellAt(layout, c.row, c.col))),
    })),
  };
}
