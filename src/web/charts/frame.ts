import type { Lang } from "../../i18n";
import type { ChartLayout } from "../../workbook/port";
import type { ChartData } from "./data";
import { legendRows, type LegendItem } from "./legend";
import { el, px, type SvgNode } from "./node";
import { formatNumber, numberStyle } from "./number-format";
import { niceScale, type Scale } from "./scale";
import { clip, textWidth } from "./text";

/**
 * Where everything of a column, bar or line chart goes: the value domain and its round scale, the plot's
 * box, each category's band, the height the labels, titles and legend take. Pure arithmetic; the axes
 * (./axes.ts) and the bars and lines (./marks.ts) are drawn in it.
 */

export const WIDTH = 720;
/** Space for the chart's title above the plot. */
export const TITLE_SPACE = 44;
export const LABEL_FONT = 11;
const PLOT_HEIGHT = 260;

export interface Frame {
  readonly chart: ChartLayout;
  readonly data: ChartData;
  /** Bars run left to right (bar, stacked-bar); otherwise bottom to top. */
  readonly horizontal: boolean;
  readonly stacked: boolean;
  readonly bars: ChartData["series"];
  readonly lines: ChartData["series"];
  readonly scale: Scale;
  readonly tickLabels: readonly string[];
  /** Category labels as drawn (clipped), every `every`-th shown, turned 45° when `turned`. */
  readonly labels: readonly string[];
  readonly turned: boolean;
  readonly every: number;
  /** Each bar series' values as the chart writes them. */
  readonly valueTexts: readonly (readonly string[])[];
  readonly left: number;
  readonly top: number;
  readonly plotWidth: number;
  readonly plotHeight: number;
  /** One category's share of the category axis. */
  readonly band: number;
  /** Space under the plot for tick or category labels and an axis title. */
  readonly below: number;
  readonly legendItems: readonly LegendItem[];
  readonly height: number;
  readonly format: (v: number) => string;
  /** Position of a value along the value axis. */
  readonly at: (v: number) => number;
  /** Where category `i`'s band starts along the category axis. */
  readonly bandStart: (i: number) => number;
}

/** The value domain: stacks add up (positives up, negatives down), lines and clustered bars as they are. */
function domain(data: ChartData, stacked: boolean): { lo: number; hi: number } {
  let lo = 0;
  let hi = 0;
  data.categories.forEach((_, i) => {
    let up = 0;
    let down = 0;
    for (const s of data.series) {
      const v = s.values[i];
      if (v === null || v === undefined) continue;
      if (stacked && !s.asLine) {
        if (v > 0) up += v;
        else down += v;
      } else {
        hi = Math.max(hi, v);
        lo = Math.min(lo, v);
      }
    }
    hi = Math.max(hi, up);
    lo = Math.min(lo, down);
  });
  return { lo, hi };
}

export function chartFrame(chart: ChartLayout, data: ChartData, lang: Lang): Frame {
  const horizontal = chart.kind === "bar" || chart.kind === "stacked-bar";
  const stacked = chart.kind === "stacked-column" || chart.kind === "stacked-bar";
  const bars = data.series.filter((s) => !s.asLine);
  const lines = data.series.filter((s) => s.asLine);
  const n = Math.max(1, data.categories.length);
  const style = numberStyle(chart.numberFormat);
  const format = (v: number): string => formatNumber(v, style, lang);

  const { lo, hi } = domain(data, stacked);
  const scale = niceScale(lo, hi);
  // Ticks show the decimals their step needs, not the values' (0, 50 000, 100 000 rather than …,00).
  const places = style.percent ? Math.max(0, scale.stepPlaces - 2) : scale.stepPlaces;
  const tickLabels = scale.ticks.map((t) => formatNumber(t, { ...style, places }, lang));
  const tickWidth = Math.max(...tickLabels.map((t) => textWidth(t, LABEL_FONT)));

  const legendItems =
    data.series.length > 1 ? data.series.map((s) => ({ label: s.name, color: s.color, line: s.asLine })) : [];
  const legendHeight = legendItems.length ? legendRows(legendItems, WIDTH - 32).height + 8 : 0;

  const labels = data.categories.map((c) => clip(c, horizontal ? 30 : 18));
  const labelWidth = Math.max(0, ...labels.map((l) => textWidth(l, LABEL_FONT)));
  const valueTexts = bars.map((s) => s.values.map((v) => (v === null ? "" : format(v))));
  const valueWidth = Math.max(0, ...valueTexts.flat().map((t) => textWidth(t, 10)));

  let left: number;
  let right = 16;
  let top = TITLE_SPACE;
  let plotHeight: number;
  let band: number;
  let below: number;
  let turned = false;
  let every = 1;
  if (horizontal) {
    left = 12 + (chart.categoryAxisTitle ? 22 : 0) + labelWidth + 10;
    if (chart.dataLabels && !stacked) right += valueWidth + 6;
    // The last tick's label is centred on the plot's end: room for its half.
    right = Math.max(right, textWidth(tickLabels[tickLabels.length - 1] ?? "", LABEL_FONT) / 2 + 8);
    band = stacked || bars.length <= 1 ? 26 : Math.max(26, 14 * bars.length + 10);
    plotHeight = n * band;
    below = 22 + (chart.valueAxisTitle ? 22 : 0);
  } else {
    left = 12 + (chart.valueAxisTitle ? 22 : 0) + tickWidth + 10;
    band = (WIDTH - left - right) / n;
    plotHeight = PLOT_HEIGHT;
    if (chart.dataLabels) top += 8;
    turned = labelWidth > band - 4;
    if (turned) every = Math.ceil(14 / band);
    const labelsHeight = turned ? labelWidth * 0.71 + 18 : 20;
    below = labelsHeight + (chart.categoryAxisTitle ? 22 : 0);
  }
  const plotWidth = WIDTH - left - right;
  const span = scale.max - scale.min;
  return {
    chart,
    data,
    horizontal,
    stacked,
    bars,
    lines,
    scale,
    tickLabels,
    labels,
    turned,
    every,
    valueTexts,
    left,
    top,
    plotWidth,
    plotHeight,
    band,
    below,
    legendItems,
    height: top + plotHeight + below + legendHeight + 12,
    format,
    at: (v) =>
      horizontal
        ? left + ((v - scale.min) / span) * plotWidth
        : top + plotHeight - ((v - scale.min) / span) * plotHeight,
    bandStart: (i) => (horizontal ? top : left) + i * band,
  };
}

/** A small text (a value on a bar or a point). */
export function valueLabel(x: number, y: number, text: string, anchor: string, fill = "#1b1b1b"): SvgNode {
  return el("text", { x: px(x), y: px(y), "text-anchor": anchor, "font-size": 10, fill }, text);
}
