/**
 * The limits of CLI.md, each refused with its message before the expensive work: small limits show
 * the rule, one realistic case each shows the default. "Before parsing" is checked by watching
 * SheetJS's parse entry point; memory and time are bench matters (bench/read-file.ts).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_LIMITS, MAX_FILE_BYTES, openWorkbook, type FileLimits } from "../../../src/adapters/files";
import { sheetjs } from "../../../src/adapters/files/sheetjs";
import { xlsx } from "./zip-builder";

const FIXTURES = path.join(__dirname, "../../fixtures/files");
const fixture = (name: string): Uint8Array => readFileSync(path.join(FIXTURES, name));

async function readAll(bytes: Uint8Array, limits: Partial<FileLimits> = {}): Promise<unknown> {
  const opened = await openWorkbook(bytes, "book.xlsx", limits);
  if (!opened.ok) return [opened.problem];
  const read = await opened.book.read(await opened.book.listSheets());
  return read.ok ? read.sheets : read.problems;
}

const cell = (ref: string, value: number): string => `<c r="${ref}"><v>${value}</v></c>`;

let parse: jest.SpyInstance;
beforeEach(() => {
  parse = jest.spyOn(sheetjs, "parse_zip");
});
afterEach(() => parse.mockRestore());

describe("defaults", () => {
  test("are the contract's values", () => {
    expect(MAX_FILE_BYTES).toBe(50 * 1024 * 1024);
    expect(DEFAULT_LIMITS).toEqual({
      fileBytes: 50 * 1024 * 1024,
      sheetXmlBytes: 100 * 1024 * 1024,
      cells: 5_000_000,
      cellChars: 32_767,
    });
  });
});

describe("file size", () => {
  test("bytes over the limit are refused before anything else", async () => {
    const bytes = fixture("example.xlsx");
    expect(await readAll(bytes, { fileBytes: bytes.length - 1 })).toEqual([
      expect.objectContaining({
        key: "files.limit.file-size",
        params: expect.objectContaining({ file: "book.xlsx" }),
      }),
    ]);
    expect(parse).not.toHaveBeenCalled();
  });
});

describe("sheet XML unpacked in the sheets read", () => {
  const sheet = `<row r="1">${cell("A1", 1)}${cell("B1", 2)}</row>`;

  test("a sheet part bigger than the limit is refused from the declared size, before parsing", async () => {
    const bytes = xlsx({ Лист1: sheet });
    expect(await readAll(bytes, { sheetXmlBytes: 100 })).toEqual([
      expect.objectContaining({ key: "files.limit.sheet-xml" }),
    ]);
    expect(parse).not.toHaveBeenCalled();
  });

  test("the shared strings count with the sheets", async () => {
    const bytes = xlsx(
      { Лист1: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' },
      `<si><t>${"д".repeat(300)}</t></si>`,
    );
    const sheetOnly = (await openWorkbook(xlsx({ Лист1: sheet }), "a.xlsx")).ok;
    expect(sheetOnly).toBe(true);
    expect(await readAll(bytes, { sheetXmlBytes: 500 })).toEqual([
      expect.objectContaining({ key: "files.limit.sheet-xml" }),
    ]);
    expect(parse).not.toHaveBeenCalled();
  });

  test("only the sheets asked count: a big sheet not read does not stop the others", async () => {
    const big = Array.from({ length: 50 }, (_, r) => `<row r="${r + 1}">${cell(`A${r + 1}`, r)}</row>`).join(
      "",
    );
    const opened = await openWorkbook(xlsx({ Мал: sheet, Велик: big }), "book.xlsx", { sheetXmlBytes: 400 });
    if (!opened.ok) throw new Error(opened.problem.key);
    expect(await opened.book.readSheets(["Мал"])).toEqual([{ name: "Мал", values: [[1, 2]] }]);
    const read = await opened.book.read(["Велик"]);
    expect(read.ok ? "read" : read.problems[0]?.key).toBe("files.limit.sheet-xml");
  });

  test("realistic: a 101 MB sheet (a few hundred KB packed) is refused at the default limit", async () => {
    const row = '<row><c t="s"><v>0</v></c></row>';
    const bytes = xlsx({ Лист1: row.repeat(Math.ceil((101 * 1024 * 1024) / row.length)) });
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    expect(await readAll(bytes)).toEqual([
      expect.objectContaining({
        key: "files.limit.sheet-xml",
        params: expect.objectContaining({ limit: "100" }),
      }),
    ]);
    expect(parse).not.toHaveBeenCalled();
  });
});

describe("cells in the sheets read", () => {
  test("more cells than the limit are refused with their count, before parsing", async () => {
    const rows = Array.from(
      { length: 3 },
      (_, r) => `<row r="${r + 1}">${cell(`A${r + 1}`, 1)}${cell(`B${r + 1}`, 2)}</row>`,
    );
    expect(await readAll(xlsx({ Лист1: rows.join("") }), { cells: 5 })).toEqual([
      expect.objectContaining({
        key: "files.limit.cells",
        params: expect.objectContaining({ count: 6, limit: 5 }),
      }),
    ]);
    expect(await readAll(xlsx({ Лист1: rows.join("") }), { cells: 6 })).toEqual([
      expect.objectContaining({
        values: [
          [1, 2],
          [1, 2],
          [1, 2],
        ],
      }),
    ]);
    // .xlsx is read by the byte reader (sheet-xml.ts): SheetJS is never called for it.
    expect(parse).not.toHaveBeenCalled();
  });

  test("realistic: 5 000 001 cells are refused at the default limit", async () => {
    const bytes = xlsx({ Лист1: `<row r="1">${"<c><v>1</v></c>".repeat(5_000_001)}</row>` });
    expect(await readAll(bytes)).toEqual([
      expect.objectContaining({
        key: "files.limit.cells",
        params: expect.objectContaining({ count: 5_000_001 }),
      }),
    ]);
    expect(parse).not.toHaveBeenCalled();
  });

  test("an .xls (parsed whole) is refused on opening", async () => {
    expect(await readAll(fixture("libreoffice.xls"), { cells: 100 })).toEqual([
      expect.objectContaining({ key: "files.limit.cells" }),
    ]);
  });

  test("an .ods counts repeated cells as many cells", async () => {
    const opened = await openWorkbook(fixture("libreoffice.ods"), "book.ods", { cells: 100 });
    expect(opened.ok ? "opened" : opened.problem.key).toBe("files.limit.cells");
  });
});

describe("characters in a cell", () => {
  test("realistic: a shared string of 40 000 characters is refused at its cell, before parsing", async () => {
    const bytes = xlsx(
      {
        Заявки: `<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="7"><c r="C7" t="s"><v>1</v></c></row>`,
      },
      `<si><t>Проект</t></si><si><t>${"a".repeat(40_000)}</t></si>`,
    );
    expect(await readAll(bytes)).toEqual([
      {
        key: "files.limit.cell-length",
        params: { file: "book.xlsx", sheet: "Заявки", length: 40_000, limit: 32_767 },
        address: { sheet: "Заявки", row: 7, col: 3 },
      },
    ]);
    expect(parse).not.toHaveBeenCalled();
  });

  test("rich text runs add up; inline strings count too", async () => {
    const runs = `<si><r><t>${"x".repeat(6)}</t></r><r><t>${"y".repeat(6)}</t></r></si>`;
    const inline = `<c r="B1" t="inlineStr"><is><t>${"z".repeat(11)}</t></is></c>`;
    const bytes = xlsx({ Лист1: `<row r="1"><c r="A1" t="s"><v>0</v></c>${inline}</row>` }, runs);
    expect(await readAll(bytes, { cellChars: 10 })).toEqual([
      expect.objectContaining({
        address: { sheet: "Лист1", row: 1, col: 1 },
        params: expect.objectContaining({ length: 12 }),
      }),
      expect.objectContaining({
        address: { sheet: "Лист1", row: 1, col: 2 },
        params: expect.objectContaining({ length: 11 }),
      }),
    ]);
  });

  test("characters are counted, not bytes: Cyrillic text and entities up to the limit are read", async () => {
    const text = "ж".repeat(8) + "&amp;&amp;";
    const bytes = xlsx({ Лист1: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }, `<si><t>${text}</t></si>`);
    expect(await readAll(bytes, { cellChars: 10 })).toEqual([{ name: "Лист1", values: [["жжжжжжжж&&"]] }]);
  });

  test("an .ods cell over the limit is named at its cell", async () => {
    const opened = await openWorkbook(fixture("libreoffice.ods"), "book.ods", { cellChars: 50 });
    expect(opened.ok ? "opened" : opened.problem).toEqual(
      expect.objectContaining({
        key: "files.limit.cell-length",
        address: expect.objectContaining({ sheet: "Программа" }),
      }),
    );
  });

  test("an .xls cell over the limit is named at its cell", async () => {
    const opened = await openWorkbook(fixture("libreoffice.xls"), "book.xls", { cellChars: 50 });
    expect(opened.ok ? "opened" : opened.problem).toEqual(
      expect.objectContaining({
        key: "files.limit.cell-length",
        address: expect.objectContaining({ sheet: "Программа" }),
      }),
    );
  });
});
