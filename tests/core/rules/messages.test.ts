import { analyze } from "../../../src/core/analyze";
import { RULE_IDS, compareFindings } from "../../../src/core/model";
import { checkRules } from "../../../src/core/rules";
import { catalogKeys, translate } from "../../../src/i18n";
import { rules } from "../../../src/i18n/catalogs/rules";
import {
  DEFAULT_APPLICATIONS,
  DEFAULT_DIRECTIONS,
  budgetLinesFor,
  buildInput,
  patch,
} from "../../support/build-input";

/** An input that breaks most rules at once. */
function brokenInput() {
  const applications = [
    ...patch(DEFAULT_APPLICATIONS, 0, {
      total: "1",
      start: "2018-01-01",
      grant: "130000",
      organizationType: "партия",
    }),
    { id: "A-01", direction: "9", grant: "1000", ngo: "0", end: "2020-01-01" },
  ];
  return buildInput({
    program: {
      budget: "100",
      plan: { localBudget: "1", community: "1", ngo: "999999", other: "0" },
      minCofinancingPct: "99",
      minNgoPct: "99",
      maxStaffPct: "1",
      maxAdminPct: "1",
      quorum: 9,
    },
    directions: [...DEFAULT_DIRECTIONS, { code: "1", allocated: "1" }],
    applications,
    budgetLines: [
      ...DEFAULT_APPLICATIONS.slice(0, 2).flatMap(budgetLinesFor),
      { application: "A-77", category: "other", quantity: 2, price: 3, total: "7", grant: "5" },
    ],
    contracts: [
      { application: "A-01", number: "Д-1", amount: "500000", start: "2018-06-01", end: "2018-05-01" },
      { application: "A-03", number: "Д-1", amount: "1" },
      { application: "A-88", number: "Д-3", amount: "1" },
    ],
  });
}

describe("finding messages", () => {
  it.each(RULE_IDS)("%s has a message in Russian and English", (rule) => {
    expect(catalogKeys("ru")).toContain(`rules.${rule}`);
    expect(catalogKeys("en")).toContain(`rules.${rule}`);
  });

  it("the rules catalogue has the same keys in Russian, English and Kyrgyz", () => {
    expect(Object.keys(rules.en).sort()).toEqual(Object.keys(rules.ru).sort());
    expect(Object.keys(rules.ky).sort()).toEqual(Object.keys(rules.ru).sort());
  });

  it("every text uses the same parameters in every language", () => {
    const params = (text: string | undefined) =>
      [...(text ?? "").matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(rules.ru)) {
      expect([key, params(rules.en[key])]).toEqual([key, params(rules.ru[key])]);
      expect([key, params(rules.ky[key])]).toEqual([key, params(rules.ru[key])]);
    }
  });

  it("every finding of a broken workbook translates, with every parameter filled in", () => {
    const { findings } = analyze(brokenInput());
    const raised = new Set(findings.map((f) => f.rule));
    expect(raised.size).toBeGreaterThanOrEqual(18);
    for (const finding of findings) {
      for (const lang of ["ru", "en", "ky"] as const) {
        const text = translate(lang, finding.message, finding.params);
        expect(text).not.toBe(finding.message);
        expect(text).not.toMatch(/\{\w+\}/);
      }
    }
  });
});

describe("checkRules", () => {
  it("finds nothing in the valid default workbook (neither do scoring, ranking and tranches)", () => {
    expect(analyze(buildInput()).findings).toEqual([]);
  });

  it("returns findings errors first, then by sheet, row and column", () => {
    const input = brokenInput();
    const { ranking, cofinancing, tranches } = analyze(input);
    const findings = checkRules(input, { ranking, cofinancing, tranches });
    expect(findings.length).toBeGreaterThan(10);
    expect([...findings].sort(compareFindings)).toEqual(findings);
    expect(findings[0]?.severity).toBe("error");
    expect(findings[findings.length - 1]?.severity).not.toBe("error");
  });
});
