import { MemoryWorkbook } from "../../../src/workbook/memory";
import type { CellValue } from "../../../src/workbook/port";
import { readInput } from "../../../src/workbook/read";
import { cloneSheets, minimalSheets } from "../../fixtures/example";

/** A big municipality: 1 000 applications scored by 10 members on 2 criteria (10 000 score rows). */
function largeSheets() {
  const sheets = cloneSheets(minimalSheets());
  const applications = sheets["Заявки"]?.slice(0, 3) ?? [];
  const scores = sheets["Оценки"]?.slice(0, 3) ?? [];
  const budget = sheets["Смета"]?.slice(0, 3) ?? [];
  for (let i = 1; i <= 1000; i += 1) {
    const row: CellValue[] = [
      i,
      `ОФ №${i}`,
      "ОФ",
      "1",
      "Проект",
      "10 000,00",
      1000,
      0,
      500,
      0,
      11500,
      "01.04.2019",
      "30.11.2019",
      null,
    ];
    applications.push(row);
    budget.push([i, "Материалы", "Материалы", 1, 10000, 1, 10000, null, null, null, null, 10000]);
    for (let m = 1; m <= 10; m += 1) scores.push([`Член ${m}`, i, (i + m) % 20, "7,5", null]);
  }
  sheets["Заявки"] = applications;
  sheets["Оценки"] = scores;
  sheets["Смета"] = budget;
  return sheets;
}

describe("a large workbook", () => {
  it("reads in well under a few seconds", async () => {
    const book = MemoryWorkbook.fromSheets(largeSheets());
    const started = Date.now();
    const read = await readInput(book);
    const elapsed = Date.now() - started;
    expect(read.problems).toEqual([]);
    expect(read.input?.scores).toHaveLength(10_000);
    expect(elapsed).toBeLessThan(5_000);
  });
});
