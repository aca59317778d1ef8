import { scheduleContracts } from "../../../src/core/tranches";
import { at, buildInput, DEFAULT_APPLICATIONS } from "../../support/build-input";

const oneApplication = DEFAULT_APPLICATIONS.slice(0, 1);

describe("scheduleContracts", () => {
  it("uses the program's default scheme and rounding, and names the organization", () => {
    const input = buildInput({
      applications: oneApplication,
      contracts: [
        { application: "A-01", number: "Д-7", amount: "100000", start: "2019-03-15", end: "2019-11-30" },
      ],
    });
    const { schedules, findings } = scheduleContracts(input);
    expect(findings).toEqual([]);
    expect(schedules).toHaveLength(1);
    const schedule = schedules[0];
    expect(schedule?.contract).toBe("Д-7");
    expect(schedule?.organization).toBe('ОФ "Мээрим"');
    expect(schedule?.items.map((t) => [t.date, t.amount.toFixed(2)])).toEqual([
      ["2019-03-15", "50000.00"],
      ["2019-07-23", "30000.00"],
      ["2019-11-29", "20000.00"],
    ]);
  });

  it("computed dates avoid the program's non-working days", () => {
    const input = buildInput({
      program: { nonWorkingDays: ["2019-03-15", "2019-07-23"] },
      applications: oneApplication,
      contracts: [
        { application: "A-01", number: "Д-7", amount: "100000", start: "2019-03-15", end: "2019-11-30" },
      ],
    });
    expect(scheduleContracts(input).schedules[0]?.items.map((t) => t.date)).toEqual([
      "2019-03-18",
      "2019-07-24",
      "2019-11-29",
    ]);
  });

  it("a contract's own scheme overrides the default; whole-som rounding from the program", () => {
    const input = buildInput({
      program: { trancheRounding: "1" },
      applications: oneApplication,
      contracts: [
        { application: "A-01", number: "Д-1", amount: "100000.50", scheme: ["33.33", "33.33", "33.34"] },
      ],
    });
    const { schedules } = scheduleContracts(input);
    expect(schedules[0]?.items.map((t) => t.amount.toFixed(2))).toEqual(["33330.00", "33330.00", "33340.50"]);
  });

  it("tranche-percent-sum at the contract's scheme cell; the contract gets no schedule", () => {
    const input = buildInput({
      applications: oneApplication,
      contracts: [{ application: "A-01", number: "Д-1", amount: "1000", scheme: ["60", "30"] }],
    });
    const { schedules, findings } = scheduleContracts(input);
    expect(schedules).toEqual([]);
    expect(findings).toEqual([
      {
        rule: "tranche-percent-sum",
        severity: "error",
        address: at("Договоры", 2, 7),
        message: "rules.tranche-percent-sum",
        params: { contract: "Д-1", sum: "90" },
        expected: "100",
        actual: "90",
      },
    ]);
  });

  it("tranche-percent-sum at the program's Схема траншей cell when the default is wrong", () => {
    const input = buildInput({
      program: { trancheScheme: ["50", "30"] },
      applications: oneApplication,
      contracts: [
        { application: "A-01", number: "Д-1", amount: "1000" },
        { application: "A-01", number: "Д-2", amount: "1000", scheme: ["100"] },
      ],
    });
    const { schedules, findings } = scheduleContracts(input);
    expect(schedules.map((s) => s.contract)).toEqual(["Д-2"]);
    expect(findings.map((f) => [f.rule, f.message, f.address])).toEqual([
      ["tranche-percent-sum", "rules.tranche-percent-sum.default", at("Программа", 21, 2)],
    ]);
  });

  it("tranche-date-outside for each given date outside the contract, at the dates cell", () => {
    const input = buildInput({
      applications: oneApplication,
      contracts: [
        {
          application: "A-01",
          number: "Д-1",
          amount: "1000",
          start: "2019-03-15",
          end: "2019-11-30",
          dates: ["2019-03-15", "2019-12-02", "2019-11-30"],
        },
      ],
    });
    const { schedules, findings } = scheduleContracts(input);
    expect(schedules[0]?.items.map((t) => t.date)).toEqual(["2019-03-15", "2019-12-02", "2019-11-30"]);
    expect(findings).toEqual([
      {
        rule: "tranche-date-outside",
        severity: "error",
        address: at("Договоры", 2, 8),
        message: "rules.tranche-date-outside",
        params: { contract: "Д-1", n: 2, date: "2019-12-02", start: "2019-03-15", end: "2019-11-30" },
        expected: "2019-03-15..2019-11-30",
        actual: "2019-12-02",
      },
    ]);
  });

  it("a count of given dates other than the tranches: tranche-date-outside (count), computed dates", () => {
    const input = buildInput({
      applications: oneApplication,
      contracts: [
        { application: "A-01", number: "Д-1", amount: "1000", dates: ["2019-04-01", "2019-06-03"] },
      ],
    });
    const { schedules, findings } = scheduleContracts(input);
    expect(schedules[0]?.items.map((t) => t.date)).toEqual(["2019-03-15", "2019-07-23", "2019-11-29"]);
    expect(findings).toEqual([
      {
        rule: "tranche-date-outside",
        severity: "error",
        address: at("Договоры", 2, 8),
        message: "rules.tranche-date-outside.count",
        params: { contract: "Д-1", expected: 3, actual: 2 },
        expected: "3",
        actual: "2",
      },
    ]);
  });

  it("a date one day before the start is outside too", () => {
    const input = buildInput({
      applications: oneApplication,
      contracts: [
        {
          application: "A-01",
          number: "Д-1",
          amount: "1000",
          start: "2019-03-15",
          end: "2019-11-30",
          dates: ["2019-03-14", "2019-06-01", "2019-11-30"],
        },
      ],
    });
    expect(scheduleContracts(input).findings.map((f) => f.actual)).toEqual(["2019-03-14"]);
  });

  it("a contract whose period cannot be read gets no schedule; one for an unknown application no organization", () => {
    const input = buildInput({
      applications: oneApplication,
      contracts: [
        { application: "A-01", number: "Д-1", amount: "1000", start: "2019-13-01", end: "2019-11-30" },
        { application: "A-99", number: "Д-2", amount: "1000" },
      ],
    });
    const { schedules } = scheduleContracts(input);
    expect(schedules.map((s) => [s.contract, s.organization])).toEqual([["Д-2", ""]]);
  });
});
