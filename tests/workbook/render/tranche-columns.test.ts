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
});
