import { cellText } from "../../src/web/cells";

describe("a cell of an output sheet on the page", () => {
  it("shows money with 2 decimals, grouped in the reader's language", () => {
    expect(cellText(1234567.5, "money", "ru")).toBe("1\u00a0234\u00a0567,50");
    expect(cellText(1234567.5, "money", "en")).toBe("1,234,567.50");
  });

  it("shows aggregates with 4 decimals, rounded half up", () => {
    expect(cellText(12.34565, "decimal", "en")).toBe("12.3457");
    expect(cellText(85, "decimal", "ky")).toBe("85,0000");
  });

  it("shows the decimals of a column's own format: Рейтинг's totals as the sheet prints them", () => {
    expect(cellText(85, "decimal", "ru", "0.00")).toBe("85,00");
    expect(cellText(69.0357142857, "decimal", "en", "0.000")).toBe("69.036");
    // Other own formats keep the column's places: money with a space after it is still money.
    expect(cellText(125000, "money", "ru", "#,##0.00_)_)")).toBe("125\u00a0000,00");
    expect(cellText(3, "integer", "ru", "0_)_)")).toBe("3");
  });

  it("shows fractions as percent", () => {
    expect(cellText(0.6771, "percent", "en")).toBe("67.71\u00a0%");
  });

  it("shows dates as dd.mm.yyyy, whether a date value or a serial in a date column", () => {
    expect(cellText({ date: 43525 }, "text", "ru")).toBe("01.03.2019");
    expect(cellText(43525, "date", "en")).toBe("01.03.2019");
  });

  it("shows integers, text, links (as the cell's full address), formulas and empty cells as the sheet does", () => {
    expect(cellText(3, "integer", "ru")).toBe("3");
    expect(cellText("ОФ «Жаштар»", "text", "ru")).toBe("ОФ «Жаштар»");
    expect(cellText({ text: "F4", sheet: "Заявки", row: 4, col: 6 }, "text", "ru")).toBe("Заявки!F4");
    expect(cellText({ text: "B2", sheet: "Мой лист", row: 2, col: 2 }, "text", "ru")).toBe("'Мой лист'!B2");
    expect(cellText({ formula: "SUBTOTAL(109,A1:A3)", result: 1500 }, "money", "en")).toBe("1,500.00");
    expect(cellText(null, "money", "ru")).toBe("");
    expect(cellText({ error: "#REF!" }, "money", "ru")).toBe("#REF!");
  });
});
