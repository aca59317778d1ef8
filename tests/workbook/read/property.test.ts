import fc from "fast-check";
import { MemoryWorkbook } from "../../../src/workbook/memory";
import type { CellValue } from "../../../src/workbook/port";
import { readInput } from "../../../src/workbook/read";
import { cloneSheets, minimalSheets } from "../../fixtures/example";

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.constantFrom(
    "NaN",
    "Infinity",
    "-Infinity",
    "=1+1",
    "#REF!",
    "1e400",
    "отвод",
    "1 000,00",
    "31.02.2019",
    "50/30/20",
    "—",
  ),
  fc.double(),
  fc.integer(),
  fc.constantFrom(1e300, -1e300, Number.MAX_SAFE_INTEGER, -0, 0.1 + 0.2),
  fc.boolean(),
  fc.record({ date: fc.double() }),
  fc.record({ error: fc.constantFrom("#REF!", "#N/A", "#VALUE!", "#DIV/0!", "#NAME?") }),
);

const base = minimalSheets();
const sheetNames = Object.keys(base);

describe("readInput on random cell contents", () => {
  it("never throws, and every problem points at a real cell of a real sheet", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            sheet: fc.constantFrom(...sheetNames),
            row: fc.nat(25),
            col: fc.nat(15),
            value: anyCell,
          }),
          { minLength: 1, maxLength: 4 },
        ),
        async (edits) => {
          const sheets = cloneSheets(base);
          for (const edit of edits) {
            const grid = sheets[edit.sheet] ?? [];
            while (grid.length <= edit.row) grid.push([]);
            const row = grid[edit.row] ?? [];
            while (row.length <= edit.col) row.push(null);
            row[edit.col] = edit.value;
            grid[edit.row] = row;
          }
          const result = await readInput(MemoryWorkbook.fromSheets(sheets));
          if (result.input) {
            expect(result.problems).toEqual([]);
            return;
          }
          expect(result.problems.length).toBeGreaterThan(0);
          for (const { address } of result.problems) {
            expect(sheetNames).toContain(address.sheet);
            expect(Number.isInteger(address.row) && address.row >= 1).toBe(true);
            expect(Number.isInteger(address.col) && address.col >= 1).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("reads any single-cell edit of a column the same or reports it at that cell", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("Заявки", "Смета", "Договоры", "Оценки"),
        fc.nat(11),
        anyCell,
        async (sheet, col, value) => {
          const sheets = cloneSheets(base);
          const row = sheets[sheet]?.[3];
          if (!row || col >= row.length) return;
          row[col] = value;
          const result = await readInput(MemoryWorkbook.fromSheets(sheets));
          for (const { address } of result.problems) {
            expect(address).toEqual({ sheet, row: 4, col: col + 1 });
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
