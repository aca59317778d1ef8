// ExcelJS part of scripts/make-file-fixtures.sh: a workbook with one cell of every kind the readers
// convert (percent, dates with and without time, errors, booleans, rich text, a merged area, a
// hyperlink), written by ExcelJS as `gsz` writes workbooks.
//
//   node scripts/make-file-fixtures.mjs <out.xlsx>
import ExcelJS from "exceljs";

const [out] = process.argv.slice(2);
const book = new ExcelJS.Workbook();
const sheet = book.addWorksheet("Ячейки");
sheet.addRow(["Вид", "Значение"]);
const rows = [
  ["число", 1234.5, "#,##0.00"],
  ["процент", 0.4, "0%"],
  ["процент дробный", 0.0725, "0.00%"],
  ["дата", new Date(Date.UTC(2019, 2, 1)), "dd.mm.yyyy"],
  ["дата и время", new Date(Date.UTC(2019, 11, 31, 18, 30)), "dd.mm.yyyy hh:mm"],
  ["ошибка", { error: "#N/A" }],
  ["деление на ноль", { error: "#DIV/0!" }],
  ["истина", true],
  ["ложь", false],
  ["форматированный текст", { richText: [{ text: "Жирный ", font: { bold: true } }, { text: "и обычный" }] }],
  ["ссылка", { text: "сайт", hyperlink: "https://example.org" }],
  ["формула", { formula: "B2*2", result: 2469 }],
  ["объединено", "верхняя левая"],
];
for (const [label, value, format] of rows) {
  const row = sheet.addRow([label, value]);
  if (format) row.getCell(2).numFmt = format;
}
sheet.mergeCells("B14:C15");
sheet.getCell("D16").value = "после";
await book.xlsx.writeFile(out);
