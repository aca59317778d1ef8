/**
 * The port's writeSheets rules, checked once (src/workbook/port.ts) and so the same in every adapter:
 * each refusal is a WorkbookWriteError with the same code, and the workbook is left as it was.
 */
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";
import { OfficeJsWorkbook } from "../../src/adapters/officejs";
import { MemoryWorkbook } from "../../src/workbook/memory";
import {
  WorkbookWriteError,
  checkWrite,
  validSheetName,
  type SheetLayout,
  type WorkbookPort,
} from "../../src/workbook/port";
import { FakeExcel } from "../adapters/officejs/fake-excel";

const sheet = (name: string): SheetLayout => ({
  name,
  rows: [["x"]],
  columns: [{ width: 10, format: "text" }],
  tables: [],
});

const ADAPTERS: [string, () => WorkbookPort][] = [
  ["memory", () => MemoryWorkbook.fromSheets({ Лист1: [["keep"]] })],
  [
    "ExcelJS",
    () => {
      const book = ExcelJsWorkbook.create();
      book.workbook.addWorksheet("Лист1").getCell("A1").value = "keep";
      return book;
    },
  ],
  [
    "Office.js",
    () => {
      const excel = new FakeExcel();
      excel.addSheet("Лист1", [["keep"]]);
      return new OfficeJsWorkbook(excel.run, { supports: () => true });
    },
  ],
];

const REFUSED: [string, SheetLayout[], WorkbookWriteError["code"]][] = [
  ["an empty name", [sheet("  ")], "sheet-name-invalid"],
  ["a name over 31 characters", [sheet("Р".repeat(32))], "sheet-name-invalid"],
  ["a name with a colon", [sheet("Итоги: 2019")], "sheet-name-invalid"],
  ["a name starting with an apostrophe", [sheet("'Итоги")], "sheet-name-invalid"],
  ["the same name twice, in another case", [sheet("Рейтинг"), sheet("РЕЙТИНГ")], "sheet-name-duplicate"],
];

describe.each(ADAPTERS)("writeSheets of the %s adapter", (_name, make) => {
  it.each(REFUSED)("refuses %s with the port's error and changes nothing", async (_what, layouts, code) => {
    const port = make();
    const before = await port.readSheets(await port.listSheets());
    const write = port.writeSheets([sheet("Новый"), ...layouts]);
    await expect(write).rejects.toBeInstanceOf(WorkbookWriteError);
    await expect(write).rejects.toMatchObject({ code });
    expect(await port.listSheets()).toEqual(["Лист1"]);
    expect(await port.readSheets(await port.listSheets())).toEqual(before);
  });
});

describe("the port's rules", () => {
  it("accept Excel's own limits exactly: 31 characters, apostrophes inside", () => {
    expect(validSheetName("Р".repeat(31))).toBe(true);
    expect(validSheetName("Д'Артаньян")).toBe(true);
    expect(validSheetName("a/b")).toBe(false);
    expect(validSheetName("[1]")).toBe(false);
  });

  it("refuse writing or removing an input sheet unless the caller may write inputs", () => {
    const isInput = (name: string): boolean => name === "Заявки";
    expect(() => checkWrite([sheet("Заявки")], undefined, { writesInputs: false, isInput })).toThrow(
      expect.objectContaining({ code: "input-sheet-protected" }),
    );
    expect(() => checkWrite([], { remove: ["Заявки"] }, { writesInputs: false, isInput })).toThrow(
      WorkbookWriteError,
    );
    expect(() => checkWrite([sheet("Заявки")], undefined, { writesInputs: true, isInput })).not.toThrow();
  });
});
