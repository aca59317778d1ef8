import { rankAndRecommend } from "../../../src/core/ranking";
import { scoreApplications } from "../../../src/core/scoring";
import type { GszInput } from "../../../src/core/model";
import { buildInput, type ProgramSpec } from "../../support/build-input";

interface Bid {
  id: string;
  grant: string;
  score?: number | string;
  direction?: string;
  type?: string;
}

/** One member, one criterion scored 0–100: each application's total is its `score`. */
function input(bids: readonly Bid[], program: ProgramSpec = {}): GszInput {
  return buildInput({
    program: { passScore: undefined, quorum: undefined, ...program },
    directions: [
      { code: "1", allocated: "250000" },
      { code: "2", allocated: "100000", maxPerProject: "60000" },
    ],
    applications: bids.map((b) => ({
      id: b.id,
      direction: b.direction ?? "1",
      grant: b.grant,
      organizationType: b.type ?? "ОФ",
    })),
    criteria: [{ code: "K1", maxScore: 100 }],
    commission: [{ name: "M1" }],
    scores: bids.flatMap((b) =>
      b.score === undefined ? [] : [{ member: "M1", application: b.id, scores: { K1: b.score } }],
    ),
  });
}

const reasons = (data: GszInput) =>
  rankAndRecommend(data, scoreApplications(data).scores).ranking.map((e) => [
    e.application,
    e.status,
    e.reason,
  ]);

describe("ranking reasons", () => {
  it("funded with what was left; reserve: left < requested", () => {
    const data = input([
      { id: "A-1", grant: "157000", score: 90 },
      { id: "A-2", grant: "100000", score: 80 },
    ]);
    expect(reasons(data)).toEqual([
      [
        "A-1",
        "funded",
        {
          key: "ranking.reason.funded",
          params: { direction: "1", requested: "157000.00", left: "250000.00" },
        },
      ],
      [
        "A-2",
        "reserve",
        {
          key: "ranking.reason.reserve.left",
          params: { direction: "1", left: "93000.00", requested: "100000.00" },
        },
      ],
    ]);
  });

  it("a tie at the funding line names the others; below it funding stopped at that tie", () => {
    const data = input([
      { id: "A-1", grant: "150000", score: 90 },
      { id: "A-2", grant: "80000", score: 80 },
      { id: "A-3", grant: "90000", score: 80 },
      { id: "A-4", grant: "5000", score: 70 },
    ]);
    expect(reasons(data).slice(1)).toEqual([
      [
        "A-2",
        "reserve",
        { key: "ranking.reason.reserve.tie", params: { direction: "1", total: "80.00", tiedWith: "A-3" } },
      ],
      [
        "A-3",
        "reserve",
        { key: "ranking.reason.reserve.tie", params: { direction: "1", total: "80.00", tiedWith: "A-2" } },
      ],
      [
        "A-4",
        "reserve",
        { key: "ranking.reason.reserve.stopped", params: { direction: "1", tied: "A-2, A-3" } },
      ],
    ]);
  });

  it("a tie of three names the other two; one that did not fit before the tie keeps its own reason", () => {
    const data = input([
      { id: "A-0", grant: "300000", score: 95 },
      { id: "A-1", grant: "100000", score: 80 },
      { id: "A-2", grant: "100000", score: 80 },
      { id: "A-3", grant: "100000", score: 80 },
    ]);
    const ranked = rankAndRecommend(data, scoreApplications(data).scores);
    expect(ranked.ranking.map((e) => [e.application, e.reason])).toEqual([
      [
        "A-0",
        {
          key: "ranking.reason.reserve.left",
          params: { direction: "1", left: "250000.00", requested: "300000.00" },
        },
      ],
      [
        "A-1",
        {
          key: "ranking.reason.reserve.tie",
          params: { direction: "1", total: "80.00", tiedWith: "A-2, A-3" },
        },
      ],
      [
        "A-2",
        {
          key: "ranking.reason.reserve.tie",
          params: { direction: "1", total: "80.00", tiedWith: "A-1, A-3" },
        },
      ],
      [
        "A-3",
        {
          key: "ranking.reason.reserve.tie",
          params: { direction: "1", total: "80.00", tiedWith: "A-1, A-2" },
        },
      ],
    ]);
    const ties = ranked.findings.filter((f) => f.rule === "tie-at-funding-line");
    expect(ties.map((f) => f.params?.["tiedWith"])).toEqual(["A-2, A-3", "A-1, A-3", "A-1, A-2"]);
  });

  it("below the pass score with the total as the ranking shows it; not scored", () => {
    const data = input(
      [
        { id: "A-1", grant: "1000", score: "50.004" },
        { id: "A-2", grant: "1000", score: "49.996" },
        { id: "A-3", grant: "1000" },
      ],
      { passScore: "50" },
    );
    expect(reasons(data)).toEqual([
      [
        "A-1",
        "funded",
        { key: "ranking.reason.funded", params: { direction: "1", requested: "1000.00", left: "250000.00" } },
      ],
      // 50.004 and 49.996 both show as 50.00 with 2 decimals: the ranking needs 3.
      [
        "A-2",
        "below-pass",
        { key: "ranking.reason.below-pass.score", params: { total: "49.996", pass: "50" } },
      ],
      ["A-3", "not-scored", { key: "ranking.reason.not-scored", params: {} }],
    ]);
  });

  it("below the pass: quorum, min score", () => {
    const quorum = input([{ id: "A-1", grant: "1000", score: 90 }], { quorum: 2 });
    expect(reasons(quorum)[0]?.[2]).toEqual({
      key: "ranking.reason.below-pass.quorum",
      params: { scorers: 1, quorum: 2 },
    });
    const minScores = buildInput({
      program: { passScore: undefined, quorum: undefined },
      directions: [{ code: "1", allocated: "250000" }],
      applications: [{ id: "A-1", direction: "1", grant: "1000", organizationType: "ОФ" }],
      criteria: [
        { code: "K1", maxScore: 10, minScore: 5 },
        { code: "K2", maxScore: 10 },
        { code: "K3", maxScore: 10, minScore: 3 },
      ],
      commission: [{ name: "M1" }],
      scores: [{ member: "M1", application: "A-1", scores: { K1: 4, K2: 10, K3: 2 } }],
    });
    expect(reasons(minScores)[0]?.slice(1)).toEqual([
      "below-pass",
      { key: "ranking.reason.below-pass.min", params: { criteria: "K1, K3" } },
    ]);
  });

  it("ineligible: organization type, unknown direction, over the max per project", () => {
    const data = input([
      { id: "A-1", grant: "1000", score: 90, type: "Религиозное объединение" },
      { id: "A-2", grant: "1000", score: 80, direction: "7" },
      { id: "A-3", grant: "60000.01", score: 70, direction: "2" },
    ]);
    expect(reasons(data).map((r) => r[2])).toEqual([
      { key: "ranking.reason.ineligible.type", params: { type: "Религиозное объединение" } },
      { key: "ranking.reason.ineligible.direction", params: { direction: "7" } },
      { key: "ranking.reason.ineligible.cap", params: { requested: "60000.01", max: "60000.00" } },
    ]);
  });
});
