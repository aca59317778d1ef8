import { translate } from "../../../src/i18n";
import { trancheDates } from "../../../src/i18n/catalogs/tranche-dates";

const params = (text: string | undefined): string[] =>
  [...(text ?? "").matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

describe("tranche-dates catalogue", () => {
  it("has the same keys and parameters in Russian, English and Kyrgyz", () => {
    const keys = Object.keys(trancheDates.ru).sort();
    expect(Object.keys(trancheDates.en).sort()).toEqual(keys);
    expect(Object.keys(trancheDates.ky).sort()).toEqual(keys);
    for (const key of keys) {
      expect([key, params(trancheDates.en[key])]).toEqual([key, params(trancheDates.ru[key])]);
      expect([key, params(trancheDates.ky[key])]).toEqual([key, params(trancheDates.ru[key])]);
      expect(key.startsWith("tranche-dates.")).toBe(true);
    }
  });

  it("writes the conditions beside the tranches in each language", () => {
    const after = "tranche-dates.condition.after-report";
    expect(translate("ru", "tranche-dates.condition.advance")).toBe("аванс при подписании");
    expect(translate("ru", after, { previous: 2 })).toBe("после отчёта по траншу 2");
    expect(translate("en", after, { previous: 2 })).toBe("after the report on tranche 2");
    expect(translate("ky", after, { previous: 2 })).toBe("2-транш боюнча отчеттон кийин");
    expect(translate("en", "tranche-dates.condition.final-report")).toBe("after the final report");
  });
});
