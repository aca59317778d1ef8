import type { SheetLayout, WriteValue } from "../../../src/workbook/port";

/** An output sheet like Рейтинг: a title, a stamp, a header and `n` rows of 15 columns, with a table. */
export function rankingLayout(n: number, name = "Рейтинг"): SheetLayout {
  const header: WriteValue[] = [
    "Место",
    "№ заявки",
    "Организация",
    "Направление",
    "Балл",
    "K1",
    "K2",
    "K3",
    "Оценщиков",
    "Отводов",
    "Разброс",
    "Проходит",
    "Запрошено",
    "Рекомендовано",
    "Дата",
  ];
  const rows: WriteValue[][] = [["Рейтинг заявок"], ["Расчёт 2026-11-23"], header];
  for (let i = 1; i <= n; i++) {
    rows.push([
      i,
      { text: `A-${String(i).padStart(5, "0")}`, sheet: "Заявки", row: i + 1, col: 1 },
      `ОФ «Организация номер ${i}»`,
      i % 2 ? "Молодёжь" : "Экология",
      85.5 - i / 1000,
      8.25,
      9,
      7.5,
      5,
      0,
      2,
      i % 7 !== 0,
      150000.5,
      i % 3 ? 150000.5 : 0,
      { date: 43500 + (i % 300) },
    ]);
  }
  rows.push([
    "Итого",
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    { formula: `SUM(M4:M${n + 3})`, result: 0 },
  ]);
  return {
    name,
    rows,
    columns: [
      { width: 6, format: "integer" },
      { width: 12, format: "text" },
      { width: 40, format: "text" },
      { width: 20, format: "text" },
      { width: 8, format: "decimal" },
      { width: 6, format: "decimal" },
      { width: 6, format: "decimal" },
      { width: 6, format: "decimal" },
      { width: 6, format: "integer" },
      { width: 6, format: "integer" },
      { width: 6, format: "decimal" },
      { width: 6, format: "text" },
      { width: 14, format: "money" },
      { width: 14, format: "money" },
      { width: 12, format: "date" },
    ],
    tables: [{ name: "GszRanking", headerRow: 3, lastRow: n + 4, totalsRow: true }],
    titleRows: [1],
    freezeRows: 3,
    validations: [
      {
        firstRow: 4,
        lastRow: n + 3,
        firstCol: 12,
        lastCol: 12,
        rule: { kind: "list", values: ["да", "нет"] },
        message: "да или нет",
      },
    ],
    highlights: [
      { row: 4, col: 1 },
      { row: 4, col: 2 },
      { row: 4, col: 3 },
      { row: 5, col: 5 },
    ],
  };
}

/** A small second output (Транши). */
export function tranchesLayout(n: number): SheetLayout {
  const rows: WriteValue[][] = [["Договор", "№", "Дата", "%", "Сумма"]];
  for (let i = 1; i <= n; i++) rows.push([`Д-${i}`, 1, { date: 43600 }, 0.5, 50000]);
  return {
    name: "Транши",
    rows,
    columns: [
      { width: 10, format: "text" },
      { width: 4, format: "integer" },
      { width: 12, format: "date" },
      { width: 8, format: "percent" },
      { width: 14, format: "money" },
    ],
    tables: [{ name: "GszTranches", headerRow: 1, lastRow: n + 1 }],
  };
}
