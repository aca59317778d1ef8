import type { Lang } from "../../i18n";
import type { ChartLayout, SheetLayout } from "../../workbook/port";
import { WIDTH, cartesianChart } from "./cartesian";
import { chartData, type ChartData } from "./data";
import { el, type SvgNode } from "./node";
import { formatNumber, numberStyle } from "./number-format";
import { pieChart } from "./pie";
import { clip } from "./text";

/**
 * One chart of an output sheet as accessible SVG: `role="img"` named by its <title> and described by its
 * <desc> (the chart's alternative text), the numbers drawn from the sheet's own cells. What a screen
 * reader cannot get from a picture, the figure's table gives (`chartTable`).
 */
export function chartSvg(layout: SheetLayout, chart: ChartLayout, lang: Lang, id: string): SvgNode {
  const data = chartData(layout, chart, lang);
  const { body, height } =
    chart.kind === "pie" ? pieChart(chart, data, lang) : cartesianChart(chart, data, lang);
  return el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${WIDTH} ${Math.ceil(height)}`,
      class: "chart-svg",
      role: "img",
      "aria-labelledby": `${id}-title`,
      "aria-describedby": `${id}-desc`,
      "font-family": "Segoe UI, Arial, sans-serif",
      fill: "#1b1b1b",
    },
    el("title", { id: `${id}-title` }, chart.title),
    el("desc", { id: `${id}-desc` }, chart.altText),
    el("rect", { x: 0, y: 0, width: WIDTH, height: Math.ceil(height), fill: "#ffffff" }),
    el(
      "text",
      { x: WIDTH / 2, y: 26, "text-anchor": "middle", "font-size": 16, "font-weight": "bold" },
      clip(chart.title, 80),
    ),
    ...body,
  );
}

/**
 * The chart's numbers as a table (what a screen reader reads instead of the picture): a row per
 * category, a column per series, each value formatted as the chart shows it.
 */
export function chartTable(
  layout: SheetLayout,
  chart: ChartLayout,
  lang: Lang,
): { caption: string; head: string[]; rows: string[][] } {
  const data: ChartData = chartData(layout, chart, lang);
  const style = numberStyle(chart.numberFormat);
  return {
    caption: chart.title,
    head: [chart.categoryAxisTitle ?? "", ...data.series.map((s) => s.name)],
    rows: data.categories.map((category, i) => [
      category,
      ...data.series.map((s) => {
        const v = s.values[i];
        return v === null || v === undefined ? "" : formatNumber(v, style, lang);
      }),
    ]),
  };
}
