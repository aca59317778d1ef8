import ExcelJS from "exceljs";
import { openWorkbook } from "../../../src/adapters/files";
import { resultsWorkbookBytes } from "../../../src/adapters/xlsx-stream/workbook";
import type { ResultsBook } from "../../../src/app/types";
import type { SheetValues } from "../../../src/workbook/port";
import { unzipSync } from "../exceljs/unzip";

/** An input sheet as a person types it in Excel: a percent, money, a date, texts that look like formulas. */
async function inputSheet(): Promise<SheetValues> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Программа");
  ws.getCell("A1").value = "Доля";
  ws.getCell("B1").value = 0.4;
  ws.getCell("B1").numFmt = "0%";
  ws.getCell("A2").value = "Сумма";
  ws.getCell("B2").value = 1234567.5;
  ws.getCell("B2").numFmt = "#,##0.00";
  ws.getCell("A3").value = "Дата";
  ws.getCell("B3").value = new Date(Date.UTC(2019, 3, 1));
  ws.getCell("B3").numFmt = "dd.mm.yyyy";
  ws.getCell("A4").value = "=1+1 набрано как текст";
  ws.getCell("B4").value = "-5 дней";
  ws.getCell("C4").value = "@кто";
  ws.getCell("D4").value = "+996 555";
  ws.getCell("A5").value = 7;
  const bytes = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
  const opened = await openWorkbook(bytes, "in.xlsx");
  if (!opened.ok) throw new Error(opened.problem.key);
  const [sheet] = await opened.book.readSheets(["Программа"]);
  if (!sheet) throw new Error("not read");
  return sheet;
}

/** The look of each cell of a sheet part: its `s`, and the xf that index names in styles.xml. */
function xfOf(zip: Buffer, part: string, ref: string): string {
  const sheet = unzipSync(zip, part);
  const cell = new RegExp(`<c r="${ref}"(?: s="(\\d+)")?`).exec(sheet);
  if (!cell) throw new Error(`${ref} not written`);
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(unzipSync(zip, "xl/styles.xml"))?.[1] ?? "";
  return xfs.match(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)?.[Number(cell[1] ?? 0)] ?? "";
}

describe("the results workbook keeps what a cell is", () => {
  let zip: Buffer;
  let copy: ExcelJS.Worksheet | undefined;
  let output: ExcelJS.Worksheet | undefined;
  let sheet: SheetValues;
  beforeAll(async () => {
    sheet = await inputSheet();
    const book: ResultsBook = {
      outputs: [
        {
          name: "Расхождения",
          rows: [["=ЗАГОЛОВОК"], ["обычный текст", "-1", "\tтаб", "\rвозврат", -1]],
          columns: [
            { width: 20, format: "text" },
            { width: 20, format: "text" },
          ],
          tables: [],
        },
      ],
      copies: [{ sheet, note: "Копия" }],
      title: "t",
      description: "d",
    };
    zip = Buffer.from(await resultsWorkbookBytes(book));
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(zip as never);
    copy = loaded.getWorksheet("Программа");
    output = loaded.getWorksheet("Расхождения");
  });

  it("reads the input's number formats with the values (the files reader)", () => {
    expect(sheet.values[0]?.[1]).toBe("40%");
    expect([...(sheet.numberFormats?.values() ?? [])].sort()).toEqual(["#,##0.00", "0%", "dd.mm.yyyy"]);
  });

  it("copies a percent as the number with its percent format, money and dates with theirs", () => {
    expect(copy?.getCell("B1").value).toBe(0.4);
    expect(copy?.getCell("B1").numFmt).toBe("0%");
    expect(copy?.getCell("B2").value).toBe(1234567.5);
    expect(copy?.getCell("B2").numFmt).toBe("#,##0.00");
    expect(copy?.getCell("B3").value).toEqual(new Date(Date.UTC(2019, 3, 1)));
    expect(copy?.getCell("B3").numFmt).toBe("dd.mm.yyyy");
    expect(copy?.getCell("A5").value).toBe(7);
    expect(xfOf(zip, "xl/worksheets/sheet2.xml", "A5")).toContain('numFmtId="0"');
  });

  it("marks text that Excel would take for a formula with the quote prefix, in copies and outputs", () => {
    for (const ref of ["A4", "B4", "C4", "D4"]) {
      expect(xfOf(zip, "xl/worksheets/sheet2.xml", ref)).toContain('quotePrefix="1"');
    }
    expect(copy?.getCell("A4").value).toBe("=1+1 набрано как текст");
    expect(xfOf(zip, "xl/worksheets/sheet2.xml", "A1")).not.toContain("quotePrefix");
    for (const ref of ["A1", "B2", "C2", "D2"]) {
      expect(xfOf(zip, "xl/worksheets/sheet1.xml", ref)).toContain('quotePrefix="1"');
    }
    expect(output?.getCell("A1").value).toBe("=ЗАГОЛОВОК");
    for (const ref of ["A2", "E2"])
      expect(xfOf(zip, "xl/worksheets/sheet1.xml", ref)).not.toContain("quotePrefix");
  });
});
