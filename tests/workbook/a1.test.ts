import { cellRef, columnLetters, formatAddress } from "../../src/workbook/a1";

describe("A1 addresses", () => {
  it("names columns as Excel does", () => {
    expect(columnLetters(1)).toBe("A");
    expect(columnLetters(26)).toBe("Z");
    expect(columnLetters(27)).toBe("AA");
    expect(columnLetters(702)).toBe("ZZ");
    expect(columnLetters(703)).toBe("AAA");
    expect(cellRef(7, 6)).toBe("F7");
  });
  it("quotes sheet names only when Excel needs it", () => {
    expect(formatAddress({ sheet: "Заявки", row: 7, col: 6 })).toBe("Заявки!F7");
    expect(formatAddress({ sheet: "My sheet", row: 1, col: 1 })).toBe("'My sheet'!A1");
    expect(formatAddress({ sheet: "O'Brien 2", row: 2, col: 2 })).toBe("'O''Brien 2'!B2");
  });
});
