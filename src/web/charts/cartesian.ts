import type { Lang } from "../../i18n";
import type { ChartLayout } from "../../workbook/port";
import type { ChartData } from "./data";
import { legend, legendRows } from "./legend";
import { el, px, type SvgNode } from "./node";
import { formatNumber, numberStyle } from "./number-format";
import { niceScale } from "./scale";
import { clip, textOn, textWidth } from "./text";

/**
 * Column, bar (horizontal), stacked and line charts, and series drawn as a line over the bars (a pass
 * score, a median): a value axis from a round scale with ticks and grid lines, the categories along the
 * other axis (labels turned when they do not fit, thinned when even that does not), values on the bars
 * where they fit, a tooltip on every bar and point, a legend when there is more than one series.
 */

export const WIDTH = 720;
/** Space for the chart's title above the plot. */
export const TITLE_SPACE = 44;
const PLOT_HEIGHT = 260;
const LABEL_FONT = 11;
const AXIS = "#595959";
const GRID = "#e3e3e3";
const MAX_BAR = 56;

export interface Drawing {
  readonly body: readonly SvgNode[];
  readonly height: number;
}

export function cartesianChart(chart: ChartLayout, data: ChartData, lang: Lang): Drawing {
  const horizontal = chart.kind === "bar" || chart.kind === "stacked-bar";
  const stacked = chart.kind === "stacked-column" || chart.kind === "stacked-bar";
  const bars = data.series.filter((s) => !s.asLine);
  const lines = data.series.filter((s) => s.asLine);
  const n = Math.max(1, data.categories.length);
  const style = numberStyle(chart.numberFormat);
  const format = (v: number): string => formatNumber(v, style, lang);

  // The value domain: stacks add up (positives up, negatives down), lines and clustered bars as they are.
  let lo = 0;
  let hi = 0;
  data.categories.forEach((_, i) => {
    let up = 0;
    let down = 0;
    for (const s of bars) {
      const v = s.values[i] ?? 0;
      if (stacked) {
        if (v > 0) up += v;
        else down += v;
      } else {
        hi = Math.max(hi, v);
        lo = Math.min(lo, v);
      }
    }
    hi = Math.max(hi, up);
    lo = Math.min(lo, down);
    for (const s of lines) {
      const v = s.values[i];
      if (v !== null && v !== undefined) [hi, lo] = [Math.max(hi, v), Math.min(lo, v)];
    }
  });
  const scale = niceScale(lo, hi);
  const tickStyle = {
    ...style,
    places: style.percent ? Math.max(0, scale.stepPlaces - 2) : scale.stepPlaces,
  };
  const tickLabels = scale.ticks.map((t) => formatNumber(t, tickStyle, lang));
  const tickWidth = Math.max(...tickLabels.map((t) => textWidth(t, LABEL_FONT)));

  const legendItems =
    data.series.length > 1 ? data.series.map((s) => ({ label: s.name, color: s.color, line: s.asLine })) : [];
  const legendHeight = legendItems.length ? legendRows(legendItems, WIDTH - 32).height + 8 : 0;

  const labels = data.categories.map((c) => clip(c, horizontal ? 30 : 18));
  const labelWidth = Math.max(0, ...labels.map((l) => textWidth(l, LABEL_FONT)));
  const valueTexts = bars.map((s) => s.values.map((v) => (v === null ? "" : format(v))));
  const valueWidth = Math.max(0, ...valueTexts.flat().map((t) => textWidth(t, 10)));

  // Geometry: `band` is one category's share of the category axis.
  let left: number;
  let right = 16;
  let top = TITLE_SPACE;
  let plotWidth: number;
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
    plotWidth = WIDTH - left - right;
    band = stacked || bars.length <= 1 ? 26 : Math.max(26, 14 * bars.length + 10);
    plotHeight = n * band;
    below = 22 + (chart.valueAxisTitle ? 22 : 0);
  } else {
    left = 12 + (chart.valueAxisTitle ? 22 : 0) + tickWidth + 10;
    plotWidth = WIDTH - left - right;
    band = plotWidth / n;
    plotHeight = PLOT_HEIGHT;
    if (chart.dataLabels) top += 8;
    turned = labelWidth > band - 4;
    if (turned) every = Math.ceil(14 / band);
    const labelsHeight = turned ? labelWidth * 0.71 + 18 : 20;
    below = labelsHeight + (chart.categoryAxisTitle ? 22 : 0);
  }
  const height = top + plotHeight + below + legendHeight + 12;
  const span = scale.max - scale.min;
  /** Position of a value along the value axis. */
  const at = (v: number): number =>
    horizontal
      ? left + ((v - scale.min) / span) * plotWidth
      : top + plotHeight - ((v - scale.min) / span) * plotHeight;
  const bandStart = (i: number): number => (horizontal ? top : left) + i * band;
  /** A rectangle from value v0 to v1, across the band from `from` for `length`. */
  const rect = (from: number, length: number, v0: number, v1: number, fill: string, tip: string): SvgNode => {
    const a = Math.min(at(v0), at(v1));
    const extent = Math.abs(at(v1) - at(v0));
    const box = horizontal
      ? { x: px(a), y: px(from), width: px(extent), height: px(length) }
      : { x: px(from), y: px(a), width: px(length), height: px(extent) };
    return el("rect", { ...box, fill }, el("title", {}, tip));
  };
  const label = (x: number, y: number, text: string, anchor: string, fill = "#1b1b1b"): SvgNode =>
    el("text", { x: px(x), y: px(y), "text-anchor": anchor, "font-size": 10, fill }, text);

  const body: SvgNode[] = [];

  // Value axis: grid lines, ticks and their labels.
  const grid: SvgNode[] = [];
  scale.ticks.forEach((t, k) => {
    const p = at(t);
    const text = tickLabels[k] ?? "";
    if (horizontal) {
      grid.push(
        el("line", {
          x1: px(p),
          x2: px(p),
          y1: top,
          y2: px(top + plotHeight),
          stroke: t === 0 ? AXIS : GRID,
        }),
      );
      grid.push(
        el("line", {
          x1: px(p),
          x2: px(p),
          y1: px(top + plotHeight),
          y2: px(top + plotHeight + 5),
          stroke: AXIS,
        }),
      );
      grid.push(
        el(
          "text",
          { x: px(p), y: px(top + plotHeight + 17), "text-anchor": "middle", "font-size": LABEL_FONT },
          text,
        ),
      );
    } else {
      grid.push(
        el("line", {
          x1: left,
          x2: px(left + plotWidth),
          y1: px(p),
          y2: px(p),
          stroke: t === 0 ? AXIS : GRID,
        }),
      );
      grid.push(el("line", { x1: left - 5, x2: left, y1: px(p), y2: px(p), stroke: AXIS }));
      grid.push(
        el("text", { x: left - 8, y: px(p + 4), "text-anchor": "end", "font-size": LABEL_FONT }, text),
      );
    }
  });
  body.push(el("g", { class: "chart-value-axis" }, ...grid));

  // Category axis: its line along the plot's edge, a tick between categories, the labels.
  const axis: SvgNode[] = [];
  if (horizontal)
    axis.push(el("line", { x1: left, x2: left, y1: top, y2: px(top + plotHeight), stroke: AXIS }));
  else
    axis.push(
      el("line", {
        x1: left,
        x2: px(left + plotWidth),
        y1: px(top + plotHeight),
        y2: px(top + plotHeight),
        stroke: AXIS,
      }),
    );
  labels.forEach((text, i) => {
    const centre = bandStart(i) + band / 2;
    const edge = bandStart(i);
    if (horizontal) {
      axis.push(el("line", { x1: left - 4, x2: left, y1: px(edge), y2: px(edge), stroke: AXIS }));
      axis.push(
        el("text", { x: left - 8, y: px(centre + 4), "text-anchor": "end", "font-size": LABEL_FONT }, text),
      );
      return;
    }
    axis.push(
      el("line", {
        x1: px(edge),
        x2: px(edge),
        y1: px(top + plotHeight),
        y2: px(top + plotHeight + 4),
        stroke: AXIS,
      }),
    );
    if (i % every !== 0) return;
    const y = top + plotHeight + 15;
    axis.push(
      turned
        ? el(
            "text",
            {
              x: px(centre + 4),
              y: px(y),
              "text-anchor": "end",
              "font-size": LABEL_FONT,
              transform: `rotate(-45 ${px(centre + 4)} ${px(y)})`,
            },
            text,
          )
        : el("text", { x: px(centre), y: px(y), "text-anchor": "middle", "font-size": LABEL_FONT }, text),
    );
  });
  body.push(el("g", { class: "chart-category-axis" }, ...axis));

  // Bars: side by side in each band, or stacked.
  const drawn: SvgNode[] = [];
  const texts: SvgNode[] = [];
  data.categories.forEach((category, i) => {
    let up = 0;
    let down = 0;
    // A few categories do not make bars fat: at most MAX_BAR wide each.
    const inner = Math.min(band * (stacked ? 0.6 : 0.72), MAX_BAR * (stacked ? 1 : Math.max(1, bars.length)));
    const each = stacked ? inner : inner / Math.max(1, bars.length);
    bars.forEach((s, j) => {
      const v = s.values[i];
      // A zero adds no segment to a stack (it would be an empty sliver with a tooltip).
      if (v === null || v === undefined || (stacked && v === 0)) return;
      const text = valueTexts[j]?.[i] ?? "";
      const from = bandStart(i) + (band - inner) / 2 + (stacked ? 0 : j * each);
      const base = stacked ? (v >= 0 ? up : down) : 0;
      const end = base + v;
      if (stacked) {
        if (v >= 0) up = end;
        else down = end;
      }
      drawn.push(rect(from, each, base, end, s.color, `${category}, ${s.name}: ${text}`));
      if (!chart.dataLabels) return;
      const mid = from + each / 2;
      const length = Math.abs(at(end) - at(base));
      if (stacked) {
        const fits = horizontal
          ? length >= textWidth(text, 10) + 4
          : length >= 14 && each >= textWidth(text, 10);
        const p = (at(base) + at(end)) / 2;
        if (fits)
          texts.push(
            horizontal
              ? label(p, mid + 4, text, "middle", textOn(s.color))
              : label(mid, p + 4, text, "middle", textOn(s.color)),
          );
      } else if (horizontal) {
        if (each >= 10)
          texts.push(label(at(end) + (v >= 0 ? 4 : -4), mid + 4, text, v >= 0 ? "start" : "end"));
      } else if (textWidth(text, 10) <= each + 2) {
        texts.push(label(mid, at(end) + (v >= 0 ? -4 : 12), text, "middle"));
      }
    });
  });
  body.push(el("g", { class: "chart-bars" }, ...drawn), el("g", { class: "chart-labels" }, ...texts));

  // Lines: through the middle of each band; one category gets a stroke across its band.
  for (const s of lines) {
    const points = s.values
      .map((v, i) => (v === null ? undefined : { i, v }))
      .filter((p): p is { i: number; v: number } => p !== undefined);
    const xy = (i: number, v: number): [number, number] => {
      const c = bandStart(i) + band / 2;
      return horizontal ? [at(v), c] : [c, at(v)];
    };
    // An empty cell breaks the line (as Excel leaves a gap); a point alone gets a stroke across its band.
    const runs: { i: number; v: number }[][] = [];
    for (const p of points) {
      const run = runs[runs.length - 1];
      const last = run?.[run.length - 1];
      if (run && last && last.i === p.i - 1) run.push(p);
      else runs.push([p]);
    }
    const paths = runs.map((run): [number, number][] => {
      if (run.length > 1 || !run[0]) return run.map((p) => xy(p.i, p.v));
      const [x, y] = xy(run[0].i, run[0].v);
      const half = band / 2;
      return horizontal
        ? [
            [x, y - half],
            [x, y + half],
          ]
        : [
            [x - half, y],
            [x + half, y],
          ];
    });
    const marks = points.map((p) => {
      const [x, y] = xy(p.i, p.v);
      return el(
        "circle",
        { cx: px(x), cy: px(y), r: 3, fill: s.color },
        el("title", {}, `${data.categories[p.i] ?? ""}, ${s.name}: ${format(p.v)}`),
      );
    });
    const labelled =
      chart.dataLabels && chart.kind === "line" && points.length <= 24
        ? points.map((p) => {
            const [x, y] = xy(p.i, p.v);
            // The first and last labels lean inwards, so that the plot's edges do not cut them.
            const anchor = p.i === 0 ? "start" : p.i === data.categories.length - 1 ? "end" : "middle";
            return label(x, y - 7, format(p.v), anchor);
          })
        : [];
    body.push(
      el(
        "g",
        { class: "chart-line" },
        ...paths.map((path) =>
          el("polyline", {
            points: path.map(([x, y]) => `${px(x)},${px(y)}`).join(" "),
            fill: "none",
            stroke: s.color,
            "stroke-width": 2.5,
          }),
        ),
        ...marks,
        ...labelled,
      ),
    );
  }

  // Axis titles.
  const valueTitle = chart.valueAxisTitle;
  const categoryTitle = chart.categoryAxisTitle;
  const side = (text: string, y: number): SvgNode =>
    el(
      "text",
      { x: 16, y: px(y), "text-anchor": "middle", "font-size": 12, transform: `rotate(-90 16 ${px(y)})` },
      clip(text, 50),
    );
  const under = (text: string, y: number): SvgNode =>
    el(
      "text",
      { x: px(left + plotWidth / 2), y: px(y), "text-anchor": "middle", "font-size": 12 },
      clip(text, 80),
    );
  const bottom = top + plotHeight + below;
  if (horizontal) {
    if (categoryTitle) body.push(side(categoryTitle, top + plotHeight / 2));
    if (valueTitle) body.push(under(valueTitle, bottom - 4));
  } else {
    if (valueTitle) body.push(side(valueTitle, top + plotHeight / 2));
    if (categoryTitle) body.push(under(categoryTitle, bottom - 4));
  }
  if (legendItems.length) body.push(legend(legendItems, WIDTH, bottom + 6));
  return { body, height };
}
