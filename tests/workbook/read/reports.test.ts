import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ExcelJsWorkbook } from "../../../src/adapters/exceljs/workbook";
import { openWorkbookFile } from "../../../src/adapters/files/node";
import type { SheetLayout } from "../../../src/workbook/port";
import type { CellValue } from "../../../src/workbook/port";
import { parseInput, readInput } from "../../../src/workbook/read";
import { inputTemplateLayouts } from "../../../src/workbook/template";
import { minimalSheets, type Sheets } from "../../fixtures/example";

const HEADER: CellValue[] = [
  "№ договора",
  "№ транша",
  "Статья",
  "Грант",
  "Местный бюджет",
  "Сообщество",
  "НКО",
  "Другие",
  "Дата приёма",
];

function withReports(rows: CellValue[][], header: CellValue[] = HEADER): Sheets {
  return { ...minimalSheets(), Отчёты: [["Отчёты"], [], header, ...rows] };
}

function parse(sheets: Sheets) {
  const names = Object.keys(sheets);
  return parseInput(
    names,
    names.map((name) => ({ name, values: sheets[name] ?? [] })),
  );
}

describe("Отчёты", () => {
  it("is optional: a workbook without it reads with no reports", () => {
    const read = parse(minimalSheets());
    expect(read.problems).toEqual([]);
    expect(read.input?.reports).toBeUndefined();
  });

  it("reads each line: the category by name, blank sources as 0, a blank Дата приёма as not accepted", () => {
    const read = parse(
      withReports([
        ["ГСЗ-01/2019", 1, "Оплата труда", "30 000", null, "-", 1500, null, "15.07.2019"],
        ["ГСЗ-01/2019", 1, "Мероприятия", 0, 2000, null, null, "250,50", null],
      ]),
    );
    expect(read.problems).toEqual([]);
    const reports = read.input?.reports ?? [];
    expect(
      reports.map((r) => [
        r.contract,
        r.tranche,
        r.category,
        r.sources.grant.toFixed(2),
        r.sources.localBudget.toFixed(2),
        r.sources.community.toFixed(2),
        r.sources.ngo.toFixed(2),
        r.sources.other.toFixed(2),
        r.accepted,
      ]),
    ).toEqual([
      ["ГСЗ-01/2019", 1, "staff", "30000.00", "0.00", "0.00", "1500.00", "0.00", "2019-07-15"],
      ["ГСЗ-01/2019", 1, "events", "0.00", "2000.00", "0.00", "0.00", "250.50", undefined],
    ]);
    expect(reports[1]?.cells.category).toEqual({ sheet: "Отчёты", row: 5, col: 3 });
  });

  it("reads the English headers (Line, Accepted on)", () => {
    const read = parse(
      withReports(
        [["Д-1", 2, "Equipment", 100, "01.08.2019"]],
        ["Contract", "Tranche", "Line", "Grant", "Accepted on"],
      ),
    );
    expect(read.problems).toEqual([]);
    expect(read.input?.reports?.map((r) => [r.category, r.tranche, r.accepted])).toEqual([
      ["equipment", 2, "2019-08-01"],
    ]);
  });

  it("makes every bad cell a problem at that cell", () => {
    const read = parse(
      withReports([
        ["Д-1", 1, "Зарплата директора", 100, null, null, null, null, null],
        ["Д-1", 1, "Оборудование", "сто", null, null, null, null, null],
        ["Д-1", 1, "Оборудование", 100, null, null, "1,005", null, "вчера"],
      ]),
    );
    expect(read.input).toBeUndefined();
    expect(read.problems.map((p) => [p.address.sheet, p.address.row, p.address.col, p.message])).toEqual([
      ["Отчёты", 4, 3, "workbook.cell.category"],
      ["Отчёты", 5, 4, "workbook.cell.money"],
      ["Отчёты", 6, 7, "workbook.cell.ambiguous"],
      ["Отчёты", 6, 9, "workbook.cell.date"],
    ]);
  });

  it("skips and notes a totals row", () => {
    const read = parse(
      withReports([
        ["Д-1", 1, "Оборудование", 100],
        ["Всего:", null, null, 100],
      ]),
    );
    expect(read.problems).toEqual([]);
    expect(read.input?.reports).toHaveLength(1);
    expect(read.input?.notes?.map((n) => [n.rule, n.address?.row])).toEqual([["totals-row", 5]]);
  });
});

describe("Платежи and Отчёты through the file reader", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "gsz-exec-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("an .xlsx written by Excel's library reads back with its payments and reports", async () => {
    const layouts: SheetLayout[] = inputTemplateLayouts("ru", true).map((layout) => {
      if (layout.name === "Платежи") {
        return {
          ...layout,
          rows: [...layout.rows.slice(0, 3), ["ГСЗ-05/2019", 1, { date: 43556 }, 24000, "17"]],
        };
      }
      if (layout.name === "Отчёты") {
        return {
          ...layout,
          rows: [
            ...layout.rows.slice(0, 3),
            ["ГСЗ-05/2019", 1, "Оборудование", 18000.25, 500, 0, 1200, 0, { date: 43647 }],
          ],
        };
      }
      return layout;
    });
    const book = ExcelJsWorkbook.create();
    await book.writeSheets(layouts);
    const file = path.join(dir, "Исполнение.xlsx");
    await book.save(file);
    const opened = await openWorkbookFile(file);
    if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
    const read = await readInput(opened.book);
    expect(read.problems).toEqual([]);
    expect(
      read.input?.payments?.map((p) => [p.contract, p.tranche, p.date, p.amount.toFixed(2), p.order]),
    ).toEqual([["ГСЗ-05/2019", 1, "2019-04-01", "24000.00", "17"]]);
    expect(
      read.input?.reports?.map((r) => [
        r.category,
        r.sources.grant.toFixed(2),
        r.sources.ngo.toFixed(2),
        r.accepted,
      ]),
    ).toEqual([["equipment", "18000.25", "1200.00", "2019-07-01"]]);
    expect(read.input?.reports?.[0]?.cells.accepted).toEqual({ sheet: "Отчёты", row: 4, col: 9 });
  });
});
