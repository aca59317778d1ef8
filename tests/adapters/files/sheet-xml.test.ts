/**
 * The byte reader of worksheet parts (sheet-xml.ts) gives exactly the values SheetJS + cells.ts gave:
 * on every .xlsx/.xlsm fixture, on random workbooks written by hand (every kind of cell, escapes,
 * styles, missing references, gaps, merged areas) and on random workbooks written by ExcelJS.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { openWorkbook } from "../../../src/adapters/files";
import { sheetjs } from "../../../src/adapters/files/sheetjs";
import { readSheetXml } from "../../../src/adapters/files/sheet-xml";
import { parseNumberStyles } from "../../../src/adapters/files/styles";
import { parseSharedStrings } from "../../../src/adapters/files/shared-strings";
import type { SheetsRead } from "../../../src/adapters/files";
import { ooxmlPackage } from "./ooxml-package";
import { book, bookBytes, text } from "./random-workbook";
import { xlsx } from "./zip-builder";

const FIXTURES = path.join(__dirname, "../../fixtures/files");
const bytes = (xml: string): Uint8Array => new TextEncoder().encode(xml);

/** Both ways of reading every sheet of a package. */
async function bothWays(
  data: Uint8Array,
  file = "book.xlsx",
): Promise<{ bytes: SheetsRead; sheetjs: SheetsRead }> {
  const pkg = await ooxmlPackage(data, file);
  const names = pkg.sheetNames();
  return { bytes: await pkg.read(names), sheetjs: await pkg.read(names, "sheetjs") };
}

const readable = readdirSync(FIXTURES).filter(
  (name) => /\.xls[xm]$/.test(name) && !["csv-named.xlsx", "picture.xlsx", "truncated.xlsx"].includes(name),
);

describe("the same values as SheetJS", () => {
  test("the fixtures cover what they should", () => {
    expect(readable).toEqual([
      "cells.xlsx",
      "example.xlsx",
      "kept-program.xlsm",
      "libreoffice-cells.xlsx",
      "libreoffice.xlsx",
      "openpyxl-uncalculated.xlsx",
      "openpyxl.xlsx",
      "rich-program.xlsm",
    ]);
  });

  test.each(readable)("%s", async (name) => {
    const read = await bothWays(readFileSync(path.join(FIXTURES, name)), name);
    expect(read.bytes).toEqual(read.sheetjs);
  });

  test("random workbooks written as XML: every kind of cell, escapes, styles, gaps, merges", async () => {
    await fc.assert(
      fc.asyncProperty(book, async (spec) => {
        const read = await bothWays(bookBytes(spec));
        expect(read.bytes.ok).toBe(true);
        expect(read.bytes).toEqual(read.sheetjs);
      }),
      { numRuns: 150, seed: 20261126 },
    );
  });

  test("random workbooks written by ExcelJS", async () => {
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      text,
      fc.boolean(),
      fc.constantFrom({ error: "#N/A" }, { error: "#DIV/0!" }),
      fc.integer({ min: 0, max: 2_000_000_000_000 }).map((ms) => new Date(ms)),
      fc.constant(null),
      // Plain objects: ExcelJS needs their prototype.
      fc
        .array(text, { minLength: 1, maxLength: 3 })
        .map((runs) => ({ richText: runs.map((t) => ({ text: t })) })),
      fc.oneof(fc.integer(), text).map((result) => ({ formula: "1+1", result })),
    );
    const format = fc.constantFrom(undefined, "0%", "0.00%", "dd.mm.yyyy", "#,##0.00", "yyyy-mm-dd hh:mm");
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.record({ value, format }), { maxLength: 6 }), { maxLength: 10 }),
        async (rows) => {
          const wb = new ExcelJS.Workbook();
          const ws = wb.addWorksheet("Лист");
          rows.forEach((cells, r) =>
            cells.forEach(({ value: v, format: f }, c) => {
              const target = ws.getCell(r + 1, c + 1);
              target.value = v as ExcelJS.CellValue;
              if (f !== undefined) target.numFmt = f;
            }),
          );
          const data = new Uint8Array(await wb.xlsx.writeBuffer());
          const read = await bothWays(data);
          expect(read.bytes).toEqual(read.sheetjs);
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });
});

describe("readSheetXml", () => {
  const styles = parseNumberStyles(
    bytes(
      '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellXfs count="4">' +
        '<xf numFmtId="0"/><xf numFmtId="27"/><xf numFmtId="57"/><xf numFmtId="164"/></cellXfs></styleSheet>',
    ),
  );
  const read = (inner: string, shared: readonly string[] = []): ReturnType<typeof readSheetXml> =>
    readSheetXml(bytes(`<worksheet><sheetData>${inner}</sheetData></worksheet>`), {
      sheet: "Лист",
      maxChars: 100,
      shared,
      styles,
      date1904: false,
      cellBudget: 1000,
      values: true,
    });

  test("cells and rows without references follow the previous ones", () => {
    expect(
      read(
        '<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>3</v></c><c><v>4</v></c></row><row/><row><c><v>5</v></c></row>',
      ).values,
    ).toEqual([[1, 2, null, null, 3, 4], [], [5]]);
  });

  test("East Asian built-in date formats (27–36, 50–58) are dates; custom percent formats are percents", () => {
    expect(
      read('<row r="1"><c s="1"><v>43525</v></c><c s="2"><v>43525.5</v></c><c s="3"><v>0.075</v></c></row>')
        .values,
    ).toEqual([[{ date: 43525 }, { date: 43525.5 }, "7.5%"]]);
  });

  test("a shared string index outside the table, an ISO date cell or a UTF-16 part is left to SheetJS", () => {
    expect(read('<row r="1"><c t="s"><v>3</v></c></row>', ["а"]).unsupported).toBe(true);
    expect(read('<row r="1"><c t="d"><v>2019-03-01</v></c></row>').unsupported).toBe(true);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from("<worksheet/>", "utf16le")]);
    expect(
      readSheetXml(utf16, {
        sheet: "Лист",
        maxChars: 9,
        shared: [],
        styles,
        date1904: false,
        cellBudget: 9,
        values: true,
      }).unsupported,
    ).toBe(true);
    expect(read('<row r="1"><c t="s"><v>0</v></c></row>', ["а"])).toEqual({
      values: [["а"]],
      numberFormats: new Map(),
      cells: 1,
      uncalculated: [],
      tooLong: [],
      unsupported: false,
    });
  });

  test("values stop being built at the first problem or past the cell budget, but counting goes on", () => {
    const problem = read('<row r="1"><c><f>1+1</f></c><c><v>1</v></c></row><row r="2"><c><v>1</v></c></row>');
    expect(problem).toEqual(expect.objectContaining({ values: undefined, cells: 3 }));
    const budget = readSheetXml(bytes(`<sheetData><row>${"<c><v>1</v></c>".repeat(5)}</row></sheetData>`), {
      sheet: "Лист",
      maxChars: 100,
      shared: [],
      styles,
      date1904: false,
      cellBudget: 4,
      values: true,
    });
    expect(budget).toEqual(expect.objectContaining({ values: undefined, cells: 5 }));
  });

  test("a CDATA value and a `>` inside an attribute are read as text, not tags", () => {
    expect(
      read('<row r="1" x:note="a>b"><c r="A1" t="inlineStr"><is><t><![CDATA[<b>&amp;]]></t></is></c></row>')
        .values,
    ).toEqual([["<b>&amp;"]]);
  });
});

describe("workbooks the byte reader leaves to SheetJS", () => {
  test("an ISO date cell (t=d) is read by SheetJS, the same as before", async () => {
    const data = xlsx({
      Лист1: '<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="d"><v>2019-03-01T00:00:00Z</v></c></row>',
    });
    const parse = jest.spyOn(sheetjs, "parse_zip");
    try {
      const opened = await openWorkbook(data, "book.xlsx");
      if (!opened.ok) throw new Error(opened.problem.key);
      const read = await opened.book.read(["Лист1"]);
      expect(parse).toHaveBeenCalledTimes(1);
      expect(read).toEqual((await bothWays(data)).sheetjs);
    } finally {
      parse.mockRestore();
    }
  });

  test("a plain workbook never reaches SheetJS", async () => {
    const parse = jest.spyOn(sheetjs, "parse_zip");
    try {
      const opened = await openWorkbook(readFileSync(path.join(FIXTURES, "libreoffice.xlsx")), "book.xlsx");
      if (!opened.ok) throw new Error(opened.problem.key);
      await opened.book.readSheets(await opened.book.listSheets());
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });
});

describe("parseSharedStrings", () => {
  test("plain and rich items, phonetic runs left out, escapes undone as SheetJS does", () => {
    const sst = bytes(
      '<sst><si><t xml:space="preserve"> a&amp;b </t></si><si><r><t>Жир</t></r><r><rPr><b/></rPr><t>ный</t></r>' +
        "<rPh><t>ふ</t></rPh></si><si><t>x_x000D_y&#10;z</t></si><si/><si><phoneticPr/></si></sst>",
    );
    expect(parseSharedStrings(sst)).toEqual([" a&b ", "Жирный", "x\ry\nz", undefined, undefined]);
  });
});
