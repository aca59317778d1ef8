import { el, px, type SvgNode } from "./node";
import { LABEL_FONT, type Frame } from "./frame";
import { clip } from "./text";

/** The axes of a column, bar or line chart: ticks, grid lines, category labels and the axis titles. */

const AXIS = "#595959";
const GRID = "#e3e3e3";

/** Grid lines at the round ticks (the zero line darker), tick marks and their labels. */
export function valueAxis(f: Frame): SvgNode {
  const bottom = f.top + f.plotHeight;
  const nodes = f.scale.ticks.flatMap((t, k) => {
    const p = px(f.at(t));
    const text = f.tickLabels[k] ?? "";
    const stroke = t === 0 ? AXIS : GRID;
    return f.horizontal
      ? [
          el("line", { x1: p, x2: p, y1: f.top, y2: px(bottom), stroke }),
          el("line", { x1: p, x2: p, y1: px(bottom), y2: px(bottom + 5), stroke: AXIS }),
          el("text", { x: p, y: px(bottom + 17), "text-anchor": "middle", "font-size": LABEL_FONT }, text),
        ]
      : [
          el("line", { x1: f.left, x2: px(f.left + f.plotWidth), y1: p, y2: p, stroke }),
          el("line", { x1: f.left - 5, x2: f.left, y1: p, y2: p, stroke: AXIS }),
          el("text", { x: f.left - 8, y: px(p + 4), "text-anchor": "end", "font-size": LABEL_FONT }, text),
        ];
  });
  return el("g", { class: "chart-value-axis" }, ...nodes);
}

/** The axis line along the plot's edge, a tick between categories, the category labels. */
export function categoryAxis(f: Frame): SvgNode {
  const bottom = px(f.top + f.plotHeight);
  const nodes: SvgNode[] = [
    f.horizontal
      ? el("line", { x1: f.left, x2: f.left, y1: f.top, y2: bottom, stroke: AXIS })
      : el("line", { x1: f.left, x2: px(f.left + f.plotWidth), y1: bottom, y2: bottom, stroke: AXIS }),
  ];
  f.labels.forEach((text, i) => {
    const edge = px(f.bandStart(i));
    const centre = f.bandStart(i) + f.band / 2;
    if (f.horizontal) {
      nodes.push(el("line", { x1: f.left - 4, x2: f.left, y1: edge, y2: edge, stroke: AXIS }));
      nodes.push(
        el("text", { x: f.left - 8, y: px(centre + 4), "text-anchor": "end", "font-size": LABEL_FONT }, text),
      );
      return;
    }
    nodes.push(el("line", { x1: edge, x2: edge, y1: bottom, y2: px(bottom + 4), stroke: AXIS }));
    if (i % f.every !== 0) return;
    const y = px(bottom + 15);
    const x = px(f.turned ? centre + 4 : centre);
    const turn = f.turned ? { transform: `rotate(-45 ${x} ${y})` } : {};
    const anchor = f.turned ? "end" : "middle";
    nodes.push(el("text", { x, y, "text-anchor": anchor, "font-size": LABEL_FONT, ...turn }, text));
  });
  return el("g", { class: "chart-category-axis" }, ...nodes);
}

/** The axis titles: the vertical axis' turned along its side, the horizontal one's under the plot. */
export function axisTitles(f: Frame): SvgNode[] {
  const side = (text: string): SvgNode => {
    const y = px(f.top + f.plotHeight / 2);
    const turn = `rotate(-90 16 ${y})`;
    return el(
      "text",
      { x: 16, y, "text-anchor": "middle", "font-size": 12, transform: turn },
      clip(text, 50),
    );
  };
  const under = (text: string): SvgNode => {
    const y = px(f.top + f.plotHeight + f.below - 4);
    const x = px(f.left + f.plotWidth / 2);
    return el("text", { x, y, "text-anchor": "middle", "font-size": 12 }, clip(text, 80));
  };
  const vertical = f.horizontal ? f.chart.categoryAxisTitle : f.chart.valueAxisTitle;
  const horizontal = f.horizontal ? f.chart.valueAxisTitle : f.chart.categoryAxisTitle;
  return [...(vertical ? [side(vertical)] : []), ...(horizontal ? [under(horizontal)] : [])];
}
