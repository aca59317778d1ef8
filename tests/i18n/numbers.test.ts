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

  it("shows date parameters as the reader writes dates: 01.04.2019 in Russian and Kyrgyz, ISO in English", () => {
    const finding: Finding = {
      rule: "payment-overdue",
      severity: "warning",
      message: "rules.payment-overdue",
      params: {
        contract: "ГСЗ-05/2019",
        tranche: 1,
        amount: "12000.00",
        date: "2019-04-01",
        asOf: "2019-09-30",
      },
    };
    expect(findingMessage(finding, "ru")).toBe(
      "Договор ГСЗ-05/2019: транш 1 (12\u00a0000,00 сом) можно было выплатить 01.04.2019, но на 30.09.2019 он не оплачен.",
    );
    expect(findingMessage(finding, "ky")).toContain("01.04.2019");
    expect(findingMessage(finding, "en")).toBe(
      "Contract ГСЗ-05/2019: tranche 1 (12,000.00 som) could be paid on 2019-04-01, but it is unpaid as of 2019-09-30.",
    );
  });
});
