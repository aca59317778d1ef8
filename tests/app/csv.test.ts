import Decimal from "decimal.js";
import { decimalComma, neutralise, quoteField } from "../../src/app/csv";
import { isoToDotted } from "../../src/workbook/cells/dates";

describe("CSV details", () => {
  it.each([
    ["=1+2", "'=1+2"],
    ["+7 700", "'+7 700"],
    ["-сумма", "'-сумма"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tскрыто", "'\tскрыто"],
    ["\rскрыто", "'\rскрыто"],
    ["ОФ «Жаштар»", "ОФ «Жаштар»"],
    ["", ""],
  ])("neutralises text a spreadsheet would run: %j", (text, expected) => {
    expect(neutralise(text)).toBe(expected);
  });

  it("quotes fields holding the separator, quotes or line breaks", () => {
    expect(quoteField("a;b")).toBe('"a;b"');
    expect(quoteField('ОО "Келечек"')).toBe('"ОО ""Келечек"""');
    expect(quoteField("two\r\nlines")).toBe('"two\r\nlines"');
    expect(quoteField("plain")).toBe("plain");
  });

  it("writes decimals with a comma, half-up, and dates as dd.mm.yyyy", () => {
    expect(decimalComma(new Decimal("125000"), 2)).toBe("125000,00");
    expect(decimalComma(new Decimal("33.335"), 2)).toBe("33,34");
    expect(isoToDotted("2019-03-01")).toBe("01.03.2019");
  });
});
