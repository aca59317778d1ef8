/**
 * Rows typed below a template's Excel tables belong to the tables (WORKBOOK.md, the opening paragraph).
 * A blank template (`gsz template`) filled by openpyxl at the example's cells, so that every data row
 * but the first lies below its Excel table, and the same file as LibreOffice Calc saves it (.xlsx, .ods:
 * tests/fixtures/below-tables/make.sh) give the ranking, co-financing, tranches and execution of the
 * example whose data is inside its tables; each Excel table that should grow is named once.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { tempDir } from "../adapters/exceljs/helpers";
import { gsz } from "./harness";

const FIXTURES = path.join(__dirname, "..", "fixtures", "below-tables");

interface Report {
  readonly ranking: unknown;
  readonly cofinancing: unknown;
  readonly tranches: unknown;
  readonly execution: unknown;
  readonly findings: readonly { rule: string; severity: string; sheet: string; cell: string }[];
}

describe("a blank template filled below its Excel tables", () => {
  let tmp: ReturnType<typeof tempDir>;
  let inside: Report;
  beforeAll(async () => {
    tmp = tempDir("gsz-below-tables-");
    inside = await report("inside.xlsx");
  });
  afterAll(() => tmp.cleanup());

  async function report(name: string): Promise<Report> {
    const json = path.join(tmp.dir, `${name}.json`);
    const run = await gsz(["run", path.join(FIXTURES, name), "--json", json, "--strict"]);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    return JSON.parse(readFileSync(json, "utf8")) as Report;
  }

  it("the reference (data inside the tables) has 9 applications and no findings", () => {
    expect(inside.findings).toEqual([]);
    expect(inside.ranking).toHaveLength(9);
  });

  it.each(["openpyxl.xlsx", "libreoffice.xlsx", "libreoffice.ods"])(
    "%s: the same ranking, co-financing, tranches and execution as the data inside the tables",
    async (name) => {
      const below = await report(name);
      expect(below.ranking).toEqual(inside.ranking);
      expect(below.cofinancing).toEqual(inside.cofinancing);
      expect(below.tranches).toEqual(inside.tranches);
      expect(below.execution).toEqual(inside.execution);
      expect(below.findings.filter((f) => f.rule !== "table-not-extended")).toEqual([]);
    },
  );

  it.each(["openpyxl.xlsx", "libreoffice.xlsx"])(
    "%s: each Excel table that should be extended is named once, at the first row below it",
    async (name) => {
      const below = await report(name);
      const notes = below.findings.map((f) => [f.rule, f.severity, `${f.sheet}!${f.cell}`]).sort();
      expect(notes).toEqual(
        [
          "Договоры!A5",
          "Заявки!A5",
          "Комиссия!A5",
          "Критерии!A5",
          "Отчёты!A5",
          "Оценки!A5",
          "Платежи!A5",
          "Программа!A32",
          "Смета!A5",
        ].map((at) => ["table-not-extended", "info", at]),
      );
    },
  );
});
