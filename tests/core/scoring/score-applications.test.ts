import type { Finding } from "../../../src/core/model";
import { scoreApplications } from "../../../src/core/scoring";
import { at, buildInput, type InputSpec, type ScoreSpec } from "../../support/build-input";

const app = (id: string) => ({ id, direction: "1", grant: "100000" });
const members = (...names: string[]) => names.map((name) => ({ name }));
const row = (member: string, application: string, scores: ScoreSpec["scores"]): ScoreSpec => ({
  member,
  application,
  scores,
});

function score(spec: InputSpec) {
  return scoreApplications(buildInput({ program: { quorum: undefined, ...spec.program }, ...spec }));
}
const rules = (findings: readonly Finding[]) => findings.map((f) => f.rule);

describe("scoreApplications: aggregates and totals", () => {
  it("weighted total of means in full precision, scorers and spread", () => {
    const { scores, findings } = score({
      applications: [app("A-01")],
      criteria: [
        { code: "K1", maxScore: 10 },
        { code: "K2", maxScore: 10, weight: 2 },
      ],
      commission: members("M1", "M2", "M3"),
      scores: [
        row("M1", "A-01", { K1: 7, K2: 5 }),
        row("M2", "A-01", { K1: 8, K2: 6 }),
        row("M3", "A-01", { K1: 10, K2: 7 }),
      ],
    });
    expect(findings).toEqual([]);
    const s = scores[0];
    // K1 = 25/3, K2 = 6; total = 25/3 + 12 = 61/3
    expect(s?.criteria.K1?.aggregate.toString()).toBe("8.3333333333333333333");
    expect(s?.total.toString()).toBe("20.333333333333333333");
    expect(s?.exactTotal).toMatchObject({ den: 3 });
    expect(s?.exactTotal.num.toString()).toBe("61");
    expect(s?.scorers).toBe(3);
    expect(s?.recusals).toBe(0);
    expect(s?.largestSpread.toString()).toBe("3");
    expect(s?.scored).toBe(true);
  });

  it("median and trimmed mean as the program says", () => {
    const scores = [1, 5, 6, 7, 10].map((v, i) => row(`M${i}`, "A-01", { K1: v }));
    const spec: InputSpec = {
      applications: [app("A-01")],
      criteria: [{ code: "K1", maxScore: 10 }],
      commission: members("M0", "M1", "M2", "M3", "M4"),
      scores,
    };
    expect(
      score({
        ...spec,
        program: { aggregation: "median", divergenceThreshold: 10 },
      }).scores[0]?.total.toString(),
    ).toBe("6");
    expect(
      score({
        ...spec,
        program: { aggregation: "trimmed-mean", divergenceThreshold: 10 },
      }).scores[0]?.total.toString(),
    ).toBe("6");
    expect(
      score({
        ...spec,
        program: { aggregation: "mean", divergenceThreshold: 10 },
      }).scores[0]?.total.toString(),
    ).toBe("5.8");
  });

  it("an application nobody scored has total 0 and is not scored", () => {
    const { scores } = score({
      applications: [app("A-01"), app("A-02")],
      criteria: [{ code: "K1", maxScore: 10 }],
      commission: members("M1"),
      scores: [row("M1", "A-01", { K1: 5 })],
    });
    expect(scores[1]).toMatchObject({ application: "A-02", scored: false, scorers: 0 });
    expect(scores[1]?.total.isZero()).toBe(true);
  });

  it("belowMin lists criteria under their min score, and an unscored criterion with a min", () => {
    const { scores } = score({
      applications: [app("A-01")],
      criteria: [
        { code: "K1", maxScore: 10, minScore: 5 },
        { code: "K2", maxScore: 10, minScore: 3 },
        { code: "K3", maxScore: 10, minScore: 1 },
      ],
      commission: members("M1", "M2"),
      scores: [row("M1", "A-01", { K1: 4, K2: 3, K3: "missing" }), row("M2", "A-01", { K1: 5, K2: 3 })],
    });
    // K1 = 4.5 < 5; K2 = 3 meets 3 exactly; K3 nobody scored (blank for M1, no column for M2)
    expect(scores[0]?.belowMin).toEqual(["K1", "K3"]);
  });

  it("a criterion nobody scored is below its min only when it has one", () => {
    const { scores } = score({
      applications: [app("A-01")],
      criteria: [
        { code: "K1", maxScore: 10, minScore: 5 },
        { code: "K2", maxScore: 10 },
      ],
      commission: members("M1"),
      scores: [row("M1", "A-01", { K1: 6, K2: "missing" })],
    });
    expect(scores[0]?.belowMin).toEqual([]);
    expect(scores[0]?.total.toString()).toBe("6");
  });
});

describe("scoreApplications: recusals", () => {
  it("a member recused in Комиссия counts for nothing; each number is recused-but-scored at its cell", () => {
    const { scores, findings } = score({
      applications: [app("A-01")],
      criteria: [
        { code: "K1", maxScore: 10 },
        { code: "K2", maxScore: 10 },
      ],
      commission: [{ name: "M1" }, { name: "M2", recusedFrom: ["A-01"] }, { name: "M3" }],
      scores: [
        row("M1", "A-01", { K1: 6, K2: 6 }),
        row("M2", "A-01", { K1: 10, K2: "missing" }),
        row("M3", "A-01", { K1: 8, K2: 8 }),
      ],
    });
    expect(scores[0]?.criteria.K1?.aggregate.toString()).toBe("7");
    expect(scores[0]?.scorers).toBe(2);
    expect(scores[0]?.recusals).toBe(1);
    expect(findings).toEqual([
      {
        rule: "recused-but-scored",
        severity: "error",
        address: at("Оценки", 3, 3),
        message: "rules.recused-but-scored",
        params: { application: "A-01", member: "M2", criterion: "K1", value: "10" },
        actual: "10",
      },
    ]);
  });

  it("a recusal mark in the row recuses the member from the whole application", () => {
    const { scores, findings } = score({
      applications: [app("A-01")],
      criteria: [
        { code: "K1", maxScore: 10 },
        { code: "K2", maxScore: 10 },
      ],
      commission: members("M1", "M2"),
      scores: [row("M1", "A-01", { K1: 6, K2: 6 }), row("M2", "A-01", { K1: "recused", K2: 9 })],
    });
    expect(scores[0]?.criteria.K2?.aggregate.toString()).toBe("6");
    expect(scores[0]?.recusals).toBe(1);
    expect(findings.map((f) => [f.rule, f.message, f.address])).toEqual([
      ["recused-but-scored", "rules.recused-but-scored.marked", at("Оценки", 3, 4)],
    ]);
  });

  it("a recused member's row without a criterion's column is no trouble", () => {
    const { scores, findings } = score({
      applications: [app("A-01")],
      criteria: [
        { code: "K1", maxScore: 10 },
        { code: "K2", maxScore: 10 },
      ],
      commission: [{ name: "M1" }, { name: "M2", recusedFrom: ["A-01"] }],
      scores: [row("M1", "A-01", { K1: 6, K2: 6 }), row("M2", "A-01", { K1: 9 })],
    });
    expect(scores[0]?.scorers).toBe(1);
    expect(rules(findings)).toEqual(["recused-but-scored"]);
  });

  it("recused members without a row count as recusals and are not missing", () => {
    const { scores, findings } = score({
      applications: [app("A-01")],
      criteria: [{ code: "K1", maxScore: 10 }],
      commission: [{ name: "M1" }, { name: "M2", recusedFrom: ["A-01", "A-09"] }],
      scores: [row("M1", "A-01", { K1: 6 })],
    });
    expect(scores[0]?.recusals).toBe(1);
    expect(findings).toEqual([]);
  });
});

describe("scoreApplications: findings", () => {
  it("score-out-of-range at the cell, left out of the aggregate", () => {
    const { scores, findings } = score({
      applications: [app("A-01")],
      criteria: [{ code: "K1", maxScore: 10 }],
      commission: members("M1", "M2", "M3"),
      scores: [
        row("M1", "A-01", { K1: 85 }),
        row("M2", "A-01", { K1: -1 }),
        row("M3", "A-01", { K1: "8.5" }),
      ],
    });
    expect(scores[0]?.total.toString()).toBe("8.5");
    expect(scores[0]?.scorers).toBe(1);
    expect(findings.map((f) => [f.rule, f.severity, f.address, f.expected, f.actual])).toEqual([
      ["score-out-of-range", "error", at("Оценки", 2, 3), "0..10", "85"],
      ["score-out-of-range", "error", at("Оценки", 3, 3), "0..10", "-1"],
    ]);
  });

  it("score-missing at a blank cell, and once per application for members with no row, at its № cell", () => {
    const { findings } = score({
      applications: [app("A-01"), app("A-02")],
      criteria: [
        { code: "K1", maxScore: 10 },
        { code: "K2", maxScore: 10 },
      ],
      commission: members("M1", "M2", "M3"),
      scores: [
        row("M1", "A-01", { K1: 5, K2: "missing" }),
        row("M2", "A-01", { K1: 5, K2: 5 }),
        row("M3", "A-01", { K1: 5, K2: 5 }),
        row("M1", "A-02", { K1: 5, K2: 5 }),
      ],
    });
    expect(findings).toEqual([
      {
        rule: "score-missing",
        severity: "warning",
        address: at("Оценки", 2, 4),
        message: "rules.score-missing",
        params: { application: "A-01", member: "M1", criterion: "K2" },
      },
      {
        rule: "score-missing",
        severity: "warning",
        address: at("Заявки", 3, 1),
        message: "rules.score-missing.no-row",
        params: { application: "A-02", members: "M2, M3", count: 2 },
        actual: "2",
      },
    ]);
  });

  it("score-divergence above the threshold (default half the max); exactly at it does not fire", () => {
    const spec = (high: number): InputSpec => ({
      applications: [app("A-01")],
      criteria: [{ code: "K1", maxScore: 10 }],
      commission: members("M1", "M2"),
      scores: [row("M1", "A-01", { K1: high }), row("M2", "A-01", { K1: 3 })],
    });
    expect(score(spec(8)).findings).toEqual([]);
    expect(score(spec(9)).findings).toEqual([
      {
        rule: "score-divergence",
        severity: "warning",
        // 9 and 3 are both 3 from the median 6: the first in row order (M1, row 2)
        address: at("Оценки", 2, 3),
        message: "rules.score-divergence.farthest",
        params: {
          application: "A-01",
          criterion: "K1",
          spread: "6",
          threshold: "5",
          member: "M1",
          value: "9",
        },
        expected: "5",
        actual: "6",
      },
    ]);
    expect(rules(score({ ...spec(6), program: { divergenceThreshold: 2 } }).findings)).toEqual([
      "score-divergence",
    ]);
  });

  it("score-divergence points at the score farthest from the median and names its member", () => {
    const { findings } = score({
      applications: [app("A-01")],
      criteria: [{ code: "K1", maxScore: 10 }],
      commission: members("M1", "M2", "M3", "M4"),
      // median of 7, 6, 0, 8 is 6.5: M3's 0 is 6.5 away, the others at most 1.5
      scores: [
        row("M1", "A-01", { K1: 7 }),
        row("M2", "A-01", { K1: 6 }),
        row("M3", "A-01", { K1: 0 }),
        row("M4", "A-01", { K1: 8 }),
      ],
    });
    expect(findings.map((f) => [f.address, f.params?.member, f.params?.value])).toEqual([
      [at("Оценки", 4, 3), "M3", "0"],
    ]);
  });

  it("no-scores at the № cell of an application nobody scored, when others are scored", () => {
    const { findings } = score({
      applications: [app("A-01"), app("A-02")],
      criteria: [{ code: "K1", maxScore: 10 }],
      commission: members("M1"),
      scores: [row("M1", "A-01", { K1: 4 }), row("M1", "A-02", { K1: "recused" })],
    });
    expect(findings).toEqual([
      {
        rule: "no-scores",
        severity: "error",
        address: at("Заявки", 3, 1),
        message: "rules.no-scores",
        params: { application: "A-02" },
        actual: "0",
      },
    ]);
  });

  it("quorum-not-met at the application's № cell when fewer members scored than the quorum", () => {
    const { findings } = score({
      program: { quorum: 3 },
      applications: [app("A-01")],
      criteria: [{ code: "K1", maxScore: 10 }],
      commission: [{ name: "M1" }, { name: "M2" }, { name: "M3", recusedFrom: ["A-01"] }],
      scores: [row("M1", "A-01", { K1: 5 }), row("M2", "A-01", { K1: 5 })],
    });
    const exactly = score({
      program: { quorum: 2 },
      applications: [app("A-01")],
      criteria: [{ code: "K1", maxScore: 10 }],
      commission: members("M1", "M2"),
      scores: [row("M1", "A-01", { K1: 5 }), row("M2", "A-01", { K1: 5 })],
    });
    expect(exactly.findings).toEqual([]);
    expect(exactly.scores[0]?.quorumMet).toBe(true);
    expect(findings).toEqual([
      {
        rule: "quorum-not-met",
        severity: "error",
        address: at("Заявки", 2, 1),
        message: "rules.quorum-not-met",
        params: { application: "A-01", scorers: 2, quorum: "3" },
        expected: "3",
        actual: "2",
      },
    ]);
  });

  it("an empty Оценки sheet: ONE no-scores error at its header, nothing per application", () => {
    const input = buildInput({
      program: { quorum: 3 },
      applications: [app("A-01"), app("A-02"), app("A-03")],
      commission: members("M1"),
      scores: [],
    });
    const { scores, findings } = scoreApplications({ ...input, scoresAt: at("Оценки", 3, 1) });
    expect(findings).toEqual([
      {
        rule: "no-scores",
        severity: "error",
        address: at("Оценки", 3, 1),
        message: "rules.no-scores.program",
        params: { applications: 3 },
        actual: "0",
      },
    ]);
    expect(scores[0]?.quorumMet).toBe(false);
  });

  it("ignores rows for applications not in Заявки", () => {
    const { scores, findings } = score({
      applications: [app("A-01")],
      criteria: [{ code: "K1", maxScore: 10 }],
      commission: members("M1"),
      scores: [row("M1", "A-01", { K1: 4 }), row("M1", "Z-99", { K1: 99 })],
    });
    expect(scores.map((s) => s.application)).toEqual(["A-01"]);
    expect(findings).toEqual([]);
  });
});
