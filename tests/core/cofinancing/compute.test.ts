import { computeCofinancing } from "../../../src/core/cofinancing";
import { rankAndRecommend } from "../../../src/core/ranking";
import { scoreApplications } from "../../../src/core/scoring";
import { buildInput } from "../../support/build-input";

describe("computeCofinancing", () => {
  const input = buildInput({
    directions: [
      { code: "1", allocated: "120000" },
      { code: "2", allocated: "50000" },
      { code: "3", allocated: "100000" },
    ],
    applications: [
      { id: "A-01", direction: "2", grant: "40000", localBudget: "10000" },
      { id: "A-02", direction: "1", grant: "100000", community: "25000" },
      { id: "A-03", direction: "1", grant: "50000", ngo: "5000", other: "20000" },
      { id: "A-04", direction: "9", grant: "10000" },
    ],
  });
  // Scores 9 / 8 / 7 / 8: are funded; A-03 is reserve (20 000 left < 50 000);
  // A-04 names no direction of the program (ineligible). Computed inside each test, not here: code run
  // while the describe block is collected counts for no test, and mutation testing would not run these.
  const ranked = () => rankAndRecommend(input, scoreApplications(input).scores).ranking;
  const computed = () => computeCofinancing(input, ranked());

  it("per application in input order", () => {
    expect(computed().applications.map((a) => [a.application, a.total.toFixed(2)])).toEqual([
      ["A-01", "50000.00"],
      ["A-02", "125000.00"],
      ["A-03", "75000.00"],
      ["A-04", "10000.00"],
    ]);
    expect(computed().applications[0]?.shares.grant.toFixed(2)).toBe("80.00");
    expect(computed().applications[0]?.leverage?.toFixed(2)).toBe("0.25");
  });

  it("the ranking behind it: A-01 and A-02 funded, A-03 reserve, A-04 ineligible", () => {
    expect(ranked().map((e) => [e.application, e.status])).toEqual([
      ["A-01", "funded"],
      ["A-02", "funded"],
      ["A-04", "ineligible"],
      ["A-03", "reserve"],
    ]);
  });

  it("per direction over the funded applications, in program order, empty directions with zeros, unknown codes after", () => {
    expect(
      computed().directions.map((d) => [d.direction, d.sources.grant.toFixed(2), d.total.toFixed(2)]),
    ).toEqual([
      ["1", "100000.00", "125000.00"],
      ["2", "40000.00", "50000.00"],
      ["3", "0.00", "0.00"],
      ["9", "0.00", "0.00"],
    ]);
    expect(computed().directions[0]?.shares.grant.toFixed(2)).toBe("80.00");
    expect(computed().directions[0]?.leverage?.toFixed(2)).toBe("0.25");
  });

  it("the program over the funded applications: never more grant than the ranking recommends", () => {
    expect(computed().program.sources.grant.toFixed(2)).toBe("140000.00");
    expect(computed().program.total.toFixed(2)).toBe("175000.00");
    // 35 000 / 140 000
    expect(computed().program.leverage?.toFixed(2)).toBe("0.25");
  });

  it("per direction over every submitted application", () => {
    expect(
      computed().directionsSubmitted.map((d) => [
        d.direction,
        d.sources.grant.toFixed(2),
        d.total.toFixed(2),
      ]),
    ).toEqual([
      ["1", "150000.00", "200000.00"],
      ["2", "40000.00", "50000.00"],
      ["3", "0.00", "0.00"],
      ["9", "10000.00", "10000.00"],
    ]);
    const first = computed().directionsSubmitted[0];
    expect(first?.shares.grant.toFixed(2)).toBe("75.00");
    expect(first?.shares.community.toFixed(2)).toBe("12.50");
    expect(first?.shares.ngo.toFixed(2)).toBe("2.50");
    expect(first?.shares.other.toFixed(2)).toBe("10.00");
    expect(first?.leverage?.toFixed(2)).toBe("0.33");
    expect(computed().directionsSubmitted[2]?.leverage).toBeUndefined();
  });

  it("the program over every submitted application", () => {
    expect(computed().programSubmitted.total.toFixed(2)).toBe("260000.00");
    expect(computed().programSubmitted.sources.grant.toFixed(2)).toBe("200000.00");
    // 60 000 / 200 000
    expect(computed().programSubmitted.leverage?.toFixed(2)).toBe("0.30");
  });

  it("lists unknown codes once each, sorted, after the program's; a code listed twice in the program once", () => {
    const messy = buildInput({
      directions: [
        { code: "2", allocated: "50000" },
        { code: "1", allocated: "120000" },
        { code: "2", allocated: "1" },
      ],
      applications: [
        { id: "A-01", direction: "9", grant: "1000" },
        { id: "A-02", direction: "1", grant: "2000" },
        { id: "A-03", direction: "7", grant: "3000" },
        { id: "A-04", direction: "9", grant: "4000" },
      ],
    });
    const result = computeCofinancing(
      messy,
      rankAndRecommend(messy, scoreApplications(messy).scores).ranking,
    );
    expect(result.directionsSubmitted.map((d) => [d.direction, d.sources.grant.toFixed(2)])).toEqual([
      ["2", "0.00"],
      ["1", "2000.00"],
      ["7", "3000.00"],
      ["9", "5000.00"],
    ]);
    expect(result.directions.map((d) => [d.direction, d.sources.grant.toFixed(2)])).toEqual([
      ["2", "0.00"],
      ["1", "2000.00"],
      ["7", "0.00"],
      ["9", "0.00"],
    ]);
  });
});
