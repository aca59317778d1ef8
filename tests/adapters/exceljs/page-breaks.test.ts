/** Manual page breaks of a layout (SheetLayout.pageBreaks) written by the ExcelJS writer: a page starts at each row. */
import { ExcelJsWorkbook } from "../../../src/adapters/exceljs/workbook";
import type { SheetLayout } from "../../../src/workbook/port";
import { unzipSync } from "./unzip";

const layout: SheetLayout = {
  name: "Лист",
  rows: Array.from({ length: 60 }, (_, i) => [`row ${i + 1}`]),
  columns: [{ width: 10, format: "text" }],
  tables: [],
  pageSetup: { orientation: "portrait", header: "h", footer: "{page}" },
  pageBreaks: [25, 50],
};

it("writes a break above each row where a page starts (the 0-based id of that row)", async () => {
  const book = ExcelJsWorkbook.create();
  await book.writeSheets([layout]);
  const xml = unzipSync(Buffer.from(await book.toBuffer()), "xl/worksheets/sheet1.xml");
  const ids = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
  expect(ids).toEqual([24, 49]);
  expect(xml).toMatch(/<rowBreaks count="2" manualBreakCount="2">/);
});
