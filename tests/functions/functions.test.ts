import fc from "fast-check";
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
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!" },
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
    // Excel shows a custom message only for #VALUE! and #N/A: #DIV/0! carries none.
    expect(e.message).toBeUndefined();
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
    // 1 May 2019 (a Wednesday) as a non-working day of the range moves the date to 2 May; blanks and text are skipped.
    const serial = (iso: string) => isoToSerial(iso) ?? 0;
    const may = (holidays?: unknown[][]) =>
      fns
        .trancheSchedule(100, "50/50", serial("2019-05-01"), serial("2019-05-31"), undefined, holidays)
        .map((r) => serialToIso(Number(r[1])));
    expect(may()).toEqual(["2019-05-01", "2019-05-31"]);
    expect(may([[serial("2019-05-01")], [""], ["Новый год"], [0]])).toEqual(["2019-05-02", "2019-05-31"]);
    expect(thrown(() => fns.trancheSchedule(1000, "50/40")).message).toContain("100");
    expect(thrown(() => fns.trancheSchedule(1000, "пятьдесят")).code).toBe("#VALUE!");
  });

  it("ALLOCATE: parts in the shape of the ratios, summing to the total", () => {
    expect(fns.allocateTotal(100, [[1], [1], [1]])).toEqual([[33.34], [33.33], [33.33]]);
    expect(fns.allocateTotal(10, [[1, 1, 1]], 1)).toEqual([[4, 3, 3]]);
    expect(thrown(() => fns.allocateTotal(100, [[0], [0]])).code).toBe("#DIV/0!");
  });

  it("functions.json, as the webpack plugin generates it, associates each id with its exported function", async () => {
    // The same generator the build's custom-functions-metadata-plugin runs: its metadata is functions.json
    // and its `associate` list becomes the CustomFunctions.associate calls appended to functions.ts.
    const { generateCustomFunctionsMetadata } = await import("custom-functions-metadata");
    const generated = await generateCustomFunctionsMetadata(`${__dirname}/../../src/functions/functions.ts`);
    expect(generated.errors).toEqual([]);
    const json = JSON.parse(generated.metadataJson) as { functions: { id: string; name: string }[] };
    const ids = json.functions.map((f) => f.id);
    expect(ids).toEqual(["SHARE", "SHARES", "ROUNDUNIT", "TRANCHES", "ALLOCATE"]);
    const exported = fns as unknown as Record<string, unknown>;
    const map = new Map(generated.associate.map((a) => [a.id, a.functionName]));
    expect([...map.keys()].sort()).toEqual([...ids].sort());
    for (const [id, name] of map) {
      expect(typeof exported[name]).toBe("function");
      associated.set(id, exported[name]);
    }
    expect(associated.get("SHARES")).toBe(fns.sharesOf);
    expect(associated.get("SHARE")).toBe(fns.shareOf);
  }, 30000);

  it("SHARES: the co-financing sheet's shares, summing to 100.00 where SHARE rounds each on its own", () => {
    expect(fns.sharesOf([[1, 1, 1]])).toEqual([[33.34, 33.33, 33.33]]);
    expect([1, 1, 1].map((v) => fns.shareOf(v, 3))).toEqual([33.33, 33.33, 33.33]);
    // Таш-Кумыр: 1 000 000 / 450 000 / 10 000 / 17 000 / 0 → 67.70 / 30.47 / 0.68 / 1.15 / 0.00.
    const row = fns.sharesOf([[1000000, 450000, 10000, 17000, 0]]);
    expect(row).toEqual([[67.7, 30.47, 0.68, 1.15, 0]]);
    expect(fns.sharesOf([[60000], [90000]])).toEqual([[40], [60]]);
    expect(thrown(() => fns.sharesOf([[0, 0]])).code).toBe("#DIV/0!");
    expect(thrown(() => fns.sharesOf([[5, -1]])).code).toBe("#VALUE!");
  });

  it("property: SHARES always sum to exactly 100.00 and each is within 0.01 of its exact share", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 ** 9 }), { minLength: 1, maxLength: 6 }), (cents) => {
        fc.pre(cents.some((c) => c > 0));
        const amounts = cents.map((c) => c / 100);
        const shares = fns.sharesOf([amounts])[0] ?? [];
        const hundredths = shares.reduce((sum, s) => sum + Math.round(s * 100), 0);
        const total = cents.reduce((a, b) => a + b, 0);
        return (
          hundredths === 10000 &&
          shares.every((s, i) => Math.abs(s - ((cents[i] ?? 0) * 100) / total) < 0.01 + 1e-9)
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("puts a message only on #VALUE! and #N/A, the errors whose message Excel shows", () => {
    const errors = [
      () => fns.shareOf(1, 0),
      () => fns.sharesOf([[0, 0]]),
      () => fns.sharesOf([[5, -1]]),
      () => fns.roundToUnit(1, 0),
      () => fns.trancheSchedule(1000, "50/40"),
      () => fns.trancheSchedule(1000, "x"),
      () => fns.allocateTotal(100, [[0, 0]]),
      () => fns.allocateTotal(100, [[1, 1]], -1),
    ].map(thrown);
    expect(new Set(errors.map((e) => e.code))).toEqual(new Set(["#VALUE!", "#DIV/0!"]));
    for (const e of errors) {
      expect({ code: e.code, hasMessage: Boolean(e.message) }).toEqual({
        code: e.code,
        hasMessage: ["#VALUE!", "#N/A"].includes(e.code),
      });
    }
  });

  it("converts dates between ISO and Excel serials", () => {
    expect(isoToSerial("2019-01-01")).toBe(43466);
    expect(serialToIso(43466)).toBe("2019-01-01");
    expect(serialToIso(43466.75)).toBe("2019-01-01");
  });
});
