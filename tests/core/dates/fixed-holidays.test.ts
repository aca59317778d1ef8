import { fixedNonWorkingDays } from "../../../src/core/dates";
import { catalogKeys } from "../../../src/i18n";

describe("fixedNonWorkingDays", () => {
  it("lists the days off of the Labour Code in force up to 2024 (2019)", () => {
    expect(fixedNonWorkingDays(2019).map((d) => d.date)).toEqual([
      "2019-01-01",
      "2019-01-07",
      "2019-02-23",
      "2019-03-08",
      "2019-03-21",
      "2019-04-07",
      "2019-05-01",
      "2019-05-05",
      "2019-05-09",
      "2019-08-31",
      "2019-11-07",
      "2019-11-08",
    ]);
  });

  it("lists the days off of the Labour Code in force from 2025 (2025)", () => {
    expect(fixedNonWorkingDays(2025).map((d) => d.date)).toEqual([
      "2025-01-01",
      "2025-01-02",
      "2025-01-03",
      "2025-01-04",
      "2025-01-05",
      "2025-01-06",
      "2025-01-07",
      "2025-03-08",
      "2025-03-21",
      "2025-05-01",
      "2025-05-02",
      "2025-05-03",
      "2025-05-04",
      "2025-05-05",
      "2025-05-06",
      "2025-05-07",
      "2025-05-08",
      "2025-05-09",
      "2025-08-31",
    ]);
  });

  it("switches codes between 2024 and 2025", () => {
    expect(fixedNonWorkingDays(2024).map((d) => d.date)).toContain("2024-11-07");
    expect(fixedNonWorkingDays(2025).map((d) => d.date)).not.toContain("2025-11-07");
    expect(fixedNonWorkingDays(2025).map((d) => d.date)).not.toContain("2025-02-23");
  });

  it("names every day with a message known in every language", () => {
    const names = new Set([...fixedNonWorkingDays(2019), ...fixedNonWorkingDays(2025)].map((d) => d.name));
    for (const lang of ["ru", "en", "ky"] as const) {
      const keys = new Set(catalogKeys(lang));
      expect([...names].filter((name) => !keys.has(name))).toEqual([]);
    }
    expect(fixedNonWorkingDays(2019)[4]?.name).toBe("tranche-dates.holiday.nooruz");
  });
});
