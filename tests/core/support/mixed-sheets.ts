import { cloneSheets, minimalSheets, setCell, type Sheets } from "../../fixtures/example";

/**
 * The minimal Russian workbook with its applications on a sheet named in English (people mix them) and
 * errors on both Программа and Applications, so findings of one severity sit on a Cyrillic and a Latin
 * sheet: the order of such findings is what a locale-dependent comparison would change.
 */
export function mixedLanguageSheets(): Sheets {
  const sheets = cloneSheets(minimalSheets());
  const { Заявки: applications, ...rest } = sheets;
  const grid = applications ?? [];
  // Итого of the first application no longer matches its sources (sources-sum-mismatch, error).
  setCell(grid, "K4", 170000);
  const program = rest["Программа"] ?? [];
  // Бюджет программы below the directions' allocations (program-over-budget, error).
  setCell(program, "B9", "100 000,00");
  return { ...rest, Applications: grid };
}
