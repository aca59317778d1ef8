import { MemoryWorkbook } from "../../../src/workbook/memory";
import { readInput } from "../../../src/workbook/read";
import { cloneSheets, minimalSheets, type Sheets } from "../../fixtures/example";

/** The minimal workbook with an ИНН column headed `header` after the last column of Заявки. */
function withTins(header: string, tins: readonly (string | number | null)[]): Sheets {
  const sheets = cloneSheets(minimalSheets());
  const grid = sheets["Заявки"] ?? [];
  const headerRow = grid.findIndex((row) => row[0] === "№ заявки");
  const width = grid[headerRow]?.length ?? 0;
  grid[headerRow]?.push(header);
  for (let r = headerRow + 1, i = 0; r < grid.length; r += 1, i += 1) {
    const row = grid[r] ?? [];
    while (row.length < width) row.push(null);
    row.push(tins[i] ?? null);
  }
  return sheets;
}

async function read(sheets: Sheets) {
  return readInput(MemoryWorkbook.fromSheets(sheets));
}

describe("the optional ИНН column of Заявки", () => {
  it("is optional: a workbook without it reads as before, with no ИНН", async () => {
    const result = await read(cloneSheets(minimalSheets()));
    expect(result.problems).toEqual([]);
    expect(result.input?.applications.every((a) => a.tin === undefined)).toBe(true);
  });

  it.each(["ИНН", "TIN", "инн"])(
    "reads 14 digits under the header %s, spaces between groups ignored",
    async (header) => {
      const result = await read(withTins(header, ["02207201410055", "0220 7201 4100 56", 12345678901234]));
      expect(result.problems).toEqual([]);
      const tins = result.input?.applications.map((a) => a.tin);
      expect(tins?.slice(0, 3)).toEqual(["02207201410055", "02207201410056", "12345678901234"]);
      expect((result.input?.notes ?? []).filter((n) => n.rule === "tin-invalid")).toEqual([]);
    },
  );

  it("warns at the cell of an ИНН that is not 14 digits, keeps the row and drops only the ИНН", async () => {
    const sheets = withTins("ИНН", ["0220720141005", "ОФ-123", "02207201410055"]);
    const result = await read(sheets);
    expect(result.problems).toEqual([]);
    const apps = result.input?.applications ?? [];
    expect(apps[0]?.tin).toBeUndefined();
    expect(apps[1]?.tin).toBeUndefined();
    expect(apps[2]?.tin).toBe("02207201410055");
    const findings = (result.input?.notes ?? []).filter((n) => n.rule === "tin-invalid") ?? [];
    expect(findings).toHaveLength(2);
    expect(findings[0]?.severity).toBe("warning");
    expect(findings[0]?.address).toEqual(apps[0]?.cells.tin);
    expect(findings[0]?.params).toEqual({ value: "0220720141005", digits: 13 });
    expect(findings[1]?.address).toEqual(apps[1]?.cells.tin);
    expect(findings[1]?.params).toEqual({ value: "ОФ-123", digits: 3 });
  });
});
