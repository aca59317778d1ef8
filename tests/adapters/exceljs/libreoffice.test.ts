/**
 * Opens our output in LibreOffice Calc, a spreadsheet engine we did not write, with recalculation
 * forced: the workbook must open, and every totals-row formula must evaluate to the engine's number.
 * In CI (CI=true) a missing soffice fails the test; locally it is skipped.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { unzipSync } from "./unzip";
import { ExcelJsWorkbook } from "../../../src/adapters/exceljs/workbook";
import { reportJson } from "../../../src/app/report";
import { runWorkbook } from "../../../src/app/run";
import { peopleSheetsWithWrongTotal, writeSheetsXlsx } from "../../app/fixtures/people-workbook";
import { tempDir } from "./helpers";
import { openWorkbookFile } from "../../../src/adapters/files/node";
import { gsz } from "../../cli/harness";
import { convert, recalculatedSheets } from "./libreoffice";
import { TOOLS, describeWith } from "../../support/external-tools";

const maybe = describeWith("libreoffice");

maybe("LibreOffice reads our output", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    tmp = tempDir("gsz-lo-");
  });
  afterAll(() => tmp.cleanup());

  it("is installed (CI installs libreoffice-calc)", () => {
    expect(TOOLS.libreoffice.present()).toBe(true);
  });

  it("recalculates every totals row to the engine's numbers and follows cell links", async () => {
    const input = path.join(tmp.dir, "in.xlsx");
    const output = path.join(tmp.dir, "out.xlsx");
    await writeSheetsXlsx(input, peopleSheetsWithWrongTotal());
    const book = await ExcelJsWorkbook.fromFile(input);
    const outcome = await runWorkbook(book, { lang: "ru", now: new Date(Date.UTC(2026, 10, 23)) });
    if (outcome.kind !== "done") throw new Error(JSON.stringify(outcome.problems));
    await book.save(output);
    const report = reportJson(outcome.result, "ru");

    const sheets = recalculatedSheets(output, tmp.dir);
    const totalsRow = (sheet: string, nth = 0): string[] => {
      const rows = (sheets.get(sheet) ?? []).filter((r) => r[0] === "Итого");
      const row = rows[nth];
      if (!row) throw new Error(`no totals row ${nth} on ${sheet}`);
      return row;
    };
    const asNumber = (text: string | undefined): number => Number(text);

    const ranking = totalsRow("Рейтинг");
    const sum = (values: readonly string[]): number => values.reduce((a, v) => a + Number(v), 0);
    expect(asNumber(ranking[11])).toBeCloseTo(sum(report.ranking.map((r) => r.requested)), 2);
    expect(asNumber(ranking[12])).toBeCloseTo(sum(report.ranking.map((r) => r.recommended)), 2);

    const money = (f: typeof report.cofinancing.program): string[] => [
      f.grant,
      f.localBudget,
      f.community,
      f.ngo,
      f.other,
      f.total,
    ];
    // Applications: every submitted one; directions (funded, then submitted): their program lines.
    const byApplication = totalsRow("Софинансирование", 0);
    const byDirectionFunded = totalsRow("Софинансирование", 1);
    const byDirectionSubmitted = totalsRow("Софинансирование", 2);
    money(report.cofinancing.programSubmitted).forEach((value, i) => {
      expect(asNumber(byApplication[i + 1])).toBeCloseTo(Number(value), 2);
      expect(asNumber(byDirectionSubmitted[i + 1])).toBeCloseTo(Number(value), 2);
    });
    money(report.cofinancing.program).forEach((value, i) => {
      expect(asNumber(byDirectionFunded[i + 1])).toBeCloseTo(Number(value), 2);
    });

    const tranches = totalsRow("Транши");
    expect(asNumber(tranches[6])).toBeCloseTo(
      sum(report.tranches.flatMap((t) => t.items.map((i) => i.amount))),
      2,
    );

    // The discrepancy links are internal jumps in LibreOffice's own terms (#Sheet.Cell).
    expect(report.findings.some((f) => f.rule === "sources-sum-mismatch")).toBe(true);
    convert([output], "ods", path.join(tmp.dir, "ods"), tmp.dir);
    const content = unzipSync(readFileSync(path.join(tmp.dir, "ods", "out.ods")), "content.xml");
    const hrefs = [...content.matchAll(/xlink:href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^#/);
  });

  it("opens the CLI's results workbook: the input copies hold the values read, dates as dates", async () => {
    const input = path.join(tmp.dir, "people.xlsx");
    const results = path.join(tmp.dir, "results.xlsx");
    await writeSheetsXlsx(input, peopleSheetsWithWrongTotal());
    const run = await gsz(["run", input, "-o", results, "--lang", "ru"]);
    expect(run.code).toBe(0);
    const opened = await openWorkbookFile(input);
    if (!opened.ok) throw new Error(opened.problem.key);
    const names = await opened.book.listSheets();
    const original = await opened.book.readSheets(names);
    const isDate = (v: unknown): boolean => typeof v === "object" && v !== null && "date" in v;
    expect(original.some((sheet) => sheet.values.some((row) => row.some(isDate)))).toBe(true);
    const sheets = recalculatedSheets(results, path.join(tmp.dir, "results"));
    for (const sheet of original) {
      const copy = sheets.get(sheet.name);
      expect(copy).toBeDefined();
      sheet.values.forEach((row, r) =>
        row.forEach((value, c) => {
          const shown = copy?.[r]?.[c] ?? "";
          if (value === null) expect(shown).toBe("");
          else if (typeof value === "number") expect(Number(shown)).toBeCloseTo(value, 9);
          else if (typeof value === "string") expect(shown).toBe(value);
          else if (typeof value === "object" && "date" in value)
            expect(shown).toMatch(/^\d{2}[./]\d{2}[./]\d{2,4}$/);
        }),
      );
    }
    expect(sheets.has("Рейтинг")).toBe(true);
  });

  it("really recalculates (a wrong cached result is replaced)", async () => {
    const book = ExcelJsWorkbook.create();
    await book.writeSheets([
      {
        name: "Check",
        rows: [[2], [3], [{ formula: "=SUM(A1:A2)", result: 999 }]],
        columns: [{ width: 10, format: "integer" }],
        tables: [],
      },
    ]);
    const file = path.join(tmp.dir, "check.xlsx");
    await book.save(file);
    const sheets = recalculatedSheets(file, path.join(tmp.dir, "check"));
    expect(sheets.get("Check")?.[2]?.[0]).toBe("5");
  });
});
