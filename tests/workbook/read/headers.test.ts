import { MemoryWorkbook } from "../../../src/workbook/memory";
import { inputSheetKind, inputSheetNames, isInputSheetName, readInput } from "../../../src/workbook/read";
import { allOutputSheetNames } from "../../../src/workbook/render";
import { cloneSheets, minimalSheets, type Grid, type Sheets } from "../../fixtures/example";

async function read(sheets: Sheets) {
  return readInput(MemoryWorkbook.fromSheets(sheets));
}

/** Columns reordered (a permutation of indices), every row alike. */
function permute(grid: Grid, from: number, order: readonly number[]): Grid {
  return grid.map((row, i) => (i < from ? row : order.map((j) => row[j] ?? null)));
}

function withSheet(name: string, grid: Grid, rename?: string): Sheets {
  const sheets = cloneSheets(minimalSheets());
  const copy: Sheets = {};
  for (const [key, value] of Object.entries(sheets)) {
    if (key === name) copy[rename ?? name] = grid;
    else copy[key] = value;
  }
  return copy;
}

function base(name: string): Grid {
  return cloneSheets(minimalSheets())[name] ?? [];
}

describe("finding tables by their header row", () => {
  it("reads columns in any order, with unknown columns kept and ignored", async () => {
    const grid = permute(base("Заявки"), 2, [13, 5, 0, 12, 1, 2, 11, 3, 4, 6, 7, 8, 9, 10]);
    grid[2]?.splice(3, 0, "Примечание");
    for (let r = 3; r < grid.length; r += 1) grid[r]?.splice(3, 0, "заметка");
    const result = await read(withSheet("Заявки", grid));
    expect(result.problems).toEqual([]);
    const first = result.input?.applications[0];
    expect(first?.id).toBe("1");
    expect(first?.sources.grant.toFixed(2)).toBe("125000.00");
    expect(first?.cells.grant).toEqual({ sheet: "Заявки", row: 4, col: 2 });
    expect(first?.cells.id).toEqual({ sheet: "Заявки", row: 4, col: 3 });
    expect(first?.start).toBe("2019-04-01");
  });

  it("finds a table below several title rows and to the right of column A", async () => {
    const grid: Grid = [["Мэрия г. Кара-Балта"], ["Критерии оценки"], [null, "утверждены 01.02.2019"], []];
    for (const row of base("Критерии").slice(2)) grid.push([null, null, ...row]);
    const result = await read(withSheet("Критерии", grid));
    expect(result.problems).toEqual([]);
    expect(result.input?.criteria.map((c) => c.code)).toEqual(["K1", "K2"]);
    expect(result.input?.criteria[0]?.cells.maxScore).toEqual({ sheet: "Критерии", row: 6, col: 5 });
    expect(result.input?.criteria[1]?.weight.toString()).toBe("1");
  });

  it("an empty row does not end a table: the rows below it are read, the empty and totals rows noted", async () => {
    // WORKBOOK.md: "an empty row is never the end of the data" (it used to end the table here).
    const grid = base("Комиссия");
    grid.push([], ["Подписи:", "____", null], ["Итого членов", 3, null]);
    const result = await read(withSheet("Комиссия", grid));
    expect(result.problems).toEqual([]);
    expect(result.input?.commission.map((m) => m.name)).toEqual([
      "Асанова Гульмира",
      "Токтогулов Бакыт",
      "Иванова Елена",
      "Подписи:",
    ]);
    expect(result.input?.commission[1]?.recusedFrom).toEqual(["2"]);
    expect(result.input?.notes?.map((n) => [n.rule, n.severity, n.address])).toEqual([
      ["empty-row", "info", { sheet: "Комиссия", row: 7, col: 1 }],
      ["totals-row", "info", { sheet: "Комиссия", row: 9, col: 1 }],
    ]);
  });

  it("recognises English and Kyrgyz headers, units, case and odd spaces", async () => {
    const grid = base("Заявки");
    grid[2] = [
      "Application No",
      "ORGANIZATION",
      "Уюмдун түрү",
      "Direction",
      "Долбоор",
      "Грант, сом",
      "Local\u00A0budget (KGS)",
      "  Community  ",
      "НКО, сом",
      "Башкалар",
      "Total, som",
      "Start",
      "Аякташы",
      "Дата  подачи",
    ];
    const result = await read(withSheet("Заявки", grid, "APPLICATIONS "));
    expect(result.problems).toEqual([]);
    expect(result.input?.applications[0]?.sources.localBudget.toFixed(2)).toBe("20000.00");
    expect(result.input?.applications[0]?.cells.grant?.sheet).toBe("APPLICATIONS ");
  });

  it("accepts №, No and # for the application number", async () => {
    for (const header of ["№ заявки", "No заявки", "# заявки", "№заявки", "Номер заявки"]) {
      const grid = base("Смета");
      if (grid[2]) grid[2][0] = header;
      const result = await read(withSheet("Смета", grid));
      expect(result.problems).toEqual([]);
    }
  });

  it("reads a workbook made wholly in English", async () => {
    const sheets: Sheets = {
      Program: [
        ["Parameter", "Value"],
        ["Municipality", "Kara-Balta"],
        ["Program", "GSZ 2019"],
        ["Budget year", "2019"],
        ["Start", "2019-03-01"],
        ["End", "2019-12-31"],
        ["Program budget", "400,000.00"],
        ["Aggregation", "trimmed mean"],
        ["Tie-break", "earlier submission"],
        ["Min co-financing, %", "12.5%"],
        [],
        ["Code", "Direction", "Allocated", "Max per project"],
        ["1", "Elderly", "250,000.00", null],
      ],
      Applications: [
        ["Application", "Organization", "Organization type", "Direction", "Project", "Grant"],
        ["A-1", "Ak-Niet", "Public foundation", "1", "Care", "100,000.00"],
      ],
      Criteria: [
        ["Code", "Criterion", "Max score"],
        ["K1", "Relevance", 20],
      ],
      Commission: [
        ["Member", "Role", "Recused from"],
        ["Asanova", "Chair", "A-1; A-2"],
      ],
      Scores: [
        ["Member", "Application", "Relevance"],
        ["Asanova", "A-1", "x"],
      ],
    };
    const result = await read(sheets);
    expect(result.problems).toEqual([]);
    const input = result.input;
    expect(input?.program.aggregation).toBe("trimmed-mean");
    expect(input?.program.tieBreak).toBe("earlier-submission");
    expect(input?.program.minCofinancingPct?.toString()).toBe("12.5");
    expect(input?.program.trancheScheme.map(String)).toEqual(["100"]);
    expect(input?.program.trancheRounding.toString()).toBe("0.01");
    expect(input?.program.cells.budget).toEqual({ sheet: "Program", row: 7, col: 2 });
    expect(input?.commission[0]?.recusedFrom).toEqual(["A-1", "A-2"]);
    // A score column may be headed by the criterion's name instead of its code.
    expect(input?.scores[0]?.scores).toEqual({ K1: { kind: "recused" } });
    expect(input?.scores[0]?.scoreCells).toEqual({ K1: { sheet: "Scores", row: 2, col: 3 } });
    expect(input?.budgetLines).toEqual([]);
    expect(input?.contracts).toEqual([]);
  });

  it("skips a totals row and reads a lone dash in a money cell as empty", async () => {
    const grid = base("Заявки");
    if (grid[4]) grid[4][9] = "—";
    grid.push(["Итого", null, null, null, null, 285000]);
    const result = await read(withSheet("Заявки", grid));
    expect(result.problems).toEqual([]);
    expect(result.input?.applications).toHaveLength(3);
    expect(result.input?.notes).toEqual([
      {
        rule: "totals-row",
        severity: "info",
        address: { sheet: "Заявки", row: 7, col: 1 },
        message: "rules.totals-row",
        params: { label: "Итого" },
      },
    ]);
    expect(result.input?.applications[1]?.sources.other.toFixed(2)).toBe("0.00");
  });

  it("matches score columns to criteria codes typed with Cyrillic look-alike letters", async () => {
    const grid = base("Оценки");
    if (grid[2]) grid[2][2] = "К1";
    const result = await read(withSheet("Оценки", grid));
    expect(result.problems).toEqual([]);
    expect(result.input?.scores[0]?.scores["K1"]).toEqual({ kind: "number", value: expect.anything() });
    expect(result.input?.scores[0]?.scoreCells["K1"]).toEqual({ sheet: "Оценки", row: 4, col: 3 });
  });

  it("reports every problem, not the first", async () => {
    const sheets = cloneSheets(minimalSheets());
    const grid = sheets["Заявки"] ?? [];
    if (grid[3]) grid[3][5] = "abc";
    if (grid[4]) grid[4][6] = "-1";
    if (grid[5]) grid[5][11] = "31.02.2019";
    const result = await read(sheets);
    expect(result.problems.map((p) => [p.address.row, p.address.col, p.message])).toEqual([
      [4, 6, "workbook.cell.money"],
      [5, 7, "workbook.cell.moneyNegative"],
      [6, 12, "workbook.cell.dateInvalid"],
    ]);
  });

  it("reads every input sheet in one readSheets call and names missing sheets in the chosen language", async () => {
    const book = MemoryWorkbook.fromSheets(minimalSheets());
    book.deleteSheet("Оценки");
    book.deleteSheet("Смета");
    const result = await readInput(book, { lang: "en" });
    expect(book.calls.readSheets).toBe(1);
    expect(result.problems).toEqual([
      {
        address: { sheet: "Scores", row: 1, col: 1 },
        message: "workbook.sheet.missing",
        params: { sheet: "Scores" },
      },
    ]);
  });
});

describe("input sheet names", () => {
  it("knows input sheets by any of their names", () => {
    expect(inputSheetKind(" заявки ")).toBe("applications");
    expect(inputSheetKind("Арыздар")).toBe("applications");
    expect(inputSheetKind("BUDGET")).toBe("budget");
    expect(inputSheetKind("Баалар")).toBe("scores");
    expect(inputSheetKind("Рейтинг")).toBeUndefined();
    expect(isInputSheetName("Applications")).toBe(true);
    expect(allOutputSheetNames().filter(isInputSheetName)).toEqual([]);
    expect(inputSheetNames(["Рейтинг", "Заявки", "Program", "Заметки", "Applications"])).toEqual([
      "Заявки",
      "Program",
    ]);
  });
});
