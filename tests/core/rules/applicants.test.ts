import {
  DEFAULT_APPLICATIONS,
  DEFAULT_COMMISSION,
  DEFAULT_CRITERIA,
  DEFAULT_DIRECTIONS,
  at,
  buildInput,
  patch,
} from "../../support/build-input";
import { findingsIn, findingsOf } from "./helpers";

describe("ineligible-applicant", () => {
  it("points at Вид организации of a trade union", () => {
    const found = findingsOf("ineligible-applicant", {
      applications: patch(DEFAULT_APPLICATIONS, 1, {
        organization: "Профсоюз работников образования",
        organizationType: "профсоюз",
      }),
    });
    expect(found).toEqual([
      {
        rule: "ineligible-applicant",
        severity: "error",
        address: at("Заявки", 3, 3),
        message: "rules.ineligible-applicant",
        params: { application: "A-02", organization: "Профсоюз работников образования", type: "профсоюз" },
        actual: "профсоюз",
      },
    ]);
  });

  it("is silent for NGO forms, including ones that merely look alike (партнёрство)", () => {
    const applications = patch(DEFAULT_APPLICATIONS, 1, { organizationType: "Некоммерческое партнёрство" });
    expect(findingsOf("ineligible-applicant", { applications })).toEqual([]);
  });
});

describe("duplicate-id", () => {
  it("points at the repeated application number, however it is spelt", () => {
    const found = findingsOf("duplicate-id", {
      applications: patch(DEFAULT_APPLICATIONS, 2, { id: " a-01" }),
    });
    // (each member's scores for " a-01" now repeat their scores for A-01 as well: duplicate-id.score)
    expect(found.filter((f) => f.address?.sheet === "Заявки")).toEqual([
      {
        rule: "duplicate-id",
        severity: "error",
        address: at("Заявки", 4, 1),
        message: "rules.duplicate-id.application",
        params: { id: " a-01", firstRow: 2 },
        actual: " a-01",
      },
    ]);
  });

  it("points at repeated contract numbers, criterion codes, direction codes, members and score rows", () => {
    const input = buildInput({
      directions: patch(DEFAULT_DIRECTIONS, 2, { code: "1" }),
      criteria: patch(DEFAULT_CRITERIA, 2, { code: "K1" }),
    });
    const lastScore = input.scores[input.scores.length - 1];
    const broken = {
      ...input,
      commission: buildInput({ commission: patch(DEFAULT_COMMISSION, 2, { name: "Иванова А." }) }).commission,
      contracts: input.contracts.map((c, i) => (i === 1 ? { ...c, number: "Д-01" } : c)),
      scores: lastScore
        ? [...input.scores, { ...lastScore, cells: { application: at("Оценки", 14, 2) } }]
        : [],
    };
    const found = findingsIn("duplicate-id", broken);
    expect(found.map((f) => [f.message, f.address])).toEqual([
      ["rules.duplicate-id.contract", at("Договоры", 3, 2)],
      ["rules.duplicate-id.member", at("Комиссия", 4, 1)],
      ["rules.duplicate-id.criterion", at("Критерии", 4, 1)],
      ["rules.duplicate-id.score", at("Оценки", 14, 2)],
      ["rules.duplicate-id.direction", at("Программа", 31, 1)],
    ]);
  });

  it("is silent when every number differs (A-1 is not A-01)", () => {
    expect(findingsOf("duplicate-id")).toEqual([]);
    expect(
      findingsOf("duplicate-id", { applications: patch(DEFAULT_APPLICATIONS, 2, { id: "A-1" }) }),
    ).toEqual([]);
  });
});
