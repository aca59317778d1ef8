import { MemoryWorkbook } from "../../src/workbook/memory";

describe("MemoryWorkbook", () => {
  it("lists, reads and writes sheets like a workbook", async () => {
    const book = MemoryWorkbook.fromSheets({ A: [[1, "x"]], B: [[null, { date: 43525 }]] });
    expect(await book.listSheets()).toEqual(["A", "B"]);
    expect(await book.readSheets(["B", "missing"])).toEqual([
      { name: "B", values: [[null, { date: 43525 }]] },
    ]);
    await book.writeSheets([
      {
        name: "C",
        rows: [
          ["Итого", { formula: "SUM(A1:A2)", result: 3 }, { text: "к заявке", sheet: "A", row: 1, col: 1 }],
        ],
        columns: [{ width: 10, format: "text" }],
        tables: [],
      },
    ]);
    expect(await book.listSheets()).toEqual(["A", "B", "C"]);
    expect(book.sheet("C")).toEqual([["Итого", 3, "к заявке"]]);
    expect(book.layouts.get("C")?.columns).toEqual([{ width: 10, format: "text" }]);
    expect(book.calls).toEqual({ listSheets: 2, readSheets: 1, writeSheets: 1 });
  });

  it("replaces a sheet in place and leaves the others alone", async () => {
    const book = MemoryWorkbook.fromSheets({ A: [[1]], B: [[2]] });
    await book.writeSheets([{ name: "A", rows: [[9]], columns: [], tables: [] }]);
    expect(await book.listSheets()).toEqual(["A", "B"]);
    expect(book.sheet("A")).toEqual([[9]]);
    expect(book.sheet("B")).toEqual([[2]]);
  });

  it("writes all or nothing", async () => {
    const book = MemoryWorkbook.fromSheets({ A: [[1]] });
    await expect(
      book.writeSheets([
        { name: "A", rows: [[9]], columns: [], tables: [] },
        { name: " ", rows: [], columns: [], tables: [] },
      ]),
    ).rejects.toThrow();
    expect(book.sheet("A")).toEqual([[1]]);
  });

  it("hands out copies, so callers cannot change its sheets", async () => {
    const book = MemoryWorkbook.fromSheets({ A: [[1]] });
    const [sheet] = await book.readSheets(["A"]);
    (sheet?.values[0] as unknown[] | undefined)?.splice(0, 1, 5);
    expect(book.sheet("A")).toEqual([[1]]);
  });
});
