import ExcelJS from "exceljs";
import { resultsWorkbookBytes } from "../../../src/adapters/xlsx-stream/workbook";
import type { SheetLayout } from "../../../src/workbook/port";
import { unzipSync } from "../exceljs/unzip";

/** A small output sheet with every feature a layout can ask for. */
const layout: SheetLayout = {
  name: "Рейтинг",
  rows: [
    ["Рейтинг заявок"],
    ["Расчёт 2026-11-23 09:30 UTC"],
    [],
    ["Место", "Организация", "Сумма", "Дата", "Ссылка"],
    [1, "ОФ «Ак-Ниет» с очень длинным названием, которое не помещается", 125000.5, { date: 43525 }, null],
    [2, "ОО «Мээрим»", 80000, { date: 43526 }, { text: "Заявки!B7", sheet: "Заявки", row: 7, col: 2 }],
    ["Итого", null, { formula: "=SUBTOTAL(109,C5:C6)", result: 205000.5 }, null, null],
  ],
  columns: [
    { width: 8, format: "integer" },
    { width: 20, format: "text", wrap: true },
    { width: 14, format: "money" },
    { width: 12, format: "date" },
    { width: 20, format: "text" },
  ],
  tables: [{ name: "GszTest", headerRow: 4, lastRow: 7, totalsRow: true }],
  titleRows: [1, 2],
  freezeRows: 4,
  highlights: [{ row: 6, col: 3 }],
  validations: [
    {
      firstRow: 5,
      lastRow: 6,
      firstCol: 3,
      lastCol: 3,
      rule: { kind: "decimal", min: 0, max: 1e9 },
      message: "Сумма от 0",
      prompt: { title: "Сумма", message: "в сомах" },
    },
  ],
  pageSetup: {
    orientation: "landscape",
    repeatRows: { first: 4, last: 4 },
    header: "A & B",
    footer: "стр. {page}",
  },
};

describe("an output sheet written by the streaming writer", () => {
  let zip: Buffer;
  let ws: ExcelJS.Worksheet | undefined;
  beforeAll(async () => {
    zip = Buffer.from(
      await resultsWorkbookBytes({ outputs: [layout], copies: [], title: "Результаты", description: "d" }),
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(zip as never);
    ws = book.getWorksheet("Рейтинг");
  });

  it("holds the values, formulas with their results, dates and an internal link", () => {
    expect(ws?.getCell("B5").value).toBe("ОФ «Ак-Ниет» с очень длинным названием, которое не помещается");
    expect(ws?.getCell("C5").value).toBe(125000.5);
    expect(ws?.getCell("D5").value).toEqual(new Date(Date.UTC(2019, 2, 1)));
    expect(ws?.getCell("C7").value).toEqual({ formula: "SUBTOTAL(109,C5:C6)", result: 205000.5 });
    expect(unzipSync(zip, "xl/worksheets/sheet1.xml")).toContain(
      `<hyperlink ref="E6" location="'Заявки'!B7" display="Заявки!B7"/>`,
    );
  });

  it("formats columns, bolds the titles, tints highlights, wraps long text in a tall row", () => {
    expect(ws?.getColumn(3).width).toBe(14);
    expect(ws?.getCell("C5").numFmt).toBe("#,##0.00");
    expect(ws?.getCell("D5").numFmt).toBe("dd.mm.yyyy");
    expect(ws?.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws?.getCell("A2").font).toMatchObject({ bold: true, size: 11 });
    expect(ws?.getCell("C6").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
    expect(ws?.getCell("B5").alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(ws?.getRow(5).height).toBeGreaterThanOrEqual(45);
  });

  it("declares the table with its totals row, the validation, frozen rows and the page setup", () => {
    const table = unzipSync(zip, "xl/tables/table1.xml");
    expect(table).toContain('ref="A4:E7" totalsRowCount="1"');
    expect(table).toContain('<autoFilter ref="A4:E6"/>');
    expect(table).toContain('<tableColumn id="1" name="Место" totalsRowLabel="Итого"/>');
    expect(table).toContain("<totalsRowFormula>SUBTOTAL(109,C5:C6)</totalsRowFormula>");
    expect(ws?.getCell("C5").dataValidation).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [0, 1e9],
      promptTitle: "Сумма",
    });
    expect(ws?.views[0]).toMatchObject({ state: "frozen", ySplit: 4, topLeftCell: "A5" });
    expect(ws?.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(ws?.headerFooter.oddHeader).toBe("&CA && B");
    expect(ws?.headerFooter.oddFooter).toBe("&Cстр. &P");
    expect(unzipSync(zip, "xl/workbook.xml")).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Рейтинг&apos;!$4:$4</definedName>`,
    );
  });

  it("starts with [Content_Types].xml, as Office writes it (tools that sniff the format look there)", () => {
    expect(zip.toString("utf8", 30, 30 + zip.readUInt16LE(26))).toBe("[Content_Types].xml");
  });

  it("says what the file is in its document properties", () => {
    const core = unzipSync(zip, "docProps/core.xml");
    expect(core).toContain("<dc:title>Результаты</dc:title>");
    expect(core).toContain("<cp:keywords>gsz-results</cp:keywords>");
    expect(core).toContain("<dc:creator>GSZ Finance</dc:creator>");
  });
});
