import Decimal from "decimal.js";
import { chartSvg, chartTable } from "../../../src/web/charts/chart";
import { findAll, textsOf, type SvgNode } from "../../../src/web/charts/node";
import { sliceColors } from "../../../src/workbook/slice-colors";
import type { ChartLayout, SheetLayout } from "../../../src/workbook/port";
import { cofinancingWithCharts, rankingWithChart } from "./layouts";

/** The SVG of the offline page's charts, built as data and read back without a browser. */

function chartOf(layout: SheetLayout, i = 0): ChartLayout {
  const chart = layout.charts?.[i];
  if (!chart) throw new Error("no chart");
  return chart;
}

function group(svg: SvgNode, cls: string): SvgNode {
  const found = findAll(svg, "g").find((g) => g.attrs.class === cls);
  if (!found) throw new Error(`no group ${cls}`);
  return found;
}

/** A total as the sheet shows it (`0.00`, half-up on its decimal text), with a decimal comma. */
const ru2 = (t: number): string => new Decimal(String(t)).toFixed(2, Decimal.ROUND_HALF_UP).replace(".", ",");
const num = (node: SvgNode, attr: string): number => Number(node.attrs[attr]);
const tip = (node: SvgNode): string =>
  textsOf(findAll(node, "title")[0] ?? { tag: "", attrs: {}, children: [] }).join("");

describe("a chart as accessible SVG", () => {
  it("is an image named by its title and described by its alternative text", () => {
    const layout = rankingWithChart(5);
    const chart = chartOf(layout);
    const svg = chartSvg(layout, chart, "ru", "c1");
    expect(svg.attrs.role).toBe("img");
    expect(svg.attrs["aria-labelledby"]).toBe("c1-title");
    expect(svg.attrs["aria-describedby"]).toBe("c1-desc");
    const [title] = findAll(svg, "title");
    const [desc] = findAll(svg, "desc");
    expect(title?.attrs.id).toBe("c1-title");
    expect(title && textsOf(title)).toEqual([chart.title]);
    expect(desc?.attrs.id).toBe("c1-desc");
    expect(desc && textsOf(desc)).toEqual([chart.altText]);
  });

  it("draws one bar per application, heights in proportion to the sheet's totals, the pass score as a line", () => {
    const layout = rankingWithChart(5);
    const svg = chartSvg(layout, chartOf(layout), "ru", "c1");
    const bars = findAll(group(svg, "chart-bars"), "rect");
    const totals = layout.rows.slice(3, 8).map((r) => r[2] as number);
    expect(bars).toHaveLength(5);
    // The axis starts at 0: each height over its total is one and the same scale.
    const ratios = bars.map((b, i) => num(b, "height") / (totals[i] ?? 1));
    for (const r of ratios) expect(r).toBeCloseTo(ratios[0] ?? 0, 1);
    expect(bars.every((b) => b.attrs.fill === "#0072B2")).toBe(true);
    // Tooltips and labels in Russian: decimal comma, the application's number (the link's text).
    expect(bars.map(tip)).toEqual(totals.map((t, i) => `A-0000${i + 1}, Балл: ${ru2(t)}`));
    expect(textsOf(group(svg, "chart-labels"))).toEqual(totals.map(ru2));
    const line = group(svg, "chart-line");
    const [polyline] = findAll(line, "polyline");
    expect(polyline?.attrs.stroke).toBe("#D55E00");
    const ys = String(polyline?.attrs.points)
      .split(" ")
      .map((p) => Number(p.split(",")[1]));
    expect(ys).toHaveLength(5);
    expect(new Set(ys).size).toBe(1);
    // The value axis has ticks with their labels, the legend both series.
    expect(textsOf(group(svg, "chart-value-axis"))).toEqual(["0", "20", "40", "60", "80", "100"]);
    expect(textsOf(group(svg, "chart-legend"))).toEqual(["Балл", "Проходной балл"]);
  });

  it("writes numbers the English way on an English page", () => {
    const layout = cofinancingWithCharts();
    const svg = chartSvg(layout, chartOf(layout), "en", "c2");
    expect(textsOf(group(svg, "chart-legend"))).toEqual([
      "Бюджет — 600,000.00 (60.0\u00a0%)",
      "НКО — 250,000.50 (25.0\u00a0%)",
      "Доноры — 149,999.50 (15.0\u00a0%)",
    ]);
  });

  it("draws a pie's slices in the shared palette, their angles the shares of the sources", () => {
    const layout = cofinancingWithCharts();
    const chart = chartOf(layout);
    const svg = chartSvg(layout, chart, "ru", "c2");
    const slices = findAll(group(svg, "chart-slices"), "path");
    expect(slices.map((s) => s.attrs.fill)).toEqual(sliceColors(chart, 3).map((c) => `#${c}`));
    expect(slices.map(tip)).toEqual([
      "Бюджет: 600\u00a0000,00 (60,0\u00a0%)",
      "НКО: 250\u00a0000,50 (25,0\u00a0%)",
      "Доноры: 149\u00a0999,50 (15,0\u00a0%)",
    ]);
    // The first slice is large (more than half): its arc says so.
    expect(String(slices[0]?.attrs.d)).toMatch(/ 0 1 1 /);
    expect(String(slices[1]?.attrs.d)).toMatch(/ 0 0 1 /);
    expect(textsOf(group(svg, "chart-labels"))).toEqual(["60,0\u00a0%", "25,0\u00a0%", "15,0\u00a0%"]);
  });

  it("stacks each application's sources end to end, as long as its total", () => {
    const layout = cofinancingWithCharts();
    const svg = chartSvg(layout, chartOf(layout, 1), "ru", "c3");
    const rects = findAll(group(svg, "chart-bars"), "rect");
    // A-00002 has nothing from donors: no empty segment.
    expect(rects).toHaveLength(8);
    const first = rects.slice(0, 3);
    for (let k = 1; k < first.length; k++) {
      expect(num(first[k] as SvgNode, "x")).toBeCloseTo(
        num(first[k - 1] as SvgNode, "x") + num(first[k - 1] as SvgNode, "width"),
        1,
      );
    }
    const perSom = num(rects[0] as SvgNode, "width") / 300000;
    const total = first.reduce((s, r) => s + num(r, "width"), 0);
    expect(total / perSom).toBeCloseTo(450000, -2);
    expect(rects.map((r) => r.attrs.fill).slice(0, 3)).toEqual(["#0072B2", "#E69F00", "#009E73"]);
  });

  it("gives its numbers as a table: a row per category, a column per series, formatted", () => {
    const layout = cofinancingWithCharts();
    expect(chartTable(layout, chartOf(layout, 1), "ru")).toEqual({
      caption: "Софинансирование по заявкам",
      head: ["", "Бюджет", "НКО", "Доноры"],
      rows: [
        ["A-00001", "300\u00a0000,00", "100\u00a0000,00", "50\u00a0000,00"],
        ["A-00002", "200\u00a0000,00", "100\u00a0000,50", "0,00"],
        ["A-00003", "100\u00a0000,00", "50\u00a0000,00", "99\u00a0999,50"],
      ],
    });
  });

  it("draws one application, and twenty with their labels turned, without losing a bar", () => {
    const one = rankingWithChart(1);
    const svg1 = chartSvg(one, chartOf(one), "ru", "c4");
    expect(findAll(group(svg1, "chart-bars"), "rect")).toHaveLength(1);
    // A single pass-score point still gets a line across its band.
    const points = String(findAll(group(svg1, "chart-line"), "polyline")[0]?.attrs.points).split(" ");
    expect(points).toHaveLength(2);
    const many = rankingWithChart(2000);
    const svg = chartSvg(many, chartOf(many), "ru", "c5");
    expect(findAll(group(svg, "chart-bars"), "rect")).toHaveLength(20);
    const labels = findAll(group(svg, "chart-category-axis"), "text");
    expect(labels).toHaveLength(20);
    expect(labels.every((l) => String(l.attrs.transform).startsWith("rotate(-45"))).toBe(true);
  });

  it("thins the category labels when even turned they do not fit, keeping every bar and its tooltip", () => {
    const layout = rankingWithChart(200);
    const chart = chartOf(layout);
    const wide: ChartLayout = {
      ...chart,
      categories: { ...chart.categories, lastRow: 203 },
      series: chart.series.map((s) => ({ ...s, values: { ...s.values, lastRow: 203 } })),
    };
    const svg = chartSvg(layout, wide, "ru", "c6");
    const bars = findAll(group(svg, "chart-bars"), "rect");
    expect(bars).toHaveLength(200);
    const labels = findAll(group(svg, "chart-category-axis"), "text");
    expect(labels.length).toBeLessThan(200);
    expect(labels.length).toBeGreaterThan(20);
    // No value labels squeezed onto bars a few pixels wide.
    expect(textsOf(group(svg, "chart-labels"))).toEqual([]);
  });
});

describe("a pie's slice colours", () => {
  it("are the layout's point colours where it gives them, the palette after the series' colour otherwise", () => {
    const layout = cofinancingWithCharts();
    const chart = chartOf(layout);
    expect(sliceColors(chart, 3)).toEqual(["0072B2", "E69F00", "009E73"]);
    const first = chart.series[0];
    if (!first) throw new Error("no series");
    const given: ChartLayout = { ...chart, series: [{ ...first, pointColors: ["009E73", "CC79A7"] }] };
    expect(sliceColors(given, 3)).toEqual(["009E73", "CC79A7", "009E73"]);
    const svg = chartSvg(layout, given, "ru", "c9");
    expect(findAll(group(svg, "chart-slices"), "path").map((p) => p.attrs.fill)).toEqual([
      "#009E73",
      "#CC79A7",
      "#009E73",
    ]);
  });
});

describe("a line with empty cells", () => {
  it("breaks where a cell is empty, and strokes a lone point across its band", () => {
    const layout = rankingWithChart(6);
    // Rows 6 and 8 (applications 3 and 5) lose their pass score: runs 1–2, 4 alone, 6 alone.
    const rows = layout.rows.map((r, i) => (i === 5 || i === 7 ? [...r.slice(0, 3), null] : r));
    const svg = chartSvg({ ...layout, rows }, chartOf(layout), "ru", "c10");
    const lines = findAll(group(svg, "chart-line"), "polyline").map((p) => String(p.attrs.points).split(" "));
    expect(lines.map((l) => l.length)).toEqual([2, 2, 2]);
    expect(findAll(group(svg, "chart-line"), "circle")).toHaveLength(4);
  });
});
