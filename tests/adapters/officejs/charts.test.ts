import { OfficeJsWorkbook, TEMP_PREFIX } from "../../../src/adapters/officejs";
import { CHART_TYPES } from "../../../src/adapters/officejs/charts";
import { analyze } from "../../../src/core/analyze";
import { cellRef } from "../../../src/workbook/a1";
import { outputLayouts } from "../../../src/workbook/render";
import { exampleInput } from "../../../src/workbook/template";
import type { CellBlock, ChartLayout, SheetLayout } from "../../../src/workbook/port";
import { sliceColors } from "../../../src/workbook/slice-colors";
import { excelApiSets, minor } from "./api-sets";
import { chartRangeAddress } from "./fake-charts";
import { FakeExcel } from "./fake-excel";
import { rankingLayout, tranchesLayout } from "./layouts";

/** The add-in's charts: Excel's chart API on the fake Office, in the same requests as the sheets. */

const upTo = (max: string) => (set: string, version: string) =>
  set === "ExcelApi" && Number(version.split(".")[1]) <= Number(max.split(".")[1]);

function book(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("Программа", [["Параметр", "Значение"]]);
  return excel;
}

function port(excel: FakeExcel, supports: (s: string, v: string) => boolean = () => true) {
  return new OfficeJsWorkbook(excel.run, { supports, random: () => 0.25 });
}

/** Рейтинг's totals (column E) of the first `top` applications, the pass score drawn as a line (column F). */
function rankingChart(top: number): ChartLayout {
  return {
    kind: "column",
    title: "Итоговый балл",
    altText: "Итоговый балл каждой заявки и проходной балл",
    categories: { firstRow: 4, lastRow: 3 + top, firstCol: 2, lastCol: 2 },
    series: [
      { name: "Балл", values: { firstRow: 4, lastRow: 3 + top, firstCol: 5, lastCol: 5 }, color: "0072B2" },
      {
        name: "Проходной балл",
        values: { firstRow: 4, lastRow: 3 + top, firstCol: 6, lastCol: 6 },
        color: "D55E00",
        asLine: true,
      },
    ],
    categoryAxisTitle: "Заявка",
    valueAxisTitle: "Балл",
    numberFormat: "0.00",
    dataLabels: true,
    anchor: { from: { row: 3, col: 17 }, to: { row: 23, col: 27 } },
  };
}

function withCharts(layout: SheetLayout, charts: readonly ChartLayout[]): SheetLayout {
  return { ...layout, charts };
}

/** Co-financing by source: a pie of B2:B4 named by A2:A4. */
function cofinancing(): SheetLayout {
  return {
    name: "Софинансирование",
    rows: [
      ["Источник", "Сумма"],
      ["Бюджет", 600000],
      ["НКО", 250000],
      ["Доноры", 150000],
    ],
    columns: [
      { width: 20, format: "text" },
      { width: 14, format: "money" },
    ],
    tables: [{ name: "GszCofinancing", headerRow: 1, lastRow: 4 }],
    charts: [
      {
        kind: "pie",
        title: "Софинансирование программы",
        altText: "Доли источников",
        categories: { firstRow: 2, lastRow: 4, firstCol: 1, lastCol: 1 },
        series: [
          { name: "Сумма", values: { firstRow: 2, lastRow: 4, firstCol: 2, lastCol: 2 }, color: "009E73" },
        ],
        numberFormat: "#,##0.00",
        dataLabels: true,
        anchor: { from: { row: 1, col: 4 }, to: { row: 16, col: 11 } },
      },
    ],
  };
}

describe("the add-in's charts (Excel chart API)", () => {
  it("draws a column chart whose series point at the sheet's own cells, the pass score as a line", async () => {
    const excel = book();
    await port(excel).writeSheets([withCharts(rankingLayout(10), [rankingChart(10)])]);
    const charts = excel.sheet("Рейтинг")?.charts ?? [];
    expect(charts).toHaveLength(1);
    const [chart] = charts;
    expect(chart?.type).toBe("ColumnClustered");
    expect(chart?.seriesBy).toBe("Columns");
    expect(chart?.title).toBe("Итоговый балл");
    expect(chart?.name).toBe("Итоговый балл");
    expect(chart?.series.map((s) => s.name)).toEqual(["Балл", "Проходной балл"]);
    expect(chart?.series.map((s) => chartRangeAddress(s.values))).toEqual([
      "'Рейтинг'!E4:E13",
      "'Рейтинг'!F4:F13",
    ]);
    expect(chart?.series.map((s) => s.xValues && chartRangeAddress(s.xValues))).toEqual([
      "'Рейтинг'!B4:B13",
      "'Рейтинг'!B4:B13",
    ]);
    const [bars, line] = chart?.series ?? [];
    expect(bars).toMatchObject({ fill: "#0072B2", hasDataLabels: true });
    expect(bars?.chartType).toBeUndefined();
    expect(line).toMatchObject({
      chartType: "Line",
      lineColor: "#D55E00",
      hasDataLabels: false,
      markerStyle: "None",
    });
    expect(line?.fill).toBeUndefined();
    expect(chart?.categoryAxisTitle).toBe("Заявка");
    expect(chart?.valueAxisTitle).toBe("Балл");
    expect(chart?.valueAxisNumberFormat).toBe("0.00");
    expect(chart?.dataLabels).toEqual({ showValue: true, numberFormat: "0.00" });
    expect(chart?.legend).toEqual({ visible: true, position: "Bottom" });
    // From Q3 up to the top-left corner of AA23: the chart covers Q3:Z22.
    expect(chart?.position && chartRangeAddress(chart.position.from)).toBe("'Рейтинг'!Q3:Q3");
    expect(chart?.position && chartRangeAddress(chart.position.to)).toBe("'Рейтинг'!Z22:Z22");
    // The values the series point at are the sheet's totals, as written.
    const values = excel.values("Рейтинг");
    expect(values.slice(3, 13).map((r) => r[4])).toEqual(
      rankingLayout(10)
        .rows.slice(3, 13)
        .map((r) => r[4]),
    );
  });

  it("colours a pie's slices one by one, its series' colour first, and names no axes", async () => {
    const excel = book();
    const layout = cofinancing();
    await port(excel).writeSheets([layout]);
    const [chart] = excel.sheet("Софинансирование")?.charts ?? [];
    expect(chart?.type).toBe("Pie");
    const [series] = chart?.series ?? [];
    expect(series && chartRangeAddress(series.values)).toBe("'Софинансирование'!B2:B4");
    expect(series?.xValues && chartRangeAddress(series.xValues)).toBe("'Софинансирование'!A2:A4");
    const chartLayout = layout.charts?.[0];
    if (!chartLayout) throw new Error("no chart");
    expect([...(series?.pointFills.entries() ?? [])]).toEqual(
      sliceColors(chartLayout, 3).map((c, i) => [i, `#${c}`]),
    );
    expect(series?.pointFills.get(0)).toBe("#009E73");
    expect(series?.fill).toBeUndefined();
    expect(chart?.categoryAxisTitle).toBeUndefined();
    expect(chart?.valueAxisNumberFormat).toBeUndefined();
    expect(chart?.legend.visible).toBe(true);
  });

  it("maps every kind to its Excel chart type, rows of cells by rows", async () => {
    const excel = book();
    const kinds: ChartLayout["kind"][] = ["column", "bar", "stacked-column", "stacked-bar", "line", "pie"];
    const row = { firstRow: 2, lastRow: 2, firstCol: 2, lastCol: 4 };
    const charts = kinds.map((kind, i): ChartLayout => ({
      kind,
      title: `Chart ${kind}`,
      altText: kind,
      categories: { firstRow: 1, lastRow: 1, firstCol: 2, lastCol: 4 },
      series: [{ name: "s", values: row, color: "56B4E9" }],
      numberFormat: "0",
      dataLabels: false,
      anchor: { from: { row: 5 + i * 20, col: 1 }, to: { row: 24 + i * 20, col: 8 } },
    }));
    const layout: SheetLayout = {
      name: "Итоги",
      rows: [
        ["", "Янв", "Фев", "Мар"],
        ["Сумма", 1, 2, 3],
      ],
      columns: [],
      tables: [],
      charts,
    };
    await port(excel).writeSheets([layout]);
    const written = excel.sheet("Итоги")?.charts ?? [];
    expect(written.map((c) => c.type)).toEqual([
      "ColumnClustered",
      "BarClustered",
      "ColumnStacked",
      "BarStacked",
      "Line",
      "Pie",
    ]);
    expect(written.every((c) => c.seriesBy === "Rows")).toBe(true);
    expect(written.map((c) => c.series.map((s) => chartRangeAddress(s.values)))).toEqual(
      kinds.map(() => ["'Итоги'!B2:D2"]),
    );
    // A line chart's series is coloured as a line; no data labels anywhere when the layout has none.
    expect(written[4]?.series[0]).toMatchObject({ lineColor: "#56B4E9", hasDataLabels: false });
    expect(written.every((c) => c.dataLabels.showValue === undefined)).toBe(true);
    expect(written.every((c) => c.legend.visible === (c.type === "Pie"))).toBe(true);
  });

  it("keeps the number of syncs whatever the number of charts and rows", async () => {
    const syncs: number[] = [];
    for (const [rows, count] of [
      [10, 0],
      [10, 1],
      [10, 12],
      [10_000, 12],
    ] as const) {
      const excel = book();
      const charts = Array.from({ length: count }, () => rankingChart(Math.min(rows, 20)));
      await port(excel).writeSheets([
        withCharts(rankingLayout(rows), charts),
        tranchesLayout(rows),
        cofinancing(),
      ]);
      expect(excel.sheet("Рейтинг")?.charts).toHaveLength(count);
      syncs.push(excel.syncs);
    }
    // load names, one write request, the final swap: charts ride in the write request.
    expect(syncs).toEqual([3, 3, 3, 3]);
  });

  it("sets no ExcelApi 1.8 property on Office 2019 (1.7), and draws the same charts", async () => {
    const excel = book();
    await port(excel, upTo("1.7")).writeSheets([withCharts(rankingLayout(10), [rankingChart(10)])]);
    const [chart] = excel.sheet("Рейтинг")?.charts ?? [];
    expect(chart?.series).toHaveLength(2);
    expect(chart?.valueAxisNumberFormat).toBeUndefined();
    expect(chart?.dataLabels).toEqual({ showValue: true });
  });

  it("replaces the charts with their sheet on a second run", async () => {
    const excel = book();
    const layouts = [withCharts(rankingLayout(10), [rankingChart(10)]), cofinancing()];
    await port(excel).writeSheets(layouts);
    await port(excel).writeSheets(layouts);
    expect(excel.sheet("Рейтинг")?.charts).toHaveLength(1);
    expect(excel.sheet("Софинансирование")?.charts).toHaveLength(1);
    expect(excel.sheets.some((s) => s.name.startsWith(TEMP_PREFIX))).toBe(false);
  });

  it("leaves the earlier outputs as they were when adding a chart fails", async () => {
    const excel = book();
    await port(excel).writeSheets([withCharts(rankingLayout(10), [rankingChart(10)])]);
    const before = excel.values("Рейтинг");
    excel.failOn = { op: "charts.add", nth: 2 };
    await expect(
      port(excel).writeSheets([withCharts(rankingLayout(12), [rankingChart(12)])]),
    ).rejects.toThrow(/charts.add/);
    expect(excel.values("Рейтинг")).toEqual(before);
    expect(excel.sheet("Рейтинг")?.charts).toHaveLength(1);
    expect(excel.sheets.some((s) => s.name.startsWith(TEMP_PREFIX))).toBe(false);
  });

  /** The Office.js member behind each chart operation of the fake (fake-charts.ts). */
  const MEMBERS: Readonly<Record<string, readonly string[]>> = {
    "charts.add": ["Worksheet.charts", "ChartCollection.add"],
    "chart.name": ["Chart.name"],
    "chart.title": ["Chart.title", "ChartTitle.text"],
    "chart.series.add": ["Chart.series", "ChartSeriesCollection.add"],
    "chart.dataLabels.showValue": ["Chart.dataLabels", "ChartDataLabels.showValue"],
    "chart.dataLabels.numberFormat": ["ChartDataLabels.numberFormat"],
    "chart.categoryAxis.title": [
      "Chart.axes",
      "ChartAxes.categoryAxis",
      "ChartAxis.title",
      "ChartAxisTitle.text",
    ],
    "chart.valueAxis.title": ["ChartAxes.valueAxis", "ChartAxis.title", "ChartAxisTitle.text"],
    "chart.valueAxis.numberFormat": ["ChartAxis.numberFormat"],
    "chart.legend.visible": ["Chart.legend", "ChartLegend.visible"],
    "chart.legend.position": ["ChartLegend.position"],
    "chart.setPosition": ["Chart.setPosition"],
    "series.setValues": ["ChartSeriesCollection.getItemAt", "ChartSeries.setValues"],
    "series.setXAxisValues": ["ChartSeries.setXAxisValues"],
    "series.name": ["ChartSeries.name"],
    "series.chartType": ["ChartSeries.chartType"],
    "series.markerStyle": ["ChartSeries.markerStyle"],
    "series.hasDataLabels": ["ChartSeries.hasDataLabels"],
    "series.format.fill": ["ChartSeries.format", "ChartSeriesFormat.fill", "ChartFill.setSolidColor"],
    "series.format.line.color": ["ChartSeriesFormat.line", "ChartLineFormat.color"],
    "series.points.fill": [
      "ChartSeries.points",
      "ChartPointsCollection.getItemAt",
      "ChartPoint.format",
      "ChartPointFormat.fill",
      "ChartFill.setSolidColor",
    ],
  };

  /** The chart operations a write ran, each with the highest requirement set of the members behind it. */
  async function chartCalls(supports: (s: string, v: string) => boolean): Promise<Map<string, number>> {
    const excel = book();
    await port(excel, supports).writeSheets([
      withCharts(rankingLayout(10), [rankingChart(10)]),
      cofinancing(),
    ]);
    const sets = excelApiSets();
    const calls = new Map<string, number>();
    for (const op of excel.operationsRun().filter((o) => /^(charts|chart|series)\./.test(o))) {
      const members = MEMBERS[op];
      if (!members) throw new Error(`${op}: which Office.js member is it? (map it above)`);
      const versions = members.map((m) => {
        const set = sets.get(m);
        if (!set) throw new Error(`${m} has no ExcelApi set in @types/office-js`);
        return minor(set);
      });
      calls.set(op, Math.max(...versions));
    }
    return calls;
  }

  it("calls only ExcelApi ≤ 1.7 chart members on Office 2019, and the 1.8 number formats where supported", async () => {
    const office2019 = await chartCalls(upTo("1.7"));
    expect(office2019.size).toBeGreaterThan(15);
    expect([...office2019].filter(([, v]) => v > 7)).toEqual([]);
    const current = await chartCalls(() => true);
    const newer = [...current].filter(([, v]) => v > 7).map(([op, v]) => [op, `1.${v}`]);
    expect(newer.sort()).toEqual([
      ["chart.dataLabels.numberFormat", "1.8"],
      ["chart.valueAxis.numberFormat", "1.8"],
    ]);
  });

  it("draws every chart the render layer gives the example's output sheets, in as many syncs as without", async () => {
    const input = exampleInput("ru");
    const outputs = outputLayouts(input, analyze(input), {
      lang: "ru",
      now: new Date(Date.UTC(2026, 10, 23)),
      fingerprint: "0".repeat(64),
    });
    expect(outputs.filter((l) => l.charts?.length).length).toBeGreaterThanOrEqual(3);
    const excel = book();
    await port(excel).writeSheets(outputs);
    const address = (sheet: string, b: CellBlock): string =>
      `'${sheet}'!${cellRef(b.firstRow, b.firstCol)}:${cellRef(b.lastRow, b.lastCol)}`;
    for (const layout of outputs) {
      const written = excel.sheet(layout.name)?.charts ?? [];
      expect(
        written.map((c) => [
          c.type,
          c.title,
          c.series.map((s) => [
            s.name,
            chartRangeAddress(s.values),
            s.xValues && chartRangeAddress(s.xValues),
          ]),
        ]),
      ).toEqual(
        (layout.charts ?? []).map((c) => [
          CHART_TYPES[c.kind],
          c.title,
          c.series.map((s) => [s.name, address(layout.name, s.values), address(layout.name, c.categories)]),
        ]),
      );
    }
    const plain = book();
    await port(plain).writeSheets(outputs.map((l) => ({ ...l, charts: [] })));
    expect(excel.syncs).toBe(plain.syncs);
  });
});
