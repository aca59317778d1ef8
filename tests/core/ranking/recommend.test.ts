import Decimal from "decimal.js";
import { bySource, type Application } from "../../../src/core/model";
import { compareIds, recommendInDirection, type Candidate } from "../../../src/core/ranking/recommend";
import { fraction } from "../../../src/core/scoring/fraction";

const d = (v: number | string): Decimal => new Decimal(v);

/** An application of `grant` som with the total `num / den`, submitted on `submitted` if given. */
function candidate(id: string, grant: number, num: number, den = 1, submitted?: string): Candidate {
  const application: Application = {
    id,
    organization: `ОФ ${id}`,
    organizationType: "ОФ",
    direction: "1",
    project: "",
    sources: bySource((key) => d(key === "grant" ? grant : 0)),
    ...(submitted ? { submitted } : {}),
    cells: {},
  };
  return { application, total: fraction(num, den) };
}

const ids = (set: ReadonlySet<string>): string[] => [...set].sort(compareIds);

describe("recommendInDirection", () => {
  it("goes best first whatever the order it is given, and tells apart totals with different denominators", () => {
    // Totals 7/3 (2.33…), 5/2, 2: in that order 100 + 60 fit in 170, 50 does not.
    const given = [candidate("A-3", 50, 2), candidate("A-1", 100, 5, 2), candidate("A-2", 60, 7, 3)];
    const outcome = recommendInDirection(given, d(170), "none");
    expect(ids(outcome.funded)).toEqual(["A-1", "A-2"]);
    expect(outcome.left.get("A-3")?.toString()).toBe("10");
    expect(outcome.stoppedAt).toEqual([]);
  });

  it("funds a whole tie that fits; a tie that does not fit stops funding and names the others", () => {
    const tie = [candidate("A-2", 60, 8), candidate("A-1", 60, 8), candidate("A-3", 10, 5)];
    expect(ids(recommendInDirection(tie, d(120), "none").funded)).toEqual(["A-1", "A-2"]);
    const short = recommendInDirection(tie, d(100), "none");
    expect(ids(short.funded)).toEqual([]);
    expect(short.straddling.map((s) => [s.application.id, s.tiedWith])).toEqual([
      ["A-1", ["A-2"]],
      ["A-2", ["A-1"]],
    ]);
    expect(short.stoppedAt).toEqual(["A-1", "A-2"]);
    expect(short.left.has("A-3")).toBe(false);
  });

  it("breaks a tie by the earlier submission when every member has a date; equal dates stay tied", () => {
    const dated = [
      candidate("A-1", 60, 8, 1, "2019-02-03"),
      candidate("A-2", 60, 8, 1, "2019-02-01"),
      candidate("A-3", 60, 8, 1, "2019-02-01"),
    ];
    expect(ids(recommendInDirection(dated, d(130), "earlier-submission").funded)).toEqual(["A-2", "A-3"]);
    const sameDay = recommendInDirection(dated, d(100), "earlier-submission");
    expect(sameDay.stoppedAt).toEqual(["A-2", "A-3"]);
    expect(sameDay.straddling.every((s) => !s.datesMissing)).toBe(true);
    const undated = [candidate("A-1", 60, 8, 1, "2019-02-03"), candidate("A-2", 60, 8)];
    const missing = recommendInDirection(undated, d(100), "earlier-submission");
    expect(missing.stoppedAt).toEqual(["A-1", "A-2"]);
    expect(missing.straddling.every((s) => s.datesMissing)).toBe(true);
    // A later date that sorts first as text would be a code-unit order: dates are ISO, so text order is date order.
    const apart = [candidate("A-1", 60, 8, 1, "2019-12-01"), candidate("A-2", 60, 8, 1, "2019-02-01")];
    expect(ids(recommendInDirection(apart, d(100), "earlier-submission").funded)).toEqual(["A-2"]);
  });
});

describe("compareIds", () => {
  it("orders application numbers naturally, and by code unit where the collator sees no difference", () => {
    expect(["A-10", "A-2", "A-1"].sort(compareIds)).toEqual(["A-1", "A-2", "A-10"]);
    expect(compareIds("A-01", "A-1")).not.toBe(0);
    expect(Math.sign(compareIds("A-01", "A-1"))).toBe(-Math.sign(compareIds("A-1", "A-01")));
    expect(compareIds("A-1", "A-1")).toBe(0);
  });
});
