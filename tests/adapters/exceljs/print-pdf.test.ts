/**
 * Prints the Рейтинг and the Протокол to PDF with LibreOffice, an application we did not write, and reads
 * the pages back: A4 landscape, one page wide (every page holds the first and the last column), the header
 * row on every page, the program in the page header and "стр. N из M" in the footer. In CI a missing
 * soffice or pdftotext fails; locally the suite is skipped.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ExcelJsWorkbook } from "../../../src/adapters/exceljs/workbook";
import { analyze } from "../../../src/core/analyze";
import { parseInput } from "../../../src/workbook/read";
import type { SheetLayout } from "../../../src/workbook/port";
import { outputLayouts } from "../../../src/workbook/render";
import { exampleInput } from "../../../src/workbook/template";
import { competitionSheets } from "../../support/competition";
import { TOOLS, describeWith } from "../../support/external-tools";
import { tempDir } from "./helpers";
import { convert } from "./libreoffice";

const maybe = TOOLS.poppler.present() ? describeWith("libreoffice") : describeWith("poppler");
const NOW = new Date(Date.UTC(2026, 10, 23, 9, 30));
const ctx = { lang: "ru", now: NOW, fingerprint: "ab".repeat(32) } as const;

/** Width × height of every page, in points, from the PDF's own page objects. */
function pageSizes(pdf: Buffer): [number, number][] {
  const boxes = pdf
    .toString("latin1")
    .matchAll(/\/Type\s*\/Page\b[^]*?\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g);
  return [...boxes].map((m) => [Number(m[1]), Number(m[2])]);
}

/** The text of each page, as pdftotext lays it out. */
function pageTexts(file: string): string[] {
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).split("\f").slice(0, -1);
}

/** The example's outputs, or those of a competition of `n` applications (a ranking several pages long). */
function outputs(n?: number): SheetLayout[] {
  if (n === undefined) {
    const input = exampleInput("ru");
    return outputLayouts(input, analyze(input), ctx);
  }
  const sheets = competitionSheets(n);
  const names = Object.keys(sheets);
  const read = parseInput(
    names,
    names.map((name) => ({ name, values: sheets[name] ?? [] })),
    { lang: "ru" },
  );
  if (!read.input) throw new Error(JSON.stringify(read.problems));
  return outputLayouts(read.input, analyze(read.input), ctx);
}

async function printed(dir: string, file: string, layout: SheetLayout | undefined): Promise<string> {
  if (!layout) throw new Error("no layout");
  const book = ExcelJsWorkbook.create();
  await book.writeSheets([layout]);
  const xlsx = path.join(dir, `${file}.xlsx`);
  await book.save(xlsx);
  convert([xlsx], "pdf", path.join(dir, "pdf"), dir);
  return path.join(dir, "pdf", `${file}.pdf`);
}

const A4_LANDSCAPE: [number, number] = [841.89, 595.3];

maybe("outputs printed by LibreOffice", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    tmp = tempDir("gsz-pdf-");
  });
  afterAll(() => tmp.cleanup());

  it("are printed with the tools installed (CI installs libreoffice-calc and poppler-utils)", () => {
    expect([TOOLS.libreoffice.present(), TOOLS.poppler.present()]).toEqual([true, true]);
  });

  it("a ranking of 150 applications: A4 landscape pages, one page wide, the header row on each", async () => {
    const [ranking] = outputs(150);
    const pdf = await printed(tmp.dir, "ranking", ranking);
    const sizes = pageSizes(readFileSync(pdf));
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    for (const [w, h] of sizes)
      expect([w, h]).toEqual([expect.closeTo(A4_LANDSCAPE[0], 1), expect.closeTo(A4_LANDSCAPE[1], 1)]);
    const pages = pageTexts(pdf);
    expect(pages).toHaveLength(sizes.length);
    pages.forEach((text, i) => {
      // The first and the last column's headers on every page: nothing was cut off to a page on the right.
      expect([i, /Место/.test(text), /Статус/.test(text)]).toEqual([i, true, true]);
      expect(text).toContain(`стр. ${i + 1} из ${pages.length}`);
    });
  }, 180_000);

  it("the example's protocol: every column on the page, the program in the header, page N of M", async () => {
    const protocol = outputs().find((l) => l.name === "Протокол");
    const pdf = await printed(tmp.dir, "protocol", protocol);
    const pages = pageTexts(pdf);
    expect(pages.length).toBeLessThanOrEqual(3);
    for (const [w, h] of pageSizes(readFileSync(pdf))) {
      expect([w, h]).toEqual([expect.closeTo(A4_LANDSCAPE[0], 1), expect.closeTo(A4_LANDSCAPE[1], 1)]);
    }
    const all = pages.join("\n");
    // The ranking's row: place, organization, … , decision on one line of one page.
    expect(all).toMatch(/Место\s+Организация\s+№ заявки\s+Балл\s+Запрошено\s+Рекомендовано\s+Решение/);
    expect(all).toMatch(
      /1\s+ОФ «Ак-Ниет»\s+1\s+85\s+125[ ,\u00a0]?000[.,]00\s+125[ ,\u00a0]?000[.,]00\s+финансируется/,
    );
    expect(all).toContain("Асанова Гульмира");
    expect(all).toContain("Ким Ольга");
    pages.forEach((text, i) => {
      expect(text).toContain(
        "г. Кара-Балта — Государственный социальный заказ мэрии г. Кара-Балта на 2019 год",
      );
      expect(text).toContain(`стр. ${i + 1} из ${pages.length}`);
    });
  }, 180_000);
});
