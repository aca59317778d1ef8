/**
 * Rows typed below an Excel table belong to it in the add-in too (WORKBOOK.md, the opening paragraph):
 * the example's input sheets in the fake Excel, each Excel table over its header and first row only,
 * are read through the Office.js adapter (which reports the tables' ranges) to the same input as the
 * example, with one `table-not-extended` note per table at its first row below.
 */
import { OfficeJsWorkbook } from "../../../src/adapters/officejs";
import type { CellValue } from "../../../src/workbook/port";
import { readInput } from "../../../src/workbook/read";
import { exampleSheets } from "../../fixtures/example";
import { brief, essence, parseSheets, rowOf } from "../../workbook/read/tables-support";
import { FakeExcel, type FakeValue } from "./fake-excel";

const EXAMPLE = exampleSheets("ru");

/** A cell as Excel holds it: a date is a serial shown with a date format. */
function excelCell(value: CellValue): { value: FakeValue | null; format: string } {
  if (value !== null && typeof value === "object" && "date" in value)
    return { value: value.date, format: "dd.mm.yyyy" };
  if (value !== null && typeof value === "object") return { value: value.error, format: "General" };
  return { value, format: "General" };
}

function fakeExcel(): FakeExcel {
  const excel = new FakeExcel();
  for (const [name, rows] of Object.entries(EXAMPLE)) {
    const cells = rows.map((row) => row.map(excelCell));
    excel.addSheet(
      name,
      cells.map((row) => row.map((c) => c.value)),
      cells.map((row) => row.map((c) => c.format)),
    );
    const width = rows[2]?.length ?? 1;
    if (name === "Программа") {
      const directions = rowOf(rows, "Код");
      excel.addTable(name, "GszDirections", directions, 0, 2, 4);
    } else excel.addTable(name, `Gsz${excel.tables.length}`, 2, 0, 2, width);
  }
  return excel;
}

describe("rows below an Excel table, read through Office.js", () => {
  it("are read as the table's rows: the same input as the example, each table named once", async () => {
    const excel = fakeExcel();
    const read = await readInput(new OfficeJsWorkbook(excel.run, { supports: () => true }), { lang: "ru" });
    const reference = parseSheets(EXAMPLE);
    expect(read.problems).toEqual([]);
    expect(reference.input?.applications).toHaveLength(9);
    expect(essence(read.input)).toEqual(essence(reference.input));
    const directions = rowOf(EXAMPLE["Программа"] ?? [], "Код");
    expect(brief(read.input?.notes).sort()).toEqual(
      [
        `Программа!${directions + 3}:1`,
        ...["Договоры", "Заявки", "Комиссия", "Критерии", "Отчёты", "Оценки", "Платежи", "Смета"].map(
          (sheet) => `${sheet}!5:1`,
        ),
      ]
        .map((at) => ["table-not-extended", at, "rules.table-not-extended"])
        .sort(),
    );
  });
});
