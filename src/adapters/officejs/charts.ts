import type { CellBlock, ChartLayout } from "../../workbook/port";
import { sliceColors } from "../../workbook/slice-colors";

/**
 * A sheet's charts through Excel's chart API, queued on the same request as the rest of the sheet (no
 * sync here). Every call is ExcelApi ≤ 1.7 (Office 2019): charts.add, title, axis titles, data labels,
 * setPosition and fills are 1.1, series.add / setValues / setXAxisValues / chartType / hasDataLabels 1.7.
 * Only the number format of the value axis and data labels (1.8) waits for `numberFormats`; without it the
 * labels show the cells' own format, which the sheet already set. Office.js has no alternative text for a
 * chart: the chart's name carries its title, and the alternative text lives in the results workbook.
 */

/** The Office.js chart type of each layout kind. */
export const CHART_TYPES = {
  pie: "Pie",
  column: "ColumnClustered",
  bar: "BarClustered",
  "stacked-column": "ColumnStacked",
  "stacked-bar": "BarStacked",
  line: "Line",
} as const satisfies Record<ChartLayout["kind"], string>;

/** The number of cells of a block (one column or one row). */
export function blockLength(block: CellBlock): number {
  return Math.max(block.lastRow - block.firstRow + 1, block.lastCol - block.firstCol + 1);
}

function blockRange(sheet: Excel.Worksheet, block: CellBlock): Excel.Range {
  return sheet.getRangeByIndexes(
    block.firstRow - 1,
    block.firstCol - 1,
    block.lastRow - block.firstRow + 1,
    block.lastCol - block.firstCol + 1,
  );
}

const hex = (rgb: string): string => `#${rgb}`;

/** Queues every chart of a sheet. `numberFormats`: whether ExcelApi 1.8 (axis and label formats) may be used. */
export function queueCharts(
  sheet: Excel.Worksheet,
  charts: readonly ChartLayout[],
  numberFormats: boolean,
): void {
  const names = new Set<string>();
  charts.forEach((layout, index) => {
    const first = layout.series[0];
    if (!first) return;
    const seriesBy = first.values.firstCol === first.values.lastCol ? "Columns" : "Rows";
    const chart = sheet.charts.add(CHART_TYPES[layout.kind], blockRange(sheet, first.values), seriesBy);
    chart.name = uniqueName(layout.title, index, names);
    chart.title.text = layout.title;
    const categories = blockRange(sheet, layout.categories);
    // The chart's labels first: a chart-wide setting applies to every series, and the series that should
    // have none (reference lines) say so after it.
    if (layout.dataLabels) {
      chart.dataLabels.showValue = true;
      if (numberFormats) chart.dataLabels.numberFormat = layout.numberFormat;
    }
    layout.series.forEach((s, i) => {
      // The first series came with the chart; the others are added. Values and categories are set on
      // every series explicitly, so that no guess of Excel's (a header, a category column) is kept.
      const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
      series.setValues(blockRange(sheet, s.values));
      series.setXAxisValues(categories);
      series.name = s.name;
      const line = s.asLine === true || layout.kind === "line";
      if (s.asLine && layout.kind !== "line") series.chartType = "Line";
      if (layout.kind === "pie") {
        sliceColors(layout, blockLength(layout.categories)).forEach((color, p) => {
          series.points.getItemAt(p).format.fill.setSolidColor(hex(color));
        });
      } else if (line) {
        series.format.line.color = hex(s.color);
        series.markerStyle = "None";
      } else {
        series.format.fill.setSolidColor(hex(s.color));
      }
      // A reference line (pass score, median) labelled at every category would only repeat one number.
      series.hasDataLabels = layout.dataLabels && !s.asLine;
    });
    if (layout.kind !== "pie") {
      const axes = chart.axes;
      if (layout.categoryAxisTitle) axes.categoryAxis.title.text = layout.categoryAxisTitle;
      if (layout.valueAxisTitle) axes.valueAxis.title.text = layout.valueAxisTitle;
      if (numberFormats) axes.valueAxis.numberFormat = layout.numberFormat;
    }
    chart.legend.visible = layout.kind === "pie" || layout.series.length > 1;
    chart.legend.position = "Bottom";
    const { from, to } = layout.anchor;
    // setPosition covers the end cell: the chart ends at the top-left corner of `to`, so the cell before it.
    chart.setPosition(
      sheet.getRangeByIndexes(from.row - 1, from.col - 1, 1, 1),
      sheet.getRangeByIndexes(Math.max(from.row, to.row - 1) - 1, Math.max(from.col, to.col - 1) - 1, 1, 1),
    );
  });
}

/** The chart's title as its name, numbered when two charts of a sheet share a title (Excel's limit: 255). */
function uniqueName(title: string, index: number, taken: Set<string>): string {
  let name = title.slice(0, 240) || `Chart ${index + 1}`;
  if (taken.has(name.toLowerCase())) name = `${name} (${index + 1})`;
  taken.add(name.toLowerCase());
  return name;
}

/** Estimated bytes of a sheet's chart calls in the request (for batching under the 5 MB limit). */
export function chartBytes(charts: readonly ChartLayout[], opOverhead: number): number {
  return charts.reduce(
    (sum, c) =>
      sum +
      (16 + c.series.length * 8 + (c.kind === "pie" ? blockLength(c.categories) : 0)) * opOverhead +
      new TextEncoder().encode(JSON.stringify(c)).length,
    0,
  );
}
