/*
 * GSZ custom functions (namespace GSZ, shared runtime). custom-functions-metadata-plugin reads the JSDoc
 * below to write functions.json and appends `CustomFunctions.associate("ID", fn)` calls to this file.
 * Each function is a thin wrapper: numbers in, the decimal core (calc.ts), numbers out.
 */
import { allocateRange, roundUnit, share, sharesRange, tranches } from "./calc";
import { associateIfSupported, unwrap } from "./errors";

/**
 * The appended associate calls resolve `CustomFunctions` here first: on hosts without custom functions
 * (Office 2019, a browser) they must do nothing instead of throwing while the task pane loads.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- used by the calls the metadata plugin appends
const CustomFunctions = { associate: associateIfSupported };

/**
 * One amount's share of a total, in percent, rounded half-up to 0.01 on its own. Shares rounded one by one
 * need not sum to 100 (1/1/1 gives 33.33 three times); for the co-financing sheet's shares use GSZ.SHARES.
 * @customfunction SHARE
 * @param part The amount of one source, som.
 * @param total The total cost, som.
 * @returns The share in percent, e.g. 40.25.
 */
export function shareOf(part: number, total: number): number {
  return unwrap(share(part, total));
}

/**
 * The shares of several amounts in percent, as the co-financing sheet shows them: 2 decimals by largest
 * remainder, summing to exactly 100.00.
 * @customfunction SHARES
 * @param amounts The amounts of the sources (grant, local budget, community, NGO, other), a range.
 * @returns The shares in percent, in the shape of the range.
 */
export function sharesOf(amounts: number[][]): number[][] {
  return unwrap(sharesRange(amounts));
}

/**
 * Rounds half-up (away from zero) to a unit: 0.01 (tyiyn), 1 (som), 1000 …
 * @customfunction ROUNDUNIT
 * @param value The amount to round.
 * @param [unit] The rounding unit, 0.01 when omitted.
 * @returns The rounded amount.
 */
export function roundToUnit(value: number, unit?: number): number {
  return unwrap(roundUnit(value, unit));
}

/**
 * A tranche schedule: one row per tranche with number, date, percent, amount and cumulative amount. The
 * amounts sum to the contract amount exactly (the last tranche takes the remainder).
 * @customfunction TRANCHES
 * @param amount The contract amount, som.
 * @param scheme The tranche percents, e.g. "50/30/20".
 * @param [start] The contract start date (dates are computed only when start and end are given).
 * @param [end] The contract end date.
 * @param [unit] The rounding unit of a tranche, 0.01 when omitted.
 * @param [holidays] Non-working days, a range of dates (e.g. Program table 3): dates move off them as off weekends.
 * @returns Rows of n, date, percent, amount, cumulative.
 */
export function trancheSchedule(
  amount: number,
  scheme: string,
  start?: number,
  end?: number,
  unit?: number,
  // The metadata generator knows `any` but not `unknown`: a range may hold dates, text and blanks.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  holidays?: any[][],
): Array<Array<number | string>> {
  return unwrap(tranches(amount, scheme, start, end, unit, holidays));
}

/**
 * Splits a total by ratios into parts that sum to it exactly (largest remainder).
 * @customfunction ALLOCATE
 * @param total The amount to split.
 * @param ratios The ratios, a range.
 * @param [unit] The unit of the parts, 0.01 when omitted.
 * @returns The parts, in the shape of the ratios range.
 */
export function allocateTotal(total: number, ratios: number[][], unit?: number): number[][] {
  return unwrap(allocateRange(total, ratios, unit));
}
