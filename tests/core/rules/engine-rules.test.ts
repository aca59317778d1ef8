/**
 * The eight rules raised by scoring, ranking and tranches (not by checkRules), through analyze():
 * for each one input that triggers it at an exact cell and one at its boundary that does not.
 * Оценки rows: Иванова А. 2–5, Садыков Б. 6–9, Токтогулова Г. 10–13 (A-01…A-04); K1–K3 in C–E.
 */
import {
  DEFAULT_APPLICATIONS,
  DEFAULT_COMMISSION,
  DEFAULT_CRITERIA,
  DEFAULT_DIRECTIONS,
  type ContractSpec,
  type ScoreSpecCell,
  at,
  defaultScores,
  patch,
} from "../../support/build-input";
import { findingsOf } from "./helpers";

/** Default scores with Иванова А.'s K1 for A-01 replaced. */
function ivanovaK1(value: ScoreSpecCell) {
  return defaultScores(DEFAULT_COMMISSION, DEFAULT_APPLICATIONS, DEFAULT_CRITERIA, (m, a, c) =>
    m === "Иванова А." && a === "A-01" && c === "K1" ? value : undefined,
  );
}

const CONTRACTS: ContractSpec[] = DEFAULT_APPLICATIONS.map((a, i) => ({
  application: a.id,
  number: `Д-0${i + 1}`,
  amount: a.grant ?? 0,
  start: a.start,
  end: a.end,
}));

describe("score-out-of-range (scoring)", () => {
  it("fires at the score cell above the criterion's max", () => {
    expect(findingsOf("score-out-of-range", { scores: ivanovaK1("10.5") })).toMatchObject([
      { severity: "error", address: at("Оценки", 2, 3), actual: "10.5" },
    ]);
  });
  it("is silent at exactly the max", () => {
    expect(findingsOf("score-out-of-range", { scores: ivanovaK1(10) })).toEqual([]);
  });
});

describe("score-missing (scoring)", () => {
  it("fires at a blank score cell", () => {
    expect(findingsOf("score-missing", { scores: ivanovaK1("missing") })).toMatchObject([
      { severity: "warning", address: at("Оценки", 2, 3) },
    ]);
  });
  it("is silent when every cell is filled", () => {
    expect(findingsOf("score-missing")).toEqual([]);
  });
});

describe("score-divergence (scoring)", () => {
  it("fires when a criterion's spread exceeds half its max", () => {
    // 9, 9, 3: spread 6 > 5
    expect(findingsOf("score-divergence", { scores: ivanovaK1(3) })).toMatchObject([
      { severity: "warning", address: at("Оценки", 2, 3), expected: "5", actual: "6" },
    ]);
  });
  it("is silent at exactly the threshold", () => {
    expect(findingsOf("score-divergence", { scores: ivanovaK1(4) })).toEqual([]);
  });
});

describe("recused-but-scored (scoring)", () => {
  const recused = patch(DEFAULT_COMMISSION, 0, { recusedFrom: ["A-01"] });
  it("fires at each score a recused member gave anyway", () => {
    const found = findingsOf("recused-but-scored", { commission: recused });
    expect(found.map((f) => f.address)).toEqual([3, 4, 5].map((col) => at("Оценки", 2, col)));
    expect(found[0]?.severity).toBe("error");
  });
  it("is silent when the recused member's row carries recusal marks", () => {
    const scores = defaultScores(recused, DEFAULT_APPLICATIONS, DEFAULT_CRITERIA, (m, a) =>
      m === "Иванова А." && a === "A-01" ? "recused" : undefined,
    );
    expect(findingsOf("recused-but-scored", { commission: recused, scores })).toEqual([]);
  });
});

describe("quorum-not-met (scoring)", () => {
  it("fires at the application's № cell when fewer members scored than the quorum", () => {
    const found = findingsOf("quorum-not-met", { program: { quorum: 4 } });
    expect(found.map((f) => f.address)).toEqual([2, 3, 4, 5].map((row) => at("Заявки", row, 1)));
    expect(found[0]).toMatchObject({ severity: "error", expected: "4", actual: "3" });
  });
  it("is silent at exactly the quorum", () => {
    expect(findingsOf("quorum-not-met", { program: { quorum: 3 } })).toEqual([]);
  });
});

describe("tie-at-funding-line (ranking)", () => {
  // A-02 scores like A-01 (27): a tie in direction 1 for 100 000 + 120 000
  const scores = defaultScores(DEFAULT_COMMISSION, DEFAULT_APPLICATIONS, DEFAULT_CRITERIA, (_m, a) =>
    a === "A-02" ? 9 : undefined,
  );
  it("fires at both tied applications when only one of them fits", () => {
    const directions = patch(DEFAULT_DIRECTIONS, 0, { allocated: "219999.99" });
    const found = findingsOf("tie-at-funding-line", { scores, directions });
    expect(found.map((f) => [f.severity, f.address])).toEqual([
      ["error", at("Заявки", 2, 1)],
      ["error", at("Заявки", 3, 1)],
    ]);
  });
  it("is silent when the tied group fits exactly", () => {
    const directions = patch(DEFAULT_DIRECTIONS, 0, { allocated: "220000" });
    expect(findingsOf("tie-at-funding-line", { scores, directions })).toEqual([]);
  });
});

describe("tranche-percent-sum (tranches)", () => {
  it("fires at the contract's Схема траншей when it does not sum to 100", () => {
    const contracts = patch(CONTRACTS, 0, { scheme: ["50", "30", "19.99"] });
    expect(findingsOf("tranche-percent-sum", { contracts })).toMatchObject([
      { severity: "error", address: at("Договоры", 2, 7), expected: "100", actual: "99.99" },
    ]);
  });
  it("is silent for 50/30/20", () => {
    expect(
      findingsOf("tranche-percent-sum", { contracts: patch(CONTRACTS, 0, { scheme: ["50", "30", "20"] }) }),
    ).toEqual([]);
  });
});

describe("tranche-date-outside (tranches)", () => {
  it("fires at Даты траншей when a date is after the contract's end", () => {
    const contracts = patch(CONTRACTS, 0, { dates: ["2019-03-15", "2019-06-01", "2019-12-01"] });
    expect(findingsOf("tranche-date-outside", { contracts })).toMatchObject([
      { severity: "error", address: at("Договоры", 2, 8), actual: "2019-12-01" },
    ]);
  });
  it("is silent for a date on the contract's last day", () => {
    const contracts = patch(CONTRACTS, 0, { dates: ["2019-03-15", "2019-06-01", "2019-11-30"] });
    expect(findingsOf("tranche-date-outside", { contracts })).toEqual([]);
  });
});
