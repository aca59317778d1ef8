import { tranchesCsv } from "../../../src/app/csv";
import { analyze } from "../../../src/core/analyze";
import { tranchesExportLayout, tranchesXlsxSheet } from "../../../src/taskpane/export/tranches";
import { outputLayouts } from "../../../src/workbook/render";
import { TRANCHE_COLUMNS, trancheHeaders } from "../../../src/workbook/render/tranche-columns";
import { buildInput } from "../../support/build-input";

/** One schedule with a 33.33 % tranche: every writer must show the same columns and the same percent. */
function result() {
  const input = buildInput({
    contracts: [
      { application: "A-01", number: "Д-01", amount: "150000", scheme: ["33.33", "33.33", "33.34"] },
    ],
  });
  return { input, result: analyze(input) };
}

describe("the tranche schedule's columns, declared once", () => {
  it("the CSV, the Транши sheet, the pane's workbook and its fallback sheet have the same columns", () => {
    const { input, result: r } = result();
    const headers = trancheHeaders("ru");
    expect(headers).toHaveLength(TRANCHE_COLUMNS.length);

    const csvLines = tranchesCsv(r, "ru")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(csvLines[0]?.split(";")).toEqual(headers);
    expect(csvLines[1]?.split(";")[5]).toBe("33,33");

    const sheet = outputLayouts(input, r, { lang: "ru", now: new Date(0), fingerprint: "x" }).find(
      (l) => l.name === "Транши",
    );
    const headerRow = sheet?.rows.findIndex((row) => row[0] === headers[0]) ?? -1;
    expect(sheet?.rows[headerRow]).toEqual(headers);
    expect(sheet?.columns.map((c) => c.format)).toEqual(TRANCHE_COLUMNS.map((c) => c.format));
    expect(sheet?.rows[headerRow + 1]?.[5]).toBeCloseTo(0.3333, 10);

    const book = tranchesXlsxSheet(r, "ru");
    expect(book.header).toEqual(headers);
    expect(book.rows[0]?.[5]).toEqual({ percent: 0.3333 });
    expect(book.widths).toHaveLength(TRANCHE_COLUMNS.length);

    const fallback = tranchesExportLayout(r, "ru");
    expect(fallback.rows[0]).toEqual(headers);
    expect(fallback.rows[1]?.[5]).toBeCloseTo(0.3333, 10);
    expect(fallback.columns.map((c) => c.format)).toEqual(TRANCHE_COLUMNS.map((c) => c.format));
  });

  it("writes each tranche's condition in the user's language, naming the report that releases it", () => {
    const { input, result: r } = result();
    const conditions = (lang: "ru" | "en" | "ky"): string[] =>
      tranchesCsv(r, lang)
        .replace(/^\uFEFF/, "")
        .split("\r\n")
        .slice(1, 4)
        .map((line) => line.split(";")[8] ?? "");
    expect(conditions("ru")).toEqual([
      "аванс при подписании",
      "после отчёта по траншу 1",
      "после итогового отчёта",
    ]);
    expect(conditions("ky")[1]).toBe("1-транш боюнча отчеттон кийин");
    const sheet = outputLayouts(input, r, { lang: "en", now: new Date(0), fingerprint: "x" }).find(
      (l) => l.name === "Tranches",
    );
    const texts = (sheet?.rows ?? []).map((row) => row[8]);
    expect(texts).toContain("advance on signing");
    expect(texts).toContain("after the report on tranche 1");
    expect(texts).toContain("after the final report");
  });
});
