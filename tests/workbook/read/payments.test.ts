import Decimal from "decimal.js";
import type { CellValue } from "../../../src/workbook/port";
import { parseInput } from "../../../src/workbook/read";
import { minimalSheets, type Sheets } from "../../fixtures/example";

const HEADER: CellValue[] = ["№ договора", "№ транша", "Дата платежа", "Сумма", "№ платёжного поручения"];

function withPayments(rows: CellValue[][], header: CellValue[] = HEADER, name = "Платежи"): Sheets {
  return { ...minimalSheets(), [name]: [["Платежи по договорам"], [], header, ...rows] };
}

function parse(sheets: Sheets) {
  const names = Object.keys(sheets);
  return parseInput(
    names,
    names.map((name) => ({ name, values: sheets[name] ?? [] })),
  );
}

describe("Платежи", () => {
  it("is optional: a workbook without it reads with no payments", () => {
    const read = parse(minimalSheets());
    expect(read.problems).toEqual([]);
    expect(read.input?.payments).toBeUndefined();
  });

  it("reads each payment with its cells, as people type money and dates", () => {
    const read = parse(
      withPayments([
        ["ГСЗ-01/2019", 1, "02.04.2019", "62 500,00", "п/п 114"],
        ["ГСЗ-01/2019", "2", 43656, 20000.5, null],
      ]),
    );
    expect(read.problems).toEqual([]);
    const payments = read.input?.payments ?? [];
    expect(payments.map((p) => [p.contract, p.tranche, p.date, p.amount.toFixed(2), p.order])).toEqual([
      ["ГСЗ-01/2019", 1, "2019-04-02", "62500.00", "п/п 114"],
      ["ГСЗ-01/2019", 2, "2019-07-10", "20000.50", ""],
    ]);
    expect(payments[0]?.amount).toBeInstanceOf(Decimal);
    expect(payments[1]?.cells.amount).toEqual({ sheet: "Платежи", row: 5, col: 4 });
    expect(payments[0]?.cells.order).toEqual({ sheet: "Платежи", row: 4, col: 5 });
  });

  it("finds the English sheet and headers, in another column order", () => {
    const read = parse(
      withPayments(
        [["Д-1", "2019-04-02", 1, "1000"]],
        ["Contract", "Payment date", "Tranche", "Amount"],
        "Payments",
      ),
    );
    expect(read.problems).toEqual([]);
    expect(read.input?.payments?.map((p) => [p.contract, p.tranche, p.date])).toEqual([
      ["Д-1", 1, "2019-04-02"],
    ]);
  });

  it("makes every bad cell a problem at that cell, never a zero", () => {
    const read = parse(
      withPayments([
        ["Д-1", "1.5", "02.04.2019", "1000"],
        ["Д-1", 1, "31.02.2019", "1000"],
        ["Д-1", 1, "02.04.2019", "тысяча"],
        ["Д-1", 1, "02.04.2019", "-5"],
        [null, 1, "02.04.2019", "5"],
      ]),
    );
    expect(read.input).toBeUndefined();
    expect(read.problems.map((p) => [p.address.row, p.address.col, p.message])).toEqual([
      [4, 2, "workbook.cell.integer"],
      [5, 3, "workbook.cell.dateInvalid"],
      [6, 4, "workbook.cell.money"],
      [7, 4, "workbook.cell.moneyNegative"],
      [8, 1, "workbook.cell.required"],
    ]);
    expect(read.problems.every((p) => p.address.sheet === "Платежи")).toBe(true);
  });

  it("a missing required column is a problem naming the sheet's header row", () => {
    const read = parse(withPayments([["Д-1", 1, "1000"]], ["№ договора", "№ транша", "Сумма"]));
    expect(read.input).toBeUndefined();
    expect(read.problems.map((p) => [p.address.sheet, p.address.row, p.params?.["column"]])).toEqual([
      ["Платежи", 3, "Дата платежа"],
    ]);
  });

  it("skips and notes an empty row and a totals row, and reads on below them", () => {
    const read = parse(
      withPayments([
        ["Д-1", 1, "02.04.2019", "1000"],
        [],
        ["Д-1", 2, "02.07.2019", "500"],
        ["Итого", null, null, "1500"],
        ["Д-2", 1, "03.07.2019", "700"],
      ]),
    );
    expect(read.problems).toEqual([]);
    expect(read.input?.payments?.map((p) => p.amount.toFixed(2))).toEqual(["1000.00", "500.00", "700.00"]);
    expect(read.input?.notes?.map((n) => [n.rule, n.address?.sheet, n.address?.row])).toEqual([
      ["empty-row", "Платежи", 5],
      ["totals-row", "Платежи", 7],
    ]);
  });
});
