/**
 * CLI.md "Files, and what is never done to them", in-process: the user's workbook is only read, `-o`
 * is a separate results workbook, and every refused output leaves every file as it was.
 */
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";
import { runWorkbook } from "../../src/app";
import { inputFingerprint, readStamp } from "../../src/workbook/fingerprint";
import { tempDir } from "../adapters/exceljs/helpers";
import { unzipSync } from "../adapters/exceljs/unzip";
import {
  peopleSheetsWithWrongTotal,
  writePeopleXlsx,
  writeSheetsXlsx,
} from "../app/fixtures/people-workbook";
import { gsz } from "./harness";

const FIXTURES = path.join(__dirname, "..", "fixtures", "files");
/**
 * The people-filled program with a VBA project, a constant defined name, custom document properties,
 * a legacy sheet password, fit-to-page and a data validation (all things ExcelJS drops on saving).
 */
const KEPT = path.join(FIXTURES, "kept-program.xlsm");
/** The same with a chart as well, which ExcelJS 4.4 cannot even load. */
const RICH = path.join(FIXTURES, "rich-program.xlsm");
const OUTPUTS_RU = ["Рейтинг", "Софинансирование", "Транши", "Расхождения", "Протокол"];
const INPUTS = ["Программа", "Applications", "Критерии", "Комиссия", "Оценки", "Договоры"];

let tmp: ReturnType<typeof tempDir>;
let file: (name: string) => string;
beforeEach(() => {
  tmp = tempDir("gsz-files-");
  file = (name) => path.join(tmp.dir, name);
});
afterEach(() => tmp.cleanup());

function hash(name: string): string {
  return createHash("sha256").update(readFileSync(name)).digest("hex");
}

/** Every file in the folder with its hash and mtime: what "nothing written or changed" compares. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const stat = lstatSync(full);
    out[name] = stat.isFile() ? `${hash(full)} ${stat.mtimeMs}` : stat.isSymbolicLink() ? "link" : "other";
  }
  return out;
}

async function richInput(name = "program.xlsm", from = KEPT): Promise<string> {
  copyFileSync(from, file(name));
  return file(name);
}

/** Refused before anything is read: exit 2, the path named, nothing in the folder written or changed. */
async function expectRefused(argv: string[], named: string, key: RegExp): Promise<void> {
  const before = snapshot(tmp.dir);
  const run = await gsz([...argv, "--lang", "en"]);
  expect(run.code).toBe(2);
  expect(run.out).toBe("");
  expect(run.err).toContain(named);
  expect(run.err).toMatch(key);
  expect(run.err).toContain("Nothing was written or changed.");
  expect(snapshot(tmp.dir)).toEqual(before);
}

describe("run -o: a separate results workbook; the user's workbook is only read", () => {
  it("leaves the user's .xlsm (VBA, names, custom properties, sheet password) byte for byte as it was", async () => {
    const input = await richInput();
    const before = hash(input);
    const run = await gsz(["run", input, "-o", file("results.xlsx"), "--json", file("r.json")]);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(hash(input)).toBe(before);
    expect(readdirSync(tmp.dir).sort()).toEqual(["program.xlsm", "r.json", "results.xlsx"]);
    const results = readFileSync(file("results.xlsx"));
    expect(() => unzipSync(results, "xl/vbaProject.bin")).toThrow("not in the archive");
  });

  it("reads a workbook with a chart (which ExcelJS 4.4 could not load) and never writes it", async () => {
    const input = await richInput("charted.xlsm", RICH);
    const before = hash(input);
    const run = await gsz(["run", input, "-o", file("results.xlsx"), "--json", file("r.json")]);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(hash(input)).toBe(before);
    expect(readdirSync(tmp.dir).sort()).toEqual(["charted.xlsm", "r.json", "results.xlsx"]);
    const results = readFileSync(file("results.xlsx"));
    // The results have charts of their own (on the output sheets), never the input's chart.
    const charts = [1, 2, 3, 4, 5, 6].flatMap((n) => {
      try {
        return [unzipSync(results, `xl/charts/chart${n}.xml`)];
      } catch {
        return [];
      }
    });
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      expect(chart).not.toContain("Выделено по направлениям");
      expect(chart).not.toContain("'Программа'!");
    }
    await expectRefused(["run", input, "-o", input], input, /workbook being read/);
    expect(hash(input)).toBe(before);
  });

  it("writes exactly the output sheets and a copy of each input sheet read, equal cell for cell", async () => {
    const input = await richInput();
    expect((await gsz(["run", input, "-o", file("results.xlsx")])).code).toBe(0);
    const results = await ExcelJsWorkbook.fromFile(file("results.xlsx"));
    expect(await results.listSheets()).toEqual([...OUTPUTS_RU, ...INPUTS]);
    const original = await ExcelJsWorkbook.fromFile(input);
    const copies = await results.readSheets(INPUTS);
    expect(copies).toEqual(await original.readSheets(INPUTS));
    // The stamp's fingerprint is the fingerprint of the copies in the same file.
    const [ranking] = await results.readSheets(["Рейтинг"]);
    expect(ranking && readStamp(ranking)).toBe(await inputFingerprint(copies));
  });

  it("keeps no formulas in the copies, and marks each one as a copy without moving a cell", async () => {
    const sheets = peopleSheetsWithWrongTotal();
    await writeSheetsXlsx(file("in.xlsx"), sheets);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file("in.xlsx"));
    const appsIn = wb.getWorksheet("Applications");
    if (!appsIn) throw new Error("no Applications");
    appsIn.getCell("P3").value = { formula: "1+1", result: 2 };
    await wb.xlsx.writeFile(file("in.xlsx"));
    expect((await gsz(["run", file("in.xlsx"), "-o", file("results.xlsx"), "--lang", "en"])).code).toBe(0);
    const results = new ExcelJS.Workbook();
    await results.xlsx.readFile(file("results.xlsx"));
    expect(results.keywords).toBe("gsz-results");
    for (const name of INPUTS) {
      const ws = results.getWorksheet(name);
      if (!ws) throw new Error(`no copy of ${name}`);
      expect(ws.properties.tabColor).toEqual({ argb: "FF808080" });
      expect(ws.headerFooter.oddHeader).toContain(`Copy of the values of sheet '${name}' of in.xlsx`);
      expect(String(ws.getCell("A1").note)).toContain("SHA-256");
      expect(ws.getCell("A1").value).toEqual(wb.getWorksheet(name)?.getCell("A1").value ?? null);
    }
    const apps = results.getWorksheet("Applications");
    expect(apps?.getCell("P3").value).toBe(2);
    const sheetXml = unzipSync(readFileSync(file("results.xlsx")), "xl/worksheets/sheet6.xml");
    expect(sheetXml).toContain("<sheetProtection");
    expect(sheetXml).not.toMatch(/hashValue|password="/);
    expect(sheetXml).not.toContain("<f>");
  });

  it("sends every link of Расхождения to a cell of the same file that holds the value it is about", async () => {
    await writeSheetsXlsx(file("in.xlsx"), peopleSheetsWithWrongTotal());
    expect((await gsz(["run", file("in.xlsx"), "-o", file("results.xlsx"), "--lang", "en"])).code).toBe(0);
    const zip = readFileSync(file("results.xlsx"));
    // Discrepancies is the fourth sheet; its links are `location`s inside the workbook.
    const xml = unzipSync(zip, "xl/worksheets/sheet4.xml").replace(/&apos;/g, "'");
    const links = [...xml.matchAll(/<hyperlink ref="[A-Z]+\d+" location="'([^']+)'!([A-Z]+\d+)"/g)].map(
      (m) => ({ sheet: m[1] ?? "", cell: m[2] ?? "" }),
    );
    expect(links).toContainEqual({ sheet: "Applications", cell: "N3" });
    // A link to another file would be an external hyperlink relationship; there is none.
    expect(unzipSync(zip, "xl/worksheets/_rels/sheet4.xml.rels")).not.toContain("relationships/hyperlink");
    const results = new ExcelJS.Workbook();
    await results.xlsx.readFile(file("results.xlsx"));
    const input = new ExcelJS.Workbook();
    await input.xlsx.readFile(file("in.xlsx"));
    for (const { sheet, cell } of links) {
      expect(results.getWorksheet(sheet)?.getCell(cell).value).toEqual(
        input.getWorksheet(sheet)?.getCell(cell).value,
      );
    }
    expect(results.getWorksheet("Applications")?.getCell("N3").value).toBe("230 000,00");
  });

  it("replaces a results workbook that gsz wrote, and no other workbook unless --force", async () => {
    await writePeopleXlsx(file("in.xlsx"));
    expect((await gsz(["run", file("in.xlsx"), "-o", file("results.xlsx")])).code).toBe(0);
    const again = await gsz(["run", file("in.xlsx"), "-o", file("results.xlsx"), "--lang", "en"]);
    expect(again.err).toBe("");
    expect(again.code).toBe(0);
    expect(await (await ExcelJsWorkbook.fromFile(file("results.xlsx"))).listSheets()).toContain("Ranking");

    copyFileSync(RICH, file("budget.xlsm"));
    const argv = ["run", file("in.xlsx"), "-o", file("budget.xlsm")];
    await expectRefused(argv, file("budget.xlsm"), /is not a gsz results workbook/);
    const forced = await gsz([...argv, "--force"]);
    expect(forced.code).toBe(0);
    expect(hash(file("budget.xlsm"))).not.toBe(hash(RICH));
  });

  it("does not take a user's workbook with output sheets written by the add-in for a results workbook", async () => {
    await writePeopleXlsx(file("in.xlsx"));
    await writePeopleXlsx(file("mine.xlsx"));
    const mine = await ExcelJsWorkbook.fromFile(file("mine.xlsx"));
    await runWorkbook(mine, { lang: "ru", now: new Date() });
    await mine.save(file("mine.xlsx"));
    await expectRefused(
      ["run", file("in.xlsx"), "-o", file("mine.xlsx")],
      file("mine.xlsx"),
      /not a gsz results/,
    );
  });
});

describe("outputs refused before anything is computed (exit 2, nothing written or changed)", () => {
  it("-o, --json or --csv that is the input itself", async () => {
    const input = await richInput();
    await expectRefused(["run", input, "-o", input], input, /workbook being read/);
    await expectRefused(["run", input, "--json", input], input, /workbook being read/);
    await expectRefused(["tranches", input, "--csv", input], input, /workbook being read/);
    await expectRefused(["run", input, "-o", input, "--force"], input, /workbook being read/);
  });

  it("the input reached through a symbolic link or a hard link", async () => {
    const input = await richInput();
    symlinkSync(input, file("link.xlsm"));
    linkSync(input, file("hard.xlsm"));
    await expectRefused(["run", input, "-o", file("link.xlsm")], file("link.xlsm"), /workbook being read/);
    await expectRefused(["run", input, "-o", file("hard.xlsm")], file("hard.xlsm"), /workbook being read/);
    await expectRefused(["run", file("link.xlsm"), "--json", input, "--force"], input, /workbook being read/);
  });

  it("-o and --json naming the same file", async () => {
    await writePeopleXlsx(file("in.xlsx"));
    const argv = ["run", file("in.xlsx"), "-o", file("same"), "--json", path.join(tmp.dir, ".", "same")];
    await expectRefused(argv, file("same"), /same file as/);
    expect(existsSync(file("same"))).toBe(false);
  });

  it("a directory, a device and a FIFO", async () => {
    await writePeopleXlsx(file("in.xlsx"));
    mkdirSync(file("folder"));
    await expectRefused(["run", file("in.xlsx"), "-o", file("folder")], file("folder"), /is a folder/);
    await expectRefused(["run", file("in.xlsx"), "--json", "/dev/null"], "/dev/null", /is a device/);
    execFileSync("mkfifo", [file("fifo")]);
    await expectRefused(["tranches", file("in.xlsx"), "--csv", file("fifo")], file("fifo"), /pipe \(FIFO\)/);
    await expectRefused(["template", file("fifo"), "--force"], file("fifo"), /pipe \(FIFO\)/);
  });

  it("--json into a missing folder: the -o workbook is not written either", async () => {
    await writePeopleXlsx(file("in.xlsx"));
    const json = path.join(tmp.dir, "missing", "r.json");
    await expectRefused(
      ["run", file("in.xlsx"), "-o", file("results.xlsx"), "--json", json],
      json,
      /the folder .*missing does not exist/,
    );
  });

  it("a symbolic link to a missing folder", async () => {
    await writePeopleXlsx(file("in.xlsx"));
    symlinkSync(path.join(tmp.dir, "gone", "r.xlsx"), file("dangling.xlsx"));
    await expectRefused(["run", file("in.xlsx"), "-o", file("dangling.xlsx")], file("dangling.xlsx"), /gone/);
  });

  it("template onto an existing file, unless --force", async () => {
    writeFileSync(file("notes.xlsx"), "my notes");
    await expectRefused(["template", file("notes.xlsx")], file("notes.xlsx"), /template never replaces/);
    expect((await gsz(["template", file("notes.xlsx"), "--force"])).code).toBe(0);
    expect((await ExcelJsWorkbook.fromFile(file("notes.xlsx"))).workbook.worksheets.length).toBeGreaterThan(
      0,
    );
  });

  it("--json or --csv onto a spreadsheet unless --force; an old report is simply replaced", async () => {
    await writePeopleXlsx(file("in.xlsx"));
    copyFileSync(RICH, file("other.xlsm"));
    await expectRefused(
      ["run", file("in.xlsx"), "--json", file("other.xlsm")],
      file("other.xlsm"),
      /spreadsheet/,
    );
    await expectRefused(
      ["tranches", file("in.xlsx"), "--csv", file("other.xlsm")],
      file("other.xlsm"),
      /spreadsheet/,
    );
    writeFileSync(file("r.json"), "{}");
    writeFileSync(file("t.csv"), "old");
    expect((await gsz(["run", file("in.xlsx"), "--json", file("r.json")])).code).toBe(0);
    expect(readFileSync(file("r.json"), "utf8")).toContain('"ranking"');
    expect((await gsz(["tranches", file("in.xlsx"), "--csv", file("t.csv")])).code).toBe(0);
    expect(readFileSync(file("t.csv"), "utf8")).toContain("Д-7");
  });

  it("names the refusal in Russian by default and in Kyrgyz with --lang ky", async () => {
    const input = await richInput();
    const ru = await gsz(["run", input, "-o", input]);
    expect(ru.err).toContain("gsz никогда не записывает в книгу пользователя");
    const ky = await gsz(["run", input, "-o", input, "--lang", "ky"]);
    expect(ky.err).toContain("gsz колдонуучунун китебине эч качан жазбайт");
  });
});

describe("writing through a symbolic link", () => {
  it("replaces the contents of the link's target and keeps the link", async () => {
    await writePeopleXlsx(file("in.xlsx"));
    mkdirSync(file("reports"));
    writeFileSync(file("reports/r.json"), "{}");
    symlinkSync(path.join("reports", "r.json"), file("latest.json"));
    expect((await gsz(["run", file("in.xlsx"), "--json", file("latest.json")])).code).toBe(0);
    expect(lstatSync(file("latest.json")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(file("latest.json"))).toBe(path.join("reports", "r.json"));
    expect(readFileSync(file("reports/r.json"), "utf8")).toContain('"ranking"');
    expect(readdirSync(file("reports"))).toEqual(["r.json"]);
  });

  it("creates the file a dangling link points to, in a folder that exists, and keeps the link", async () => {
    await writePeopleXlsx(file("in.xlsx"));
    mkdirSync(file("archive"));
    symlinkSync(path.join(tmp.dir, "archive", "2019.xlsx"), file("latest.xlsx"));
    expect((await gsz(["run", file("in.xlsx"), "-o", file("latest.xlsx")])).code).toBe(0);
    expect(lstatSync(file("latest.xlsx")).isSymbolicLink()).toBe(true);
    const results = await ExcelJsWorkbook.fromFile(file("archive/2019.xlsx"));
    expect(await results.listSheets()).toEqual([...OUTPUTS_RU, ...INPUTS]);
  });

  it("keeps the permissions of the file it replaces", async () => {
    await writePeopleXlsx(file("in.xlsx"));
    writeFileSync(file("r.json"), "{}", { mode: 0o640 });
    expect((await gsz(["run", file("in.xlsx"), "--json", file("r.json")])).code).toBe(0);
    expect(statSync(file("r.json")).mode & 0o777).toBe(0o640);
  });
});
