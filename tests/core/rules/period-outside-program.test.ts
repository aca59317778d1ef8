import { DEFAULT_APPLICATIONS, type ContractSpec, at, patch } from "../../support/build-input";
import { findingsOf } from "./helpers";

const CONTRACTS: ContractSpec[] = DEFAULT_APPLICATIONS.map((a, i) => ({
  application: a.id,
  number: `Д-0${i + 1}`,
  amount: a.grant ?? 0,
  start: a.start,
  end: a.end,
}));

describe("period-outside-program", () => {
  it("points at an application's Начало before the program and Окончание after it", () => {
    const found = findingsOf("period-outside-program", {
      applications: patch(DEFAULT_APPLICATIONS, 0, { start: "2018-12-31", end: "2020-01-01" }),
      contracts: CONTRACTS,
    });
    expect(found).toEqual([
      {
        rule: "period-outside-program",
        severity: "error",
        address: at("Заявки", 2, 12),
        message: "rules.period-outside-program.application.start",
        params: {
          application: "A-01",
          programStart: "2019-01-01",
          programEnd: "2019-12-31",
          date: "2018-12-31",
        },
        expected: "2019-01-01",
        actual: "2018-12-31",
      },
      {
        rule: "period-outside-program",
        severity: "error",
        address: at("Заявки", 2, 13),
        message: "rules.period-outside-program.application.end",
        params: {
          application: "A-01",
          programStart: "2019-01-01",
          programEnd: "2019-12-31",
          date: "2020-01-01",
        },
        expected: "2019-12-31",
        actual: "2020-01-01",
      },
    ]);
  });

  it("points at a contract's dates, and at the end when it comes before the start", () => {
    const contracts = CONTRACTS.map((c, i) =>
      i === 2
        ? { ...c, start: "2018-12-01", end: "2020-02-01" }
        : i === 3
          ? { ...c, start: "2019-06-01", end: "2019-05-31" }
          : c,
    );
    const found = findingsOf("period-outside-program", { contracts });
    expect(found.map((f) => [f.message, f.address])).toEqual([
      ["rules.period-outside-program.contract.start", at("Договоры", 4, 5)],
      ["rules.period-outside-program.contract.end", at("Договоры", 4, 6)],
      ["rules.period-outside-program.contract.order", at("Договоры", 5, 6)],
    ]);
  });

  it("points at the program's Окончание when it is before its Начало", () => {
    const found = findingsOf("period-outside-program", {
      program: { start: "2019-01-01", end: "2018-12-31" },
      applications: DEFAULT_APPLICATIONS.map((a) => ({ ...a, start: undefined, end: undefined })),
      contracts: [],
    });
    expect(found).toMatchObject([
      { address: at("Программа", 6, 2), message: "rules.period-outside-program.program" },
    ]);
  });

  it("is silent for periods that touch the program's first and last day", () => {
    const applications = patch(DEFAULT_APPLICATIONS, 0, { start: "2019-01-01", end: "2019-12-31" });
    const contracts = CONTRACTS.map((c, i) =>
      i === 0 ? { ...c, start: "2019-01-01", end: "2019-12-31" } : c,
    );
    expect(findingsOf("period-outside-program", { applications, contracts })).toEqual([]);
  });
});
