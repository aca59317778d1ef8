import type { ChartLayout, SheetLayout } from "../../../src/workbook/port";
import type { ResultsBook } from "../../../src/app/types";
import { resultsWorkbookBytes } from "../../../src/adapters/xlsx-stream/workbook";
import { chartParts } from "../../../src/adapters/files/chart-parts";
import { unzipSync } from "../exceljs/unzip";

// A local fake of the DrawingML parts: this test checks the writer's wiring, not the charts' bodies.
jest.mock("../../../src/adapters/files/chart-parts", () => ({
  chartParts: jest.fn(
    (charts: readonly unknown[], sheetName: string, n: { drawing: number; firstChart: number }) => ({
      drawing: {
        path: `xl/drawings/drawing${n.drawing}.xml`,
        xml: `<wsDr sheet="${sheetName}"/>`,
        relsXml: `<Relationships n="${charts.length}"/>`,
      },
      charts: charts.map((_, i) => ({
        path: `xl/charts/chart${n.firstChart + i}.xml`,
        xml: `<chartSpace n="${n.firstChart + i}"/>`,
      })),
      contentTypes: [
        {
          partName: `/xl/drawings/drawing${n.drawing}.xml`,
          contentType: "application/vnd.openxmlformats-officedocument.drawing+xml",
        },
        ...charts.map((_, i) => ({
          partName: `/xl/charts/chart${n.firstChart + i}.xml`,
          contentType: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
        })),
      ],
    }),
  ),
}));

const block = { firstRow: 5, lastRow: 6, firstCol: 1, lastCol: 1 };
const chart: ChartLayout = {
  kind: "column",
  title: "Баллы",
  altText: "Баллы заявок",
  categories: block,
  series: [{ name: "Балл", values: { ...block, firstCol: 2, lastCol: 2 }, color: "1F77B4" }],
  numberFormat: "0.00",
  dataLabels: true,
  anchor: { from: { row: 8, col: 1 }, to: { row: 20, col: 8 } },
};

function sheet(name: string, charts?: readonly ChartLayout[]): SheetLayout {
  return {
    name,
    rows: [["Заголовок"], [], [], ["Заявка", "Балл"], ["1", 80], ["2", 70]],
    columns: [
      { width: 10, format: "text" },
      { width: 10, format: "number" },
    ],
    tables: [{ name: `T${name}`, headerRow: 4, lastRow: 6 }],
    titleRows: [1],
    pageSetup: { orientation: "portrait", header: "h", footer: "{page}" },
    ...(charts ? { charts } : {}),
  };
}

const book: ResultsBook = {
  outputs: [sheet("Один", [chart]), sheet("Без"), sheet("Два", [chart, chart])],
  copies: [],
  title: "t",
  description: "d",
};

describe("the results writer draws the charts its layouts ask for", () => {
  let zip: Buffer;
  beforeAll(async () => {
    zip = Buffer.from(await resultsWorkbookBytes(book, { modified: new Date(Date.UTC(2026, 0, 2)) }));
  });

  it("asks for the parts of each sheet with charts, numbering drawings and charts across the package", () => {
    expect(jest.mocked(chartParts).mock.calls.map((c) => [c[0].length, c[1], c[2]])).toEqual([
      [1, "Один", { drawing: 1, firstChart: 1 }],
      [2, "Два", { drawing: 2, firstChart: 2 }],
    ]);
  });

  it("puts <drawing> after the page setup and before the tables, pointing at a drawing relationship", () => {
    for (const [n, drawing] of [
      [1, 1],
      [3, 2],
    ] as const) {
      const xml = unzipSync(zip, `xl/worksheets/sheet${n}.xml`);
      const id = /<drawing r:id="(rId\d+)"\/>/.exec(xml)?.[1];
      expect(id).toBeDefined();
      expect(xml.indexOf("</headerFooter>")).toBeLessThan(xml.indexOf("<drawing "));
      expect(xml.indexOf("<drawing ")).toBeLessThan(xml.indexOf("<tableParts"));
      const rels = unzipSync(zip, `xl/worksheets/_rels/sheet${n}.xml.rels`);
      expect(rels).toContain(
        `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing${drawing}.xml"/>`,
      );
      // The table keeps its own relationship, distinct from the drawing's.
      const table = /<tablePart r:id="(rId\d+)"\/>/.exec(xml)?.[1];
      expect(table).not.toBe(id);
      expect(rels).toContain(`Id="${table}"`);
    }
    expect(unzipSync(zip, "xl/worksheets/sheet2.xml")).not.toContain("<drawing");
  });

  it("stores the drawing, its relationships and every chart, each with its content type", () => {
    expect(unzipSync(zip, "xl/drawings/drawing2.xml")).toBe('<wsDr sheet="Два"/>');
    expect(unzipSync(zip, "xl/drawings/_rels/drawing2.xml.rels")).toBe('<Relationships n="2"/>');
    expect(unzipSync(zip, "xl/charts/chart3.xml")).toBe('<chartSpace n="3"/>');
    const types = unzipSync(zip, "[Content_Types].xml");
    for (const part of [
      "drawings/drawing1",
      "drawings/drawing2",
      "charts/chart1",
      "charts/chart2",
      "charts/chart3",
    ]) {
      expect(types).toContain(`<Override PartName="/xl/${part}.xml"`);
    }
    expect(types).not.toContain("chart4");
  });
});
