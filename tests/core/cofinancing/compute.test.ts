import { computeCofinancing } from "../../../src/core/cofinancing";
import { buildInput } from "../../support/build-input";

describe("computeCofinancing", () => {
  const input = buildInput({
    directions: [
      { code: "1", allocated: "250000" },
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
  const result = computeCofinancing(input);

  it("per application in input order", () => {
    expect(result.applications.map((a) => [a.application, a.total.toFixed(2)])).toEqual([
      ["A-01", "50000.00"],
      ["A-02", "125000.00"],
      ["A-03", "75000.00"],
      ["A-04", "10000.00"],
    ]);
    expect(result.applications[0]?.shares.grant.toFixed(2)).toBe("80.00");
    expect(result.applications[0]?.leverage?.toFixed(2)).toBe("0.25");
  });

  it("per direction in program order, empty directions with zeros, unknown codes after", () => {
    expect(
      result.directions.map((d) => [d.direction, d.sources.grant.toFixed(2), d.total.toFixed(2)]),
    ).toEqual([
      ["1", "150000.00", "200000.00"],
      ["2", "40000.00", "50000.00"],
      ["3", "0.00", "0.00"],
      ["9", "10000.00", "10000.00"],
    ]);
    const first = result.directions[0];
    expect(first?.shares.grant.toFixed(2)).toBe("75.00");
    expect(first?.shares.community.toFixed(2)).toBe("12.50");
    expect(first?.shares.ngo.toFixed(2)).toBe("2.50");
    expect(first?.shares.other.toFixed(2)).toBe("10.00");
    expect(first?.leverage?.toFixed(2)).toBe("0.33");
    expect(result.directions[2]?.leverage).toBeUndefined();
  });

  it("the program over all applications", () => {
    expect(result.program.total.toFixed(2)).toBe("260000.00");
    expect(result.program.sources.grant.toFixed(2)).toBe("200000.00");
    // 60 000 / 200 000
    expect(result.program.leverage?.toFixed(2)).toBe("0.30");
  });
});
