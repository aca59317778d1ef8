import { translate } from "../../../src/i18n";
import { cloneSheets, exampleSheets, type Grid, type Sheets } from "../../fixtures/example";
import { programYears } from "../../../src/workbook/read/non-working-days";
import { parseSheets, rowOf } from "./tables-support";

/** The example with Программа table 3 replaced by these rows. */
function withDays(rows: Grid): Sheets {
  const sheets = cloneSheets(exampleSheets("ru"));
  const grid = sheets["Программа"];
  if (!grid) throw new Error("no Программа");
  grid.splice(rowOf(grid, "Дата") + 1);
  grid.push(...rows);
  return sheets;
}

function warnings(sheets: Sheets) {
  const read = parseSheets(sheets);
  expect(read.problems).toEqual([]);
  return (read.input?.notes ?? []).filter((n) => n.rule === "non-working-days-other-year");
}

describe("non-working-days-other-year", () => {
  it("warns at the first date when no listed day is in the program's year (a template made the year before)", () => {
    const sheets = withDays([
      ["01.01.2018", "Новый год"],
      ["08.03.2018", "8 Марта"],
      ["01.01.2017", "old"],
    ]);
    const grid = sheets["Программа"] ?? [];
    const found = warnings(sheets);
    expect(found).toEqual([
      {
        rule: "non-working-days-other-year",
        severity: "warning",
        address: { sheet: "Программа", row: rowOf(grid, "01.01.2018") + 1, col: 1 },
        message: "rules.non-working-days-other-year",
        params: { listed: "2017, 2018", years: "2019", first: "2018-01-01" },
        actual: "2017, 2018",
      },
    ]);
    const text = translate("ru", found[0]?.message ?? "", found[0]?.params);
    expect(text).toContain("2017, 2018");
    expect(text).toContain("2019");
  });

  it("still reads the days as typed", () => {
    const read = parseSheets(withDays([["01.01.2018", "Новый год"]]));
    expect(read.input?.program.nonWorkingDays).toEqual(["2018-01-01"]);
  });

  it("is silent when one day is in the program's year, for an empty table, and without table 3", () => {
    expect(warnings(withDays([["01.01.2018"], ["09.05.2019", "День Победы"]]))).toEqual([]);
    expect(warnings(withDays([]))).toEqual([]);
    const sheets = cloneSheets(exampleSheets("ru"));
    const grid = sheets["Программа"] ?? [];
    grid.splice(rowOf(grid, "Дата"));
    expect(warnings(sheets)).toEqual([]);
  });
});

describe("programYears", () => {
  it("spans the years from the start to the end, with the budget year", () => {
    expect(programYears(2019, "2019-11-01", "2020-03-31").sort()).toEqual([2019, 2020]);
    expect(programYears(2020, "2019-03-01", "2019-12-31").sort()).toEqual([2019, 2020]);
    expect(programYears(undefined, undefined, "2019-12-31")).toEqual([]);
  });
});
