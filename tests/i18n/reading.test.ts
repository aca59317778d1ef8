import { catalogKeys, translate } from "../../src/i18n";
import { reading } from "../../src/i18n/catalogs/reading";

const params = (text: string | undefined): string[] =>
  [...(text ?? "").matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

describe("reading catalogue", () => {
  it("has the same keys, with the same parameters, in Russian, English and Kyrgyz", () => {
    const keys = Object.keys(reading.ru).sort();
    expect(Object.keys(reading.en).sort()).toEqual(keys);
    expect(Object.keys(reading.ky).sort()).toEqual(keys);
    for (const key of keys) {
      expect([key, params(reading.en[key])]).toEqual([key, params(reading.ru[key])]);
      expect([key, params(reading.ky[key])]).toEqual([key, params(reading.ru[key])]);
    }
  });

  it("is registered: every message of reading translates in every language", () => {
    const keys = [
      "rules.empty-row",
      "rules.empty-row.many",
      "rules.totals-row",
      "rules.row-not-read",
      "rules.row-not-read.parameter",
      "rules.row-not-read.no-key",
      "rules.row-not-read.beside",
      "reading.sheet.duplicate",
    ];
    for (const lang of ["ru", "en", "ky"] as const) {
      expect(keys.filter((key) => !catalogKeys(lang).includes(key))).toEqual([]);
    }
    expect(translate("en", "rules.empty-row.many", { first: 7, last: 9 })).toContain("7–9");
  });
});
