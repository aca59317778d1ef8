import Decimal from "decimal.js";
import { assignPlaces } from "../../../src/core/ranking";
import { aggregateScores, weightedSum } from "../../../src/core/scoring";

const d = (v: number | string): Decimal => new Decimal(v);

describe("assignPlaces", () => {
  it("exact ties share a place and the next place skips (1, 2, 2, 4)", () => {
    const total = (v: number) => aggregateScores([d(v)], "mean");
    const places = assignPlaces([
      { key: "a", total: total(5) },
      { key: "b", total: total(9) },
      { key: "c", total: total(7) },
      { key: "d", total: total(7) },
    ]);
    expect([...places.entries()].sort()).toEqual([
      ["a", 4],
      ["b", 1],
      ["c", 2],
      ["d", 2],
    ]);
  });

  it("compares means exactly: 1/3 + 2/3 ties with 1; 25/3 beats 8.3333333333333333333", () => {
    const one = d(1);
    const thirds = weightedSum([
      { weight: one, value: aggregateScores([d(0), d(0), d(1)], "mean") },
      { weight: one, value: aggregateScores([d(0), d(1), d(1)], "mean") },
    ]);
    const whole = aggregateScores([one], "mean");
    const mean = aggregateScores([d(7), d(8), d(10)], "mean");
    const rounded = aggregateScores([d("8.3333333333333333333")], "mean");
    const places = assignPlaces([
      { key: "thirds", total: thirds },
      { key: "whole", total: whole },
      { key: "mean", total: mean },
      { key: "rounded", total: rounded },
    ]);
    expect(places.get("mean")).toBe(1);
    expect(places.get("rounded")).toBe(2);
    expect(places.get("thirds")).toBe(3);
    expect(places.get("whole")).toBe(3);
  });
});
