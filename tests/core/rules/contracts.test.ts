import Decimal from "decimal.js";
import { analyze } from "../../../src/core/analyze";
import { checkRules } from "../../../src/core/rules";
import {
  DEFAULT_APPLICATIONS,
  type ApplicationSpec,
  type ContractSpec,
  at,
  buildInput,
} from "../../support/build-input";
import { findingsOf } from "./helpers";

const CONTRACTS: ContractSpec[] = DEFAULT_APPLICATIONS.map((a, i) => ({
  application: a.id,
  number: `Д-0${i + 1}`,
  amount: a.grant ?? 0,
}));

describe("contract-not-recommended", () => {
  it("points at the № заявки of a contract for a reserve application", () => {
    const reserve: ApplicationSpec = {
      id: "A-05",
      direction: "2",
      grant: "40000",
      localBudget: "6000",
      ngo: "4000",
    };
    const found = findingsOf("contract-not-recommended", {
      applications: [...DEFAULT_APPLICATIONS, reserve],
      contracts: [...CONTRACTS, { application: "A-05", number: "Д-05", amount: "40000" }],
    });
    expect(found).toEqual([
      {
        rule: "contract-not-recommended",
        severity: "error",
        address: at("Договоры", 6, 1),
        message: "rules.contract-not-recommended",
        params: { contract: "Д-05", application: "A-05", status: "reserve" },
        expected: "funded",
        actual: "reserve",
      },
    ]);
  });

  it("flags every contract when nobody has scored, and is silent for funded applications", () => {
    expect(findingsOf("contract-not-recommended", { scores: [] })).toHaveLength(4);
    expect(findingsOf("contract-not-recommended")).toEqual([]);
  });
});

describe("contract-over-request", () => {
  it("points at the Сумма гранта of a contract above the requested grant", () => {
    const found = findingsOf("contract-over-request", {
      contracts: CONTRACTS.map((c, i) => (i === 1 ? { ...c, amount: "120000.01" } : c)),
    });
    expect(found).toEqual([
      {
        rule: "contract-over-request",
        severity: "error",
        address: at("Договоры", 3, 4),
        message: "rules.contract-over-request",
        params: { contract: "Д-02", application: "A-02", limit: "120000.00", amount: "120000.01" },
        expected: "120000.00",
        actual: "120000.01",
      },
    ]);
  });

  it("adds up several contracts for one application and points at the one that goes over", () => {
    const split = [
      ...CONTRACTS.slice(1),
      { application: "A-01", number: "Д-01", amount: "60000" },
      { application: "A-01", number: "Д-01/2", amount: "40000" },
    ];
    expect(findingsOf("contract-over-request", { contracts: split })).toEqual([]);
    const over = findingsOf("contract-over-request", {
      contracts: [...split, { application: "A-01", number: "Д-01/3", amount: "0.01" }],
    });
    expect(over).toMatchObject([
      { address: at("Договоры", 7, 4), actual: "100000.01", expected: "100000.00" },
    ]);
  });

  it("is silent at exactly the request", () => {
    expect(findingsOf("contract-over-request", { contracts: CONTRACTS })).toEqual([]);
  });

  it("compares with the recommended amount when a funded application is recommended less", () => {
    const input = buildInput();
    const { ranking, cofinancing, tranches } = analyze(input);
    const partial = ranking.map((e) =>
      e.application === "A-01" ? { ...e, recommended: new Decimal("90000") } : e,
    );
    const found = checkRules(input, { ranking: partial, cofinancing, tranches }).filter(
      (f) => f.rule === "contract-over-request",
    );
    expect(found).toMatchObject([
      {
        address: at("Договоры", 2, 4),
        message: "rules.contract-over-request.recommended",
        expected: "90000.00",
      },
    ]);
  });
});
