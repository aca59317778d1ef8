import Decimal from "decimal.js";
import fc from "fast-check";
import { checkRules } from "../../../src/core/rules";
import type { Computed } from "../../../src/core/rules";
import { buildInput, dec } from "../../support/build-input";

const NO_FIGURES = {
  sources: { grant: dec(0), localBudget: dec(0), community: dec(0), ngo: dec(0), other: dec(0) },
  total: dec(0),
  shares: { grant: dec(0), localBudget: dec(0), community: dec(0), ngo: dec(0), other: dec(0) },
};

const NOTHING_COMPUTED: Computed = {
  ranking: [],
  cofinancing: {
    applications: [],
    directions: [],
    program: NO_FIGURES,
    directionsSubmitted: [],
    programSubmitted: NO_FIGURES,
  },
  tranches: [],
};

/** `units` tyiyn as som. */
const som = (units: number): string => new Decimal(units).dividedBy(100).toFixed(2);

describe("no false alarms at the boundary (property)", () => {
  it("cofinancing-below-min: silent at exactly the minimum, fires one hundredth of a percent above it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 99 }), (k, pct) => {
        // total = k som, co-financing = k × pct tyiyn: exactly pct % of the total
        const nonGrant = k * pct;
        const grant = k * 100 - nonGrant;
        const input = (min: string) =>
          buildInput({
            program: { minCofinancingPct: min, minNgoPct: undefined },
            directions: [{ code: "1", allocated: "1000000000" }],
            applications: [{ id: "A-01", direction: "1", grant: som(grant), localBudget: som(nonGrant) }],
            budgetLines: [],
            contracts: [],
            scores: [],
          });
        const fired = (min: string) =>
          checkRules(input(min), NOTHING_COMPUTED).filter((f) => f.rule === "cofinancing-below-min").length;
        expect(fired(String(pct))).toBe(0);
        expect(fired(new Decimal(pct).plus("0.01").toString())).toBe(1);
      }),
      { numRuns: 200 },
    );
  });

  it("staff-cost-over-cap: silent at exactly the cap, fires one hundredth of a percent below it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 99 }), (k, pct) => {
        const grant = k * 100;
        const staff = k * pct;
        const input = (cap: string) =>
          buildInput({
            program: { maxStaffPct: cap },
            directions: [{ code: "1", allocated: "1000000000" }],
            applications: [{ id: "A-01", direction: "1", grant: som(grant) }],
            budgetLines: [
              { application: "A-01", category: "staff", grant: som(staff) },
              { application: "A-01", category: "events", grant: som(grant - staff) },
            ],
            contracts: [],
            scores: [],
          });
        const fired = (cap: string) =>
          checkRules(input(cap), NOTHING_COMPUTED).filter((f) => f.rule === "staff-cost-over-cap").length;
        expect(fired(String(pct))).toBe(0);
        expect(fired(new Decimal(pct).minus("0.01").toString())).toBe(1);
      }),
      { numRuns: 200 },
    );
  });
});
