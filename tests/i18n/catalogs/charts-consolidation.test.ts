import { charts } from "../../../src/i18n/catalogs/charts";
import { consolidation } from "../../../src/i18n/catalogs/consolidation";
import type { CatalogSet } from "../../../src/i18n/types";

/** The `{name}` placeholders of a text, sorted. */
const params = (text: string | undefined): string[] =>
  [...(text ?? "").matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

describe.each([
  ["charts", charts],
  ["consolidation", consolidation],
] as const)("the %s catalogue", (_, set: CatalogSet) => {
  it("has the same keys in Russian, English and Kyrgyz (no Kyrgyz text falls back to Russian)", () => {
    const keys = Object.keys(set.ru).sort();
    expect(Object.keys(set.en).sort()).toEqual(keys);
    expect(Object.keys(set.ky).sort()).toEqual(keys);
  });

  it("uses the same parameters in every language", () => {
    for (const [key, text] of Object.entries(set.ru)) {
      expect([key, params(set.en[key])]).toEqual([key, params(text)]);
      expect([key, params(set.ky[key])]).toEqual([key, params(text)]);
    }
  });

  it("writes Kyrgyz in Cyrillic, not in Russian: no Kyrgyz text equals its Russian one unless it has no words", () => {
    const same = Object.keys(set.ky).filter(
      (key) => set.ky[key] === set.ru[key] && /[а-яё]{4,}/i.test(set.ru[key] ?? ""),
    );
    expect(same.filter((key) => !NAMES.has(key))).toEqual([]);
  });
});

/** Texts that are the same word in both languages (international words and the sheet's own names). */
const NAMES = new Set([
  "chart.section",
  "consolidation.col.municipality",
  "consolidation.col.program",
  "consolidation.col.file",
]);
