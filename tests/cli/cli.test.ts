import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";
import { ENGINE_VERSION } from "../../src/version";
import { tempDir } from "../adapters/exceljs/helpers";
import {
  EXPECTED,
  PEOPLE_SHEETS,
  peopleSheetsWithWrongTotal,
  writePeopleXlsx,
  writeSheetsXlsx,
} from "../app/fixtures/people-workbook";
import { gsz } from "./harness";

const INPUT_SHEETS = Object.keys(PEOPLE_SHEETS);

let tmp: ReturnType<typeof tempDir>;
let file: (name: string) => string;
beforeEach(() => {
  tmp = tempDir("gsz-cli-");
  file = (name) => path.join(tmp.dir, name);
});
afterEach(() => tmp.cleanup());

describe("gsz: the command line", () => {
  it("prints help (Russian by default, or per --lang / GSZ_LANG) and the version", async () => {
    const ru = await gsz(["--help"]);
    expect(ru.code).toBe(0);
    expect(ru.out).toContain("gsz run <in>");
    expect(ru.out).toContain("Коды выхода");
    expect((await gsz(["--help", "--lang", "en"])).out).toContain("Exit status");
    expect((await gsz([], { GSZ_LANG: "ky" })).out).toContain("Колдонуу");
    const version = await gsz(["--version"]);
    expect(version).toEqual({ code: 0, out: ENGINE_VERSION, err: "" });
  });

  it.each([
    [["run", "x.xlsx", "--bogus"]],
    [["frobnicate", "x.xlsx"]],
    [["run"]],
    [["run", "a.xlsx", "b.xlsx"]],
    [["template", "x.xlsx", "--strict"]],
    [["tranches", "x.xlsx"]],
    [["run", "x.xlsx", "--lang", "de"]],
  ])("refuses a wrong command line %j with exit 2 and the usage hint", async (argv) => {
    const run = await gsz(argv);
    expect(run.code).toBe(2);
    expect(run.err).toContain("gsz --help");
    expect(run.out).toBe("");
  });

  it("runs a people-filled workbook: results workbook, JSON report and summary, inputs copied", async () => {
    await writePeopleXlsx(file("in.xlsx"));
    const run = await gsz(["run", file("in.xlsx"), "-o", file("out.xlsx"), "--json", file("report.json")]);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(run.out).toContain("Заявок: 3; финансируется: 1 на 150\u00a0000,00 сом");
    const report: unknown = JSON.parse(readFileSync(file("report.json"), "utf8"));
    expect(report).toMatchObject({
      ranking: EXPECTED.ranking,
      cofinancing: EXPECTED.cofinancing,
      tranches: EXPECTED.tranches,
      findings: [],
    });
    const before = await ExcelJsWorkbook.fromFile(file("in.xlsx"));
    const after = await ExcelJsWorkbook.fromFile(file("out.xlsx"));
    expect(await after.readSheets(INPUT_SHEETS)).toEqual(await before.readSheets(INPUT_SHEETS));
    expect(await after.listSheets()).toEqual([
      "Рейтинг",
      "Софинансирование",
      "Транши",
      "Расхождения",
      "Протокол",
      ...INPUT_SHEETS,
    ]);
  });

  it("gives identical output values when run twice on unchanged input", async () => {
    await writePeopleXlsx(file("in.xlsx"));
    expect((await gsz(["run", file("in.xlsx"), "-o", file("a.xlsx"), "--lang", "en"])).code).toBe(0);
    expect((await gsz(["run", file("in.xlsx"), "-o", file("b.xlsx"), "--lang", "en"])).code).toBe(0);
    const a = await ExcelJsWorkbook.fromFile(file("a.xlsx"));
    const b = await ExcelJsWorkbook.fromFile(file("b.xlsx"));
    const names = await a.listSheets();
    expect(names).toContain("Ranking");
    expect(await b.readSheets(names)).toEqual(await a.readSheets(names));
  });

  it("without -o writes no workbook, and says so", async () => {
    await writePeopleXlsx(file("in.xlsx"));
    const run = await gsz(["run", file("in.xlsx"), "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.out).toContain("No workbook written (no -o).");
  });

  it("exits 1 under --strict when an error-level discrepancy is found; lists it with its cell", async () => {
    await writeSheetsXlsx(file("in.xlsx"), peopleSheetsWithWrongTotal());
    const lax = await gsz(["run", file("in.xlsx"), "--json", file("r.json"), "--lang", "en"]);
    expect(lax.code).toBe(0);
    expect(lax.out).toMatch(/Applications!N3: \[error\] sources-sum-mismatch: /);
    const strict = await gsz(["run", file("in.xlsx"), "--strict", "--lang", "en"]);
    expect(strict.code).toBe(1);
    const report = JSON.parse(readFileSync(file("r.json"), "utf8")) as { findings: unknown[] };
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        rule: "sources-sum-mismatch",
        severity: "error",
        sheet: "Applications",
        cell: "N3",
        message: expect.any(String),
      }),
    );
  });

  it("exits 2 on an unreadable file and writes nothing", async () => {
    writeFileSync(file("not.xlsx"), "this is not a workbook");
    const run = await gsz(["run", file("not.xlsx"), "-o", file("out.xlsx"), "--json", file("r.json")]);
    expect(run.code).toBe(2);
    expect(run.err).toContain(file("not.xlsx"));
    expect(existsSync(file("out.xlsx"))).toBe(false);
    expect(existsSync(file("r.json"))).toBe(false);
    expect((await gsz(["run", file("missing.xlsx")])).code).toBe(2);
  });

  it("exits 2 on a cell that cannot be parsed, naming Sheet!A1, and writes nothing", async () => {
    const sheets = peopleSheetsWithWrongTotal();
    const row = sheets.Applications?.[3];
    if (row) row[2] = "сто двадцать тысяч";
    await writeSheetsXlsx(file("in.xlsx"), sheets);
    const argv = ["run", file("in.xlsx"), "-o", file("out.xlsx"), "--json", file("r.json")];
    const run = await gsz(argv);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^Applications!C4: /m);
    expect(existsSync(file("out.xlsx"))).toBe(false);
    expect(existsSync(file("r.json"))).toBe(false);
    const csv = await gsz(["tranches", file("in.xlsx"), "--csv", file("t.csv")]);
    expect(csv.code).toBe(2);
    expect(existsSync(file("t.csv"))).toBe(false);
  });

  it("warns when the workbook's output sheets were computed from other inputs", async () => {
    await writePeopleXlsx(file("in.xlsx"));
    expect((await gsz(["run", file("in.xlsx"), "-o", file("out.xlsx")])).code).toBe(0);
    const fresh = await gsz(["run", file("out.xlsx")]);
    expect(fresh.err).toBe("");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file("out.xlsx"));
    const scores = wb.getWorksheet("Оценки");
    if (!scores) throw new Error("no scores sheet");
    scores.getCell("C2").value = 7;
    await wb.xlsx.writeFile(file("edited.xlsx"));
    const stale = await gsz(["run", file("edited.xlsx"), "--lang", "en"]);
    expect(stale.code).toBe(0);
    expect(stale.err).toContain("stale");
  });

  it("creates templates in each language that run as they are", async () => {
    for (const lang of ["ru", "en", "ky"]) {
      const made = await gsz(["template", file(`t-${lang}.xlsx`), "--example", "--lang", lang]);
      expect(made.code).toBe(0);
      const run = await gsz(["run", file(`t-${lang}.xlsx`), "--lang", lang, "-o", file(`o-${lang}.xlsx`)]);
      expect(run.err).toBe("");
      expect(run.code).toBe(0);
    }
    const empty = await gsz(["template", file("empty.xlsx")]);
    expect(empty.code).toBe(0);
    expect(existsSync(file("empty.xlsx"))).toBe(true);
  });
});

describe("gsz tranches --csv", () => {
  it("writes the schedule for accountants: BOM, ';', decimal comma, CRLF, neutralised text", async () => {
    const sheets = peopleSheetsWithWrongTotal();
    const row = sheets.Applications?.[2];
    if (row) row[3] = '=HYPERLINK("http://x";"ОФ")';
    await writeSheetsXlsx(file("in.xlsx"), sheets);
    const run = await gsz(["tranches", file("in.xlsx"), "--csv", file("t.csv")]);
    expect(run.code).toBe(0);
    const text = readFileSync(file("t.csv"), "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const lines = text.slice(1).split("\r\n");
    expect(lines[0]).toBe(
      "№ договора;№ заявки;Организация;№ транша;Дата;Процент;Сумма;Нарастающим итогом;Условие",
    );
    expect(lines[1]).toMatch(
      /^Д-7;A-01;"'=HYPERLINK\(""http:\/\/x"";""ОФ""\)";1;01\.03\.2019;50,00;75000,00;75000,00;/,
    );
    expect(lines[2]).toMatch(/^Д-7;A-01;.*;2;03\.06\.2019;50,00;75000,00;150000,00;/);
    expect(lines[3]).toBe("");
    expect(lines).toHaveLength(4);
  });
});
