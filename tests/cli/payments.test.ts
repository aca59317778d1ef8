import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseCommand } from "../../src/cli/args";
import { tempDir } from "../adapters/exceljs/helpers";
import {
  peopleSheetsWithWrongTotal,
  writePeopleXlsx,
  writeSheetsXlsx,
} from "../app/fixtures/people-workbook";
import { gsz } from "./harness";

let tmp: ReturnType<typeof tempDir>;
let file: (name: string) => string;
beforeEach(() => {
  tmp = tempDir("gsz-payments-");
  file = (name) => path.join(tmp.dir, name);
});
afterEach(() => tmp.cleanup());

/** Every file of the folder with its bytes, to show that a refused command changed nothing. */
function snapshot(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(tmp.dir).map((name) => [name, readFileSync(file(name)).toString("base64")]),
  );
}

describe("gsz payments --csv", () => {
  it("writes the payment calendar: BOM, ';', decimal comma, dd.mm.yyyy, CRLF, month totals, neutralised text", async () => {
    const sheets = peopleSheetsWithWrongTotal();
    const row = sheets.Applications?.[2];
    if (row) row[3] = '=HYPERLINK("http://x";"ОФ")';
    await writeSheetsXlsx(file("in.xlsx"), sheets);
    const run = await gsz(["payments", file("in.xlsx"), "--csv", file("p.csv")]);
    expect(run).toEqual({
      code: 0,
      out: `Платёжный календарь CSV: ${file("p.csv")} (траншей: 2)`,
      err: "",
    });
    expect(readFileSync(file("p.csv"), "utf8")).toBe(
      "\uFEFF" +
        "Месяц;Дата;№ договора;№ заявки;Организация;№ транша;К выплате\r\n" +
        `03.2019;01.03.2019;Д-7;A-01;"'=HYPERLINK(""http://x"";""ОФ"")";1;75000,00\r\n` +
        "03.2019;;;;Итого за 03.2019;;75000,00\r\n" +
        `06.2019;03.06.2019;Д-7;A-01;"'=HYPERLINK(""http://x"";""ОФ"")";2;75000,00\r\n` +
        "06.2019;;;;Итого за 06.2019;;75000,00\r\n" +
        ";;;;Итого к выплате;;150000,00\r\n",
    );
  });

  it("speaks English with --lang en", async () => {
    await writePeopleXlsx(file("in.xlsx"));
    const run = await gsz(["payments", file("in.xlsx"), "--csv", file("p.csv"), "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.out).toBe(`Payment calendar CSV: ${file("p.csv")} (2 tranches)`);
    const lines = readFileSync(file("p.csv"), "utf8").split("\r\n");
    expect(lines[0]).toBe("\uFEFFMonth;Date;Contract;Application;Organization;Tranche;To pay");
    expect(lines[2]).toBe("03.2019;;;;Total for 03.2019;;75000,00");
    expect(lines[5]).toBe(";;;;Total to pay;;150000,00");
  });

  it("needs --csv, and is in the help in every language", async () => {
    expect(parseCommand(["payments", "a.xlsx", "--csv", "p.csv", "--force"], {})).toEqual({
      kind: "payments",
      lang: "ru",
      input: "a.xlsx",
      csv: "p.csv",
      force: true,
    });
    const missing = await gsz(["payments", "a.xlsx", "--lang", "en"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("payments needs --csv <out.csv>");
    expect((await gsz(["payments", "a.xlsx", "--csv", "p.csv", "--json", "r.json"])).code).toBe(2);
    for (const [lang, words] of [
      ["ru", "Платёжный календарь для казначейства"],
      ["en", "The payment calendar for the treasury"],
      ["ky", "Казыналык үчүн төлөм календары"],
    ] as const) {
      const help = (await gsz(["--help", "--lang", lang])).out;
      expect(help).toContain("gsz payments <in> --csv <out.csv> [--lang ru|en|ky] [--force]");
      expect(help).toContain(words);
    }
  });

  it("refuses the input itself and a spreadsheet at --csv before computing (exit 2, nothing changed)", async () => {
    await writePeopleXlsx(file("in.xlsx"));
    await writePeopleXlsx(file("other.xlsx"));
    const before = snapshot();
    const self = await gsz(["payments", file("in.xlsx"), "--csv", file("in.xlsx"), "--lang", "en"]);
    expect(self.code).toBe(2);
    expect(self.err).toMatch(/workbook being read/);
    const sheet = await gsz(["payments", file("in.xlsx"), "--csv", file("other.xlsx"), "--lang", "en"]);
    expect(sheet.code).toBe(2);
    expect(sheet.err).toMatch(/spreadsheet/);
    expect(sheet.err).toContain("Nothing was written or changed.");
    expect(snapshot()).toEqual(before);
    expect((await gsz(["payments", file("in.xlsx"), "--csv", file("other.xlsx"), "--force"])).code).toBe(0);
    expect(readFileSync(file("other.xlsx"), "utf8")).toContain("Итого к выплате");
  });

  it("exits 2 on a cell that cannot be parsed, naming Sheet!A1, and writes nothing; an old CSV stays", async () => {
    const sheets = peopleSheetsWithWrongTotal();
    const row = sheets.Applications?.[3];
    if (row) row[2] = "сто двадцать тысяч";
    await writeSheetsXlsx(file("in.xlsx"), sheets);
    writeFileSync(file("old.csv"), "old");
    const run = await gsz(["payments", file("in.xlsx"), "--csv", file("p.csv")]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^Applications!C4: /m);
    expect(existsSync(file("p.csv"))).toBe(false);
    expect((await gsz(["payments", file("in.xlsx"), "--csv", file("old.csv")])).code).toBe(2);
    expect(readFileSync(file("old.csv"), "utf8")).toBe("old");
    expect(readdirSync(tmp.dir).sort()).toEqual(["in.xlsx", "old.csv"]);
  });
});
