import { analyze } from "../../../src/core/analyze";
import { LANGS } from "../../../src/i18n";
import { MemoryWorkbook } from "../../../src/workbook/memory";
import { readInput } from "../../../src/workbook/read";
import Decimal from "decimal.js";
import type { Aggregation, GszInput, ScoreRow } from "../../../src/core/model";
import { memberTotal } from "../../../src/workbook/render/charts/spread";
import {
  EXAMPLE_APPLICATIONS,
  EXAMPLE_CRITERIA,
  EXAMPLE_MEMBERS,
  exampleInput,
  inputTemplateLayouts,
} from "../../../src/workbook/template";
import { scoreOffset } from "../../../src/workbook/template/example-scores";

/** The example with every member scoring by the even dealing alone (base + 0, +1 or −1 by turns). */
function evenlyDealt(input: GszInput): GszInput {
  const scores = input.scores.map((row): ScoreRow => {
    const app = EXAMPLE_APPLICATIONS.find((a) => String(a.id) === row.application);
    const member = EXAMPLE_MEMBERS.findIndex((m) => m.name.ru === row.member);
    const cells = Object.fromEntries(
      EXAMPLE_CRITERIA.map((c, k) => {
        const cell = row.scores[c.code];
        const even = new Decimal((app?.scores[k] ?? NaN) + scoreOffset(member, k));
        return [c.code, cell?.kind === "number" ? { kind: "number" as const, value: even } : cell];
      }),
    );
    return { ...row, scores: cells as ScoreRow["scores"] };
  });
  return { ...input, scores };
}

function withAggregation(input: GszInput, aggregation: Aggregation): GszInput {
  return { ...input, program: { ...input.program, aggregation } };
}

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

  it("deals each criterion's scores to other members than the even dealing, keeping every aggregate", () => {
    const input = exampleInput("ru");
    const even = evenlyDealt(input);
    const list = (rows: readonly ScoreRow[], app: string, code: string): string[] =>
      rows
        .filter((r) => r.application === app)
        .map((r) => r.scores[code])
        .map((c) => (c?.kind === "number" ? c.value.toString() : (c?.kind ?? "")))
        .sort();
    let moved = 0;
    for (const app of EXAMPLE_APPLICATIONS)
      for (const c of EXAMPLE_CRITERIA) {
        expect(list(input.scores, String(app.id), c.code)).toEqual(list(even.scores, String(app.id), c.code));
        moved += input.scores.filter(
          (r, i) =>
            r.application === String(app.id) &&
            JSON.stringify(r.scores[c.code]) !== JSON.stringify(even.scores[i]?.scores[c.code]),
        ).length;
      }
    expect(moved).toBeGreaterThan(0);
    for (const method of ["mean", "median", "trimmed-mean"] as const) {
      const real = analyze(withAggregation(input, method));
      const dealt = analyze(withAggregation(even, method));
      const figures = (r: typeof real): unknown =>
        r.ranking.map((e) => [
          e.application,
          e.place,
          e.status,
          e.total.toString(),
          e.largestSpread.toString(),
          e.criteria,
        ]);
      expect(figures(real)).toEqual(figures(dealt));
      expect(real.findings.map((f) => f.rule)).toEqual(dealt.findings.map((f) => f.rule));
    }
  });

  it("has members' totals that part on every application but 4 and 8, where the commission agreed", () => {
    const input = exampleInput("en");
    const parting = EXAMPLE_APPLICATIONS.map((a) => String(a.id)).filter((app) => {
      const totals = input.scores
        .filter((r) => r.application === app)
        .flatMap((r) => memberTotal(r, input.criteria)?.toString() ?? []);
      return new Set(totals).size > 1;
    });
    expect(parting).toEqual(["1", "2", "3", "5", "6", "7", "9"]);
  });
});
