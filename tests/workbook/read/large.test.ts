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
  // How fast is measured by bench/read-file.ts and bench/cli-run.ts, not here.
  it("reads every one of 1 000 applications and 10 000 score rows", async () => {
    const book = MemoryWorkbook.fromSheets(largeSheets());
    const read = await readInput(book);
    expect(read.problems).toEqual([]);
    expect(read.input?.applications).toHaveLength(1000);
    expect(read.input?.scores).toHaveLength(10_000);
    expect(read.input?.scores.at(-1)?.member).toBe("Член 10");
  });
});
