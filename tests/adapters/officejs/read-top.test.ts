import { OfficeJsWorkbook } from "../../../src/adapters/officejs";
import { FakeExcel } from "./fake-excel";

describe("OfficeJsWorkbook.readTop", () => {
  it("reads only the first rows of each sheet's used range, at their cells, in one request", async () => {
    const excel = new FakeExcel();
    const rows = Array.from({ length: 1000 }, (_, i) => ["row " + (i + 1), i, i * 2]);
    excel.addSheet("Рейтинг", rows);
    excel.addSheet("Пусто");
    const port = new OfficeJsWorkbook(excel.run, { supports: () => true });
    const syncs = excel.syncs;
    const tops = await port.readTop(["Рейтинг", "Пусто", "Нет такого"], 3);
    expect(excel.syncs - syncs).toBe(1);
    expect(tops).toEqual([
      {
        name: "Рейтинг",
        values: [
          ["row 1", 0, 0],
          ["row 2", 1, 2],
          ["row 3", 2, 4],
        ],
      },
      { name: "Пусто", values: [] },
    ]);
    expect(excel.cellReads).toEqual([9]);
  });

  it("keeps the rows above and columns left of a used range that starts lower down", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Транши", [[], [null, null, "Итого"], [null, null, 5]]);
    const port = new OfficeJsWorkbook(excel.run, { supports: () => true });
    expect(await port.readTop(["Транши"], 2)).toEqual([
      { name: "Транши", values: [[], [null, null, "Итого"]] },
    ]);
  });

  it("asks nothing for no names or no rows", async () => {
    const excel = new FakeExcel();
    const port = new OfficeJsWorkbook(excel.run, { supports: () => true });
    expect(await port.readTop([], 5)).toEqual([]);
    expect(await port.readTop(["A"], 0)).toEqual([]);
    expect(excel.syncs).toBe(0);
  });
});
