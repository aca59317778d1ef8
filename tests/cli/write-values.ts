import ExcelJS from "exceljs";
import type { CellValue } from "../../src/workbook/port";

/** Writes port values as an .xlsx (date values as date cells), the way a test describes a workbook. */
export async function writeValuesXlsx(
  file: string,
  sheets: Readonly<Record<string, readonly (readonly CellValue[])[]>>,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, i) => {
      row.forEach((value, j) => {
        if (value === null) return;
        const cell = ws.getCell(i + 1, j + 1);
        if (typeof value !== "object") cell.value = value;
        else if ("date" in value) {
          cell.value = new Date(Math.round((value.date - 25_569) * 86_400_000));
          cell.numFmt = "dd.mm.yyyy";
        } else cell.value = { error: value.error } as ExcelJS.CellErrorValue;
      });
    });
  }
  await wb.xlsx.writeFile(file);
}
