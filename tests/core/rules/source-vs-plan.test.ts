import { PILOTS_2013_2015 } from "../../fixtures/pilots-2013-2015";
import { DEFAULT_APPLICATIONS, type ApplicationSpec, at } from "../../support/build-input";
import { findingsOf } from "./helpers";

// Default applications: local budget 75 000, community 18 000, NGO 36 000, other 2 000.

describe("source-vs-plan", () => {
  it("warns at the plan cell when a source falls short of the plan", () => {
    expect(findingsOf("source-vs-plan", { program: { plan: { localBudget: "75000.01" } } })).toEqual([
      {
        rule: "source-vs-plan",
        severity: "warning",
        address: at("Программа", 8, 2),
        message: "rules.source-vs-plan.localBudget",
        params: { source: "localBudget", plan: "75000.01", total: "75000.00", applications: 4 },
        expected: "75000.01",
        actual: "75000.00",
      },
    ]);
  });

  it("warns when the local budget goes above plan, notes other sources above plan", () => {
    const found = findingsOf("source-vs-plan", {
      program: { plan: { localBudget: "74999.99", community: "17999.99", ngo: "36000", other: "2000.01" } },
    });
    expect(found.map((f) => [f.severity, f.message, f.address])).toEqual([
      ["warning", "rules.source-vs-plan.localBudget.above", at("Программа", 8, 2)],
      ["warning", "rules.source-vs-plan.other", at("Программа", 11, 2)],
      ["info", "rules.source-vs-plan.community.above", at("Программа", 9, 2)],
    ]);
  });

  it("is silent at exactly the plan and for sources without a plan", () => {
    const plan = { localBudget: "75000", community: "18000", ngo: "36000", other: "2000" };
    expect(findingsOf("source-vs-plan", { program: { plan } })).toEqual([]);
    expect(findingsOf("source-vs-plan")).toEqual([]);
  });

  it("counts only funded applications once the commission has scored", () => {
    const reserve: ApplicationSpec = {
      id: "A-05",
      direction: "2",
      grant: "40000",
      localBudget: "6000",
      ngo: "4000",
    };
    const applications = [...DEFAULT_APPLICATIONS, reserve];
    const program = { plan: { localBudget: "75000" } };
    expect(findingsOf("source-vs-plan", { applications, program, contracts: [] })).toEqual([]);
    // before scoring every application counts
    const unscored = findingsOf("source-vs-plan", { applications, program, contracts: [], scores: [] });
    expect(unscored).toMatchObject([{ actual: "81000.00", params: { applications: 5 } }]);
  });

  it("seed: the 11 pilots of 2013–2015 against a plan of 1 460 000 som of local budget", () => {
    const applications: ApplicationSpec[] = PILOTS_2013_2015.map((p, i) => ({
      id: `P-${String(i + 1).padStart(2, "0")}`,
      organization: `НКО (${p.municipality})`,
      direction: "1",
      grant: p.grant,
      localBudget: p.localBudget,
      community: p.community,
      ngo: p.ngo,
      total: p.total,
    }));
    const spec = {
      program: {
        budget: "11000000",
        plan: { localBudget: "1460000" },
        minCofinancingPct: undefined,
        minNgoPct: undefined,
      },
      directions: [{ code: "1", allocated: "11000000" }],
      applications,
      budgetLines: [],
      contracts: [],
    };
    const expected = {
      rule: "source-vs-plan",
      severity: "warning",
      address: at("Программа", 8, 2),
      message: "rules.source-vs-plan.localBudget.above",
      expected: "1460000.00",
      actual: "1625850.00",
    };
    // nobody scored: all eleven count; everyone scored and funded: the same eleven
    expect(findingsOf("source-vs-plan", { ...spec, scores: [] })).toMatchObject([expected]);
    expect(findingsOf("source-vs-plan", spec)).toMatchObject([expected]);
    // the table's Итого column agrees with its sources
    expect(findingsOf("sources-sum-mismatch", spec)).toEqual([]);
  });
});

describe("source-vs-plan before any application", () => {
  it("is silent while Заявки is empty", () => {
    const empty = { applications: [], budgetLines: [], contracts: [], scores: [] };
    expect(findingsOf("source-vs-plan", { ...empty, program: { plan: { localBudget: "1000" } } })).toEqual(
      [],
    );
  });
});
