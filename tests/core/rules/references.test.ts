import { DEFAULT_APPLICATIONS, DEFAULT_COMMISSION, at, buildInput, patch } from "../../support/build-input";
import { findingsIn, findingsOf } from "./helpers";

describe("direction-unknown", () => {
  it("points at the Направление cell of an application whose direction the program lacks", () => {
    const found = findingsOf("direction-unknown", {
      applications: patch(DEFAULT_APPLICATIONS, 2, { direction: "7" }),
    });
    expect(found).toEqual([
      {
        rule: "direction-unknown",
        severity: "error",
        address: at("Заявки", 4, 4),
        message: "rules.direction-unknown",
        params: { application: "A-03", direction: "7" },
        actual: "7",
      },
    ]);
  });

  it("is silent when every direction is the program's", () => {
    expect(findingsOf("direction-unknown")).toEqual([]);
  });
});

describe("application-unknown", () => {
  it("points at the № заявки cell of budget lines, contracts and score rows for unknown numbers", () => {
    const input = buildInput();
    const broken = {
      ...input,
      budgetLines: input.budgetLines.map((l, i) => (i === 1 ? { ...l, application: "A-99" } : l)),
      contracts: input.contracts.map((c, i) => (i === 3 ? { ...c, application: "A-98" } : c)),
      scores: input.scores.map((s, i) => (i === 0 ? { ...s, application: "A-97" } : s)),
    };
    const found = findingsIn("application-unknown", broken);
    expect(found.map((f) => [f.message, f.address, f.actual])).toEqual([
      ["rules.application-unknown.contract", at("Договоры", 5, 1), "A-98"],
      ["rules.application-unknown.score", at("Оценки", 2, 2), "A-97"],
      ["rules.application-unknown.budget", at("Смета", 3, 1), "A-99"],
    ]);
    expect(found.every((f) => f.severity === "error")).toBe(true);
  });

  it("is silent when every reference is on Заявки", () => {
    expect(findingsOf("application-unknown")).toEqual([]);
  });
});

describe("member-unknown", () => {
  it("points at the Член комиссии cell of a score row by someone not on Комиссия", () => {
    const commission = DEFAULT_COMMISSION.map((m, i) => (i === 2 ? { ...m, name: "Токтогулова Г.К." } : m));
    const input = buildInput();
    // the score rows keep the old spelling "Токтогулова Г." (rows 10..13 on Оценки)
    const found = findingsIn("member-unknown", {
      ...input,
      commission: buildInput({ commission }).commission,
    });
    expect(found.map((f) => f.address)).toEqual([10, 11, 12, 13].map((row) => at("Оценки", row, 1)));
    expect(found[0]).toMatchObject({
      severity: "error",
      actual: "Токтогулова Г.",
      message: "rules.member-unknown",
    });
  });

  it("is silent when every scorer is a member", () => {
    expect(findingsOf("member-unknown")).toEqual([]);
  });
});
