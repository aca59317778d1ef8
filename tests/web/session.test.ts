import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openWorkbook } from "../../src/adapters/files";
import { isResultsWorkbook } from "../../src/cli/outputs";
import { DOWNLOADS } from "../../src/web/downloads";
import { formatAddress } from "../../src/workbook/a1";
import { checkWorkbook, fileStem } from "../../src/web/session";
import { problemText } from "../../src/web/view";
import { gsz } from "../cli/harness";
import { brokenBytes, discrepantBytes, exampleBytes } from "./workbooks";

const NOW = new Date(Date.UTC(2026, 10, 26, 12, 0));
const dir = mkdtempSync(join(tmpdir(), "gsz-web-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function download(id: string): (typeof DOWNLOADS)[number] {
  const found = DOWNLOADS.find((d) => d.id === id);
  if (!found) throw new Error(`no download ${id}`);
  return found;
}

describe("the page computes a workbook as gsz run does", () => {
  it("gives the ranking, tranches and findings of the CLI's JSON report for the same file", async () => {
    const bytes = await exampleBytes();
    const file = join(dir, "example.xlsx");
    writeFileSync(file, bytes);
    const cli = await gsz(["run", file, "--json", join(dir, "report.json")]);
    expect(cli.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as {
      ranking: { application: string; place: number | null; totalExact: string }[];
      tranches: unknown[];
      findings: unknown[];
    };

    const checked = await checkWorkbook(bytes, "example.xlsx", "ru", NOW);
    if (checked.kind !== "done") throw new Error(`problems: ${JSON.stringify(checked.problems)}`);
    const { result } = checked.outcome;
    expect(report.ranking.length).toBeGreaterThan(3);
    expect(result.ranking.map((e) => [e.application, e.place, e.total.toString()])).toEqual(
      report.ranking.map((e) => [e.application, e.place, e.totalExact]),
    );
    expect(result.tranches).toHaveLength(report.tranches.length);
    expect(result.findings).toHaveLength(report.findings.length);
  });

  it("offers the tranche CSV with the very bytes of gsz tranches --csv", async () => {
    const bytes = await exampleBytes("en");
    const file = join(dir, "example-en.xlsx");
    writeFileSync(file, bytes);
    expect((await gsz(["tranches", file, "--csv", join(dir, "t.csv"), "--lang", "en"])).code).toBe(0);
    const checked = await checkWorkbook(bytes, "example-en.xlsx", "en", NOW);
    if (checked.kind !== "done") throw new Error("problems");
    const made = await download("tranches").make({ lang: "en", computed: checked });
    expect(made.name).toBe("example-en - tranches.csv");
    expect(Buffer.from(made.bytes).equals(readFileSync(join(dir, "t.csv")))).toBe(true);
  });

  it("offers the payment calendar with the very bytes of gsz payments --csv", async () => {
    const bytes = await exampleBytes();
    const file = join(dir, "example-payments.xlsx");
    writeFileSync(file, bytes);
    expect((await gsz(["payments", file, "--csv", join(dir, "p.csv")])).code).toBe(0);
    const checked = await checkWorkbook(bytes, "example-payments.xlsx", "ru", NOW);
    if (checked.kind !== "done") throw new Error("problems");
    const made = await download("payments").make({ lang: "ru", computed: checked });
    expect(made.name).toBe("example-payments — календарь платежей.csv");
    expect(Buffer.from(made.bytes).equals(readFileSync(join(dir, "p.csv")))).toBe(true);
  });

  it("offers the scoring forms, one sheet per commission member, read back as forms", async () => {
    const checked = await checkWorkbook(await exampleBytes(), "пример.xlsx", "ru", NOW);
    if (checked.kind !== "done") throw new Error("problems");
    const made = await download("forms").make({ lang: "ru", computed: checked });
    expect(made.name).toBe("пример — оценочные листы.xlsx");
    const opened = await openWorkbook(made.bytes, made.name);
    if (!opened.ok) throw new Error(opened.problem.key);
    const members = checked.outcome.input.commission.map((m) => m.name);
    expect(members.length).toBeGreaterThan(6);
    const sheets = await opened.book.readSheets(await opened.book.listSheets());
    expect(sheets).toHaveLength(members.length);
    // Each sheet is one member's form: it names that member.
    expect(sheets.map((sheet, i) => JSON.stringify(sheet).includes(`"${members[i]}"`))).toEqual(
      members.map(() => true),
    );
  });

  it("offers a results workbook that reads back as the one gsz run -o writes", async () => {
    const checked = await checkWorkbook(await exampleBytes(), "пример.xlsx", "ru", NOW);
    if (checked.kind !== "done") throw new Error("problems");
    const made = await download("results").make({ lang: "ru", computed: checked });
    expect(made.name).toBe("пример — результаты.xlsx");
    const saved = join(dir, made.name);
    writeFileSync(saved, made.bytes);
    expect(await isResultsWorkbook(saved)).toBe(true);
    const opened = await openWorkbook(made.bytes, made.name);
    if (!opened.ok) throw new Error(opened.problem.key);
    const sheets = await opened.book.listSheets();
    expect(sheets.slice(0, 4)).toEqual(["Рейтинг", "Софинансирование", "Транши", "Расхождения"]);
    expect(sheets).toContain("Заявки");
  });

  it("lists the cells that cannot be read, each as Sheet!A1, and computes nothing", async () => {
    const broken = await brokenBytes();
    const checked = await checkWorkbook(broken.bytes, "broken.xlsx", "ru", NOW);
    expect(checked.kind).toBe("problems");
    const lines = checked.kind === "problems" ? checked.problems.map((p) => problemText(p, "ru")) : [];
    for (const cell of broken.cells) expect(lines.some((l) => l.startsWith(`${cell}: `))).toBe(true);
  });

  it("finds the discrepancy of a wrong total at its cell, as the CLI does", async () => {
    const wrong = await discrepantBytes();
    const file = join(dir, "wrong.xlsx");
    writeFileSync(file, wrong.bytes);
    await gsz(["run", file, "--json", join(dir, "wrong.json")]);
    const report = JSON.parse(readFileSync(join(dir, "wrong.json"), "utf8")) as {
      findings: { rule: string; sheet: string; cell: string }[];
    };
    const checked = await checkWorkbook(wrong.bytes, "wrong.xlsx", "ru", NOW);
    if (checked.kind !== "done") throw new Error("problems");
    const found = checked.outcome.result.findings.map((f) => [f.rule, f.address && formatAddress(f.address)]);
    expect(found).toEqual(report.findings.map((f) => [f.rule, `${f.sheet}!${f.cell}`]));
    expect(found.map(([, cell]) => cell)).toContain(wrong.cell);
  });

  it("says plainly when a file is not a spreadsheet", async () => {
    const checked = await checkWorkbook(new TextEncoder().encode("a;b\n1;2\n"), "data.csv", "en", NOW);
    expect(checked).toEqual({
      kind: "problems",
      file: "data.csv",
      problems: [expect.objectContaining({ key: "files.text" })],
    });
  });

  it("makes the blank template and the example as gsz template does", async () => {
    for (const id of ["template", "example"]) {
      const made = await download(id).make({ lang: "ky" });
      const opened = await openWorkbook(made.bytes, made.name);
      if (!opened.ok) throw new Error(opened.problem.key);
      expect(await opened.book.listSheets()).toContain("Арыздар");
    }
  });

  it("names files after the workbook without its extension", () => {
    expect(fileStem("ГСЗ 2019.v2.xlsx")).toBe("ГСЗ 2019.v2");
    expect(fileStem(".ods")).toBe(".ods");
  });
});
