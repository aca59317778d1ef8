import { OfficeJsWorkbook } from "../../../src/adapters/officejs";
import { analyze } from "../../../src/core/analyze";
import type { SheetLayout } from "../../../src/workbook/port";
import { outputLayouts } from "../../../src/workbook/render";
import { exampleInput } from "../../../src/workbook/template";
import { excelApiSets } from "./api-sets";
import { FakeExcel } from "./fake-excel";
import { rankingLayout } from "./layouts";

const PRINTED: SheetLayout = {
  ...rankingLayout(3),
  pageSetup: {
    orientation: "landscape",
    repeatRows: { first: 3, last: 3 },
    header: "Кара-Балта — ГСЗ & 2019",
    footer: "стр. {page} из {pages}",
  },
};

/** A host that supports the requirement sets up to `max` (ExcelApi 1.x). */
const upTo =
  (max: number) =>
  (name: string, version: string): boolean =>
    name === "ExcelApi" && Number(version.split(".")[1]) <= Number(String(max).split(".")[1]);

async function written(layout: SheetLayout, maxApi: number): Promise<FakeExcel> {
  const excel = new FakeExcel();
  excel.addSheet("Программа", [["Параметр", "Значение"]]);
  await new OfficeJsWorkbook(excel.run, { supports: upTo(maxApi), random: () => 0.5 }).writeSheets([layout]);
  return excel;
}

describe("the Office.js adapter prints outputs as documents", () => {
  it("sets A4, orientation, one page wide, print titles, header and footer through pageLayout (ExcelApi 1.9)", async () => {
    const excel = await written(PRINTED, 1.9);
    expect(excel.sheet("Рейтинг")?.pageLayout).toEqual({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$3:$3",
      centerHeader: "Кара-Балта — ГСЗ && 2019",
      centerFooter: "стр. &P из &N",
    });
  });

  it("leaves the page layout alone on a host without ExcelApi 1.9 (Office 2019), and still writes the sheet", async () => {
    const excel = await written(PRINTED, 1.8);
    expect(excel.sheet("Рейтинг")?.pageLayout).toEqual({});
    expect(excel.values("Рейтинг")[2]?.[0]).toBe("Место");
  });

  it("wraps a wrapped column below the titles and lets the rows grow", async () => {
    const layout: SheetLayout = {
      ...PRINTED,
      columns: PRINTED.columns.map((c, i) => (i === 2 ? { ...c, wrap: true } : c)),
      titleRows: [1, 2],
    };
    const sheet = (await written(layout, 1.9)).sheet("Рейтинг");
    const wrap = (row: number): boolean | undefined => sheet?.cells.get(`${row},2`)?.wrap;
    expect([wrap(0), wrap(1), wrap(2), wrap(3)]).toEqual([false, false, true, true]);
    expect(sheet?.autofitRows).toEqual([`0:${layout.rows.length}`]);
  });

  it("gives a header cell its input message, with no rule, and keeps rule and message together elsewhere", async () => {
    const layout: SheetLayout = {
      ...rankingLayout(3),
      validations: [
        {
          firstRow: 3,
          lastRow: 3,
          firstCol: 3,
          lastCol: 3,
          rule: { kind: "any" },
          message: "Название НКО",
          prompt: { title: "Организация", message: "Название НКО-заявителя. Пример: ОФ «Ак-Ниет»" },
        },
        {
          firstRow: 4,
          lastRow: 6,
          firstCol: 5,
          lastCol: 5,
          rule: { kind: "decimal", min: 0, max: 100 },
          message: "Число от 0 до 100",
        },
      ],
    };
    const sheet = (await written(layout, 1.9)).sheet("Рейтинг");
    expect(sheet?.validations).toEqual([
      {
        r0: 2,
        c0: 2,
        rows: 1,
        cols: 1,
        rule: undefined,
        alert: undefined,
        prompt: {
          title: "Организация",
          message: "Название НКО-заявителя. Пример: ОФ «Ак-Ниет»",
          showPrompt: true,
        },
      },
      {
        r0: 3,
        c0: 4,
        rows: 3,
        cols: 1,
        rule: { decimal: { formula1: 0, formula2: 100, operator: "Between" } },
        alert: { message: "Число от 0 до 100", showAlert: true, style: "Stop", title: "Рейтинг" },
      },
    ]);
  });

  it("starts a printed page at each row of pageBreaks (horizontalPageBreaks, ExcelApi 1.9) in the same syncs", async () => {
    const layout: SheetLayout = { ...rankingLayout(60), pageBreaks: [1, 24, 51] };
    const excel = await written(layout, 1.9);
    // Row 1 starts the first page anyway: no break before it.
    expect(excel.sheet("Рейтинг")?.horizontalPageBreaks).toEqual([24, 51]);
    const plain = await written({ ...layout, pageBreaks: [] }, 1.9);
    expect(plain.sheet("Рейтинг")?.horizontalPageBreaks).toEqual([]);
    expect(excel.syncs).toBe(plain.syncs);
  });

  it.each([1.7, 1.8])("adds no page break on ExcelApi %s, and still writes the sheet", async (api) => {
    const excel = await written({ ...rankingLayout(60), pageBreaks: [24, 51] }, api);
    expect(excel.sheet("Рейтинг")?.horizontalPageBreaks).toEqual([]);
    expect(excel.operationsRun()).not.toContain("horizontalPageBreaks.add");
    expect(excel.values("Рейтинг")[2]?.[0]).toBe("Место");
  });

  it("calls page-break members of ExcelApi 1.9 only, as @types/office-js documents them", async () => {
    const excel = await written({ ...rankingLayout(60), pageBreaks: [24] }, 1.9);
    expect(excel.operationsRun()).toContain("horizontalPageBreaks.add");
    const sets = excelApiSets();
    expect(["Worksheet.horizontalPageBreaks", "PageBreakCollection.add"].map((m) => sets.get(m))).toEqual([
      "1.9",
      "1.9",
    ]);
  });

  it("puts the render layer's page breaks of the example's outputs on their sheets", async () => {
    const input = exampleInput("ru");
    const outputs = outputLayouts(input, analyze(input), {
      lang: "ru",
      now: new Date(Date.UTC(2026, 10, 23)),
      fingerprint: "0".repeat(64),
    });
    const broken = outputs.filter((l) => l.pageBreaks?.some((row) => row > 1));
    expect(broken.length).toBeGreaterThan(0);
    const excel = new FakeExcel();
    excel.addSheet("Программа", [["Параметр", "Значение"]]);
    await new OfficeJsWorkbook(excel.run, { supports: () => true, random: () => 0.5 }).writeSheets(outputs);
    for (const layout of outputs) {
      expect(excel.sheet(layout.name)?.horizontalPageBreaks).toEqual(
        (layout.pageBreaks ?? []).filter((row) => row > 1),
      );
    }
  });
});
