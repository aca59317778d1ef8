import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { catalogKeys, LANGS, translate } from "../../../src/i18n";
import { normalizeHeader, normalizeWord } from "../../../src/workbook/cells";
import {
  AGGREGATION_NAMES,
  APPLICATIONS_TABLE,
  BUDGET_TABLE,
  CATEGORY_NAMES,
  COMMISSION_TABLE,
  CONTRACTS_TABLE,
  CRITERIA_TABLE,
  DIRECTIONS_TABLE,
  INPUT_SHEET_KINDS,
  PARAMETERS,
  PARAMETERS_TABLE,
  SCORES_TABLE,
  SHEETS,
  TIE_BREAK_NAMES,
  type Localized,
  type TableSpec,
} from "../../../src/workbook/schema";
import { BUDGET_CATEGORIES } from "../../../src/core/model";

const TABLES: Record<string, TableSpec> = {
  APPLICATIONS_TABLE,
  BUDGET_TABLE,
  COMMISSION_TABLE,
  CONTRACTS_TABLE,
  CRITERIA_TABLE,
  DIRECTIONS_TABLE,
  PARAMETERS_TABLE,
  SCORES_TABLE,
};

function spellings(names: Localized, normalize: (s: string) => string): string[] {
  return [...new Set([names.ru, names.en, names.ky, ...(names.aliases ?? [])].map(normalize))];
}

/** Every normalized spelling belongs to one term only. */
function expectNoCollisions(terms: readonly Localized[], normalize: (s: string) => string): void {
  const owner = new Map<string, number>();
  terms.forEach((term, i) => {
    expect(term.ru && term.en && term.ky).toBeTruthy();
    for (const s of spellings(term, normalize)) {
      expect(owner.get(s) ?? i).toBe(i);
      owner.set(s, i);
    }
  });
}

describe("the schema", () => {
  it.each(Object.entries(TABLES))("%s: no two columns share a spelling", (_name, table) => {
    expectNoCollisions(
      table.columns.map((c) => c.header),
      normalizeHeader,
    );
  });

  it("keeps the parameter keys of WORKBOOK.md, each spelled one way only", () => {
    expectNoCollisions(
      PARAMETERS.map((p) => p.key),
      normalizeHeader,
    );
    expect(PARAMETERS.map((p) => p.key.ru)).toEqual([
      "Муниципалитет",
      "Программа",
      "Бюджетный год",
      "Начало",
      "Окончание",
      "Бюджет программы",
      "План: местный бюджет",
      "План: сообщество",
      "План: НКО",
      "План: другие",
      "Мин. софинансирование, %",
      "Мин. вклад НКО, %",
      "Макс. оплата труда, %",
      "Макс. админ. расходы, %",
      "Проходной балл",
      "Метод агрегации",
      "Порог расхождения",
      "Дата заседания",
      "Порог освоения, %",
      "Перераспределение, %",
      "На дату",
      "Кворум",
      "Равенство баллов",
      "Схема траншей",
      "Округление траншей",
    ]);
    expect(PARAMETERS.filter((p) => p.required).map((p) => p.field)).toEqual([
      "municipality",
      "name",
      "year",
      "start",
      "end",
      "budget",
    ]);
  });

  it("names the sheets as WORKBOOK.md does, one kind per name", () => {
    expect(INPUT_SHEET_KINDS.map((k) => [SHEETS[k].name.ru, SHEETS[k].name.en, SHEETS[k].name.ky])).toEqual([
      ["Программа", "Program", "Программа"],
      ["Заявки", "Applications", "Арыздар"],
      ["Смета", "Budget", "Смета"],
      ["Критерии", "Criteria", "Критерийлер"],
      ["Комиссия", "Commission", "Комиссия"],
      ["Оценки", "Scores", "Баалар"],
      ["Договоры", "Contracts", "Келишимдер"],
      ["Платежи", "Payments", "Төлөмдөр"],
      ["Отчёты", "Reports", "Отчеттор"],
    ]);
    expectNoCollisions(
      INPUT_SHEET_KINDS.map((k) => SHEETS[k].name),
      normalizeWord,
    );
    expect(INPUT_SHEET_KINDS.filter((k) => !SHEETS[k].required)).toEqual([
      "budget",
      "contracts",
      "payments",
      "reports",
    ]);
  });

  it("has one spelling per vocabulary term", () => {
    expect(Object.keys(CATEGORY_NAMES).sort()).toEqual([...BUDGET_CATEGORIES].sort());
    expectNoCollisions(Object.values(CATEGORY_NAMES), normalizeWord);
    expectNoCollisions(Object.values(AGGREGATION_NAMES), normalizeWord);
    expectNoCollisions(Object.values(TIE_BREAK_NAMES), normalizeWord);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : file.endsWith(".ts") ? [file] : [];
  });
}

describe("workbook messages", () => {
  const root = path.resolve(__dirname, "../../..");
  const used = new Set(
    [
      ...sourceFiles(path.join(root, "src/workbook")),
      path.join(root, "src/adapters/exceljs/read.ts"),
    ].flatMap((file) => readFileSync(file, "utf8").match(/"workbook\.[A-Za-z.]+"/g) ?? []),
  );

  it("exist in Russian, English and Kyrgyz for every key the code uses", () => {
    expect(used.size).toBeGreaterThan(20);
    for (const quoted of used) {
      const key = quoted.slice(1, -1);
      for (const lang of LANGS) expect(catalogKeys(lang)).toContain(key);
    }
  });

  it("are complete and distinct in Russian and English", () => {
    const ru = catalogKeys("ru").filter((k) => k.startsWith("workbook."));
    const en = catalogKeys("en").filter((k) => k.startsWith("workbook."));
    expect([...en].sort()).toEqual([...ru].sort());
    for (const key of ru) {
      expect(translate("ru", key)).not.toBe(translate("en", key));
    }
  });
});
