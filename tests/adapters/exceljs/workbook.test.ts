import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../../../src/adapters/exceljs/workbook";
import { runWorkbook } from "../../../src/app/run";
import type { SheetLayout } from "../../../src/workbook/port";
import { columnLetters } from "../../../src/workbook/a1";
import {
  peopleSheetsWithWrongTotal,
  writePeopleXlsx,
  writeSheetsXlsx,
} from "../../app/fixtures/people-workbook";
import { tempDir } from "./helpers";
import { unzipSync } from "./unzip";

const NOW = new Date(Date.UTC(2026, 10, 23, 9, 30));
const INPUT_SHEETS = ["Программа", "Applications", "Критерии", "Комиссия", "Оценки", "Договоры"];

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

async function runToFile(): Promise<{ input: string; output: string }> {
  const input = path.join(tmp.dir, "in.xlsx");
  const output = path.join(tmp.dir, "out.xlsx");
  await writePeopleXlsx(input);
  const book = await ExcelJsWorkbook.fromFile(input);
  const outcome = await runWorkbook(book, { lang: "ru", now: NOW });
  expect(outcome.kind).toBe("done");
  await book.save(output);
  return { input, output };
}

describe("ExcelJsWorkbook", () => {
  it("keeps every input sheet's values identical and adds the output sheets after them", async () => {
    const { input, output } = await runToFile();
    const before = await ExcelJsWorkbook.fromFile(input);
    const after = await ExcelJsWorkbook.fromFile(output);
    expect(await after.listSheets()).toEqual([
      ...INPUT_SHEETS,
      "Рейтинг",
      "Софинансирование",
      "Транши",
      "Расхождения",
      "Протокол",
    ]);
    expect(await after.readSheets(INPUT_SHEETS)).toEqual(await before.readSheets(INPUT_SHEETS));
  });

  it("writes real tables, totals formulas with cached results, formats, frozen headers and cell links", async () => {
    const { output } = await runToFile();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const ranking = wb.getWorksheet("Рейтинг");
    if (!ranking) throw new Error("no ranking sheet");
    expect(ranking.getTables().length).toBe(1);
    expect(ranking.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
    // Header at row 4, three applications at rows 5–7, totals at row 8; Requested is column L (after K1, K2).
    expect(ranking.getCell("A4").value).toBe("Место");
    expect(ranking.getCell("L5").numFmt).toBe("#,##0.00");
    // The total with the ranking's decimals (2 here), a criterion's aggregate with 4
    expect(ranking.getCell("E5").numFmt).toBe("0.00");
    expect(ranking.getCell("F5").numFmt).toBe("0.0000");
    expect(ranking.getCell("L8").value).toEqual({ formula: "SUBTOTAL(109,L5:L7)", result: 370000 });
    expect(ranking.getCell("M8").value).toEqual({ formula: "SUBTOTAL(109,M5:M7)", result: 150000 });
    expect(String(ranking.getCell("A2").value)).toMatch(/SHA-256: [0-9a-f]{64}$/);

    const cofinancing = wb.getWorksheet("Софинансирование");
    // applications; directions and program over the funded applications; the same over all submitted
    expect(cofinancing?.getTables().length).toBe(5);
    expect(cofinancing?.getCell("H6").numFmt).toBe("0.00%");

    const tranches = wb.getWorksheet("Транши");
    expect(tranches?.getCell("E5").numFmt).toBe("dd.mm.yyyy");
    expect(tranches?.getCell("E5").value).toEqual(new Date(Date.UTC(2019, 2, 1)));
  });

  it("links each finding on Расхождения to its cell in the same workbook", async () => {
    const input = path.join(tmp.dir, "wrong.xlsx");
    const output = path.join(tmp.dir, "wrong-out.xlsx");
    await writeSheetsXlsx(input, peopleSheetsWithWrongTotal());
    const book = await ExcelJsWorkbook.fromFile(input);
    const outcome = await runWorkbook(book, { lang: "ru", now: NOW });
    if (outcome.kind !== "done") throw new Error(JSON.stringify(outcome.problems));
    await book.save(output);
    const found = outcome.result.findings.filter((f) => f.address);
    expect(found.length).toBeGreaterThan(0);
    // The links are internal OOXML hyperlinks (`location`, no relationship; see internal-links.ts), which
    // ExcelJS does not read back as links: read the sheet part itself.
    const zip = readFileSync(output);
    const sheetIndex = (await ExcelJsWorkbook.fromFile(output)).workbook.worksheets.findIndex(
      (ws) => ws.name === "Расхождения",
    );
    const xml = unzipSync(zip, `xl/worksheets/sheet${sheetIndex + 1}.xml`);
    const links = [...xml.matchAll(/<hyperlink ref="([A-Z]+\d+)" location="([^"]+)"/g)].map((m) =>
      (m[2] ?? "").replace(/&apos;/g, "'"),
    );
    expect(links).toHaveLength(found.length);
    expect(xml).not.toMatch(/<hyperlink[^>]*r:id=/);
    const first = found[0]?.address;
    expect(links).toContain(`'${first?.sheet}'!${columnLetters(first?.col ?? 1)}${first?.row}`);
  });

  it("replaces its own output sheets on a second run, keeping their place", async () => {
    const { output } = await runToFile();
    const again = await ExcelJsWorkbook.fromFile(output);
    const outcome = await runWorkbook(again, { lang: "ru", now: NOW });
    expect(outcome.kind === "done" && outcome.wasStale).toBe(false);
    const second = path.join(tmp.dir, "second.xlsx");
    await again.save(second);
    const a = await ExcelJsWorkbook.fromFile(output);
    const b = await ExcelJsWorkbook.fromFile(second);
    expect(await b.listSheets()).toEqual(await a.listSheets());
    const names = await a.listSheets();
    expect(await b.readSheets(names)).toEqual(await a.readSheets(names));
  });

  it("drops the outputs of a run in another language: one table of each name in the saved file", async () => {
    const { output } = await runToFile();
    const again = await ExcelJsWorkbook.fromFile(output);
    await runWorkbook(again, { lang: "en", now: NOW });
    const second = path.join(tmp.dir, "english.xlsx");
    await again.save(second);
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.readFile(second);
    expect(saved.worksheets.map((ws) => ws.name)).toEqual([
      ...INPUT_SHEETS,
      "Ranking",
      "Co-financing",
      "Tranches",
      "Discrepancies",
      "Protocol",
    ]);
    // ExcelJS types getTables() as tuples; at run time it returns the tables themselves.
    const named = (t: unknown): t is { name: string } =>
      typeof t === "object" && t !== null && typeof (t as { name?: unknown }).name === "string";
    const tableNames = saved.worksheets.flatMap((ws) => (ws.getTables() as unknown[]).filter(named));
    expect(tableNames.length).toBeGreaterThanOrEqual(4);
    expect(new Set(tableNames.map((t) => t.name)).size).toBe(tableNames.length);
  });

  it("writes data validations, title styles and highlights", async () => {
    const book = ExcelJsWorkbook.create();
    await book.writeSheets([
      {
        name: "Input",
        rows: [["Title"], ["Kind", "Score"], ["ОФ", 5]],
        columns: [
          { width: 12, format: "text" },
          { width: 8, format: "decimal" },
        ],
        tables: [{ name: "InputTable", headerRow: 2, lastRow: 3 }],
        titleRows: [1],
        validations: [
          {
            firstRow: 3,
            lastRow: 50,
            firstCol: 1,
            lastCol: 1,
            rule: { kind: "list", values: ["ОФ", "ОО"] },
            message: "ОФ или ОО",
          },
          {
            firstRow: 3,
            lastRow: 50,
            firstCol: 2,
            lastCol: 2,
            rule: { kind: "decimal", min: 0, max: 10 },
            message: "0–10",
          },
        ],
        highlights: [{ row: 3, col: 2 }],
      },
    ]);
    const file = path.join(tmp.dir, "v.xlsx");
    await book.save(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("Input");
    expect(ws?.getCell("A10").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"ОФ,ОО"'],
      error: "ОФ или ОО",
    });
    expect(ws?.getCell("B50").dataValidation).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [0, 10],
    });
    expect(ws?.getCell("A1").font).toMatchObject({ bold: true });
    expect(ws?.getCell("B3").fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(ws?.getTables().length).toBe(1);
  });

  it("writes all sheets or none", async () => {
    const book = ExcelJsWorkbook.create();
    await book.writeSheets([
      { name: "Keep", rows: [["old"]], columns: [{ width: 10, format: "text" }], tables: [] },
    ]);
    const good: SheetLayout = {
      name: "Keep",
      rows: [["new"]],
      columns: [{ width: 10, format: "text" }],
      tables: [],
    };
    const bad: SheetLayout = {
      name: "Broken",
      rows: [["x"]],
      columns: [{ width: 10, format: "text" }],
      tables: [{ name: "T", headerRow: 0, lastRow: 0 }],
    };
    await expect(book.writeSheets([good, bad])).rejects.toThrow();
    expect(await book.listSheets()).toEqual(["Keep"]);
    expect(await book.readSheets(["Keep"])).toEqual([{ name: "Keep", values: [["old"]] }]);
  });

  it("saves atomically: a failed save leaves neither a half file nor a temporary", async () => {
    const book = ExcelJsWorkbook.create();
    const target = path.join(tmp.dir, "taken");
    mkdirSync(target);
    await expect(book.save(target)).rejects.toThrow();
    expect(readdirSync(tmp.dir)).toEqual(["taken"]);
    await expect(book.save(path.join(tmp.dir, "missing", "x.xlsx"))).rejects.toThrow();
    expect(existsSync(path.join(tmp.dir, "missing"))).toBe(false);
  });
});
