/**
 * Workbooks from other programs give the same values, tables and analysis as the workbook `gsz`
 * wrote (the example, read by the ExcelJS adapter as the CLI did until now). The fixtures are real
 * files: LibreOffice Calc 7.4 saved the example as .xlsx, .xls and .ods; openpyxl 3.1 loaded and
 * saved it (scripts/make-file-fixtures.sh).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { ExcelJsWorkbook } from "../../../src/adapters/exceljs/workbook";
import { openWorkbook, type ReadOnlyWorkbook } from "../../../src/adapters/files";
import { reportJson } from "../../../src/app/report";
import { analyze } from "../../../src/core/analyze";
import { parseInput } from "../../../src/workbook/read";
import type { SheetValues, WorkbookPort } from "../../../src/workbook/port";
import { readZipDirectory, unpackEntry } from "../../../src/adapters/files/zip";
import { zip } from "./zip-builder";

const FIXTURES = path.join(__dirname, "../../fixtures/files");
const fixture = (name: string): Uint8Array => readFileSync(path.join(FIXTURES, name));

async function open(name: string): Promise<ReadOnlyWorkbook> {
  const opened = await openWorkbook(fixture(name), name);
  if (!opened.ok) throw new Error(`${name}: ${opened.problem.key}`);
  return opened.book;
}

async function allSheets(
  port: WorkbookPort,
): Promise<{ names: readonly string[]; sheets: readonly SheetValues[] }> {
  const names = await port.listSheets();
  return { names, sheets: await port.readSheets(names) };
}

/** What the CLI printed as JSON for a workbook: parse the input sheets, analyse, report. */
async function report(port: WorkbookPort): Promise<string> {
  const { names, sheets } = await allSheets(port);
  const read = parseInput(names, sheets);
  if (!read.input) throw new Error(JSON.stringify(read.problems.slice(0, 3)));
  return JSON.stringify(reportJson(analyze(read.input), "ru"));
}

const withoutTables = (sheets: readonly SheetValues[]): { name: string; values: unknown }[] =>
  sheets.map((s) => ({ name: s.name, values: s.values }));

const PRODUCERS = ["libreoffice.xlsx", "openpyxl.xlsx", "libreoffice.xls", "libreoffice.ods"];

describe("the example workbook as other programs save it", () => {
  let reference: { names: readonly string[]; sheets: readonly SheetValues[] };
  beforeAll(async () => {
    reference = await allSheets(await ExcelJsWorkbook.fromBuffer(fixture("example.xlsx")));
  });

  test("the reader gives exactly what the ExcelJS adapter gives on the file gsz wrote", async () => {
    const mine = await allSheets(await open("example.xlsx"));
    expect(mine.names).toEqual(reference.names);
    expect(withoutTables(mine.sheets)).toEqual(withoutTables(reference.sheets));
    // The reference holds dates: the comparison covers the date conversion.
    expect(JSON.stringify(reference.sheets)).toContain('{"date":43556}');
  });

  test.each(PRODUCERS)("%s: every input sheet has the values of the original", async (name) => {
    const mine = await allSheets(await open(name));
    expect(mine.names).toEqual(reference.names);
    expect(withoutTables(mine.sheets)).toEqual(withoutTables(reference.sheets));
  });

  test.each(PRODUCERS)("%s: the analysis (JSON report) is the same as the original's", async (name) => {
    const expected = await report(await ExcelJsWorkbook.fromBuffer(fixture("example.xlsx")));
    expect(await report(await open(name))).toEqual(expected);
  });

  test.each(["example.xlsx", "libreoffice.xlsx", "openpyxl.xlsx"])(
    "%s: each sheet carries its Excel table (openpyxl's absolute targets too)",
    async (name) => {
      const { sheets } = await allSheets(await open(name));
      const scores = sheets.find((s) => s.name === "Оценки");
      expect(scores?.tables).toEqual([
        { name: "GszScores", headerRow: 2, lastRow: 83, firstCol: 0, lastCol: 8 },
      ]);
      expect(sheets.every((s) => s.tables?.length === 1)).toBe(true);
    },
  );

  test("the format is recognised from the content, not the name", async () => {
    const formats = await Promise.all(PRODUCERS.map(async (name) => (await open(name)).format));
    expect(formats).toEqual(["xlsx", "xlsx", "xls", "ods"]);
    const renamed = await openWorkbook(fixture("libreoffice.ods"), "book.xlsx");
    expect(renamed.ok && renamed.book.format).toBe("ods");
  });
});

describe("one cell of every kind (ExcelJS wrote it; LibreOffice saved it again)", () => {
  const SHEET = "Ячейки";
  let reference: SheetValues;
  beforeAll(async () => {
    const book = await ExcelJsWorkbook.fromBuffer(fixture("cells.xlsx"));
    const [sheet] = await book.readSheets([SHEET]);
    if (!sheet) throw new Error("no sheet");
    reference = sheet;
  });

  test("the ExcelJS adapter's own conversion, which the reader must match", () => {
    expect(reference.values).toEqual([
      ["Вид", "Значение"],
      ["число", 1234.5],
      ["процент", "40%"],
      ["процент дробный", "7.25%"],
      ["дата", { date: 43525 }],
      ["дата и время", { date: 43830.77083333333 }],
      ["ошибка", { error: "#N/A" }],
      ["деление на ноль", { error: "#DIV/0!" }],
      ["истина", true],
      ["ложь", false],
      ["форматированный текст", "Жирный и обычный"],
      ["ссылка", "сайт"],
      ["формула", 2469],
      ["объединено", "верхняя левая"],
      [],
      [null, null, null, "после"],
    ]);
  });

  test.each(["cells.xlsx", "libreoffice-cells.xlsx", "libreoffice-cells.xls"])(
    "%s reads the same",
    async (name) => {
      const [sheet] = await (await open(name)).readSheets([SHEET]);
      expect(sheet?.values).toEqual(reference.values);
    },
  );

  test("libreoffice-cells.ods reads the same, but for the booleans LibreOffice saved as numbers", async () => {
    // LibreOffice has no boolean cells: it saves TRUE as the formula =TRUE() with the number 1
    // (office:value-type="float"), so 1 and 0 are what the file really holds.
    const [sheet] = await (await open("libreoffice-cells.ods")).readSheets([SHEET]);
    const expected = reference.values.map((row) => row.map((v) => (typeof v === "boolean" ? Number(v) : v)));
    expect(sheet?.values).toEqual(expected);
  });
});

describe("reading only what is asked", () => {
  test("sheets come in the order asked; unknown names are absent", async () => {
    const book = await open("libreoffice.xlsx");
    const sheets = await book.readSheets(["Оценки", "Нет такого", "Программа"]);
    expect(sheets.map((s) => s.name)).toEqual(["Оценки", "Программа"]);
  });

  test("the user's workbook is never written", async () => {
    const book = await open("openpyxl.xlsx");
    await expect(book.writeSheets([])).rejects.toThrow(/never written/);
  });
});

describe("workbook variants", () => {
  test("a workbook counting dates from 1904 reads the same serials as the ExcelJS adapter", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("Даты");
    ws.addRow([new Date(Date.UTC(2019, 2, 1)), new Date(Date.UTC(2019, 11, 31, 18, 30))]);
    ws.getRow(1).eachCell((c) => (c.numFmt = "dd.mm.yyyy hh:mm"));
    // ExcelJS stores 1904 serials (1 March 2019 is 42063) and flags workbookPr date1904="1".
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const reference = await (await ExcelJsWorkbook.fromBuffer(bytes)).readSheets(["Даты"]);
    const opened = await openWorkbook(bytes, "1904.xlsx");
    if (!opened.ok) throw new Error(opened.problem.key);
    expect(reference[0]?.values).toEqual([[{ date: 43525 }, { date: 43830.77083333333 }]]);
    // The ExcelJS adapter (templates, tests) does not keep number formats; this reader does (the copies).
    const [read] = await opened.book.readSheets(["Даты"]);
    expect({ name: read?.name, values: read?.values }).toEqual(reference[0]);
    expect(read?.numberFormats).toEqual(
      new Map([
        [0, "dd.mm.yyyy hh:mm"],
        [1, "dd.mm.yyyy hh:mm"],
      ]),
    );
  });

  test("an .xlsm (macro-enabled content type) is read as one", async () => {
    const original = fixture("example.xlsx");
    const dir = readZipDirectory(original);
    if (!dir) throw new Error("no directory");
    const parts = [];
    for (const entry of dir.values()) {
      const data = await unpackEntry(original, entry);
      if (typeof data === "string") throw new Error(data);
      const text = new TextDecoder().decode(data);
      parts.push({
        name: entry.name,
        data:
          entry.name === "[Content_Types].xml"
            ? text.replace("spreadsheetml.sheet.main+xml", "ms-excel.sheet.macroEnabled.main+xml")
            : data,
      });
    }
    const opened = await openWorkbook(zip(parts), "book.xlsm");
    if (!opened.ok) throw new Error(opened.problem.key);
    expect(opened.book.format).toBe("xlsm");
    const [scores] = await opened.book.readSheets(["Оценки"]);
    expect(scores?.values.length).toBe(84);
  });
});
