/**
 * The charts of the output sheets as layouts (what every writer draws): which applications, months
 * and members are drawn, where the charts sit and where printed pages start, and that every chart's
 * cells are cells of its own sheet holding the figures.
 */
import Decimal from "decimal.js";
import { analyze } from "../../../../src/core/analyze";
import type { Criterion, RankingEntry, ScoreRow, TrancheSchedule } from "../../../../src/core/model";
import { translate } from "../../../../src/i18n";
import type { ChartLayout, ColumnLayout, SheetLayout } from "../../../../src/workbook/port";
import { outputLayouts } from "../../../../src/workbook/render";
import { calendarMonths, monthLabel } from "../../../../src/workbook/render/charts/calendar";
import { chartAnchor, chartPageBreaks } from "../../../../src/workbook/render/charts/place";
import {
  ALL_BARS_UP_TO,
  AROUND_LINE,
  MAX_BARS,
  TOP_PLACES,
  chartedEntries,
} from "../../../../src/workbook/render/charts/ranking";
import { median, memberTotal, widestSpreads } from "../../../../src/workbook/render/charts/spread";
import { printedRowsPerPage } from "../../../../src/workbook/render/print";
import { exampleInput } from "../../../../src/workbook/template";

const d = (v: number | string): Decimal => new Decimal(v);

function entry(i: number, direction: string, status: RankingEntry["status"], total: number): RankingEntry {
  return {
    application: `A-${i}`,
    organization: `Org ${i}`,
    direction,
    place: i,
    total: d(total),
    criteria: {},
    scorers: 3,
    recusals: 0,
    largestSpread: d(0),
    passes: status !== "below-pass",
    requested: d(1000),
    recommended: status === "funded" ? d(1000) : d(0),
    status,
    reason: { key: "k", params: {} },
  };
}

describe("the ranking chart's applications", () => {
  it("draws every scored application, grouped by direction, when there are few", () => {
    const ranking = [entry(1, "2", "funded", 90), entry(2, "1", "funded", 80), entry(3, "2", "reserve", 70)];
    const unscored = { ...entry(4, "1", "not-scored", 0), place: undefined };
    expect(chartedEntries([...ranking, unscored], ["1", "2"]).map((e) => e.application)).toEqual([
      "A-2",
      "A-1",
      "A-3",
    ]);
  });

  it("of 2 000: per direction the top places and the places on both sides of the funding line", () => {
    // Two directions alternate; in each the first 400 are funded.
    const ranking = Array.from({ length: 2000 }, (_, i) => {
      const direction = i % 2 === 0 ? "1" : "2";
      const inDirection = Math.floor(i / 2);
      return entry(i + 1, direction, inDirection < 400 ? "funded" : "reserve", 100 - i / 100);
    });
    const drawn = chartedEntries(ranking, ["1", "2"]);
    expect(drawn.length).toBeLessThanOrEqual(MAX_BARS);
    expect(drawn.length).toBe(2 * (TOP_PLACES + 2 * AROUND_LINE));
    const first = drawn.filter((e) => e.direction === "1");
    expect(first.slice(0, TOP_PLACES).map((e) => e.place)).toEqual([1, 3, 5]);
    // The last funded of direction 1 is its 400th (place 799), the first reserve its 401st (place 801).
    expect(first.map((e) => e.place)).toContain(799);
    expect(first.map((e) => e.place)).toContain(801);
    const statuses = first.slice(TOP_PLACES).map((e) => e.status);
    expect(statuses).toEqual([...Array(AROUND_LINE).fill("funded"), ...Array(AROUND_LINE).fill("reserve")]);
  });

  it("past ALL_BARS_UP_TO applications, never more than MAX_BARS, whatever the number of directions", () => {
    const ranking = Array.from({ length: 500 }, (_, i) => entry(i + 1, String(i % 25), "funded", 50));
    expect(ranking.length).toBeGreaterThan(ALL_BARS_UP_TO);
    const drawn = chartedEntries(ranking, []);
    expect(drawn.length).toBeLessThanOrEqual(MAX_BARS);
    // Every direction is there: fewer places each rather than directions left out.
    expect(new Set(drawn.map((e) => e.direction)).size).toBe(25);
  });
});

describe("the members' totals against the median", () => {
  const criteria = [
    { code: "K1", weight: d(1) },
    { code: "K2", weight: d(2) },
  ] as unknown as Criterion[];
  const row = (
    member: string,
    application: string,
    k1: number | "recused" | "missing",
    k2: number,
  ): ScoreRow =>
    ({
      member,
      application,
      scores: {
        K1: typeof k1 === "number" ? { kind: "number", value: d(k1) } : { kind: k1 },
        K2: { kind: "number", value: d(k2) },
      },
    }) as unknown as ScoreRow;

  it("a member's total weighs each criterion; a recusal or a blank leaves no total", () => {
    expect(memberTotal(row("M", "1", 5, 3), criteria)?.toString()).toBe("11");
    expect(memberTotal(row("M", "1", "recused", 3), criteria)).toBeUndefined();
    expect(memberTotal(row("M", "1", "missing", 3), criteria)).toBeUndefined();
    expect(median([d(3), d(1), d(2)]).toString()).toBe("2");
    expect(median([d(4), d(1), d(2), d(3)]).toString()).toBe("2.5");
  });

  it("keeps the applications whose members disagree, the widest first, in order of place", () => {
    const ranking = [entry(1, "1", "funded", 0), entry(2, "1", "funded", 0), entry(3, "1", "funded", 0)];
    const scores = [
      // 11, 11, 11: members agree, nothing to discuss.
      row("M1", "A-1", 5, 3),
      row("M2", "A-1", 5, 3),
      row("M3", "A-1", 5, 3),
      // 11, 13, 21: M3 is 8 above the median 13.
      row("M1", "A-2", 5, 3),
      row("M2", "A-2", 5, 4),
      row("M3", "A-2", 5, 8),
      // 11 and 12 (M3 recused): median 11.5.
      row("M1", "A-3", 5, 3),
      row("M2", "A-3", 6, 3),
      row("M3", "A-3", "recused", 3),
    ];
    const spreads = widestSpreads(ranking, scores, criteria);
    expect(spreads.map((s) => [s.entry.application, s.median.toString(), s.divergence.toString()])).toEqual([
      ["A-2", "13", "8"],
      ["A-3", "11.5", "0.5"],
    ]);
    expect(spreads[1]?.members.map((m) => m.member)).toEqual(["M1", "M2"]);
  });
});

describe("the payment calendar", () => {
  const schedule = (contract: string, items: [string, number][]): TrancheSchedule =>
    ({
      contract,
      application: contract,
      organization: contract,
      amount: d(items.reduce((s, [, a]) => s + a, 0)),
      items: items.map(([date, amount], i) => ({ n: i + 1, date, amount: d(amount) })),
    }) as unknown as TrancheSchedule;

  it("sums the tranches by month, every month from the first to the last", () => {
    const months = calendarMonths([
      schedule("D1", [
        ["2019-11-20", 100.5],
        ["2020-02-03", 50],
      ]),
      schedule("D2", [["2019-11-01", 0.25]]),
    ]);
    expect(months.map((m) => [m.month, m.unpaid.toFixed(2), m.paid.toFixed(2)])).toEqual([
      ["2019-11", "100.75", "0.00"],
      ["2019-12", "0.00", "0.00"],
      ["2020-01", "0.00", "0.00"],
      ["2020-02", "50.00", "0.00"],
    ]);
    expect([monthLabel("2019-11", "ru"), monthLabel("2019-11", "en")]).toEqual(["11.2019", "2019-11"]);
  });

  it("with payments: what is paid and what is still to pay on the tranches of each month", () => {
    const input = exampleInput("ru");
    const result = analyze(input);
    const months = calendarMonths(result.tranches, result.execution);
    const unpaid = (result.execution?.contracts ?? []).flatMap((c) => c.tranches.map((t) => t.unpaid));
    expect(months.reduce((s, m) => s.plus(m.unpaid), d(0)).toFixed(2)).toBe(
      unpaid.reduce((s, u) => s.plus(u), d(0)).toFixed(2),
    );
    expect(months[0]?.month).toBe("2019-04");
  });
});

describe("placing the charts", () => {
  const columns: ColumnLayout[] = Array.from({ length: 10 }, () => ({ width: 20, format: "text" }));
  const chart = {} as Omit<ChartLayout, "anchor">;

  it("a chart spans the columns its width needs, never past the sheet's last column", () => {
    expect(chartAnchor({ chart, row: 5, rows: 20 }, columns)).toEqual({
      from: { row: 5, col: 1 },
      to: { row: 25, col: 6 },
    });
    expect(chartAnchor({ chart, row: 5, rows: 20, widthChars: 1000 }, columns).to.col).toBe(11);
  });

  it("a section that would not end on its page starts one; a chart below a long block starts its own", () => {
    const perPage = printedRowsPerPage(columns);
    expect(chartPageBreaks([5], [{ chart, row: 7, rows: 20 }], columns)).toEqual([]);
    const late = perPage;
    expect(chartPageBreaks([late], [{ chart, row: late + 2, rows: 20 }], columns)).toEqual([late]);
    const long = perPage + 10;
    expect(chartPageBreaks([late], [{ chart, row: late + long, rows: 20 }], columns)).toEqual([
      late,
      late + long,
    ]);
  });
});

/** The cells of a block, as the sheet's rows hold them. */
function cells(layout: SheetLayout, b: ChartLayout["categories"]): unknown[] {
  const out: unknown[] = [];
  for (let r = b.firstRow; r <= b.lastRow; r++) {
    for (let c = b.firstCol; c <= b.lastCol; c++) out.push(layout.rows[r - 1]?.[c - 1] ?? null);
  }
  return out;
}

describe("the charts of the output sheets", () => {
  const ctx = (lang: "ru" | "en" | "ky") => ({ lang, now: new Date(0), fingerprint: "ab".repeat(32) });

  it.each(["ru", "en", "ky"] as const)(
    "(%s) point at their own sheet's figures, below the tables, titled",
    (lang) => {
      const input = exampleInput(lang);
      const layouts = outputLayouts(input, analyze(input), ctx(lang));
      for (const layout of layouts) {
        for (const c of layout.charts ?? []) {
          const labels = cells(layout, c.categories);
          expect(labels.some((l) => typeof l === "string" && l !== "")).toBe(true);
          for (const s of c.series) {
            const values = cells(layout, s.values);
            expect(values).toHaveLength(labels.length);
            expect(values.some((v) => typeof v === "number")).toBe(true);
            expect(s.color).toMatch(/^[0-9A-F]{6}$/);
          }
          expect(c.altText).toMatch(/\d/);
          expect(c.title).not.toMatch(/^chart\./);
          expect(c.anchor.to.col - 1).toBeLessThanOrEqual(layout.columns.length);
          // Nothing written where the chart sits.
          for (let r = c.anchor.from.row; r < c.anchor.to.row; r++)
            expect(layout.rows[r - 1] ?? []).toEqual([]);
        }
      }
      const titles = layouts.flatMap((l) => (l.charts ?? []).map((c) => c.title));
      const expected = {
        ru: "Итоговый балл, проходной балл и черта финансирования",
        en: "Total score, pass score and funding line",
        ky: "Жыйынтык балл, өтүү балл жана каржылоо сызыгы",
      };
      expect(titles[0]).toBe(expected[lang]);
      // The members' totals part on seven applications (example-scores.ts): the spread chart is second.
      expect(titles[1]).toBe(translate(lang, "chart.spread.title"));
      expect(titles).toHaveLength(6);
    },
  );
});
