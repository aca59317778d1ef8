import { MemoryWorkbook } from "../../../src/workbook/memory";
import { readInput } from "../../../src/workbook/read";
import { cloneSheets, minimalSheets, type Sheets } from "../../fixtures/example";

/** The minimal workbook with some rows of Программа's table 1 replaced: [key, value] by key. */
function withParameters(values: Readonly<Record<string, string | number>>): Sheets {
  const sheets = cloneSheets(minimalSheets());
  const program = sheets["Программа"] ?? [];
  for (const row of program) {
    const key = row[0];
    if (typeof key === "string" && key in values) row[1] = values[key] ?? null;
  }
  return sheets;
}

async function notes(sheets: Sheets) {
  const result = await readInput(MemoryWorkbook.fromSheets(sheets));
  expect(result.problems).toEqual([]);
  return (result.input?.notes ?? []).filter((n) => n.rule === "percent-as-fraction");
}

describe("percent-as-fraction", () => {
  it("warns at the cell of a percent parameter below 1 that is not formatted as a percent", async () => {
    // Row 11 of Программа: Мин. вклад НКО, % (value in B)
    const found = await notes(withParameters({ "Мин. вклад НКО, %": 0.15 }));
    expect(found).toEqual([
      {
        rule: "percent-as-fraction",
        severity: "warning",
        address: { sheet: "Программа", row: 11, col: 2 },
        message: "rules.percent-as-fraction",
        params: { parameter: "Мин. вклад НКО, %", value: "0.15", percent: "15" },
        actual: "0.15",
      },
    ]);
  });

  it("still reads the value as typed", async () => {
    const result = await readInput(MemoryWorkbook.fromSheets(withParameters({ "Мин. вклад НКО, %": 0.15 })));
    expect(result.input?.program.minNgoPct?.toString()).toBe("0.15");
  });

  it("is silent for a percent-formatted cell (read as `15%`), for 1 and more, and for 0", async () => {
    expect(
      await notes(
        withParameters({
          "Мин. софинансирование, %": "0.5%",
          "Мин. вклад НКО, %": 1,
          "Макс. оплата труда, %": 0,
          "Макс. админ. расходы, %": 10,
        }),
      ),
    ).toEqual([]);
  });

  it("text typed as 0,2 counts too (it is not a percent cell)", async () => {
    const found = await notes(withParameters({ "Макс. админ. расходы, %": "0,2" }));
    expect(found.map((f) => [f.address?.row, f.params?.percent])).toEqual([[13, "20"]]);
  });
});
