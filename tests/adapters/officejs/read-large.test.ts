import { OfficeJsWorkbook, WorkbookReadError } from "../../../src/adapters/officejs";
import type { SheetValues } from "../../../src/workbook/port";
import { FakeExcel, type FakeValue } from "./fake-excel";

/** A cell of the generated sheets: text in the first column, numbers elsewhere. */
const source = (r: number, c: number): FakeValue => (c === 0 ? `Заявка ${r}` : r * 100 + c);

/** The rows of a generated sheet whose cells differ from `source` (0 when identical). */
function mismatches(sheet: SheetValues | undefined, rows: number, cols: number): number {
  if (!sheet || sheet.values.length !== rows) return Infinity;
  let bad = 0;
  sheet.values.forEach((row, r) => {
    if (row.length !== cols || row.some((v, c) => v !== source(r, c))) bad += 1;
  });
  return bad;
}

function rowsOf(n: number, cols: number): FakeValue[][] {
  return Array.from({ length: n }, (_, r) => Array.from({ length: cols }, (_, c) => source(r, c)));
}

describe("reading used ranges over Excel's 5 million cells per read", () => {
  it("reads a 6-million-cell sheet in chunks, never trusting the nulls of one whole read", async () => {
    const excel = new FakeExcel();
    excel.addGeneratedSheet("Заявки", 600_000, 10, source);
    excel.addSheet("Программа", [["Параметр", "Значение"]]);
    const sheets = await new OfficeJsWorkbook(excel.run, { web: false }).readSheets(["Программа", "Заявки"]);
    expect(mismatches(sheets[1], 600_000, 10)).toBe(0);
    expect(sheets[0]?.values).toEqual([["Параметр", "Значение"]]);
    // One whole read (whose nulls are dropped), then chunks of at most a million cells.
    expect(excel.cellReads.slice(2).every((n) => n <= 1_000_000)).toBe(true);
    expect(excel.cellReads.slice(2).reduce((a, b) => a + b, 0)).toBe(6_000_000);
    expect(excel.syncs).toBe(1 + 6);
  }, 120_000);

  it("keeps one request for a sheet under the limit", async () => {
    const excel = new FakeExcel();
    excel.addGeneratedSheet("Заявки", 400_000, 10, source);
    const sheets = await new OfficeJsWorkbook(excel.run, { web: false }).readSheets(["Заявки"]);
    expect(mismatches(sheets[0], 400_000, 10)).toBe(0);
    expect(excel.syncs).toBe(1);
  }, 60_000);

  it("halves a chunk Excel refuses as too large and reads the same values", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Заявки", rowsOf(100, 4));
    // The whole read counts as over the limit; chunks of 40 cells (10 rows); the second chunk is refused.
    excel.failOn = { op: "range.load", nth: 3, code: "ResponsePayloadSizeLimitExceeded" };
    const book = new OfficeJsWorkbook(excel.run, {
      web: false,
      readLimits: { cellsPerRead: 100, chunkCells: 40 },
    });
    const sheets = await book.readSheets(["Заявки"]);
    expect(mismatches(sheets[0], 100, 4)).toBe(0);
    // whole read, first chunk of 40, refused one (not recorded), then halves of 20 cells (5 rows)
    expect(excel.cellReads.slice(0, 4)).toEqual([400, 40, 20, 20]);
  });

  it("goes down to one row per request when only one row fits, and gives up below that", async () => {
    const make = (limit: number) => {
      const excel = new FakeExcel();
      excel.addSheet("Заявки", rowsOf(12, 3));
      excel.responseLimit = limit;
      return excel;
    };
    // One row of values and formats answers about 60 bytes; two rows do not fit in 100.
    const tight = make(100);
    const sheets = await new OfficeJsWorkbook(tight.run, { web: true }).readSheets(["Заявки"]);
    expect(mismatches(sheets[0], 12, 3)).toBe(0);
    expect(tight.cellReads.filter((n) => n === 3).length).toBe(12);

    const impossible = make(10);
    await expect(
      new OfficeJsWorkbook(impossible.run, { web: true }).readSheets(["Заявки"]),
    ).rejects.toMatchObject({
      code: "ResponsePayloadSizeLimitExceeded",
    });
  });

  it("sizes chunks by bytes on the web, from what it has seen, under the response limit", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Заявки", rowsOf(3_000, 8));
    excel.addSheet("Оценки", rowsOf(50, 3));
    excel.responseLimit = 200_000;
    const book = new OfficeJsWorkbook(excel.run, {
      web: true,
      readLimits: { chunkBytes: 50_000, cellBytesGuess: 64 },
    });
    const sheets = await book.readSheets(["Заявки", "Оценки"]);
    expect(mismatches(sheets[0], 3_000, 8)).toBe(0);
    expect(mismatches(sheets[1], 50, 3)).toBe(0);
    // Every answer after the refused whole read stays under the chunk budget.
    const chunks = excel.responses.slice(1);
    expect(chunks.length).toBeGreaterThan(3);
    expect(Math.max(...chunks)).toBeLessThanOrEqual(50_000);
    // The first chunk is sized from the guess (64 bytes a cell: 97 rows); later ones from measured rows,
    // which are smaller here (about 25 bytes a cell), so they carry more rows.
    // (cellReads: the refused whole read's two ranges first)
    const rowsRead = excel.cellReads.slice(2).map((n) => n / 8);
    expect(rowsRead[0]).toBe(Math.floor(50_000 / (8 * 64)));
    expect(rowsRead[1]).toBeGreaterThan(rowsRead[0] ?? Infinity);
    // the refused whole read, the extents, the chunks
    expect(excel.syncs).toBe(2 + chunks.length);
  });

  it("refuses a sheet whose used range is over 10 million cells, naming the sheet and the range", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("Заявки", [["№ заявки", "Организация"]]);
    // One stray value far below and to the right widens the used range to A1:Y1000000.
    sheet.cells.set("999999,24", { value: "x", format: "General" });
    const read = new OfficeJsWorkbook(excel.run, { web: false }).readSheets(["Заявки"]);
    await expect(read).rejects.toBeInstanceOf(WorkbookReadError);
    await expect(read).rejects.toMatchObject({
      code: "sheet-too-large",
      params: { sheet: "Заявки", range: "A1:Y1000000", cells: "25000000", cap: "10000000" },
    });
  }, 60_000);
});

describe("when the one whole read fails", () => {
  it("still refuses a huge sheet with its message, whatever error the whole read gave", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("Заявки", [["№ заявки"]]);
    sheet.cells.set("1048575,29", { value: "x", format: "General" });
    excel.failOn = { op: "range.load", nth: 1, code: "GeneralException" };
    await expect(
      new OfficeJsWorkbook(excel.run, { web: false }).readSheets(["Заявки"]),
    ).rejects.toMatchObject({
      code: "sheet-too-large",
      params: { range: "A1:AD1048576" },
    });
  }, 60_000);

  it("reads the same values through the chunks after a failure that does not recur", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Заявки", rowsOf(40, 3));
    excel.failOn = { op: "range.load", nth: 1, code: "GeneralException" };
    const sheets = await new OfficeJsWorkbook(excel.run, { web: false }).readSheets(["Заявки"]);
    expect(mismatches(sheets[0], 40, 3)).toBe(0);
    // the failed request, the extents, one chunk
    expect(excel.syncs).toBe(3);
  });

  it("throws an error that recurs", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Заявки", rowsOf(4, 3));
    excel.failOn = { op: "worksheet.load", nth: 1, code: "InvalidOperationInCellEditMode", andAfter: true };
    const read = new OfficeJsWorkbook(excel.run, { web: false }).readSheets(["Заявки"]);
    await expect(read).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });
});

describe("Excel tables of the input sheets", () => {
  it("reports each input sheet's tables (0-based, inclusive) with one more request", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Заявки", [
      ["Заявки"],
      [],
      ["№", "Организация", "Сумма"],
      ["1", "ОФ", 100],
      ["2", "ОО", 200],
      [],
      ["Примечание"],
    ]);
    excel.addTable("Заявки", "Applications_ru", 2, 0, 3, 3);
    excel.addSheet("Рейтинг", [["Место"], [1]]);
    excel.addTable("Рейтинг", "Ranking", 0, 0, 2, 1);
    const sheets = await new OfficeJsWorkbook(excel.run).readSheets(["Заявки", "Рейтинг"]);
    expect(sheets[0]?.tables).toEqual([
      { name: "Applications_ru", headerRow: 2, lastRow: 4, firstCol: 0, lastCol: 2 },
    ]);
    // Output sheets are read for their stamps only: their tables are not reported.
    expect(sheets[1]?.tables).toBeUndefined();
    expect(excel.syncs).toBe(2);
  });

  it("reports no tables and stays at one request when the input sheets have none", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Заявки", [["№"], ["1"]]);
    const sheets = await new OfficeJsWorkbook(excel.run).readSheets(["Заявки"]);
    expect(sheets[0]?.tables).toEqual([]);
    expect(excel.syncs).toBe(1);
  });

  it("reports the tables of a sheet read in chunks", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Заявки", rowsOf(30, 2));
    excel.addTable("Заявки", "T", 0, 0, 20, 2);
    const sheets = await new OfficeJsWorkbook(excel.run, {
      readLimits: { cellsPerRead: 10, chunkCells: 16 },
    }).readSheets(["Заявки"]);
    expect(mismatches(sheets[0], 30, 2)).toBe(0);
    expect(sheets[0]?.tables).toEqual([{ name: "T", headerRow: 0, lastRow: 19, firstCol: 0, lastCol: 1 }]);
  });
});
