import { el, px, type SvgNode } from "./node";
import { clip, textWidth } from "./text";

export interface LegendItem {
  readonly label: string;
  readonly color: string;
  /** Drawn as a short line (a series drawn as a line) rather than a square. */
  readonly line?: boolean;
}

const ROW = 20;

/** How the legend's items wrap into rows across `width`, and the height they take. */
export function legendRows(
  items: readonly LegendItem[],
  width: number,
): { rows: LegendItem[][]; height: number } {
  const rows: LegendItem[][] = [];
  let used = Infinity;
  for (const item of items) {
    const w = itemWidth(item);
    if (used + w > width) {
      rows.push([]);
      used = 0;
    }
    rows[rows.length - 1]?.push(item);
    used += w;
  }
  return { rows, height: rows.length * ROW };
}

function itemWidth(item: LegendItem): number {
  return 22 + textWidth(clip(item.label, 60)) + 18;
}

/** The legend, centred under the chart from `top`. */
export function legend(items: readonly LegendItem[], width: number, top: number): SvgNode {
  const { rows } = legendRows(items, width);
  return el(
    "g",
    { class: "chart-legend" },
    ...rows.flatMap((row, r) => {
      const total = row.reduce((s, i) => s + itemWidth(i), 0);
      let x = (width - total) / 2;
      const y = top + r * ROW + ROW / 2;
      return row.map((item) => {
        const at = x;
        x += itemWidth(item);
        const swatch = item.line
          ? el("line", {
              x1: px(at),
              x2: px(at + 14),
              y1: px(y),
              y2: px(y),
              stroke: item.color,
              "stroke-width": 3,
            })
          : el("rect", { x: px(at), y: px(y - 6), width: 12, height: 12, fill: item.color });
        return el(
          "g",
          {},
          swatch,
          el("text", { x: px(at + 20), y: px(y + 4), "font-size": 12 }, clip(item.label, 60)),
        );
      });
    }),
  );
}
