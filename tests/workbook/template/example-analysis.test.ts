import { analyze } from "../../../src/core/analyze";
import { LANGS } from "../../../src/i18n";
import { MemoryWorkbook } from "../../../src/workbook/memory";
import { readInput } from "../../../src/workbook/read";
import { inputTemplateLayouts } from "../../../src/workbook/template";

describe("the example program", () => {
  it.each(LANGS)("(%s) gives no error or warning, and funds 1, 2, 4, 6, 7", async (lang) => {
    const read = await readInput(MemoryWorkbook.fromLayouts(inputTemplateLayouts(lang, true)), { lang });
    if (!read.input) throw new Error(JSON.stringify(read.problems));
    const result = analyze(read.input);
    const serious = result.findings.filter((f) => f.severity !== "info");
    expect(
      serious.map(
        (f) =>
          `${f.rule} ${f.address?.sheet ?? ""}!${f.address?.row ?? ""}:${f.address?.col ?? ""} ${f.actual ?? ""}`,
      ),
    ).toEqual([]);
    const funded = result.ranking.filter((r) => r.status === "funded").map((r) => r.application);
    expect([...funded].sort()).toEqual(["1", "2", "4", "6", "7"]);
    const reserve = result.ranking.filter((r) => r.status === "reserve").map((r) => r.application);
    expect([...reserve].sort()).toEqual(["3", "8", "9"]);
    expect(result.ranking.find((r) => r.application === "5")?.status).toBe("below-pass");
    expect(result.tranches).toHaveLength(5);
  });
});
