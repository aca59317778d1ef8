import Decimal from "decimal.js";
import { analyze } from "../../../src/core/analyze";
import { checkRules } from "../../../src/core/rules";
import {
  DEFAULT_APPLICATIONS,
  DEFAULT_DIRECTIONS,
  type ApplicationSpec,
  type ContractSpec,
  at,
  buildInput,
  patch,
} from "../../support/build-input";
import { findingsOf } from "./helpers";

/** A fifth application in direction 2 (50 000 allocated, taken by A-03): it scores lower, so reserve. */
const A05: ApplicationSpec = { id: "A-05", direction: "2", grant: "40000", localBudget: "6000", ngo: "4000" };
const APPLICATIONS = [...DEFAULT_APPLICATIONS, A05];
const CONTRACTS: ContractSpec[] = APPLICATIONS.map((a, i) => ({
  application: a.id,
  number: `Д-0${i + 1}`,
  amount: a.grant ?? 0,
}));

describe("direction-over-allocation", () => {
  it("points at the contract with which a direction's contracts go over its Выделено", () => {
    const found = findingsOf("direction-over-allocation", {
      applications: APPLICATIONS,
      contracts: CONTRACTS,
    });
    expect(found).toEqual([
      {
        rule: "direction-over-allocation",
        severity: "error",
        address: at("Договоры", 6, 4),
        message: "rules.direction-over-allocation",
        params: { direction: "2", contract: "Д-05", allocated: "50000.00", total: "90000.00" },
        expected: "50000.00",
        actual: "90000.00",
      },
    ]);
  });

  it("points at the FIRST contract that crosses the allocation, not a later one still over it", () => {
    const A06: ApplicationSpec = { id: "A-06", direction: "2", grant: "5000", localBudget: "600" };
    const applications = [...APPLICATIONS, A06];
    const contracts: ContractSpec[] = applications.map((a, i) => ({
      application: a.id,
      number: `Д-0${i + 1}`,
      amount: a.grant ?? 0,
    }));
    const found = findingsOf("direction-over-allocation", { applications, contracts });
    expect(found).toHaveLength(1);
    expect(found[0]?.address).toEqual(at("Договоры", 6, 4));
    expect(found[0]?.params).toMatchObject({ contract: "Д-05", total: "95000.00" });
  });

  it("is silent when the contracts use exactly the allocation", () => {
    const directions = patch(DEFAULT_DIRECTIONS, 1, { allocated: "90000" });
    const input = {
      applications: APPLICATIONS,
      contracts: CONTRACTS,
      directions,
      program: { budget: "440000" },
    };
    expect(findingsOf("direction-over-allocation", input)).toEqual([]);
    expect(findingsOf("contract-not-recommended", input)).toEqual([]);
  });

  it("flags recommended amounts over the allocation at the direction's Выделено cell (safety net)", () => {
    const input = buildInput();
    const { ranking, cofinancing, tranches } = analyze(input);
    const inflated = ranking.map((e) =>
      e.application === "A-03" ? { ...e, recommended: new Decimal("50000.01") } : e,
    );
    const found = checkRules(input, { ranking: inflated, cofinancing, tranches }).filter(
      (f) => f.rule === "direction-over-allocation",
    );
    expect(found).toMatchObject([
      {
        address: at("Программа", 30, 3),
        message: "rules.direction-over-allocation.recommended",
        actual: "50000.01",
      },
    ]);
    expect(checkRules(input, { ranking, cofinancing, tranches })).toEqual([]);
  });
});

describe("program-over-budget", () => {
  it("points at Бюджет программы when the directions' allocations exceed it", () => {
    expect(findingsOf("program-over-budget", { program: { budget: "399999.99" } })).toEqual([
      {
        rule: "program-over-budget",
        severity: "error",
        address: at("Программа", 7, 2),
        message: "rules.program-over-budget",
        params: { budget: "399999.99", total: "400000.00" },
        expected: "399999.99",
        actual: "400000.00",
      },
    ]);
  });

  it("points at the contract with which the contracts go over the budget", () => {
    const found = findingsOf("program-over-budget", { program: { budget: "359999.99" } });
    expect(found.map((f) => [f.message, f.address, f.expected, f.actual])).toEqual([
      ["rules.program-over-budget.contracts", at("Договоры", 5, 4), "359999.99", "360000.00"],
      ["rules.program-over-budget", at("Программа", 7, 2), "359999.99", "400000.00"],
    ]);
  });

  it("is silent at exactly the budget (allocations 400 000 of 400 000; contracts 360 000 of 360 000)", () => {
    expect(findingsOf("program-over-budget")).toEqual([]);
    const contractsOnly = findingsOf("program-over-budget", { program: { budget: "360000" } });
    expect(contractsOnly.map((f) => f.message)).toEqual(["rules.program-over-budget"]);
  });
});
