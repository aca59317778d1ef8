import { analyze } from "../../../src/core/analyze";
import { MemoryWorkbook } from "../../../src/workbook/memory";
import type { CellValue } from "../../../src/workbook/port";
import { isInputSheetName, readInput } from "../../../src/workbook/read";
import { translate } from "../../../src/i18n";
import { cloneSheets, exampleSheets, type Grid, type Sheets } from "../../fixtures/example";
import { brief, essence, insertRows, parseSheets, rowOf } from "./tables-support";

const EXAMPLE = exampleSheets("ru");
const ORIGINAL = parseSheets(EXAMPLE);

function example(): Sheets {
  return cloneSheets(EXAMPLE);
}

function sheet(sheets: Sheets, name: string): Grid {
  const grid = sheets[name];
  if (!grid) throw new Error(`No sheet ${name}`);
  return grid;
}

/** Where to put an empty row in each table of the example: before this 0-based row. */
const EMPTY_ROW_AT: readonly [string, string, (grid: Grid) => number][] = [
  ["Программа, parameters", "Программа", (g) => rowOf(g, "Бюджет программы")],
  ["Программа, directions", "Программа", (g) => rowOf(g, "Код") + 2],
  ["Заявки", "Заявки", () => 5],
  ["Смета", "Смета", () => 10],
  ["Критерии", "Критерии", () => 7],
  ["Комиссия", "Комиссия", () => 5],
  ["Оценки", "Оценки", () => 20],
  ["Договоры", "Договоры", () => 5],
  ["Платежи", "Платежи", () => 6],
  ["Отчёты", "Отчёты", () => 12],
];

describe("an empty row inside a table never drops data", () => {
  it("the example reads without problems or notes (the base of these tests)", () => {
    expect(ORIGINAL.problems).toEqual([]);
    expect(ORIGINAL.input?.notes).toEqual([]);
    expect(ORIGINAL.input?.criteria).toHaveLength(6);
    expect(ORIGINAL.input?.program.directions).toHaveLength(3);
  });

  it.each(EMPTY_ROW_AT)("%s: every row is kept and the empty row is noted at its row", (_, name, at) => {
    const sheets = example();
    const grid = sheet(sheets, name);
    const row = at(grid);
    insertRows(grid, row, []);
    const read = parseSheets(sheets);
    expect(read.problems).toEqual([]);
    expect(essence(read.input)).toEqual(essence(ORIGINAL.input));
    expect(read.input?.notes).toEqual([
      {
        rule: "empty-row",
        severity: "info",
        address: { sheet: name, row: row + 1, col: 1 },
        message: "rules.empty-row",
        params: { row: row + 1 },
      },
    ]);
  });

  it("Критерии: an empty row after K4 keeps K5 and K6, so application 1 still totals 85 and 5 are funded", () => {
    const sheets = example();
    insertRows(sheet(sheets, "Критерии"), 7, [null, null, null, null, null]);
    const read = parseSheets(sheets);
    expect(read.problems).toEqual([]);
    expect(read.input?.criteria.map((c) => c.code)).toEqual(["K1", "K2", "K3", "K4", "K5", "K6"]);
    if (!read.input) throw new Error("the example must read");
    const result = analyze(read.input);
    expect(result.ranking.find((e) => e.application === "1")?.total.toString()).toBe("85");
    expect(result.ranking.filter((e) => e.status === "funded")).toHaveLength(5);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(brief(result.findings)).toEqual([["empty-row", "Критерии!8:1", "rules.empty-row"]]);
  });

  it("Договоры: an empty row after the first contract keeps every contract and its schedule", () => {
    const sheets = example();
    insertRows(sheet(sheets, "Договоры"), 4, []);
    const read = parseSheets(sheets);
    if (!read.input || !ORIGINAL.input) throw new Error("the example must read");
    expect(read.input.contracts.map((c) => c.number)).toEqual(ORIGINAL.input.contracts.map((c) => c.number));
    expect(analyze(read.input).tranches).toHaveLength(analyze(ORIGINAL.input).tranches.length);
  });

  it("Оценки: an empty row does not make the members below 'not score'", () => {
    const sheets = example();
    insertRows(sheet(sheets, "Оценки"), 10, [], []);
    const read = parseSheets(sheets);
    if (!read.input) throw new Error("the example must read");
    const findings = analyze(read.input).findings;
    expect(findings.filter((f) => f.rule === "score-missing" || f.rule === "quorum-not-met")).toEqual([]);
    expect(brief(findings)).toEqual([["empty-row", "Оценки!11:1", "rules.empty-row.many"]]);
    expect(findings[0]?.params).toEqual({ first: 11, last: 12 });
  });

  it("empty rows after the last data row are not inside the table and are not noted", () => {
    const sheets = example();
    sheet(sheets, "Заявки").push([], [], [null, null]);
    const read = parseSheets(sheets);
    expect(read.problems).toEqual([]);
    expect(read.input?.notes).toEqual([]);
  });

  it("a row empty in the table's columns but with a note beside the table is noted as not read", () => {
    const sheets = example();
    const note: CellValue[] = new Array<CellValue>(16).fill(null);
    note[15] = "проверено бухгалтером";
    insertRows(sheet(sheets, "Заявки"), 5, note);
    const read = parseSheets(sheets);
    expect(essence(read.input)).toEqual(essence(ORIGINAL.input));
    expect(brief(read.input?.notes)).toEqual([["row-not-read", "Заявки!6:16", "rules.row-not-read.beside"]]);
    expect(read.input?.notes?.[0]?.severity).toBe("warning");
  });
});

describe("totals rows", () => {
  it("a totals row in the middle is skipped, noted at its label, and the rows below it are read", () => {
    const sheets = example();
    insertRows(sheet(sheets, "Заявки"), 6, ["Итого по направлению 1:", null, null, null, null, 355000]);
    const read = parseSheets(sheets);
    expect(read.problems).toEqual([]);
    expect(essence(read.input)).toEqual(essence(ORIGINAL.input));
    expect(read.input?.notes).toEqual([
      {
        rule: "totals-row",
        severity: "info",
        address: { sheet: "Заявки", row: 7, col: 1 },
        message: "rules.totals-row",
        params: { label: "Итого по направлению 1:" },
      },
    ]);
  });

  it.each(["Итого", "  ВСЕГО: ", "Total", "Totals", "Бардыгы", "Жыйынтык"])(
    "a totals row %j at the end, after an empty row, is skipped and noted",
    (label) => {
      const sheets = example();
      sheet(sheets, "Смета").push([], [label, null, null, null, null, null, 360000]);
      const read = parseSheets(sheets);
      expect(read.problems).toEqual([]);
      expect(essence(read.input)).toEqual(essence(ORIGINAL.input));
      const row = sheet(sheets, "Смета").length;
      expect(brief(read.input?.notes)).toEqual([["totals-row", `Смета!${row}:1`, "rules.totals-row"]]);
    },
  );

  it("a totals row whose label is not in the first column is found by its first filled cell", () => {
    const sheets = example();
    insertRows(sheet(sheets, "Критерии"), 5, [null, "Всего", 100]);
    const read = parseSheets(sheets);
    expect(essence(read.input)).toEqual(essence(ORIGINAL.input));
    expect(brief(read.input?.notes)).toEqual([["totals-row", "Критерии!6:2", "rules.totals-row"]]);
  });
});

describe("where a table ends", () => {
  const applications = sheet(EXAMPLE, "Заявки");
  const last = applications.length - 1;
  const extent = { name: "GszApplications", headerRow: 2, lastRow: last, firstCol: 0, lastCol: 13 };

  it("below its Excel table's end: a note row is read as a row of the table (a problem at its cells)", () => {
    const sheets = example();
    sheet(sheets, "Заявки").push([], ["Подготовил: секретарь комиссии"]);
    const read = parseSheets(sheets, { Заявки: [extent] });
    expect(read.input).toBeUndefined();
    expect(read.problems.length).toBeGreaterThan(0);
    expect(read.problems.every((p) => p.address.sheet === "Заявки" && p.address.row === last + 3)).toBe(true);
  });

  it("the same note row without an Excel table is read as a row of the table (a problem at its cells)", () => {
    const sheets = example();
    sheet(sheets, "Заявки").push([], ["Подготовил: секретарь комиссии"]);
    const read = parseSheets(sheets);
    expect(read.input).toBeUndefined();
    expect(read.problems.length).toBeGreaterThan(0);
    expect(read.problems.every((p) => p.address.sheet === "Заявки" && p.address.row === last + 3)).toBe(true);
  });

  it("rows of data typed below the Excel table are read, and the first is noted once (table-not-extended)", () => {
    const sheets = example();
    const short = { ...extent, lastRow: last - 2 };
    const read = parseSheets(sheets, { Заявки: [short] });
    expect(read.problems).toEqual([]);
    expect(essence(read.input)).toEqual(essence(ORIGINAL.input));
    expect(read.input?.notes).toEqual([
      {
        rule: "table-not-extended",
        severity: "info",
        address: { sheet: "Заявки", row: last, col: 1 },
        message: "rules.table-not-extended",
        params: { table: "GszApplications", last: last - 1, row: last },
      },
    ]);
  });

  it("rows below an Excel table after an empty row are read: the empty row and the first row below are noted", () => {
    const sheets = example();
    const grid = sheet(sheets, "Заявки");
    const moved = grid.splice(last - 1, 2);
    grid.push([], ...moved);
    const read = parseSheets(sheets, { Заявки: [{ ...extent, lastRow: last - 2 }] });
    expect(read.problems).toEqual([]);
    expect(essence(read.input)).toEqual(essence(ORIGINAL.input));
    expect(brief(read.input?.notes)).toEqual([
      ["empty-row", `Заявки!${last}:1`, "rules.empty-row"],
      ["table-not-extended", `Заявки!${last + 1}:1`, "rules.table-not-extended"],
    ]);
  });

  it("an Excel table that contains the found header row (a title row as its header) does not end the table", () => {
    const sheets = example();
    const read = parseSheets(sheets, { Заявки: [{ ...extent, headerRow: 1, lastRow: last - 1 }] });
    expect(essence(read.input)).toEqual(essence(ORIGINAL.input));
    expect(brief(read.input?.notes)).toEqual([
      ["table-not-extended", `Заявки!${last + 1}:1`, "rules.table-not-extended"],
    ]);
  });

  it("Программа: the directions end at the header of table 3 (non-working days), which is read as days off", () => {
    const sheets = example();
    const grid = sheet(sheets, "Программа");
    grid.splice(rowOf(grid, "Дата"));
    grid.push(
      ["Дата", "Нерабочий день"],
      [{ date: 43466 }, "Новый год"],
      ["08.03.2019", "8 Марта"],
      ["21.03.2019"],
    );
    const read = parseSheets(sheets);
    expect(read.problems).toEqual([]);
    const original = ORIGINAL.input;
    expect(original?.program.nonWorkingDays).toHaveLength(12);
    expect(essence(read.input)).toEqual(
      essence(
        original && {
          ...original,
          program: { ...original.program, nonWorkingDays: ["2019-01-01", "2019-03-08", "2019-03-21"] },
        },
      ),
    );
    expect(read.input?.notes).toEqual([]);
  });

  it("Программа: a bad date in table 3 is a problem at its cell", () => {
    const sheets = example();
    const grid = sheet(sheets, "Программа");
    const header = rowOf(grid, "Дата");
    grid.push(["31.02.2019", "Ошибка"]);
    const read = parseSheets(sheets);
    expect(read.input).toBeUndefined();
    expect(read.problems.map((p) => [p.address, p.message])).toEqual([
      [{ sheet: "Программа", row: grid.length, col: 1 }, "workbook.cell.dateInvalid"],
    ]);
    expect(grid.length - 1 - header).toBe(13);
  });

  it("Программа: the parameters end at the directions' header even without an empty row between them", () => {
    const sheets = example();
    const grid = sheet(sheets, "Программа");
    grid.splice(rowOf(grid, "Код") - 1, 1);
    const read = parseSheets(sheets);
    expect(read.problems).toEqual([]);
    expect(essence(read.input)).toEqual(essence(ORIGINAL.input));
    expect(read.input?.notes).toEqual([]);
  });

  it("Программа: a misspelt parameter is not read silently", () => {
    const sheets = example();
    const grid = sheet(sheets, "Программа");
    const row = rowOf(grid, "Проходной балл");
    const cells = grid[row];
    if (cells) cells[0] = "Проходной бал";
    const read = parseSheets(sheets);
    expect(read.problems).toEqual([]);
    expect(read.input?.program.passScore).toBeUndefined();
    expect(read.input?.notes).toEqual([
      {
        rule: "row-not-read",
        severity: "warning",
        address: { sheet: "Программа", row: row + 1, col: 1 },
        message: "rules.row-not-read.parameter",
        params: { param: "Проходной бал" },
      },
    ]);
  });

  it("Программа: a direction below the directions' Excel table is read, and the table still ends at table 3", () => {
    const sheets = example();
    const grid = sheet(sheets, "Программа");
    const at = rowOf(grid, "Код");
    const directions = { name: "GszDirections", headerRow: at, lastRow: at + 2, firstCol: 0, lastCol: 3 };
    const read = parseSheets(sheets, { Программа: [directions] });
    expect(read.problems).toEqual([]);
    expect(essence(read.input)).toEqual(essence(ORIGINAL.input));
    expect(brief(read.input?.notes)).toEqual([
      ["table-not-extended", `Программа!${at + 4}:1`, "rules.table-not-extended"],
    ]);
  });

  it("Программа: a note between the directions and table 3 is read as a direction (a problem at its row)", () => {
    const sheets = example();
    const grid = sheet(sheets, "Программа");
    const at = rowOf(grid, "Код");
    const directions = { name: "GszDirections", headerRow: at, lastRow: at + 3, firstCol: 0, lastCol: 3 };
    grid.splice(at + 4, 0, [], ["Утверждено решением кенеша"]);
    const read = parseSheets(sheets, { Программа: [directions] });
    expect(read.input).toBeUndefined();
    expect(read.problems.length).toBeGreaterThan(0);
    expect(read.problems.every((p) => p.address.sheet === "Программа" && p.address.row === at + 6)).toBe(
      true,
    );
  });
});

describe("two sheets of the same kind", () => {
  it("a filled second sheet is a problem at its A1 naming both, in the same single read", async () => {
    const sheets = example();
    const book = MemoryWorkbook.fromSheets({ ...sheets, Applications: sheet(sheets, "Заявки") });
    const read = await readInput(book);
    expect(book.calls.readSheets).toBe(1);
    expect(read.input).toBeUndefined();
    expect(read.problems).toEqual([
      {
        address: { sheet: "Applications", row: 1, col: 1 },
        message: "reading.sheet.duplicate",
        params: { sheet: "Applications", first: "Заявки" },
      },
    ]);
  });

  it("an empty second sheet is ignored, and both stay input sheets that outputs must not replace", async () => {
    const sheets = example();
    const read = await readInput(
      MemoryWorkbook.fromSheets({ ...sheets, "Applications ": [[], [null, "  "]] }),
    );
    expect(read.problems).toEqual([]);
    expect(essence(read.input)).toEqual(essence(ORIGINAL.input));
    expect(isInputSheetName("Applications ")).toBe(true);
    expect(isInputSheetName("Заявки")).toBe(true);
  });

  it("the duplicate message exists in every language with both sheet names", () => {
    for (const lang of ["ru", "en", "ky"] as const) {
      const text = translate(lang, "reading.sheet.duplicate", { sheet: "Applications", first: "Заявки" });
      expect(text).toContain("Applications");
      expect(text).toContain("Заявки");
    }
  });
});
