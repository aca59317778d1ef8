import Decimal from "decimal.js";
import { sharesOfTotal } from "../core/cofinancing";
import { allocate, roundHalfUp } from "../core/money";
import { buildSchedule, parseScheme } from "../core/tranches";
import { anySerialToIso, isoToSerial as isoToSerialOfDate } from "../workbook/cells/serial";

/**
 * The custom functions as plain computations: numbers in, numbers out, decimal arithmetic in between.
 * Excel hands over binary floats; each is read through `String(n)` (the shortest text that round-trips, the
 * number a person typed), so 0.1 is 0.1, never 0.1000000000000000055…. Errors are returned as values of
 * kind `invalid` / `div0` with a ui message key; the Excel-facing wrappers (functions.ts) turn them into
 * CustomFunctions.Error.
 */

export type CalcError = { readonly error: "invalid" | "div0"; readonly key: string };
export type CalcResult<T> = { readonly value: T } | CalcError;

const fail = (key: string, error: CalcError["error"] = "invalid"): CalcError => ({ error, key });

function decimal(n: number): Decimal | undefined {
  return Number.isFinite(n) ? new Decimal(String(n)) : undefined;
}

/** A part's share of a total, in percent, 2 decimals half-up: SHARE(60000, 150000) = 40. */
export function share(part: number, total: number): CalcResult<number> {
  const p = decimal(part);
  const t = decimal(total);
  if (!p || !t) return fail("ui.fn.notNumber");
  if (t.isZero()) return fail("ui.fn.zeroTotal", "div0");
  return { value: roundHalfUp(p.times(100).dividedBy(t), "0.01").toNumber() };
}

/**
 * The shares of a range of amounts in percent, in the range's shape, exactly as the co-financing sheet
 * shows them: largest remainder, summing to 100.00 (SHARES of 1/1/1 is 33.34/33.33/33.33, where three
 * SHAREs give 33.33 each). Blank cells count as 0.
 */
export function sharesRange(amounts: readonly (readonly unknown[])[]): CalcResult<number[][]> {
  const flat: Decimal[] = [];
  for (const row of amounts) {
    for (const cell of row) {
      const d = cell === null || cell === undefined || cell === "" ? new Decimal(0) : undefined;
      const value = d ?? (typeof cell === "number" ? decimal(cell) : undefined);
      if (!value || value.isNegative()) return fail("ui.fn.notNumber");
      flat.push(value);
    }
  }
  if (flat.length === 0 || flat.every((a) => a.isZero())) return fail("ui.fn.zeroTotal", "div0");
  const shares = sharesOfTotal(flat);
  let i = 0;
  return { value: amounts.map((row) => row.map(() => shares[i++]?.toNumber() ?? 0)) };
}

/** Half-up rounding to a unit (0.01 tyiyn, 1 som, 1000 …): ROUNDUNIT(2.345, 0.01) = 2.35. */
export function roundUnit(value: number, unit: number | null | undefined): CalcResult<number> {
  const v = decimal(value);
  const u = unit === null || unit === undefined ? new Decimal("0.01") : decimal(unit);
  if (!v || !u) return fail("ui.fn.notNumber");
  if (!u.isPositive() || u.isZero()) return fail("ui.fn.badUnit");
  return { value: roundHalfUp(v, u).toNumber() };
}

/** An Excel date serial as `YYYY-MM-DD` (whole days from 1900-03-01 on; the time of day is ignored). */
export const serialToIso = anySerialToIso;

/** `YYYY-MM-DD` as an Excel date serial; undefined for anything else. */
export function isoToSerial(iso: string): number | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? isoToSerialOfDate(iso) : undefined;
}

/**
 * A tranche schedule as rows [n, date serial (or "" without a period), percent, amount, cumulative].
 * `scheme` is text such as "50/30/20"; start and end are Excel dates; unit defaults to 0.01. Dates fall
 * as on the Транши sheet: off weekends and off the days of `holidays` (a range of Excel dates, such as
 * Программа table 3's Дата column; blank and non-date cells are skipped).
 */
export function tranches(
  amount: number,
  scheme: string,
  start?: number | null,
  end?: number | null,
  unit?: number | null,
  holidays?: readonly (readonly unknown[])[] | null,
): CalcResult<(number | string)[][]> {
  const total = decimal(amount);
  if (!total) return fail("ui.fn.notNumber");
  const parsed = parseScheme(String(scheme));
  if (!parsed.ok) return fail("ui.fn.badScheme");
  const step = unit === null || unit === undefined ? new Decimal("0.01") : decimal(unit);
  if (!step || !step.isPositive() || step.isZero()) return fail("ui.fn.badUnit");
  const hasPeriod = start !== null && start !== undefined && end !== null && end !== undefined;
  const from = hasPeriod ? serialToIso(start) : "2000-01-01";
  const to = hasPeriod ? serialToIso(end) : "2000-12-31";
  if (!from || !to || to < from) return fail("ui.fn.badPeriod");
  const schedule = buildSchedule({
    amount: total,
    percents: parsed.percents,
    unit: step,
    start: from,
    end: to,
    nonWorkingDays: holidayDates(holidays),
  });
  if (schedule.problem?.kind === "percent-sum") return fail("ui.fn.percentSum");
  if (schedule.problem) return fail("ui.fn.badPeriod");
  return {
    value: schedule.items.map((t) => [
      t.n,
      hasPeriod ? (isoToSerial(t.date) ?? "") : "",
      t.percent.toNumber(),
      t.amount.toNumber(),
      t.cumulative.toNumber(),
    ]),
  };
}

/** The dates of a range of Excel date serials; anything that is not a date serial is skipped. */
function holidayDates(range: readonly (readonly unknown[])[] | null | undefined): string[] {
  const dates = (range ?? []).flat().flatMap((cell) => {
    const iso = typeof cell === "number" && cell >= 1 ? serialToIso(cell) : undefined;
    return iso ? [iso] : [];
  });
  return [...new Set(dates)].sort();
}

/**
 * Splits a total by the ratios of a range into multiples of `unit` that sum to it exactly; the result has
 * the range's shape (blank cells count as 0).
 */
export function allocateRange(
  total: number,
  ratios: readonly (readonly number[])[],
  unit?: number | null,
): CalcResult<number[][]> {
  const t = decimal(total);
  const step = unit === null || unit === undefined ? new Decimal("0.01") : decimal(unit);
  if (!t) return fail("ui.fn.notNumber");
  if (!step || !step.isPositive() || step.isZero()) return fail("ui.fn.badUnit");
  const flat: Decimal[] = [];
  for (const row of ratios) {
    for (const r of row) {
      const d = decimal(typeof r === "number" ? r : 0);
      if (!d) return fail("ui.fn.notNumber");
      flat.push(d);
    }
  }
  if (!flat.length || flat.reduce((a, b) => a.plus(b), new Decimal(0)).isZero())
    return fail("ui.fn.zeroRatios", "div0");
  if (!t.dividedBy(step).isInteger()) return fail("ui.fn.notMultiple");
  const parts = allocate(t, flat, step);
  let i = 0;
  return { value: ratios.map((row) => row.map(() => parts[i++]?.toNumber() ?? 0)) };
}
