import { OfficeJsWorkbook, WorkbookWriteError } from "../../../src/adapters/officejs";
import { createTemplate, runWorkbook } from "../../../src/app";
import { FakeExcel } from "./fake-excel";
import { rankingLayout } from "./layouts";

/** Everything the fake keeps of a sheet: cells (values, formats, formulas, links, bold, fill), panes, widths, validations, tables. */
function snapshot(excel: FakeExcel, name: string): string {
  const sheet = excel.sheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return JSON.stringify({
    cells: [...sheet.cells.entries()].sort(([a], [b]) => a.localeCompare(b)),
    freezeRows: sheet.freezeRows,
    widths: [...sheet.columnWidths.entries()],
    validations: sheet.validations,
    visibility: sheet.visibility,
    position: excel.sheets.indexOf(sheet),
    tables: excel.tables
      .filter((t) => t.sheet === sheet)
      .map((t) => ({ name: t.name, r0: t.r0, c0: t.c0, rows: t.rows, cols: t.cols, style: t.style })),
  });
}

describe("the input sheets are people's data", () => {
  it("a run leaves every input sheet's values, formats and tables as they were", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Лист1");
    const inputs = await createTemplate(
      new OfficeJsWorkbook(excel.run, { supports: () => true, inputSheets: "write" }),
      {
        lang: "ru",
        example: true,
      },
    );
    expect(excel.tables.length).toBeGreaterThanOrEqual(inputs.length - 1);
    const before = inputs.map((name) => snapshot(excel, name));
    const port = new OfficeJsWorkbook(excel.run, { supports: () => true });
    for (const now of ["2026-11-23T10:00:00Z", "2026-11-23T11:00:00Z"]) {
      const outcome = await runWorkbook(port, { lang: "ru", now: new Date(now) });
      expect(outcome.kind).toBe("done");
    }
    const en = await runWorkbook(port, { lang: "en", now: new Date("2026-11-23T12:00:00Z") });
    expect(en.kind).toBe("done");
    expect(inputs.map((name) => snapshot(excel, name))).toEqual(before);
    expect(excel.sheets.length).toBeGreaterThan(inputs.length + 1);
  });

  it("writeSheets refuses to write a sheet named as an input sheet, in any language, before any request", async () => {
    for (const name of ["Заявки", "applications", "Оценки", "Программа"]) {
      const excel = new FakeExcel();
      excel.addSheet(name, [["данные людей"]]);
      const write = new OfficeJsWorkbook(excel.run, { supports: () => true }).writeSheets([
        rankingLayout(3, name),
      ]);
      await expect(write).rejects.toBeInstanceOf(WorkbookWriteError);
      await expect(write).rejects.toMatchObject({ code: "input-sheet-protected", params: { sheet: name } });
      expect(excel.syncs).toBe(0);
      expect(excel.values(name)).toEqual([["данные людей"]]);
    }
  });

  it("writeSheets refuses to remove an input sheet", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Applications", [["No."], ["A-1"]]);
    const write = new OfficeJsWorkbook(excel.run, { supports: () => true }).writeSheets([rankingLayout(3)], {
      remove: ["Ranking", "Applications"],
    });
    await expect(write).rejects.toMatchObject({
      code: "input-sheet-protected",
      params: { sheet: "Applications" },
    });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Applications"]);
  });

  it("the template's port may write input sheets", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Лист1");
    await new OfficeJsWorkbook(excel.run, { supports: () => true, inputSheets: "write" }).writeSheets([
      rankingLayout(2, "Заявки"),
    ]);
    expect(excel.values("Заявки")[0]?.[0]).toBe("Рейтинг заявок");
  });

  it("tells which sheets exist and hold data in one request, without loading their values", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Заявки", [["№"], ["1"]]);
    excel.addSheet("Оценки");
    const found = await new OfficeJsWorkbook(excel.run).sheetsWithData(["Программа", "Заявки", "оценки"]);
    expect(found).toEqual([
      { name: "Заявки", hasData: true },
      { name: "Оценки", hasData: false },
    ]);
    expect(excel.syncs).toBe(1);
    expect(excel.cellReads).toEqual([]);
  });
});
