import { passes, rankAndRecommend } from "../../../src/core/ranking";
import { scoreApplications } from "../../../src/core/scoring";
import type { GszInput } from "../../../src/core/model";
import type { ApplicationScore } from "../../../src/core/scoring";
import { fraction } from "../../../src/core/scoring/fraction";
import Decimal from "decimal.js";
import {
  at,
  buildInput,
  type ApplicationSpec,
  type InputSpec,
  type ProgramSpec,
} from "../../support/build-input";

interface Bid {
  id: string;
  grant: string;
  score?: number | string;
  direction?: string;
  type?: string;
  submitted?: string;
}

/** One member, one criterion scored 0–100: each application's total is its `score`. */
function input(bids: readonly Bid[], program: ProgramSpec = {}, extra: InputSpec = {}): GszInput {
  const applications: ApplicationSpec[] = bids.map((b) => ({
    id: b.id,
    direction: b.direction ?? "1",
    grant: b.grant,
    organizationType: b.type ?? "ОФ",
    submitted: b.submitted,
  }));
  return buildInput({
    program: { passScore: undefined, quorum: undefined, ...program },
    directions: [
      { code: "1", allocated: "250000" },
      { code: "2", allocated: "100000", maxPerProject: "60000" },
    ],
    applications,
    criteria: [{ code: "K1", maxScore: 100 }],
    commission: [{ name: "M1" }],
    scores: bids.flatMap((b) =>
      b.score === undefined ? [] : [{ member: "M1", application: b.id, scores: { K1: b.score } }],
    ),
    ...extra,
  });
}

function run(data: GszInput) {
  return rankAndRecommend(data, scoreApplications(data).scores);
}
const table = (data: GszInput) =>
  run(data).ranking.map((e) => [e.application, e.place, e.status, e.recommended.toFixed(2)]);

describe("rankAndRecommend: places", () => {
  it("one place over the whole program; exact ties share it (1, 2, 2, 4); unscored has none", () => {
    const data = input([
      { id: "A-1", grant: "10", score: 70 },
      { id: "A-2", grant: "10", score: 90, direction: "2" },
      { id: "A-3", grant: "10", score: 70, direction: "2" },
      { id: "A-4", grant: "10", score: 60 },
      { id: "A-5", grant: "10", score: 80 },
      { id: "A-6", grant: "10" },
    ]);
    expect(run(data).ranking.map((e) => [e.application, e.place])).toEqual([
      ["A-2", 1],
      ["A-5", 2],
      ["A-1", 3],
      ["A-3", 3],
      ["A-4", 5],
      ["A-6", undefined],
    ]);
  });

  it("carries the score figures into the entry", () => {
    const entry = run(input([{ id: "A-1", grant: "1000", score: 42 }])).ranking[0];
    expect(entry).toMatchObject({
      application: "A-1",
      direction: "1",
      scorers: 1,
      recusals: 0,
      passes: true,
    });
    expect(entry?.total.toString()).toBe("42");
    expect(entry?.criteria.K1?.toString()).toBe("42");
    expect(entry?.requested.toFixed(2)).toBe("1000.00");
  });
});

describe("rankAndRecommend: recommendation within a direction", () => {
  it("funds in order of place while the allocation covers the request; a smaller later one that fits is funded", () => {
    const data = input([
      { id: "A-1", grant: "200000", score: 90 },
      { id: "A-2", grant: "100000", score: 80 },
      { id: "A-3", grant: "50000", score: 70 },
      { id: "A-4", grant: "1", score: 60 },
    ]);
    expect(table(data)).toEqual([
      ["A-1", 1, "funded", "200000.00"],
      ["A-2", 2, "reserve", "0.00"],
      ["A-3", 3, "funded", "50000.00"],
      ["A-4", 4, "reserve", "0.00"],
    ]);
    expect(run(data).findings).toEqual([]);
  });

  it("directions are funded separately from their own allocation", () => {
    const data = input([
      { id: "A-1", grant: "250000", score: 50 },
      { id: "A-2", grant: "60000", score: 90, direction: "2" },
      { id: "A-3", grant: "50000", score: 80, direction: "2" },
    ]);
    expect(table(data)).toEqual([
      ["A-2", 1, "funded", "60000.00"],
      ["A-3", 2, "reserve", "0.00"],
      ["A-1", 3, "funded", "250000.00"],
    ]);
  });

  it("a tie that fits as a whole is funded; one where nobody fits is reserve, without a finding", () => {
    const fits = input([
      { id: "A-1", grant: "100000", score: 90 },
      { id: "A-2", grant: "75000", score: 80 },
      { id: "A-3", grant: "75000", score: 80 },
    ]);
    expect(table(fits).map((r) => r[2])).toEqual(["funded", "funded", "funded"]);
    const none = input([
      { id: "A-1", grant: "200000", score: 90 },
      { id: "A-2", grant: "60000", score: 80 },
      { id: "A-3", grant: "70000", score: 80 },
      { id: "A-4", grant: "50000", score: 70 },
    ]);
    expect(table(none).map((r) => r[2])).toEqual(["funded", "reserve", "reserve", "funded"]);
    expect(run(none).findings).toEqual([]);
  });

  it("a tie where only one member fits on its own is not a straddle: that one is funded", () => {
    const data = input([
      { id: "A-1", grant: "150000", score: 90 },
      { id: "A-2", grant: "80000", score: 80 },
      { id: "A-3", grant: "120000", score: 80 },
      { id: "A-4", grant: "20000", score: 70 },
    ]);
    expect(table(data).map((r) => [r[0], r[2]])).toEqual([
      ["A-1", "funded"],
      ["A-2", "funded"],
      ["A-3", "reserve"],
      ["A-4", "funded"],
    ]);
    expect(run(data).findings).toEqual([]);
  });

  it("only the tied members that could be funded are flagged", () => {
    const data = input([
      { id: "A-1", grant: "150000", score: 90 },
      { id: "A-2", grant: "60000", score: 80 },
      { id: "A-3", grant: "70000", score: 80 },
      { id: "A-4", grant: "200000", score: 80 },
    ]);
    const { ranking, findings } = run(data);
    expect(ranking.map((e) => e.status)).toEqual(["funded", "reserve", "reserve", "reserve"]);
    expect(findings.map((f) => [f.params?.application, f.params?.tiedWith])).toEqual([
      ["A-2", "A-3"],
      ["A-3", "A-2"],
    ]);
  });

  it("a tie straddling the funding line is not broken: both reserve, tie-at-funding-line, funding stops", () => {
    const data = input([
      { id: "A-1", grant: "150000", score: 90 },
      { id: "A-2", grant: "80000", score: 80 },
      { id: "A-3", grant: "90000", score: 80 },
      { id: "A-4", grant: "5000", score: 70 },
    ]);
    const { ranking, findings } = run(data);
    expect(ranking.map((e) => [e.application, e.status])).toEqual([
      ["A-1", "funded"],
      ["A-2", "reserve"],
      ["A-3", "reserve"],
      ["A-4", "reserve"],
    ]);
    expect(findings).toEqual([
      {
        rule: "tie-at-funding-line",
        severity: "error",
        address: at("Заявки", 3, 1),
        message: "rules.tie-at-funding-line",
        params: { application: "A-2", direction: "1", total: "80.00", tiedWith: "A-3" },
        actual: "80.00",
      },
      {
        rule: "tie-at-funding-line",
        severity: "error",
        address: at("Заявки", 4, 1),
        message: "rules.tie-at-funding-line",
        params: { application: "A-3", direction: "1", total: "80.00", tiedWith: "A-2" },
        actual: "80.00",
      },
    ]);
  });

  it("with tie-break earlier submission the earlier application wins the straddling tie", () => {
    const data = input(
      [
        { id: "A-1", grant: "150000", score: 90, submitted: "2019-02-01" },
        { id: "A-2", grant: "80000", score: 80, submitted: "2019-02-05" },
        { id: "A-3", grant: "90000", score: 80, submitted: "2019-02-03" },
        { id: "A-4", grant: "5000", score: 70, submitted: "2019-02-09" },
      ],
      { tieBreak: "earlier-submission" },
    );
    expect(table(data).map((r) => [r[0], r[2]])).toEqual([
      ["A-1", "funded"],
      ["A-2", "reserve"],
      ["A-3", "funded"],
      ["A-4", "funded"],
    ]);
    expect(run(data).findings).toEqual([]);
  });

  it("earlier submission with a date missing (or equal dates) still flags the tie", () => {
    const missing = input(
      [
        { id: "A-1", grant: "150000", score: 90 },
        { id: "A-2", grant: "80000", score: 80, submitted: "2019-02-05" },
        { id: "A-3", grant: "90000", score: 80 },
      ],
      { tieBreak: "earlier-submission" },
    );
    expect(run(missing).findings.map((f) => [f.rule, f.message])).toEqual([
      ["tie-at-funding-line", "rules.tie-at-funding-line.no-dates"],
      ["tie-at-funding-line", "rules.tie-at-funding-line.no-dates"],
    ]);
    const sameDay = input(
      [
        { id: "A-1", grant: "150000", score: 90 },
        { id: "A-2", grant: "80000", score: 80, submitted: "2019-02-05" },
        { id: "A-3", grant: "90000", score: 80, submitted: "2019-02-05" },
      ],
      { tieBreak: "earlier-submission" },
    );
    expect(run(sameDay).findings.map((f) => f.message)).toEqual([
      "rules.tie-at-funding-line",
      "rules.tie-at-funding-line",
    ]);
  });
});

describe("rankAndRecommend: statuses", () => {
  it("ineligible: a religious organization, an unknown direction, over the max per project", () => {
    const data = input([
      { id: "A-1", grant: "1000", score: 90, type: "Религиозное объединение" },
      { id: "A-2", grant: "1000", score: 80, direction: "7" },
      { id: "A-3", grant: "60000.01", score: 70, direction: "2" },
      { id: "A-4", grant: "60000", score: 60, direction: "2" },
    ]);
    expect(table(data)).toEqual([
      ["A-1", 1, "ineligible", "0.00"],
      ["A-2", 2, "ineligible", "0.00"],
      ["A-3", 3, "ineligible", "0.00"],
      ["A-4", 4, "funded", "60000.00"],
    ]);
  });

  it("below-pass: under the pass score, under a criterion's min score, quorum not met; never scored is not-scored", () => {
    const passScore = input(
      [
        { id: "A-1", grant: "1000", score: 50 },
        { id: "A-2", grant: "1000", score: "49.99" },
        { id: "A-3", grant: "1000" },
      ],
      { passScore: "50" },
    );
    expect(table(passScore).map((r) => [r[0], r[2]])).toEqual([
      ["A-1", "funded"],
      ["A-2", "below-pass"],
      ["A-3", "not-scored"],
    ]);
    // An application without a place has no place key at all (the JSON leaves it out).
    expect(run(passScore).ranking.map((e) => "place" in e)).toEqual([true, true, false]);
    const minScore = input(
      [{ id: "A-1", grant: "1000", score: 30 }],
      {},
      {
        criteria: [{ code: "K1", maxScore: 100, minScore: 31 }],
      },
    );
    expect(table(minScore)[0]?.[2]).toBe("below-pass");
    const quorum = input([{ id: "A-1", grant: "1000", score: 90 }], { quorum: 2 });
    expect(table(quorum)[0]?.[2]).toBe("below-pass");
  });
});

describe("a direction code listed twice", () => {
  it("is judged and funded by its first row", () => {
    const twice = input(
      [{ id: "A-1", grant: "60000", score: 90 }],
      {},
      {
        directions: [
          { code: "1", allocated: "100000", maxPerProject: "50000" },
          { code: "1", allocated: "900000" },
        ],
      },
    );
    expect(table(twice)).toEqual([["A-1", 1, "ineligible", "0.00"]]);
    const fits = input(
      [
        { id: "A-1", grant: "60000", score: 90 },
        { id: "A-2", grant: "60000", score: 80 },
      ],
      {},
      {
        directions: [
          { code: "1", allocated: "100000" },
          { code: "1", allocated: "900000" },
        ],
      },
    );
    expect(table(fits).map((r) => r[2])).toEqual(["funded", "reserve"]);
  });
});

describe("passes", () => {
  const score = {
    scored: true,
    quorumMet: true,
    belowMin: [],
    exactTotal: fraction(50),
  } as unknown as ApplicationScore;

  it("needs a score, scored, the quorum, every min score and the pass score", () => {
    expect(passes(score, undefined)).toBe(true);
    expect(passes(score, new Decimal(50))).toBe(true);
    expect(passes(score, new Decimal("50.01"))).toBe(false);
    expect(passes(undefined, undefined)).toBe(false);
    expect(passes({ ...score, scored: false }, undefined)).toBe(false);
    expect(passes({ ...score, quorumMet: false }, undefined)).toBe(false);
    expect(passes({ ...score, belowMin: ["K1"] }, undefined)).toBe(false);
  });
});
