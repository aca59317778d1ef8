import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path, { join } from "node:path";
import { PILOTS_2013_2015 } from "../fixtures/pilots-2013-2015";
import { pilotFileName, pilotSheets, sheetsToXlsx } from "../support/pilots";
import { gsz } from "./harness";

const FILES = path.join(__dirname, "..", "fixtures", "files");

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "gsz-consolidate-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The first `n` pilots written into `folder`; answers their paths. */
async function pilots(folder: string, n: number): Promise<string[]> {
  mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  for (const [i, pilot] of PILOTS_2013_2015.slice(0, n).entries()) {
    const file = path.join(folder, pilotFileName(pilot, i));
    writeFileSync(file, await sheetsToXlsx(pilotSheets(pilot)));
    files.push(file);
  }
  return files;
}

/** A folder with three good pilots, a damaged file, a password-protected file and a text file renamed .xlsx. */
async function troubledFolder(): Promise<string> {
  const folder = path.join(dir, "in");
  await pilots(folder, 3);
  copyFileSync(path.join(FILES, "truncated.xlsx"), path.join(folder, "damaged.xlsx"));
  copyFileSync(path.join(FILES, "password.xls"), path.join(folder, "password.xls"));
  writeFileSync(path.join(folder, "text.xlsx"), "Муниципалитет;Грант\nКатран;1000000\n");
  return folder;
}

describe("gsz consolidate", () => {
  it("consolidates the 11 pilots of a folder to the report's Table 1, with JSON", async () => {
    const folder = path.join(dir, "pilots");
    await pilots(folder, 11);
    const out = path.join(dir, "svod.xlsx");
    const json = path.join(dir, "svod.json");
    const run = await gsz(["consolidate", folder, "-o", out, "--json", json]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/13\s952\s151,00/);
    expect(run.out).toContain("78,84 %");
    expect(run.out).toContain("Сводка: 11 программ из 11 файлов;");
    // More than a few files: a progress line on standard error.
    expect(run.err).toContain("прочитано 11 из 11");
    const report = JSON.parse(readFileSync(json, "utf8"));
    expect(report.consolidation.total.total).toBe("13952151.00");
    expect(report.consolidation.total.shares).toEqual({
      grant: "78.84",
      localBudget: "11.65",
      community: "8.95",
      ngo: "0.56",
      other: "0.00",
    });
    expect(report.consolidation.sources).toHaveLength(11);
    expect(report.consolidation.sources[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.consolidation.byYear).toHaveLength(1);
    expect(existsSync(out)).toBe(true);
    // A second run replaces its own Сводка workbook without --force (it is a results workbook gsz wrote)
    // and does not read it back as an input when it lies in the folder.
    const inside = path.join(folder, "svod.xlsx");
    expect((await gsz(["consolidate", folder, "-o", inside])).code).toBe(0);
    const again = await gsz(["consolidate", folder, "-o", inside]);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/13\s952\s151,00/);
  });

  it("stops without --partial: exit 2, the damaged, password-protected and text files all named, nothing written", async () => {
    const folder = await troubledFolder();
    const out = path.join(dir, "svod.xlsx");
    const json = path.join(dir, "svod.json");
    const run = await gsz(["consolidate", folder, "-o", out, "--json", json]);
    expect(run.code).toBe(2);
    for (const name of ["damaged.xlsx", "password.xls", "text.xlsx"])
      expect(run.err).toContain(path.join(folder, name));
    expect(run.err).toMatch(/парол/i);
    expect(run.err).toContain("ничего не записано");
    expect(existsSync(out)).toBe(false);
    expect(existsSync(json)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("with --partial consolidates the rest, lists the files left out on Источники and in the JSON, exit 1", async () => {
    const folder = await troubledFolder();
    const out = path.join(dir, "svod.xlsx");
    const json = path.join(dir, "svod.json");
    const run = await gsz(["consolidate", folder, "-o", out, "--json", json, "--partial"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(readFileSync(json, "utf8"));
    const left = report.consolidation.sources.filter((s: { included: boolean }) => !s.included);
    expect(left.map((s: { file: string }) => path.basename(s.file)).sort()).toEqual([
      "damaged.xlsx",
      "password.xls",
      "text.xlsx",
    ]);
    for (const s of left) expect(s.reason.length).toBeGreaterThan(10);
    const [a, b, c] = PILOTS_2013_2015;
    const expected = [a, b, c].reduce((sum, p) => sum + Number(p?.total ?? 0), 0);
    expect(report.consolidation.total.total).toBe(`${expected}.00`);
    expect(existsSync(out)).toBe(true);
  });

  it("takes files and a quoted glob, and names a glob that matches nothing", async () => {
    const files = await pilots(path.join(dir, "p"), 3);
    const out = path.join(dir, "svod.xlsx");
    const json = path.join(dir, "svod.json");
    const run = await gsz([
      "consolidate",
      files[0] ?? "",
      path.join(dir, "p", "0[23]-*.xlsx"),
      "-o",
      out,
      "--json",
      json,
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(json, "utf8")).consolidation.sources).toHaveLength(3);
    const none = await gsz(["consolidate", path.join(dir, "p", "*.ods"), "-o", out]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("ни один файл не подходит");
  });

  it("counts the same file given twice once, with an info finding", async () => {
    const [file] = await pilots(path.join(dir, "p"), 1);
    const copy = path.join(dir, "copy.xlsx");
    copyFileSync(file ?? "", copy);
    const json = path.join(dir, "svod.json");
    const run = await gsz([
      "consolidate",
      file ?? "",
      copy,
      "-o",
      path.join(dir, "svod.xlsx"),
      "--json",
      json,
    ]);
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(json, "utf8")).consolidation;
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(["duplicate-source"]);
    expect(report.total.total).toBe(`${PILOTS_2013_2015[0]?.total}.00`);
  });

  it("refuses an output that is one of the inputs, and a missing -o", async () => {
    const [file] = await pilots(path.join(dir, "p"), 1);
    const run = await gsz(["consolidate", file ?? "", "-o", file ?? ""]);
    expect(run.code).toBe(2);
    expect((await gsz(["consolidate", file ?? ""])).err).toContain("-o <svod.xlsx>");
  });

  it("reads workbooks saved by LibreOffice (.ods, .xls) and openpyxl, and refuses the same program in two of them", async () => {
    const files = ["libreoffice.ods", "libreoffice.xls", "openpyxl.xlsx"].map((f) => join(FILES, f));
    const out = join(dir, "svod.xlsx");
    const json = join(dir, "svod.json");
    // Each alone: the example program, 510 000.00 som, whoever saved it.
    for (const file of files) {
      expect((await gsz(["consolidate", file, "-o", out, "--json", json])).code).toBe(0);
      expect(JSON.parse(readFileSync(json, "utf8")).consolidation.total.total).toBe("510000.00");
    }
    // Together: the same municipality, year and program from different files stops the consolidation.
    const together = await gsz(["consolidate", ...files, "-o", join(dir, "other.xlsx")]);
    expect(together.code).toBe(2);
    for (const file of files) expect(together.err).toContain(file);
    expect(existsSync(join(dir, "other.xlsx"))).toBe(false);
  });

  it.each([
    ["en", 1, "Consolidation: 1 program from 1 file;"],
    ["en", 2, "Consolidation: 2 programs from 2 files;"],
    ["ru", 1, "Сводка: 1 программа из 1 файла;"],
    ["ru", 2, "Сводка: 2 программы из 2 файлов;"],
    ["ky", 2, "Жыйынтык: 2 файлдан 2 программа;"],
  ] as const)("counts programs and files in words of their number (%s, %i)", async (lang, n, line) => {
    const files = await pilots(path.join(dir, "in"), n);
    const run = await gsz(["consolidate", ...files, "-o", path.join(dir, "svod.xlsx"), "--lang", lang]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(line);
  });
});
