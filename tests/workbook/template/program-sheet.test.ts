import { fixedNonWorkingDays } from "../../../src/core/dates";
import { LANGS, type Lang } from "../../../src/i18n";
import type { SheetLayout, WriteValue } from "../../../src/workbook/port";
import { exampleInput } from "../../../src/workbook/template";
import { programSheet } from "../../../src/workbook/template/program-sheet";

const HEADER: Readonly<Record<Lang, readonly string[]>> = {
  ru: ["Дата", "Нерабочий день"],
  en: ["Date", "Non-working day"],
  ky: ["Күнү", "Иш эмес күн"],
};

/** The rows of table 3 (under its header row, to the end of the sheet). */
function nonWorkingDayRows(layout: SheetLayout, lang: Lang): readonly (readonly WriteValue[])[] {
  const header = layout.rows.findIndex((row) => row[0] === HEADER[lang][0] && row[1] === HEADER[lang][1]);
  expect(header).toBeGreaterThan(0);
  return layout.rows.slice(header + 1);
}

describe("Программа, table 3 (non-working days)", () => {
  it("stands under the directions, after an empty row, its header bold", () => {
    const layout = programSheet("ru", true);
    const directions = layout.tables[0];
    const header = layout.rows.findIndex((row) => row[0] === "Дата");
    expect(header).toBe((directions?.lastRow ?? 0) + 1); // 0-based index: the row after the empty one
    expect(layout.rows[header - 1]).toEqual([]);
    expect(layout.titleRows).toContain(header + 1);
  });

  it("the example pre-fills Kyrgyzstan's fixed days off of 2019, named in the template's language", () => {
    expect(nonWorkingDayRows(programSheet("ru", true), "ru").slice(0, 3)).toEqual([
      ["01.01.2019", "Новый год"],
      ["07.01.2019", "Рождество Христово"],
      ["23.02.2019", "День защитника Отечества"],
    ]);
    expect(nonWorkingDayRows(programSheet("en", true), "en")[3]).toEqual([
      "2019-03-08",
      "International Women's Day",
    ]);
    expect(nonWorkingDayRows(programSheet("ky", true), "ky")[4]).toEqual(["21.03.2019", "Нооруз"]);
    expect(nonWorkingDayRows(programSheet("ru", true), "ru")).toHaveLength(12);
  });

  it.each(LANGS)("(%s) reads back as the same days off", (lang) => {
    expect(exampleInput(lang).program.nonWorkingDays).toEqual(fixedNonWorkingDays(2019).map((d) => d.date));
  });

  it("a blank template pre-fills the year it is made for, under that year's Labour Code", () => {
    const rows = nonWorkingDayRows(programSheet("ru", false, 2025), "ru");
    expect(rows.map((row) => row[0])).toEqual(
      fixedNonWorkingDays(2025).map((d) => d.date.split("-").reverse().join(".")),
    );
    expect(rows[1]).toEqual(["02.01.2025", "Новогодние каникулы"]);
    expect(rows.map((row) => row[0])).not.toContain("23.02.2025");
  });

  it("a blank template without a year is made for the current year", () => {
    const before = new Date().getUTCFullYear();
    const first = nonWorkingDayRows(programSheet("en", false), "en")[0]?.[0];
    const after = new Date().getUTCFullYear();
    expect([`${before}-01-01`, `${after}-01-01`]).toContain(first);
  });
});
