import { at, buildInput, SHEETS } from "../../support/build-input";

describe("buildInput", () => {
  it("puts records at realistic cells", () => {
    const input = buildInput();
    expect(input.applications).toHaveLength(4);
    expect(input.applications[1]?.cells.grant).toEqual(at(SHEETS.applications, 3, 6));
    expect(input.program.cells.budget).toEqual(at(SHEETS.program, 7, 2));
    expect(input.program.directions[0]?.cells.allocated).toEqual(at(SHEETS.program, 29, 3));
    expect(input.scores).toHaveLength(12);
    expect(input.contracts).toHaveLength(4);
  });

  it("derives budget lines that add up to each application", () => {
    const input = buildInput();
    for (const application of input.applications) {
      const lines = input.budgetLines.filter((l) => l.application === application.id);
      const grant = lines.reduce((sum, l) => sum.plus(l.sources.grant), application.sources.grant.times(0));
      expect(grant.toFixed(2)).toBe(application.sources.grant.toFixed(2));
    }
  });
});
