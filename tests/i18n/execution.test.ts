import { execution } from "../../src/i18n/catalogs/execution";

const params = (text: string | undefined): string[] =>
  [...(text ?? "").matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

describe("the execution catalogue", () => {
  it("has the same keys in Russian, English and Kyrgyz, each of its area", () => {
    expect(Object.keys(execution.en).sort()).toEqual(Object.keys(execution.ru).sort());
    expect(Object.keys(execution.ky).sort()).toEqual(Object.keys(execution.ru).sort());
    for (const key of Object.keys(execution.ru)) expect(key).toMatch(/^(execution|rules)\./);
  });

  it("uses the same parameters in every language", () => {
    for (const [key, text] of Object.entries(execution.ru)) {
      expect([key, params(execution.en[key])]).toEqual([key, params(text)]);
      expect([key, params(execution.ky[key])]).toEqual([key, params(text)]);
    }
  });
});
