import { analyze } from "../../src/core/analyze";
import { TRANCHE_CONDITIONS } from "../../src/core/tranches";
import { compareFindings, RULE_IDS, type Finding } from "../../src/core/model";
import { catalogKeys } from "../../src/i18n";
import { buildInput } from "../support/build-input";

const CORE_RULES = [
  "score-out-of-range",
  "score-missing",
  "score-divergence",
  "recused-but-scored",
  "quorum-not-met",
  "tie-at-funding-line",
  "tranche-percent-sum",
  "tranche-date-outside",
];

describe("analyze", () => {
  it("the valid default input: everything funded, schedules for every contract, no core finding", () => {
    const result = analyze(buildInput());
    expect(result.ranking.map((e) => [e.application, e.place, e.status])).toEqual([
      ["A-01", 1, "funded"],
      ["A-02", 2, "funded"],
      ["A-04", 2, "funded"],
      ["A-03", 4, "funded"],
    ]);
    expect(result.tranches.map((t) => t.contract)).toEqual(["Д-01", "Д-02", "Д-03", "Д-04"]);
    expect(result.cofinancing.program.sources.grant.toFixed(2)).toBe("360000.00");
    expect(result.findings.filter((f) => CORE_RULES.includes(f.rule))).toEqual([]);
  });

  it("collects the findings of every part, sorted errors first", () => {
    const input = buildInput({
      contracts: [{ application: "A-01", number: "Д-1", amount: "100000", scheme: ["50", "40"] }],
      program: { quorum: 4 },
    });
    const { findings } = analyze(input);
    expect(findings.some((f) => f.rule === "tranche-percent-sum")).toBe(true);
    expect(findings.some((f) => f.rule === "quorum-not-met")).toBe(true);
    expect([...findings].sort(compareFindings)).toEqual(findings);
  });

  it("returns the notes of reading (input.notes) among the findings, in order", () => {
    const empty: Finding = {
      rule: "empty-row",
      severity: "info",
      address: { sheet: "Заявки", row: 6, col: 1 },
      message: "rules.empty-row",
      params: { row: 6 },
    };
    const below: Finding = {
      rule: "row-not-read",
      severity: "warning",
      address: { sheet: "Заявки", row: 12, col: 1 },
      message: "rules.row-not-read",
      params: { last: 10 },
    };
    const input = { ...buildInput(), notes: [empty, below] };
    const { findings } = analyze(input);
    expect(findings.filter((f) => f === empty || f === below)).toEqual([below, empty]);
    expect([...findings].sort(compareFindings)).toEqual(findings);
    expect(analyze(buildInput()).findings.length).toBe(findings.length - 2);
  });
});

describe("core messages", () => {
  const keys = [
    ...CORE_RULES.map((r) => `rules.${r}`),
    "rules.score-missing.no-row",
    "rules.recused-but-scored.marked",
    "rules.tie-at-funding-line.no-dates",
    "rules.tranche-percent-sum.default",
    "rules.tranche-date-outside.count",
    ...Object.values(TRANCHE_CONDITIONS),
  ];

  it.each(["ru", "en", "ky"] as const)("every key the core emits has a %s text", (lang) => {
    const known = new Set(catalogKeys(lang));
    expect(keys.filter((k) => !known.has(k))).toEqual([]);
  });

  it("the core's rule ids are rule ids of the model", () => {
    expect(CORE_RULES.filter((r) => !(RULE_IDS as readonly string[]).includes(r))).toEqual([]);
  });
});
