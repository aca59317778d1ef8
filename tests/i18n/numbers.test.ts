import { formatDecimalText } from "../../src/i18n";
import { findingMessage } from "../../src/workbook/render";
import type { Finding } from "../../src/core/model";

describe("formatDecimalText", () => {
  it("writes amounts as people of each language do", () => {
    expect(formatDecimalText("160000.00", "ru")).toBe("160\u00a0000,00");
    expect(formatDecimalText("160000.00", "ky")).toBe("160\u00a0000,00");
    expect(formatDecimalText("1250000.5", "en")).toBe("1,250,000.5");
    expect(formatDecimalText("-999.99", "ru")).toBe("-999,99");
    expect(formatDecimalText("12.34", "en")).toBe("12.34");
  });

  it("leaves whole numbers, ids and text alone", () => {
    for (const text of ["2019", "1001", "A-01", "12.5.2019", "", "1e5"]) {
      expect(formatDecimalText(text, "ru")).toBe(text);
    }
  });
});

describe("findingMessage", () => {
  it("shows amount parameters in the reader's format, other parameters as they are", () => {
    const finding: Finding = {
      rule: "sources-sum-mismatch",
      severity: "error",
      message: "rules.sources-sum-mismatch",
      params: { application: "1001", stated: "1.00", sum: "160000.00" },
      expected: "160000.00",
      actual: "1.00",
    };
    const ru = findingMessage(finding, "ru");
    expect(ru).toContain("160\u00a0000,00");
    expect(ru).toContain("1001");
    expect(ru).not.toContain("160000.00");
    expect(findingMessage(finding, "en")).toContain("160,000.00");
  });
});
