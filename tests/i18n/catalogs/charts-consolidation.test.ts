import { charts } from "../../../src/i18n/catalogs/charts";
import { consolidation } from "../../../src/i18n/catalogs/consolidation";
import type { CatalogSet } from "../../../src/i18n/types";

/** A key without its plural category (`consolidation.count.programs.few` → `consolidation.count.programs`). */
const PLURAL = /\.(one|few|many|other)$/;

/**
 * The keys of a language, a counted phrase's forms as one key: each language has the plural forms its
 * grammar needs (Russian one, few, many, other; English one, other; Kyrgyz other), translateCount.
 */
function keys(catalog: Readonly<Record<string, string>>): string[] {
  const all = Object.keys(catalog);
  const counted = (key: string): boolean =>
    PLURAL.test(key) && catalog[key.replace(PLURAL, ".other")] !== undefined;
  return [...new Set(all.map((key) => (counted(key) ? `${key.replace(PLURAL, "")}.*` : key)))].sort();
}

/** The `{name}` placeholders of a text, sorted. */
const params = (text: string | undefined): string[] =>
  [...(text ?? "").matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

describe.each([
  ["charts", charts],
  ["consolidation", consolidation],
] as const)("the %s catalogue", (_, set: CatalogSet) => {
  it("has the same keys in Russian, English and Kyrgyz (no Kyrgyz text falls back to Russian)", () => {
    expect(keys(set.en)).toEqual(keys(set.ru));
    expect(keys(set.ky)).toEqual(keys(set.ru));
  });

  it("uses the same parameters in every language (a counted phrase's every form)", () => {
    for (const [key, text] of Object.entries(set.ru)) {
      for (const other of [set.en, set.ky]) {
        const texts = PLURAL.test(key)
          ? Object.keys(other).filter((k) => k.replace(PLURAL, "") === key.replace(PLURAL, ""))
          : [key];
        expect(texts.length).toBeGreaterThan(0);
        for (const k of texts) expect([k, params(other[k])]).toEqual([k, params(text)]);
      }
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
