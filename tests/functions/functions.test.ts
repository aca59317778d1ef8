import { readFileSync } from "node:fs";
import { isoToSerial, serialToIso } from "../../src/functions/calc";
import * as fns from "../../src/functions/functions";

/** The CustomFunctions global as far as the wrappers use it (Office provides it in the shared runtime). */
class FakeCfError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const associated = new Map<string, unknown>();
Object.assign(globalThis, {
  CustomFunctions: {
    Error: FakeCfError,
    ErrorCode: { invalidValue: "#VALUE!", divisionByZero: "#DIV/0!" },
    associate: (id: string, fn: unknown) => associated.set(id, fn),
  },
});

function thrown(fn: () => unknown): FakeCfError {
  try {
    fn();
  } catch (e) {
    if (e instanceof FakeCfError) return e;
    throw e;
  }
  throw new Error("did not throw");
}

describe("custom functions", () => {
  it("SHARE: percent with 2 decimals, half-up, decimal-safe", () => {
    expect(fns.shareOf(60000, 150000)).toBe(40);
    expect(fns.shareOf(1, 3)).toBe(33.33);
    expect(fns.shareOf(2, 3)).toBe(66.67);
    // 0.145 is 0.14499999999999999 in binary: the decimal core still rounds it half-up.
    expect(fns.shareOf(0.145, 100)).toBe(0.15);
    const e = thrown(() => fns.shareOf(1, 0));
    expect(e.code).toBe("#DIV/0!");
    expect(e.message).toBe("Итог равен нулю: долю посчитать нельзя.");
  });

  it("ROUNDUNIT: half-up away from zero to any unit", () => {
    expect(fns.roundToUnit(2.345, 0.01)).toBe(2.35);
    expect(fns.roundToUnit(-2.345, 0.01)).toBe(-2.35);
    expect(fns.roundToUnit(1.005)).toBe(1.01);
    expect(fns.roundToUnit(12.5, 1)).toBe(13);
    expect(fns.roundToUnit(123456, 1000)).toBe(123000);
    expect(thrown(() => fns.roundToUnit(1, 0)).code).toBe("#VALUE!");
  });

  it("TRANCHES: spills n, date, percent, amount, cumulative summing exactly", () => {
    const start = isoToSerial("2019-03-01") ?? 0;
    const end = isoToSerial("2019-12-31") ?? 0;
    const rows = fns.trancheSchedule(100000.01, "33.33/33.33/33.34", start, end);
    expect(rows.map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      [1, 33.33, 33330, 33330],
      [2, 33.33, 33330, 66660],
      [3, 33.34, 33340.01, 100000.01],
    ]);
    expect(rows.every((r) => typeof r[1] === "number")).toBe(true);
    expect(serialToIso(Number(rows[0]?.[1]))).toMatch(/^2019-/);
    expect(fns.trancheSchedule(1000, "50/50").map((r) => r[1])).toEqual(["", ""]);
    expect(thrown(() => fns.trancheSchedule(1000, "50/40")).message).toContain("100");
    expect(thrown(() => fns.trancheSchedule(1000, "пятьдесят")).code).toBe("#VALUE!");
  });

  it("ALLOCATE: parts in the shape of the ratios, summing to the total", () => {
    expect(fns.allocateTotal(100, [[1], [1], [1]])).toEqual([[33.34], [33.33], [33.33]]);
    expect(fns.allocateTotal(10, [[1, 1, 1]], 1)).toEqual([[4, 3, 3]]);
    expect(thrown(() => fns.allocateTotal(100, [[0], [0]])).code).toBe("#DIV/0!");
  });

  it("associates every function id of functions.json", () => {
    // The webpack plugin appends these calls; here we check the ids the JSDoc declares.
    const source = readFileSync(`${__dirname}/../../src/functions/functions.ts`, "utf8");
    const ids = [...source.matchAll(/@customfunction (\w+)/g)].map((m) => m[1]);
    expect(ids).toEqual(["SHARE", "ROUNDUNIT", "TRANCHES", "ALLOCATE"]);
  });

  it("converts dates between ISO and Excel serials", () => {
    expect(isoToSerial("2019-01-01")).toBe(43466);
    expect(serialToIso(43466)).toBe("2019-01-01");
    expect(serialToIso(43466.75)).toBe("2019-01-01");
  });
});
