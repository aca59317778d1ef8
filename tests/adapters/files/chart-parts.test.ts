/**
 * The chart parts read back from written results workbooks, as another program reads them: every
 * series points at existing cells of its own sheet whose values are the report's figures (the
 * co-financing pie's are `cofinancing.program` exactly), the caches hold those values, the XML is in
 * the schema's element order (Excel's condition), and a competition of 1 or 2 000 applications gives
 * charts of a readable size.
 */
import Decimal from "decimal.js";
import { chartParts, drawingRelsPath } from "../../../src/adapters/files/chart-parts";
import { blockFormula } from "../../../src/adapters/files/charts/cells";
import { openWorkbook } from "../../../src/adapters/files";
import { SOURCE_KEYS } from "../../../src/core/model";
import { sumMoney } from "../../../src/core/money";
import type { CellValue, ChartLayout, SheetLayout } from "../../../src/workbook/port";
import { MAX_BARS } from "../../../src/workbook/render/charts/ranking";
import { parseRelationships, sheetParts } from "../../../src/adapters/files/ooxml";
import { readZipDirectory, unpackEntry } from "../../../src/adapters/files/zip";
import { at, descendants, parseXml, type XmlNode } from "../../support/xml-tree";
import { chartInput, chartedResults, type ChartedResults } from "./charts/results-books";
import { parseRef, readCharts, type ReadChart } from "./charts/read-charts";
import { orderProblems } from "./charts/schema-order";

const block = (firstRow: number, lastRow: number, firstCol: number, lastCol = firstCol) => ({
  firstRow,
  lastRow,
  firstCol,
  lastCol,
});

const COMBO: ChartLayout = {
  kind: "stacked-column",
  title: "Score & <place>",
  altText: 'Totals of "A" & B',
  categories: block(2, 4, 1),
  series: [
    { name: "Funded", values: block(2, 4, 2), color: "0072B2" },
    { name: "Pass score", values: block(2, 4, 3), color: "D55E00", asLine: true },
  ],
  categoryAxisTitle: "Application",
  valueAxisTitle: "Score",
  numberFormat: "0.00",
  dataLabels: true,
  anchor: { from: { row: 6, col: 1 }, to: { row: 20, col: 5 } },
};
const ROWS: SheetLayout["rows"] = [
  ["Application", "Total", "Pass"],
  ["A-1", 81.5, 60],
  ["A-2", { formula: "=B2-10", result: 71.5 }, 60],
  [{ text: "A-3", sheet: "X", row: 1, col: 1 }, null, 60],
];

describe("chartParts", () => {
  const parts = chartParts(
    [COMBO, { ...COMBO, kind: "pie", series: [COMBO.series[0] as never] }],
    "It's a plan 2",
    {
      drawing: 3,
      firstChart: 7,
    },
    ROWS,
  );

  it("numbers the drawing and chart parts and declares their content types", () => {
    expect(parts.drawing.path).toBe("xl/drawings/drawing3.xml");
    expect(drawingRelsPath(parts.drawing.path)).toBe("xl/drawings/_rels/drawing3.xml.rels");
    expect(parts.charts.map((c) => c.path)).toEqual(["xl/charts/chart7.xml", "xl/charts/chart8.xml"]);
    expect(parts.contentTypes).toEqual([
      {
        partName: "/xl/drawings/drawing3.xml",
        contentType: "application/vnd.openxmlformats-officedocument.drawing+xml",
      },
      {
        partName: "/xl/charts/chart7.xml",
        contentType: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
      },
      {
        partName: "/xl/charts/chart8.xml",
        contentType: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
      },
    ]);
    const rels = descendants(parseXml(parts.drawing.relsXml), "Relationship");
    expect(rels.map((r) => [r.attrs.Id, r.attrs.Target])).toEqual([
      ["rId1", "../charts/chart7.xml"],
      ["rId2", "../charts/chart8.xml"],
    ]);
  });

  it("anchors each chart at its cells, with its title and alternative text (escaped)", () => {
    const drawing = parseXml(parts.drawing.xml);
    const [first] = descendants(drawing, "xdr:twoCellAnchor");
    expect(at(first, "xdr:from", "xdr:row")?.text).toBe("5");
    expect(at(first, "xdr:to", "xdr:col")?.text).toBe("4");
    const cNvPr = descendants(drawing, "xdr:cNvPr")[0];
    expect(cNvPr?.attrs).toMatchObject({ title: "Score & <place>", descr: 'Totals of "A" & B' });
    expect(descendants(drawing, "c:chart").map((c) => c.attrs["r:id"])).toEqual(["rId1", "rId2"]);
  });

  it("quotes the sheet name in every reference, doubling its apostrophe", () => {
    const chart = parseXml(parts.charts[0]?.xml ?? "");
    const formulas = descendants(chart, "c:f").map((f) => f.text);
    expect(formulas).toEqual([
      "'It''s a plan 2'!$A$2:$A$4",
      "'It''s a plan 2'!$B$2:$B$4",
      "'It''s a plan 2'!$A$2:$A$4",
      "'It''s a plan 2'!$C$2:$C$4",
    ]);
    expect(parseRef(formulas[1] ?? "")).toMatchObject({ sheet: "It's a plan 2", firstRow: 2, lastCol: 2 });
    expect(blockFormula("Рейтинг", block(5, 5, 28))).toBe("'Рейтинг'!$AB$5");
    expect(blockFormula("A1", block(1, 2, 1))).toBe("'A1'!$A$1:$A$2");
  });

  it("caches the cells' values: numbers, formula results and link texts; an empty cell has no point", () => {
    const chart = parseXml(parts.charts[0]?.xml ?? "");
    const [bars, line] = descendants(chart, "c:ser");
    const pts = (node: ReturnType<typeof at>) =>
      descendants(node ?? chart, "c:pt").map((p) => [p.attrs.idx, at(p, "c:v")?.text]);
    expect(pts(at(bars, "c:val"))).toEqual([
      ["0", "81.5"],
      ["1", "71.5"],
    ]);
    expect(at(bars, "c:val", "c:numRef", "c:numCache", "c:ptCount")?.attrs.val).toBe("3");
    expect(pts(at(bars, "c:cat"))).toEqual([
      ["0", "A-1"],
      ["1", "A-2"],
      ["2", "A-3"],
    ]);
    expect(pts(at(line, "c:val")).map(([, v]) => v)).toEqual(["60", "60", "60"]);
  });

  it("draws bars stacked (overlap 100) and the line series as a line chart on the same axes", () => {
    const plot = at(parseXml(parts.charts[0]?.xml ?? ""), "c:chart", "c:plotArea");
    const bar = at(plot, "c:barChart");
    const line = at(plot, "c:lineChart");
    expect(at(bar, "c:barDir")?.attrs.val).toBe("col");
    expect(at(bar, "c:grouping")?.attrs.val).toBe("stacked");
    expect(at(bar, "c:overlap")?.attrs.val).toBe("100");
    const ids = (n: typeof bar) =>
      (n?.children ?? []).filter((c) => c.name === "c:axId").map((c) => c.attrs.val);
    expect(ids(line)).toEqual(ids(bar));
    expect([at(plot, "c:catAx", "c:axId")?.attrs.val, at(plot, "c:valAx", "c:axId")?.attrs.val]).toEqual(
      ids(bar),
    );
    expect(descendants(bar ?? parseXml("<x/>"), "a:srgbClr")[0]?.attrs.val).toBe("0072B2");
    expect(at(bar, "c:ser", "c:dLbls", "c:numFmt")?.attrs.formatCode).toBe("0.00;-0.00;;");
    // No negative value: the value axis starts at zero, whatever the program would choose.
    expect(at(plot, "c:valAx", "c:scaling", "c:min")?.attrs.val).toBe("0");
    const negative = chartParts([COMBO], "S", { drawing: 1, firstChart: 1 }, [[], ["A-1", -5, 60]]);
    expect(
      at(parseXml(negative.charts[0]?.xml ?? ""), "c:chart", "c:plotArea", "c:valAx", "c:scaling", "c:min"),
    ).toBe(undefined);
  });

  it("writes chart parts in the order of the DrawingML schema", () => {
    for (const c of parts.charts) expect(orderProblems(parseXml(c.xml))).toEqual([]);
    expect(orderProblems(parseXml(parts.drawing.xml))).toEqual([]);
  });
});

/** A written cell's value as the file reader gives it back (1-based). */
function cellAt(values: readonly (readonly CellValue[])[], row: number, col: number): CellValue {
  return values[row - 1]?.[col - 1] ?? null;
}

async function sheetValues(bytes: Uint8Array, name: string): Promise<readonly (readonly CellValue[])[]> {
  const opened = await openWorkbook(bytes, "results.xlsx");
  if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
  const [sheet] = await opened.book.readSheets([name]);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet.values;
}

/** Every series of every chart points at its own sheet's cells, and its cache holds their values. */
async function checkReferences(results: ChartedResults): Promise<Map<string, ReadChart[]>> {
  const charts = await readCharts(results.bytes);
  for (const layout of results.outputs) {
    const read = charts.get(layout.name) ?? [];
    expect(read.length).toBe(layout.charts?.length ?? 0);
    if (read.length === 0) continue;
    const values = await sheetValues(results.bytes, layout.name);
    for (const chart of read) {
      expect(chart.title).not.toBe("");
      expect(chart.altText.length).toBeGreaterThan(40);
      expect(orderProblems(chart.xml)).toEqual([]);
      expect(chart.anchor.to.col - 1).toBeLessThanOrEqual(layout.columns.length);
      for (const series of chart.series) {
        for (const ref of [series.categories, series.values]) {
          expect(ref.sheet).toBe(layout.name);
          expect(ref.firstRow === ref.lastRow || ref.firstCol === ref.lastCol).toBe(true);
        }
        const cells = [];
        for (let r = series.values.firstRow; r <= series.values.lastRow; r++) {
          for (let c = series.values.firstCol; c <= series.values.lastCol; c++)
            cells.push(cellAt(values, r, c));
        }
        expect(series.pointCount).toBe(cells.length);
        // The cache is exactly the numbers of the cells, point by point.
        const fromCells = new Map(cells.flatMap((v, i) => (typeof v === "number" ? [[i, v] as const] : [])));
        expect(series.cachedValues).toEqual(fromCells);
        expect(fromCells.size).toBeGreaterThan(0);
        const labels = [];
        for (let r = series.categories.firstRow; r <= series.categories.lastRow; r++) {
          for (let c = series.categories.firstCol; c <= series.categories.lastCol; c++) {
            labels.push(cellAt(values, r, c));
          }
        }
        expect(labels.length).toBe(cells.length);
        expect([...series.cachedCategories.values()]).toEqual(labels.filter((l) => l !== null).map(String));
      }
    }
  }
  return charts;
}

const num = (d: Decimal): number => d.toNumber();

/** A sheet's part of the written package, parsed. */
async function readSheetXml(bytes: Uint8Array, name: string): Promise<XmlNode> {
  const dir = readZipDirectory(bytes);
  if (!dir) throw new Error("not a zip");
  const text = async (path: string): Promise<string> => {
    const entry = dir.get(path.toLowerCase());
    const data = entry ? await unpackEntry(bytes, entry) : "missing";
    if (typeof data === "string") throw new Error(`${path}: ${data}`);
    return new TextDecoder().decode(data);
  };
  const rels = parseRelationships(await text("xl/_rels/workbook.xml.rels"), "xl/workbook.xml");
  const part = sheetParts(await text("xl/workbook.xml"), rels).find((s) => s.name === name)?.part;
  if (!part) throw new Error(`no sheet ${name}`);
  return parseXml(await text(part));
}

describe("the charts of a results workbook", () => {
  let example: ChartedResults;
  let charts: Map<string, ReadChart[]>;
  beforeAll(async () => {
    example = await chartedResults(chartInput());
    charts = await checkReferences(example);
  }, 60_000);

  it("Kara-Balta: every series points at existing cells of its sheet holding the cached values", () => {
    expect([...charts.keys()].filter((k) => (charts.get(k) ?? []).length > 0)).toEqual([
      "Рейтинг",
      "Софинансирование",
      "Транши",
      "Исполнение",
    ]);
  });

  it("the co-financing pie's values are cofinancing.program exactly, labelled by source", () => {
    const [pie] = charts.get("Софинансирование") ?? [];
    const [series] = pie?.series ?? [];
    expect(series?.chartType).toBe("c:pieChart");
    expect([...(series?.cachedValues.values() ?? [])]).toEqual(
      SOURCE_KEYS.map((k) => num(example.result.cofinancing.program.sources[k])),
    );
    expect([...(series?.cachedCategories.values() ?? [])]).toEqual([
      "Грант",
      "Местный бюджет",
      "Сообщество",
      "НКО",
      "Другие",
    ]);
    expect(pie?.altText).toContain("395\u00a0000,00 сом (77,45 %)");
  });

  it("the per-application chart stacks each application's sources", () => {
    const [, stacked] = charts.get("Софинансирование") ?? [];
    expect(stacked?.series.map((s) => s.name)).toEqual([
      "Грант",
      "Местный бюджет",
      "Сообщество",
      "НКО",
      "Другие",
    ]);
    SOURCE_KEYS.forEach((key, i) => {
      expect([...(stacked?.series[i]?.cachedValues.values() ?? [])]).toEqual(
        example.result.cofinancing.applications.map((a) => num(a.sources[key])),
      );
    });
  });

  it("the ranking chart: funded and not funded totals, the pass score as a line", () => {
    const [ranking] = charts.get("Рейтинг") ?? [];
    const [funded, other, pass] = ranking?.series ?? [];
    const entries = example.result.ranking.filter((e) => e.place !== undefined);
    const totals = (pick: (s: string) => boolean) =>
      entries
        .filter((e) => pick(e.status))
        .map((e) => num(e.total))
        .sort();
    expect([...(funded?.cachedValues.values() ?? [])].sort()).toEqual(totals((s) => s === "funded"));
    expect([...(other?.cachedValues.values() ?? [])].sort()).toEqual(totals((s) => s !== "funded"));
    expect(pass?.chartType).toBe("c:lineChart");
    expect(new Set(pass?.cachedValues.values())).toEqual(
      new Set([num(example.input.program.passScore ?? new Decimal(0))]),
    );
    expect((funded?.cachedValues.size ?? 0) + (other?.cachedValues.size ?? 0)).toBe(entries.length);
  });

  it("the payment calendar adds up to what is still to pay, and to what was paid", () => {
    const [calendar] = charts.get("Транши") ?? [];
    const sum = (s: ReadChart["series"][number] | undefined) =>
      sumMoney([...(s?.cachedValues.values() ?? [])].map((v) => new Decimal(v))).toNumber();
    const contracts = example.result.execution?.contracts ?? [];
    expect(calendar?.series.map((s) => s.name)).toEqual(["Выплачено", "К выплате"]);
    expect(sum(calendar?.series[1])).toBe(
      num(sumMoney(contracts.flatMap((c) => c.tranches.map((t) => t.unpaid)))),
    );
    expect(sum(calendar?.series[0])).toBe(num(sumMoney(contracts.map((c) => c.paid))));
  });

  it("the execution chart: approved, paid and spent per contract, from the contracts table", () => {
    const [execution] = charts.get("Исполнение") ?? [];
    const contracts = example.result.execution?.contracts ?? [];
    expect(execution?.series.map((s) => [...s.cachedValues.values()])).toEqual([
      contracts.map((c) => num(c.grant)),
      contracts.map((c) => num(c.paid)),
      contracts.map((c) => num(c.spent)),
    ]);
    expect([...(execution?.series[0]?.cachedCategories.values() ?? [])]).toEqual(
      contracts.map((c) => c.contract),
    );
  });

  it("a chart section starts a printed page where the layout says (rowBreaks above its row)", async () => {
    const layout = example.outputs.find((l) => l.name === "Софинансирование");
    expect(layout?.pageBreaks?.length).toBeGreaterThan(0);
    const opened = await readSheetXml(example.bytes, "Софинансирование");
    const breaks = descendants(opened, "brk").map((b) => Number(b.attrs.id) + 1);
    expect(breaks).toEqual(layout?.pageBreaks);
    // The break is at the chart section's heading, and the charts are below it.
    const heading = breaks[0] ?? 0;
    expect(layout?.rows[heading - 1]).toEqual(["Диаграмма"]);
    for (const c of layout?.charts ?? []) expect(c.anchor.from.row).toBeGreaterThan(heading);
  });

  it("one application: a chart of one bar and its pass score, a pie of its money", async () => {
    const one = await chartedResults(chartInput(1));
    const read = await checkReferences(one);
    const [ranking] = read.get("Рейтинг") ?? [];
    expect(ranking?.series[0]?.pointCount).toBe(1);
    const [pie] = read.get("Софинансирование") ?? [];
    expect([...(pie?.series[0]?.cachedValues.values() ?? [])]).toEqual(
      SOURCE_KEYS.map((k) => num(one.result.cofinancing.program.sources[k])),
    );
  }, 60_000);

  it("2 000 applications: at most MAX_BARS bars around each direction's funding line, per direction co-financing", async () => {
    const big = await chartedResults(chartInput(2000));
    const read = await checkReferences(big);
    const [ranking] = read.get("Рейтинг") ?? [];
    expect(ranking?.series[0]?.pointCount).toBeLessThanOrEqual(MAX_BARS);
    expect(ranking?.altText).toMatch(/из 2000|из 2 000/);
    const [pie, stacked] = read.get("Софинансирование") ?? [];
    expect([...(pie?.series[0]?.cachedValues.values() ?? [])]).toEqual(
      SOURCE_KEYS.map((k) => num(big.result.cofinancing.program.sources[k])),
    );
    expect(stacked?.series[0]?.pointCount).toBe(big.result.cofinancing.directions.length);
    for (const c of [...read.values()].flat()) {
      for (const s of c.series) expect(s.pointCount).toBeLessThanOrEqual(MAX_BARS);
    }
  }, 120_000);
});
