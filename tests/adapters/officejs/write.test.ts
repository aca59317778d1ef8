import { OfficeJsWorkbook, TEMP_PREFIX } from "../../../src/adapters/officejs";
import { DEFAULT_BYTE_BUDGET, MAX_BLOCK_ROWS } from "../../../src/adapters/officejs/plan";
import { FakeExcel } from "./fake-excel";
import { rankingLayout, tranchesLayout } from "./layouts";

const all = (): boolean => true;

function inputs(excel: FakeExcel): void {
  excel.addSheet("Программа", [
    ["Параметр", "Значение"],
    ["Муниципалитет", "Кара-Балта"],
  ]);
  excel.addSheet("Заявки", [
    ["№ заявки", "Организация"],
    ["A-00001", "ОФ «Рост»"],
  ]);
}

function workbook(
  excel: FakeExcel,
  options: { supports?: (s: string, v: string) => boolean; byteBudget?: number } = {},
) {
  return new OfficeJsWorkbook(excel.run, {
    supports: options.supports ?? all,
    byteBudget: options.byteBudget,
    random: () => 0.5,
  });
}

function freshBook(): FakeExcel {
  const excel = new FakeExcel();
  inputs(excel);
  return excel;
}

describe("OfficeJsWorkbook.writeSheets", () => {
  it("uses the same number of syncs for 10 and 10 000 application rows", async () => {
    const counts: number[] = [];
    for (const n of [10, 10_000]) {
      const excel = freshBook();
      await workbook(excel).writeSheets([rankingLayout(n), tranchesLayout(n)]);
      counts.push(excel.syncs);
      expect(excel.values("Рейтинг").length).toBe(n + 4);
      expect(Math.max(...excel.requests)).toBeLessThanOrEqual(DEFAULT_BYTE_BUDGET + 100_000);
    }
    // load existing names, one write request, the final swap
    expect(counts).toEqual([3, 3]);
  });

  it("assigns every values/numberFormat array in its range's shape, in blocks of at most 2 000 rows", async () => {
    const excel = new FakeExcel();
    inputs(excel);
    await workbook(excel).writeSheets([rankingLayout(10_000)]);
    // Assignments happen while the sheet still has its temporary name.
    const blocks = excel.assignments.filter((a) => a.sheet.startsWith(TEMP_PREFIX));
    expect(blocks.length).toBeGreaterThanOrEqual(2 * 5);
    for (const a of blocks) {
      expect(a.arrayRows).toBe(a.rangeRows);
      expect(a.arrayCols.every((c) => c === a.rangeCols)).toBe(true);
      expect(a.rangeRows).toBeLessThanOrEqual(MAX_BLOCK_ROWS);
      expect(a.rangeCols).toBe(15);
    }
    expect(blocks.filter((a) => a.property === "numberFormat").reduce((s, a) => s + a.rangeRows, 0)).toBe(
      10_004,
    );
  });

  it("splits a payload over the budget into several requests, each under it", async () => {
    const excel = new FakeExcel();
    inputs(excel);
    const budget = 1_000_000;
    await workbook(excel, { byteBudget: budget }).writeSheets([rankingLayout(10_000)]);
    const writes = excel.requests.slice(1, -1);
    expect(writes.length).toBeGreaterThan(1);
    for (const bytes of writes) expect(bytes).toBeLessThanOrEqual(budget * 1.1);
    expect(excel.syncs).toBe(writes.length + 2);
    expect(excel.values("Рейтинг").length).toBe(10_004);
  });

  it("writes thousands of links as HYPERLINK formulas inside the values block", async () => {
    const excel = freshBook();
    await workbook(excel).writeSheets([rankingLayout(2_000)]);
    expect(excel.cell("Рейтинг", 4, 2)).toMatchObject({
      formula: '=HYPERLINK("#Заявки!A2","A-00001")',
      format: "General",
    });
    expect(excel.cell("Рейтинг", 4, 2)?.hyperlink).toBeUndefined();
  });

  it("writes formats, links, tables, freeze panes, widths and highlights", async () => {
    const excel = new FakeExcel();
    inputs(excel);
    await workbook(excel).writeSheets([rankingLayout(10)]);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Программа", "Заявки", "Рейтинг"]);
    const sheet = excel.sheet("Рейтинг");
    expect(sheet?.visibility).toBe("Visible");
    expect(sheet?.freezeRows).toBe(3);
    expect(excel.cell("Рейтинг", 4, 2)?.hyperlink).toEqual({
      documentReference: "Заявки!A2",
      textToDisplay: "A-00001",
    });
    expect(excel.cell("Рейтинг", 4, 2)?.format).toBe("@");
    expect(excel.cell("Рейтинг", 4, 13)?.format).toBe("#,##0.00");
    expect(excel.cell("Рейтинг", 4, 15)).toMatchObject({ value: 43501, format: "dd.mm.yyyy" });
    expect(excel.cell("Рейтинг", 14, 13)).toMatchObject({ formula: "=SUM(M4:M13)", format: "#,##0.00" });
    expect(excel.cell("Рейтинг", 14, 1)?.bold).toBe(true);
    expect(excel.cell("Рейтинг", 1, 1)?.bold).toBe(true);
    expect(excel.cell("Рейтинг", 4, 3)?.fill).toBe("#FFEB9C");
    expect(excel.tables.map((t) => [t.name, t.sheet.name, t.r0, t.rows, t.cols])).toEqual([
      ["GszRanking", "Рейтинг", 2, 11, 15],
    ]);
    expect(sheet?.columnWidths.get(2)).toBeCloseTo((40 * 7 + 5) * 0.75);
    expect(sheet?.validations).toHaveLength(1);
    expect(excel.suspendedCalculation).toBe(2);
    expect(excel.suspendedScreen).toBe(1);
  });

  it("checks the newer requirement sets: no validation without 1.8, no screen suspension without 1.9", async () => {
    const excel = new FakeExcel();
    inputs(excel);
    await workbook(excel, { supports: (_s, v) => Number(v) <= 1.7 }).writeSheets([rankingLayout(5)]);
    expect(excel.sheet("Рейтинг")?.validations).toHaveLength(0);
    expect(excel.suspendedScreen).toBe(0);
  });

  it("replaces old outputs in place and keeps the inputs untouched", async () => {
    const excel = new FakeExcel();
    inputs(excel);
    const book = workbook(excel);
    await book.writeSheets([rankingLayout(3), tranchesLayout(2)]);
    excel.addSheet("Заметки", [["мой лист"]]);
    const before = { program: excel.values("Программа"), apps: excel.values("Заявки") };
    await book.writeSheets([rankingLayout(7), tranchesLayout(4)]);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Программа", "Заявки", "Рейтинг", "Транши", "Заметки"]);
    expect(excel.values("Рейтинг").length).toBe(11);
    expect(excel.tables.map((t) => t.name).sort()).toEqual(["GszRanking", "GszTranches"]);
    expect(excel.values("Программа")).toEqual(before.program);
    expect(excel.values("Заявки")).toEqual(before.apps);
  });

  it("is all-or-nothing: a failure mid-write deletes the temporary sheets and keeps the old outputs", async () => {
    const excel = new FakeExcel();
    inputs(excel);
    const book = workbook(excel, { byteBudget: 500_000 });
    await book.writeSheets([rankingLayout(3), tranchesLayout(2)]);
    const oldRanking = excel.values("Рейтинг");
    const names = excel.sheets.map((s) => s.name);
    const earlier = excel.assignments.filter((a) => a.property === "numberFormat").length;
    const syncsBefore = excel.syncs;
    excel.failOn = { op: "range.numberFormat", nth: earlier + 4 };
    await expect(book.writeSheets([rankingLayout(5_000), tranchesLayout(5_000)])).rejects.toThrow(
      /injected failure/,
    );
    // The failure hit a later write request, after earlier ones had already created temporary sheets.
    expect(excel.syncs - syncsBefore).toBeGreaterThan(3);
    expect(excel.sheets.map((s) => s.name)).toEqual(names);
    expect(excel.sheets.some((s) => s.name.startsWith(TEMP_PREFIX))).toBe(false);
    expect(excel.values("Рейтинг")).toEqual(oldRanking);
    expect(excel.tables.map((t) => t.name).sort()).toEqual(["GszRanking", "GszTranches"]);
  });

  it("retries with smaller requests when Excel still finds one too large", async () => {
    const excel = freshBook();
    excel.payloadLimit = 1_200_000;
    await workbook(excel).writeSheets([rankingLayout(5_000)]);
    expect(excel.values("Рейтинг").length).toBe(5_004);
    expect(Math.max(...excel.requests.filter((b) => b <= excel.payloadLimit))).toBeLessThanOrEqual(1_200_000);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Программа", "Заявки", "Рейтинг"]);
  });

  it("completes the swap when the final request fails after an old sheet was deleted", async () => {
    const excel = freshBook();
    const book = workbook(excel);
    await book.writeSheets([rankingLayout(3), tranchesLayout(2)]);
    // The final request deletes each old sheet then renames its replacement; make the second rename fail.
    excel.failOn = { op: "worksheet.name", nth: 4 };
    await expect(book.writeSheets([rankingLayout(6), tranchesLayout(5)])).rejects.toThrow(/injected failure/);
    expect(excel.sheets.map((s) => s.name).filter((n) => !n.startsWith(TEMP_PREFIX))).toEqual(
      expect.arrayContaining(["Программа", "Заявки", "Рейтинг", "Транши"]),
    );
    expect(excel.sheets.some((s) => s.name.startsWith(TEMP_PREFIX))).toBe(false);
    expect(excel.values("Рейтинг").length).toBe(10);
    expect(excel.values("Транши").length).toBe(6);
  });

  it("refuses a table name used on a sheet it does not replace, before writing anything", async () => {
    const excel = new FakeExcel();
    inputs(excel);
    const inputSheet = excel.sheet("Заявки");
    if (!inputSheet) throw new Error("no input sheet");
    excel.tables.push({ name: "GszRanking", sheet: inputSheet, r0: 0, c0: 0, rows: 2, cols: 2, style: "" });
    await expect(workbook(excel).writeSheets([rankingLayout(3)])).rejects.toMatchObject({
      code: "table-name-taken",
    });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Программа", "Заявки"]);
    expect(excel.syncs).toBe(1);
  });

  it("removes the sheets it is told to, so outputs in another language give up their table names", async () => {
    const excel = freshBook();
    const book = workbook(excel);
    await book.writeSheets([rankingLayout(3, "Рейтинг")]);
    expect(excel.tables.map((t) => t.name)).toEqual(["GszRanking"]);
    await book.writeSheets([rankingLayout(2, "Ranking")], { remove: ["Рейтинг", "Ranking", "Нет такого"] });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Программа", "Заявки", "Ranking"]);
    expect(excel.tables.map((t) => [t.name, t.sheet.name])).toEqual([["GszRanking", "Ranking"]]);
  });

  it("removes temporary sheets a crashed run left behind", async () => {
    const excel = new FakeExcel();
    inputs(excel);
    excel.addSheet(`${TEMP_PREFIX}zzzzzz0`, [["half"]]).visibility = "Hidden";
    const book = workbook(excel);
    expect(await book.listSheets()).toEqual(["Программа", "Заявки"]);
    await book.writeSheets([tranchesLayout(1)]);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Программа", "Заявки", "Транши"]);
  });

  it("rejects sheet names Excel would refuse", async () => {
    const excel = new FakeExcel();
    await expect(workbook(excel).writeSheets([{ ...tranchesLayout(1), name: "a/b" }])).rejects.toMatchObject({
      code: "sheet-name-invalid",
    });
    expect(excel.syncs).toBe(0);
  });
});
