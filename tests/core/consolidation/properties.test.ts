import fc from "fast-check";
import Decimal from "decimal.js";
import { consolidate, type ProgramFigures, type SummedFigures } from "../../../src/core/consolidation";
import { SOURCE_KEYS } from "../../../src/core/model";
import { sumMoney } from "../../../src/core/money";
import { figures, sources } from "./support";

/** Whole tyiyn up to 5 million som, often zero (a source a program did not use). */
const amount = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 0, max: 500_000_000 }).map((tyiyn) => new Decimal(tyiyn).div(100).toNumber()),
);
const MUNICIPALITIES = ["г. Таш-Кумыр", "Катран", "Сумбула", "Тогуз-Булак", "Кок-Ой"];

const program = (i: number) =>
  fc
    .record({
      municipality: fc.constantFrom(...MUNICIPALITIES),
      year: fc.integer({ min: 2013, max: 2016 }),
      money: fc.tuple(amount, amount, amount, amount, amount),
      submitted: fc.integer({ min: 0, max: 30 }),
      funded: fc.integer({ min: 0, max: 10 }),
      paid: amount,
      errors: fc.integer({ min: 0, max: 5 }),
    })
    .map((r): ProgramFigures =>
      figures({
        file: `f${i}.xlsx`,
        // A program of its own per file, so same-program-twice never leaves one out here.
        program: `ГСЗ ${i}`,
        municipality: r.municipality,
        year: r.year,
        sources: sources(...r.money),
        submitted: r.submitted,
        funded: r.funded,
        paid: new Decimal(r.paid),
        errors: r.errors,
      }),
    );

const programs = fc
  .integer({ min: 1, max: 12 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => program(i))));

function plain(s: SummedFigures) {
  return {
    programs: s.programs,
    submitted: s.submitted,
    funded: s.funded,
    errors: s.errors,
    paid: s.paid.toFixed(2),
    budget: s.budget.toFixed(2),
    total: s.cofinancing.total.toFixed(2),
    sources: SOURCE_KEYS.map((k) => s.cofinancing.sources[k].toFixed(2)),
    shares: SOURCE_KEYS.map((k) => s.cofinancing.shares[k].toFixed(2)),
  };
}

describe("the Сводка's sums (fast-check)", () => {
  it("the grand total of each source is the sum of the programs' figures", () => {
    fc.assert(
      fc.property(programs, (list) => {
        const { total } = consolidate(list);
        for (const key of SOURCE_KEYS) {
          const expected = sumMoney(list.map((p) => p.sources[key]));
          expect(total.cofinancing.sources[key].equals(expected)).toBe(true);
        }
        expect(
          total.cofinancing.total.equals(sumMoney(list.flatMap((p) => SOURCE_KEYS.map((k) => p.sources[k])))),
        ).toBe(true);
        expect(total.paid.equals(sumMoney(list.map((p) => p.paid)))).toBe(true);
        expect(total.submitted).toBe(list.reduce((n, p) => n + p.submitted, 0));
        expect(total.errors).toBe(list.reduce((n, p) => n + p.errors, 0));
      }),
    );
  });

  it("subtotals per year and per municipality add up to the total, and the rows to each subtotal", () => {
    fc.assert(
      fc.property(programs, (list) => {
        const c = consolidate(list);
        for (const groups of [c.byYear, c.byMunicipality]) {
          expect(groups.reduce((n, g) => n + g.programs, 0)).toBe(c.total.programs);
          for (const key of SOURCE_KEYS) {
            const sum = sumMoney(groups.map((g) => g.cofinancing.sources[key]));
            expect(sum.equals(c.total.cofinancing.sources[key])).toBe(true);
          }
          expect(sumMoney(groups.map((g) => g.cofinancing.total)).equals(c.total.cofinancing.total)).toBe(
            true,
          );
        }
        for (const y of c.byYear) {
          const rows = c.rows.filter((r) => r.figures.year === y.year);
          expect(sumMoney(rows.map((r) => r.cofinancing.total)).equals(y.cofinancing.total)).toBe(true);
        }
      }),
    );
  });

  it("shares of every row, subtotal and the total sum to exactly 100.00 (or are all 0.00 for no money)", () => {
    fc.assert(
      fc.property(programs, (list) => {
        const c = consolidate(list);
        for (const s of [...c.rows, ...c.byYear, ...c.byMunicipality, c.total]) {
          const sum = sumMoney(SOURCE_KEYS.map((k) => s.cofinancing.shares[k]));
          expect(sum.toFixed(2)).toBe(s.cofinancing.total.isZero() ? "0.00" : "100.00");
          for (const k of SOURCE_KEYS) expect(s.cofinancing.shares[k].decimalPlaces()).toBeLessThanOrEqual(2);
        }
      }),
    );
  });

  it("the order of the input files changes nothing but which index is left out", () => {
    fc.assert(
      fc.property(
        programs.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        ([list, shuffled]) => {
          // The same file twice and a program claimed twice are in the mix too.
          const first = list[0] as ProgramFigures;
          const withDuplicates = (l: readonly ProgramFigures[]) => [
            ...l,
            { ...first, file: "copy.xlsx" },
            { ...first, file: "claim.xlsx", sha256: "c".repeat(64) },
          ];
          const a = consolidate(withDuplicates(list));
          const b = consolidate(withDuplicates(shuffled));
          expect(b.rows.map((r) => r.figures.file)).toEqual(a.rows.map((r) => r.figures.file));
          expect(b.rows.map(plain)).toEqual(a.rows.map(plain));
          expect(b.byYear.map(plain)).toEqual(a.byYear.map(plain));
          expect(b.byMunicipality.map((m) => [m.municipality, plain(m)])).toEqual(
            a.byMunicipality.map((m) => [m.municipality, plain(m)]),
          );
          expect(plain(b.total)).toEqual(plain(a.total));
          expect(b.findings).toEqual(a.findings);
          const excludedFiles = (c: typeof a, l: readonly ProgramFigures[]) =>
            [...c.excluded].map(([i, why]) => [l[i]?.file, why]).sort();
          expect(excludedFiles(b, withDuplicates(shuffled))).toEqual(excludedFiles(a, withDuplicates(list)));
        },
      ),
    );
  });
});
