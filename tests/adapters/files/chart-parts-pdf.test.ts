/**
 * LibreOffice, a program we did not write, prints a results workbook with every chart (the Kara-Balta
 * example with its payments and reports, and a competition of one application) to PDF: each chart's
 * title and axis figures are on the pages, on the same page as the block of cells it draws. In CI a
 * missing soffice or pdftotext fails; locally the suite is skipped.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { TOOLS, describeWith } from "../../support/external-tools";
import { tempDir } from "../exceljs/helpers";
import { convert } from "../exceljs/libreoffice";
import { chartInput, chartedResults, type ChartedResults } from "./charts/results-books";

const maybe = TOOLS.poppler.present() ? describeWith("libreoffice") : describeWith("poppler");

/** The text of each page, as pdftotext lays it out, spaces squeezed. */
function pageTexts(file: string): string[] {
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" })
    .split("\f")
    .slice(0, -1)
    .map((page) => page.replace(/[ \u00a0]+/g, " "));
}

async function printed(dir: string, name: string, results: ChartedResults): Promise<string[]> {
  const xlsx = path.join(dir, `${name}.xlsx`);
  writeFileSync(xlsx, results.bytes);
  convert([xlsx], "pdf", path.join(dir, "pdf"), dir);
  return pageTexts(path.join(dir, "pdf", `${name}.pdf`));
}

/** The page on which `text` first appears, or -1. */
const pageOf = (pages: readonly string[], text: string): number => pages.findIndex((p) => p.includes(text));

maybe("results workbook charts printed by LibreOffice", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    tmp = tempDir("gsz-charts-pdf-");
  });
  afterAll(() => tmp.cleanup());

  it("are printed with the tools installed (CI installs libreoffice-calc and poppler-utils)", () => {
    expect([TOOLS.libreoffice.present(), TOOLS.poppler.present()]).toEqual([true, true]);
  });

  it("the example: every chart drawn, titled, beside the cells it draws", async () => {
    const results = await chartedResults(chartInput());
    const pages = await printed(tmp.dir, "example", results);
    const charts = results.outputs.flatMap((l) => (l.charts ?? []).map((c) => ({ sheet: l.name, chart: c })));
    expect(charts.map((c) => c.chart.title)).toEqual([
      "Итоговый балл, проходной балл и черта финансирования",
      // The example's members' totals part (example-scores.ts): the spread chart under the ranking.
      "Итог каждого члена комиссии против медианы",
      "Деньги программы по источникам (финансируемые заявки)",
      "Софинансирование по заявкам, по источникам",
      "Календарь выплат: транши по месяцам",
      "Договоры: утверждено, выплачено, израсходовано",
    ]);
    for (const { chart } of charts) expect(pageOf(pages, chart.title)).toBeGreaterThanOrEqual(0);
    // Drawn, not only titled: the legend's entries and the value axis's figures are on the page.
    const ranking = pages[pageOf(pages, "Итоговый балл, проходной балл и черта финансирования")] ?? "";
    expect(ranking).toMatch(/Финансируется[^]*Не финансируется[^]*Проходной балл/);
    const cofinancing = pages[pageOf(pages, "Деньги программы по источникам")] ?? "";
    // The pie's labels: the program's grant and local budget, as the cells hold them.
    expect(cofinancing).toMatch(/395[ ,.]000[.,]00/);
    expect(cofinancing).toMatch(/55[ ,.]000[.,]00/);
    // Each chart on the page of the cells it draws: the calendar with its months, the ranking with its block.
    const calendar = pageOf(pages, "Календарь выплат: транши по месяцам");
    expect(pages[calendar]).toContain("04.2019");
    expect(pageOf(pages, "Итоговый балл всех 9 оцененных заявок")).toBe(
      pageOf(pages, "Итоговый балл, проходной балл и черта финансирования"),
    );
    // The spread chart on the page of its block, its value axis drawn (no member's total reaches 100).
    const spread = pageOf(pages, "Итог каждого члена комиссии против медианы");
    expect(pageOf(pages, "Расхождение оценок: итог каждого члена комиссии против медианы — 6 заявок")).toBe(
      spread,
    );
    expect(pages[spread]).toMatch(/100[.,]00[^]*50[.,]00[^]*0[.,]00/);
    const execution = pageOf(pages, "Договоры: утверждено, выплачено, израсходовано");
    expect(pages[execution]).toContain("Утверждено");
  }, 180_000);

  it("one application: the ranking and co-financing charts are printed", async () => {
    const results = await chartedResults(chartInput(1));
    const pages = await printed(tmp.dir, "one", results);
    expect(pageOf(pages, "Итоговый балл, проходной балл и черта финансирования")).toBeGreaterThanOrEqual(0);
    expect(pageOf(pages, "Деньги программы по источникам")).toBeGreaterThanOrEqual(0);
  }, 180_000);
});
