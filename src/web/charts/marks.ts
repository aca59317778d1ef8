import { el, px, type SvgNode } from "./node";
import { valueLabel, type Frame } from "./frame";
import { textOn, textWidth } from "./text";

/** What a column, bar or line chart draws in its plot: the bars and their values, the lines and points. */

/** No bar wider than this, however few the categories. */
const MAX_BAR = 56;

/** A rectangle from value v0 to v1, across the band from `from` for `length`, with a tooltip. */
function bar(
  f: Frame,
  from: number,
  length: number,
  v0: number,
  v1: number,
  fill: string,
  tip: string,
): SvgNode {
  const a = Math.min(f.at(v0), f.at(v1));
  const extent = Math.abs(f.at(v1) - f.at(v0));
  const box = f.horizontal
    ? { x: px(a), y: px(from), width: px(extent), height: px(length) }
    : { x: px(from), y: px(a), width: px(length), height: px(extent) };
  return el("rect", { ...box, fill }, el("title", {}, tip));
}

/** The bars, side by side in each band or stacked, and their values where they fit. */
export function barMarks(f: Frame): SvgNode[] {
  const drawn: SvgNode[] = [];
  const texts: SvgNode[] = [];
  const count = Math.max(1, f.bars.length);
  const inner = Math.min(f.band * (f.stacked ? 0.6 : 0.72), MAX_BAR * (f.stacked ? 1 : count));
  const each = f.stacked ? inner : inner / count;
  f.data.categories.forEach((category, i) => {
    let up = 0;
    let down = 0;
    f.bars.forEach((s, j) => {
      const v = s.values[i];
      // A zero adds no segment to a stack (it would be an empty sliver with a tooltip).
      if (v === null || v === undefined || (f.stacked && v === 0)) return;
      const text = f.valueTexts[j]?.[i] ?? "";
      const from = f.bandStart(i) + (f.band - inner) / 2 + (f.stacked ? 0 : j * each);
      const base = f.stacked ? (v >= 0 ? up : down) : 0;
      const end = base + v;
      if (f.stacked && v >= 0) up = end;
      else if (f.stacked) down = end;
      drawn.push(bar(f, from, each, base, end, s.color, `${category}, ${s.name}: ${text}`));
      if (!f.chart.dataLabels) return;
      const mid = from + each / 2;
      if (f.stacked) {
        // Inside its segment, in the colour that reads on it, where the segment has room.
        const length = Math.abs(f.at(end) - f.at(base));
        const width = textWidth(text, 10);
        const fits = f.horizontal ? length >= width + 8 : length >= 14 && each >= width + 4;
        const p = (f.at(base) + f.at(end)) / 2;
        const colour = textOn(s.color);
        if (fits)
          texts.push(
            f.horizontal
              ? valueLabel(p, mid + 4, text, "middle", colour)
              : valueLabel(mid, p + 4, text, "middle", colour),
          );
      } else if (f.horizontal) {
        if (each >= 10)
          texts.push(valueLabel(f.at(end) + (v >= 0 ? 4 : -4), mid + 4, text, v >= 0 ? "start" : "end"));
      } else if (textWidth(text, 10) <= each + 2) {
        texts.push(valueLabel(mid, f.at(end) + (v >= 0 ? -4 : 12), text, "middle"));
      }
    });
  });
  return [el("g", { class: "chart-bars" }, ...drawn), el("g", { class: "chart-labels" }, ...texts)];
}

type Point = { readonly i: number; readonly v: number };

/**
 * The lines, through the middle of each band: an empty cell breaks a line (as Excel leaves a gap), a point
 * alone gets a stroke across its band; a point per value with a tooltip, values written on a line chart's.
 */
export function lineMarks(f: Frame): SvgNode[] {
  const xy = (p: Point): [number, number] => {
    const c = f.bandStart(p.i) + f.band / 2;
    return f.horizontal ? [f.at(p.v), c] : [c, f.at(p.v)];
  };
  return f.lines.map((s) => {
    const points = s.values.flatMap((v, i): Point[] => (v === null ? [] : [{ i, v }]));
    const runs: Point[][] = [];
    for (const p of points) {
      const run = runs[runs.length - 1];
      if (run && run[run.length - 1]?.i === p.i - 1) run.push(p);
      else runs.push([p]);
    }
    const paths = runs.map((run): [number, number][] => {
      const [only] = run;
      if (run.length > 1 || !only) return run.map(xy);
      const [x, y] = xy(only);
      const half = f.band / 2;
      return f.horizontal
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
      const [x, y] = xy(p);
      const tip = `${f.data.categories[p.i] ?? ""}, ${s.name}: ${f.format(p.v)}`;
      return el("circle", { cx: px(x), cy: px(y), r: 3, fill: s.color }, el("title", {}, tip));
    });
    const last = f.data.categories.length - 1;
    const labelled =
      f.chart.dataLabels && f.chart.kind === "line" && points.length <= 24
        ? points.map((p) => {
            const [x, y] = xy(p);
            // The first and last labels lean inwards, so that the plot's edges do not cut them.
            const anchor = p.i === 0 ? "start" : p.i === last ? "end" : "middle";
            return valueLabel(x, y - 7, f.format(p.v), anchor);
          })
        : [];
    const strokes = paths.map((path) =>
      el("polyline", {
        points: path.map(([x, y]) => `${px(x)},${px(y)}`).join(" "),
        fill: "none",
        stroke: s.color,
        "stroke-width": 2.5,
      }),
    );
    return el("g", { class: "chart-line" }, ...strokes, ...marks, ...labelled);
  });
}
