import { SOURCE_KEYS, type Cofinancing } from "../../../core/model";
import { translate, type Lang } from "../../../i18n";
import type { ChartSeriesLayout } from "../../port";
import type { SheetBuilder } from "../sheet-builder";
import { seriesColor } from "./palette";
import { decimalText, somText } from "./text";

/** More applications than this are drawn per direction instead (a bar per application stops being readable). */
export const MAX_APPLICATION_BARS = 30;
/** Both charts share one band of rows, the pie on the left, so that they print on one page. */
export const CHART_ROWS = 20;
export const PIE_WIDTH = 60;
export const STACKED_WIDTH = 90;

/** Where the Софинансирование tables are (1-based first data rows; their header is the row above). */
export interface CofinancingRows {
  readonly applications: number;
  readonly directions: number;
  readonly program: number;
}

/** The sources' columns (2..6) of a table's data rows `first..last`, one series per source. */
function sourceSeries(first: number, last: number, lang: Lang): ChartSeriesLayout[] {
  return SOURCE_KEYS.map((key, i) => ({
    name: translate(lang, `output.col.${key}`),
    values: { firstRow: first, lastRow: last, firstCol: i + 2, lastCol: i + 2 },
    color: seriesColor(i),
  }));
}

/**
 * The Софинансирование charts, below the tables: the program's money (funded applications) by source
 * as a pie over the cells of the program row, whose values are `cofinancing.program` exactly; and each
 * application's money stacked by source (per direction when there are more than
 * MAX_APPLICATION_BARS applications), beside it. A pie of nothing (no funded application) is not drawn.
 */
export function cofinancingCharts(
  sheet: SheetBuilder,
  cofinancing: Cofinancing,
  rows: CofinancingRows,
  lang: Lang,
): void {
  const t = (key: string, params?: Readonly<Record<string, string | number>>): string =>
    translate(lang, key, params);
  const { program } = cofinancing;
  const perApplication = cofinancing.applications.length <= MAX_APPLICATION_BARS;
  const stacked = perApplication ? cofinancing.applications : cofinancing.directions;
  if (program.total.isZero() && stacked.length === 0) return;
  sheet.blank();
  sheet.chartSection();
  sheet.title(t("chart.section"));

  if (!program.total.isZero()) {
    const parts = SOURCE_KEYS.filter((key) => !program.sources[key].isZero()).map((key) =>
      t("chart.cofinancing.program.part", {
        source: t(`output.col.${key}`),
        amount: somText(program.sources[key], lang),
        share: decimalText(program.shares[key], lang),
      }),
    );
    sheet.chart(
      {
        kind: "pie",
        title: t("chart.cofinancing.program.title"),
        altText: t("chart.cofinancing.program.alt", {
          total: somText(program.total, lang),
          parts: parts.join("; "),
        }),
        categories: { firstRow: rows.program - 1, lastRow: rows.program - 1, firstCol: 2, lastCol: 6 },
        series: [
          {
            name: t("output.col.sourcesTotal"),
            values: { firstRow: rows.program, lastRow: rows.program, firstCol: 2, lastCol: 6 },
            color: seriesColor(0),
            pointColors: SOURCE_KEYS.map((_, i) => seriesColor(i)),
          },
        ],
        numberFormat: "#,##0.00",
        dataLabels: true,
      },
      CHART_ROWS,
      PIE_WIDTH,
    );
  }

  if (stacked.length > 0) {
    const first = perApplication ? rows.applications : rows.directions;
    const last = first + stacked.length - 1;
    const largest = [...stacked].sort((a, b) => b.total.comparedTo(a.total))[0];
    const label = (f: (typeof stacked)[number]): string =>
      "application" in f ? f.application : (f as { direction: string }).direction;
    const chart = {
      kind: "stacked-column" as const,
      title: t(
        perApplication ? "chart.cofinancing.applications.title" : "chart.cofinancing.directions.title",
      ),
      altText: t(perApplication ? "chart.cofinancing.applications.alt" : "chart.cofinancing.directions.alt", {
        count: stacked.length,
        largest: largest ? label(largest) : "",
        amount: largest ? somText(largest.total, lang) : "",
      }),
      categories: { firstRow: first, lastRow: last, firstCol: 1, lastCol: 1 },
      series: sourceSeries(first, last, lang),
      categoryAxisTitle: t(perApplication ? "output.col.application" : "output.col.direction"),
      valueAxisTitle: t("chart.axis.som"),
      numberFormat: "#,##0",
      dataLabels: false,
    };
    if (program.total.isZero()) sheet.chart(chart, CHART_ROWS, STACKED_WIDTH);
    else sheet.chartBeside(chart, STACKED_WIDTH);
  }
}
