import { analyze } from "../../../src/core/analyze";
import { LANGS } from "../../../src/i18n";
import { MemoryWorkbook } from "../../../src/workbook/memory";
import { readInput } from "../../../src/workbook/read";
import { exampleInput, inputTemplateLayouts } from "../../../src/workbook/template";

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

  it("pays the tranches on the dates of the rule: advance on the start, last on the end, off days off", () => {
    const result = analyze(exampleInput("ru"));
    expect(result.tranches.map((s) => [s.contract, s.items.map((t) => t.date)])).toEqual([
      // 1 April – 30 November 2019 (243 days), 50/30/20: the middle 122 days on, Thursday 1 August; the
      // end is a Saturday and the Monday after is outside the contract, so Friday 29 November
      ["ГСЗ-01/2019", ["2019-04-01", "2019-08-01", "2019-11-29"]],
      ["ГСЗ-02/2019", ["2019-04-01", "2019-11-29"]],
      // 1 May is Labour Day: the advance goes out on Thursday 2 May
      ["ГСЗ-03/2019", ["2019-05-02", "2019-10-31"]],
      // dates given in Договоры are used as typed
      ["ГСЗ-04/2019", ["2019-04-01", "2019-07-01", "2019-10-01"]],
      ["ГСЗ-05/2019", ["2019-04-01", "2019-11-29"]],
    ]);
    expect(result.tranches[0]?.items.map((t) => [t.condition, t.conditionParams])).toEqual([
      ["tranche-dates.condition.advance", undefined],
      ["tranche-dates.condition.after-report", { previous: 1 }],
      ["tranche-dates.condition.final-report", undefined],
    ]);
  });
});
