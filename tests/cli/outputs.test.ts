import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseCommand } from "../../src/cli/args";
import { isResultsWorkbook, isSpreadsheetFile, planOutputs } from "../../src/cli/outputs";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/workbook";
import { tempDir } from "../adapters/exceljs/helpers";
import { writePeopleXlsx } from "../app/fixtures/people-workbook";
import { gsz } from "./harness";

let tmp: ReturnType<typeof tempDir>;
let file: (name: string) => string;
beforeEach(() => {
  tmp = tempDir("gsz-outputs-");
  file = (name) => path.join(tmp.dir, name);
});
afterEach(() => tmp.cleanup());

describe("recognising what is at an output path", () => {
  it("knows a results workbook by its keyword and stamp, and nothing else", async () => {
    await writePeopleXlsx(file("in.xlsx"));
    expect((await gsz(["run", file("in.xlsx"), "-o", file("results.xlsx")])).code).toBe(0);
    expect(await isResultsWorkbook(file("results.xlsx"))).toBe(true);
    expect(await isResultsWorkbook(file("in.xlsx"))).toBe(false);
    // The same results with the keyword taken out of the document properties: no longer recognised.
    const book = await ExcelJsWorkbook.fromFile(file("results.xlsx"));
    book.workbook.keywords = "";
    await book.save(file("unmarked.xlsx"));
    expect(await isResultsWorkbook(file("unmarked.xlsx"))).toBe(false);
    writeFileSync(file("text.xlsx"), "SHA-256: " + "a".repeat(64));
    expect(await isResultsWorkbook(file("text.xlsx"))).toBe(false);
  });

  it("knows a spreadsheet by its first bytes: ZIP (.xlsx, .ods) or OLE (.xls)", async () => {
    await writePeopleXlsx(file("in.xlsx"));
    writeFileSync(file("old.xls"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    writeFileSync(file("r.json"), "{}");
    writeFileSync(file("empty.csv"), "");
    expect(await isSpreadsheetFile(file("in.xlsx"))).toBe(true);
    expect(await isSpreadsheetFile(file("old.xls"))).toBe(true);
    expect(await isSpreadsheetFile(file("r.json"))).toBe(false);
    expect(await isSpreadsheetFile(file("empty.csv"))).toBe(false);
  });

  it("plans the targets: new files where they are, replaced files keeping their permissions", async () => {
    writeFileSync(file("in.xlsx"), "input");
    writeFileSync(file("r.json"), "{}", { mode: 0o600 });
    const plan = await planOutputs(
      file("in.xlsx"),
      [
        { path: file("out.xlsx"), role: "results" },
        { path: file("r.json"), role: "report" },
      ],
      false,
    );
    expect(plan).toEqual({
      ok: true,
      outputs: [
        { path: file("out.xlsx"), role: "results", target: file("out.xlsx") },
        { path: file("r.json"), role: "report", target: file("r.json"), replacesMode: 0o600 },
      ],
    });
    expect(readFileSync(file("r.json"), "utf8")).toBe("{}");
  });
});

describe("--force on the command line", () => {
  it("is accepted by run, template and tranches, and is off unless given", () => {
    expect(parseCommand(["run", "a.xlsx", "-o", "b.xlsx", "--force"], {})).toMatchObject({ force: true });
    expect(parseCommand(["template", "t.xlsx", "--force"], {})).toMatchObject({ force: true });
    expect(parseCommand(["tranches", "a.xlsx", "--csv", "t.csv", "--force"], {})).toMatchObject({
      force: true,
    });
    expect(parseCommand(["run", "a.xlsx"], {})).toMatchObject({ force: false });
  });

  it.each(["ru", "en", "ky"])("is in the help of each command (%s)", async (lang) => {
    const help = (await gsz(["--help", "--lang", lang])).out;
    for (const command of ["template <out.xlsx>", "run <in>", "tranches <in>"]) {
      const line = help.split("\n").find((l) => l.includes(`gsz ${command}`));
      expect(line).toContain("[--force]");
    }
    expect(help).toContain(".gsz-xxxxxxxx.tmp");
  });
});
