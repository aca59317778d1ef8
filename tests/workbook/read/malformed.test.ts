import { translate } from "../../../src/i18n";
import { formatAddress } from "../../../src/workbook/a1";
import { MemoryWorkbook } from "../../../src/workbook/memory";
import { readInput } from "../../../src/workbook/read";
import { minimalSheets } from "../../fixtures/example";
import { MALFORMED } from "../../fixtures/malformed";

describe("the malformed-input corpus", () => {
  it("is large and covers every input sheet", () => {
    expect(MALFORMED.length).toBeGreaterThanOrEqual(55);
    const sheets = new Set(MALFORMED.map((c) => c.expected.cell.split("!")[0]));
    for (const name of ["Договоры", "Заявки", "Комиссия", "Критерии", "Оценки", "Программа", "Смета"]) {
      expect(sheets).toContain(name);
    }
    expect(new Set(MALFORMED.map((c) => c.name)).size).toBe(MALFORMED.length);
  });

  it("starts from a workbook that reads without problems", async () => {
    const read = await readInput(MemoryWorkbook.fromSheets(minimalSheets()));
    expect(read.problems).toEqual([]);
  });

  it.each(MALFORMED.map((c) => [c.name, c] as const))(
    "%s: a problem at exactly that cell",
    async (_name, c) => {
      const read = await readInput(MemoryWorkbook.fromSheets(c.sheets));
      expect(read.input).toBeUndefined();
      const at = read.problems.filter((p) => formatAddress(p.address) === c.expected.cell);
      expect(at.map((p) => p.message)).toContain(c.expected.key ?? at[0]?.message);
      for (const problem of read.problems) {
        const ru = translate("ru", problem.message, problem.params);
        const en = translate("en", problem.message, problem.params);
        expect(ru).not.toBe(problem.message);
        expect(en).not.toBe(problem.message);
        expect(ru).not.toBe(en);
        expect(ru).not.toMatch(/\{\w+\}/);
        expect(en).not.toMatch(/\{\w+\}/);
      }
    },
  );
});
