import type { Lang } from "../../i18n";
import type { ChartLayout } from "../../workbook/port";
import { sliceColors } from "../../workbook/slice-colors";
import { TITLE_SPACE, WIDTH, type Drawing } from "./cartesian";
import type { ChartData } from "./data";
import { el, px, type SvgNode } from "./node";
import { formatNumber, numberStyle } from "./number-format";
import { clip, textOn, textWidth } from "./text";

/**
 * A pie of the first series: slices clockwise from the top in the sheet's order, each with its share
 * written on it where there is room, and beside it a legend naming every category with its value and
 * share (also those with nothing, which get no slice).
 */

const RADIUS = 120;
const ROW = 22;

export function pieChart(chart: ChartLayout, data: ChartData, lang: Lang): Drawing {
  const series = data.series[0];
  const values = series?.values ?? [];
  const style = numberStyle(chart.numberFormat);
  const colors = sliceColors(chart, data.categories.length).map((c) => `#${c}`);
  const total = values.reduce<number>((sum, v) => sum + (v !== null && v > 0 ? v : 0), 0);
  const share = (v: number): string =>
    formatNumber(total > 0 ? v / total : 0, { places: 1, percent: true, grouped: false }, lang);
  const cx = 40 + RADIUS;
  const cy = TITLE_SPACE + 16 + RADIUS;
  const height = Math.max(
    TITLE_SPACE + 2 * RADIUS + 40,
    TITLE_SPACE + 16 + data.categories.length * ROW + 16,
  );

  const slices: SvgNode[] = [];
  const texts: SvgNode[] = [];
  let angle = -Math.PI / 2;
  data.categories.forEach((category, i) => {
    const v = values[i];
    if (v === null || v === undefined || v <= 0 || total <= 0) return;
    const sweep = (v / total) * 2 * Math.PI;
    const color = colors[i] ?? "#999999";
    const tip = el("title", {}, `${category}: ${formatNumber(v, style, lang)} (${share(v)})`);
    if (sweep >= 2 * Math.PI - 1e-9) {
      slices.push(el("circle", { cx, cy, r: RADIUS, fill: color, stroke: "#ffffff" }, tip));
    } else {
      const [x0, y0] = [cx + RADIUS * Math.cos(angle), cy + RADIUS * Math.sin(angle)];
      const [x1, y1] = [cx + RADIUS * Math.cos(angle + sweep), cy + RADIUS * Math.sin(angle + sweep)];
      const large = sweep > Math.PI ? 1 : 0;
      const d = `M${cx},${cy} L${px(x0)},${px(y0)} A${RADIUS},${RADIUS} 0 ${large} 1 ${px(x1)},${px(y1)} Z`;
      slices.push(el("path", { d, fill: color, stroke: "#ffffff", "stroke-width": 1.5 }, tip));
    }
    if (chart.dataLabels && sweep >= 0.3) {
      const middle = angle + sweep / 2;
      const [x, y] = [cx + RADIUS * 0.66 * Math.cos(middle), cy + RADIUS * 0.66 * Math.sin(middle)];
      texts.push(
        el(
          "text",
          { x: px(x), y: px(y + 4), "text-anchor": "middle", "font-size": 11, fill: textOn(color) },
          share(v),
        ),
      );
    }
    angle += sweep;
  });
  if (total <= 0) slices.push(el("circle", { cx, cy, r: RADIUS, fill: "none", stroke: "#bdbdbd" }));

  const x = cx + RADIUS + 40;
  const room = WIDTH - x - 16;
  const entries = data.categories.map((category, i) => {
    const v = values[i];
    const amount =
      v === null || v === undefined ? "" : ` — ${formatNumber(v, style, lang)} (${share(Math.max(0, v))})`;
    const y = TITLE_SPACE + 16 + i * ROW + ROW / 2;
    const nameRoom = Math.max(8, Math.floor((room - 20 - textWidth(amount, 12)) / (12 * 0.6)));
    return el(
      "g",
      {},
      el("rect", { x, y: px(y - 6), width: 12, height: 12, fill: colors[i] ?? "#999999" }),
      el("text", { x: x + 20, y: px(y + 4), "font-size": 12 }, `${clip(category, nameRoom)}${amount}`),
    );
  });
  return {
    body: [
      el("g", { class: "chart-slices" }, ...slices),
      el("g", { class: "chart-labels" }, ...texts),
      el("g", { class: "chart-legend" }, ...entries),
    ],
    height,
  };
}
