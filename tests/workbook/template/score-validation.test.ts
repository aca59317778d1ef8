import path from "node:path";
import ExcelJS from "exceljs";
import { inputTemplateLayouts } from "../../../src/workbook/template";
import { scoreCellFormula } from "../../../src/workbook/template/score-validation";
import { tempDir } from "../../adapters/exceljs/helpers";
import { recalculatedSheets } from "../../adapters/exceljs/libreoffice";
import { itWith } from "../../support/external-tools";

describe("score-cell validation of the Оценки template", () => {
  it("puts a formula rule on every criterion column, with the criterion's maximum in the example", () => {
    for (const example of [false, true]) {
      const scores = inputTemplateLayouts("ru", example).find((l) => l.name === "Оценки");
      const custom = (scores?.validations ?? []).filter((v) => v.rule.kind === "custom");
      expect(custom.length).toBeGreaterThanOrEqual(5);
      const first = custom[0];
      expect(first?.firstCol).toBe(3);
      expect(first?.rule).toEqual({
        kind: "custom",
        formula: scoreCellFormula(4, 3, example ? 20 : undefined),
      });
      expect(first?.message).toContain(example ? "20" : "0");
    }
  });

  itWith("libreoffice")(
    "accepts numbers in range and recusal marks, refuses the rest, in a real spreadsheet engine",
    async () => {
      const cases: [ExcelJS.CellValue, boolean][] = [
        [8, true],
        [0, true],
        [20, true],
        [20.5, false],
        [-1, false],
        ["отвод", true],
        ["  ОТВОД ", true],
        ["конфликт интересов", true],
        ["x", true],
        ["recused", true],
        ["abc", false],
        ["*", false],
        ["8", false],
      ];
      const tmp = tempDir("gsz-dv-");
      try {
        const book = new ExcelJS.Workbook();
        const ws = book.addWorksheet("Оценки");
        cases.forEach(([value], i) => {
          const row = 4 + i;
          ws.getCell(row, 3).value = value;
          ws.getCell(row, 4).value = { formula: scoreCellFormula(row, 3, 20) };
        });
        const file = path.join(tmp.dir, "dv.xlsx");
        await book.xlsx.writeFile(file);
        const rows = recalculatedSheets(file, tmp.dir).get("Оценки") ?? [];
        const verdicts = cases.map((_, i) => (rows[3 + i]?.[3] ?? "").toUpperCase());
        expect(verdicts).toEqual(cases.map(([, ok]) => (ok ? "TRUE" : "FALSE")));
      } finally {
        tmp.cleanup();
      }
    },
  );
});
