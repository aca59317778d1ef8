import type Decimal from "decimal.js";
import type { RankingEntry } from "../../../core/model";
import { translate, type Lang } from "../../../i18n";
import type { ChartSeriesLayout, WriteValue } from "../../port";
import { num } from "../cells";
import type { SheetBuilder } from "../sheet-builder";
import { PALETTE } from "./palette";
import { decimalText } from "./text";

/** Up to this many scored applications, every one is drawn. */
export const ALL_BARS_UP_TO = 40;
/** Past it, per direction: the first places, and this many on each side of the funding line. */
export const TOP_PLACES = 3;
export const AROUND_LINE = 3;
/** Never more bars than this, whatever the number of directions. */
export const MAX_BARS = 60;
export const RANKING_CHART_ROWS = 22;
/** As wide as the landscape page holds (the Рейтинг prints in landscape): up to 60 bars stay legible. */
export const RANKING_CHART_WIDTH = 150;

/** Where the block goes on the Рейтинг sheet: the columns of its figures (1-based). */
export interface RankingChartColumns {
  /** The funded total (the sheet's total column). */
  readonly funded: number;
  /** The total of an application not funded. */
  readonly notFunded: number;
  /** The pass score, repeated on every row (the line). */
  readonly passScore: number;
}

/**
 * The applications a person looks at: all of them when there are few; otherwise, per direction, the
 * top places and those just above and just below the funding line (where the money runs out), in
 * order of place, at most MAX_BARS (with many directions, fewer places of each). Applications nobody scored have no total and are not drawn.
 */
export function chartedEntries(
  ranking: readonly RankingEntry[],
  directions: readonly string[],
): RankingEntry[] {
  const scored = ranking.filter((e) => e.place !== undefined);
  const order = [...new Set([...directions, ...scored.map((e) => e.direction)])];
  const byDirection = order.map((d) => scored.filter((e) => e.direction === d));
  if (scored.length <= ALL_BARS_UP_TO) return byDirection.flat();
  const pick = (top: number, around: number): RankingEntry[] =>
    byDirection.flatMap((list) => {
      const funded = list.filter((e) => e.status === "funded");
      const lastFunded = funded.length > 0 ? list.indexOf(funded[funded.length - 1] as RankingEntry) : -1;
      return list.filter((_, i) => i < top || (i > lastFunded - around && i <= lastFunded + around));
    });
  // Many directions: fewer places each rather than directions left out.
  for (const [top, around] of [
    [TOP_PLACES, AROUND_LINE],
    [2, 2],
    [1, 1],
  ] as const) {
    const picked = pick(top, around);
    if (picked.length <= MAX_BARS) return picked;
  }
  return pick(0, 1).slice(0, MAX_BARS);
}

/**
 * Below the Рейтинг table: a block of the charted applications (place, application, organization,
 * direction, the total in the "funded" or the "not funded" column, the pass score) and a column chart
 * of it: funded totals in blue, the others in orange, the pass score as a line. Where the colour
 * changes inside a direction is its funding line.
 */
export function rankingChart(
  sheet: SheetBuilder,
  ranking: readonly RankingEntry[],
  context: {
    readonly directions: readonly string[];
    readonly directionLabel: (code: string) => string;
    readonly passScore: Decimal | undefined;
    readonly columns: RankingChartColumns;
    readonly width: number;
    readonly lang: Lang;
  },
): void {
  const { columns, lang, passScore } = context;
  const t = (key: string, params?: Readonly<Record<string, string | number>>): string =>
    translate(lang, key, params);
  const entries = chartedEntries(ranking, context.directions);
  if (entries.length === 0) return;
  const lastCol = Math.max(columns.funded, columns.notFunded, columns.passScore);
  const header: string[] = Array.from({ length: lastCol }, () => "");
  header[0] = t("output.col.place");
  header[1] = t("output.col.application");
  header[2] = t("output.col.organization");
  header[3] = t("output.col.direction");
  header[columns.funded - 1] = t("chart.ranking.funded");
  header[columns.notFunded - 1] = t("chart.ranking.notFunded");
  if (passScore) header[columns.passScore - 1] = t("chart.ranking.passScore");
  const rows = entries.map((e): WriteValue[] => {
    const row: WriteValue[] = Array.from({ length: lastCol }, () => null);
    row[0] = e.place ?? null;
    row[1] = e.application;
    row[2] = e.organization;
    row[3] = context.directionLabel(e.direction);
    row[(e.status === "funded" ? columns.funded : columns.notFunded) - 1] = num(e.total);
    if (passScore) row[columns.passScore - 1] = num(passScore);
    return row;
  });

  sheet.blank();
  sheet.chartSection();
  sheet.title(t("chart.section"));
  const scoredCount = ranking.filter((e) => e.place !== undefined).length;
  sheet.title(
    entries.length === scoredCount
      ? t("chart.ranking.block.all", { count: entries.length })
      : t("chart.ranking.block.some", { shown: entries.length, count: scoredCount }),
  );
  // The chart first, then the cells it draws: the block starts below the chart and an empty row.
  const first = sheet.nextRow + RANKING_CHART_ROWS + 2;
  const last = first + rows.length - 1;
  const column = (col: number) => ({ firstRow: first, lastRow: last, firstCol: col, lastCol: col });
  // A status nobody has is left out of the legend (one application, or every one funded).
  const someFunded = entries.some((e) => e.status === "funded");
  const someNot = entries.some((e) => e.status !== "funded");
  const series: ChartSeriesLayout[] = [
    ...(someFunded
      ? [{ name: t("chart.ranking.funded"), values: column(columns.funded), color: PALETTE.blue }]
      : []),
    ...(someNot
      ? [{ name: t("chart.ranking.notFunded"), values: column(columns.notFunded), color: PALETTE.orange }]
      : []),
    ...(passScore
      ? [
          {
            name: t("chart.ranking.passScore"),
            values: column(columns.passScore),
            color: PALETTE.vermillion,
            asLine: true,
          },
        ]
      : []),
  ];

  const lines = [...new Set(entries.map((e) => e.direction))].map((d) => {
    const funded = ranking.filter((e) => e.direction === d && e.status === "funded");
    const lastFunded = funded[funded.length - 1];
    return lastFunded
      ? t("chart.ranking.alt.line", {
          direction: d,
          application: lastFunded.application,
          place: lastFunded.place ?? "",
          total: decimalText(lastFunded.total, lang),
        })
      : t("chart.ranking.alt.noneFunded", { direction: d });
  });
  sheet.chart(
    {
      kind: "stacked-column",
      title: t("chart.ranking.title"),
      altText: t("chart.ranking.alt", {
        shown: entries.length,
        count: scoredCount,
        pass: passScore ? decimalText(passScore, lang) : "—",
        lines: lines.join("; "),
      }),
      categories: column(2),
      series,
      categoryAxisTitle: t("output.col.application"),
      valueAxisTitle: t("output.col.total"),
      numberFormat: "0.00",
      dataLabels: entries.length <= 15,
    },
    RANKING_CHART_ROWS,
    context.width,
  );
  sheet.blank();
  if (sheet.block(header, rows, t("output.noData")) !== first)
    throw new Error("the chart's block is not where the chart points");
}
