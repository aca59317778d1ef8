import type Decimal from "decimal.js";
import type { IsoDate, Tranche } from "../model";
import { roundHalfUp, sumMoney, ZERO } from "../money";
import { ExactDecimal } from "../money/exact";
import { trancheCondition } from "./conditions";
import { defaultTrancheDates } from "./tranche-dates";

export interface ScheduleRequest {
  readonly amount: Decimal;
  /** Percents as in the scheme, e.g. [50, 30, 20]. */
  readonly percents: readonly Decimal[];
  /** Rounding unit of a tranche, 0.01 or 1. */
  readonly unit: Decimal;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** Given dates, one per tranche; used as typed (not moved off days off: a person chose them). */
  readonly dates?: readonly IsoDate[];
  /** Days off besides weekends (Программа, table 3); computed dates never fall on one. */
  readonly nonWorkingDays?: readonly IsoDate[];
}

/** Why a schedule could not be built as asked; data, never thrown. */
export type ScheduleProblem =
  | { readonly kind: "percent-sum"; readonly sum: Decimal }
  | { readonly kind: "date-count"; readonly expected: number; readonly actual: number }
  | { readonly kind: "bad-period" };

export interface Schedule {
  readonly items: readonly Tranche[];
  readonly problem?: ScheduleProblem;
}

/**
 * The tranches of one contract. Tranche k is amount × percent / 100 rounded half-up to the unit; the
 * last takes the remainder, so the schedule sums to the amount exactly.
 *
 * When rounding up would make the earlier tranches overdraw the amount (tiny amounts against a whole-som
 * unit, e.g. 1 som as 50/50/0… ), a tranche is capped at what is left, so no tranche of a non-negative
 * amount is ever negative.
 *
 * Problems come back as data:
 * - percents not summing to 100: `percent-sum`, and no items (the scheme is wrong, never normalised);
 * - given dates whose count differs from the tranches: `date-count`, and the items use computed dates;
 * - start or end not a valid date: `bad-period`, and no items.
 */
export function buildSchedule(request: ScheduleRequest): Schedule {
  const { amount, percents, unit } = request;
  const sum = sumMoney(percents);
  if (!sum.equals(100)) return { items: [], problem: { kind: "percent-sum", sum } };

  const n = percents.length;
  const computed = defaultTrancheDates(request.start, request.end, n, request.nonWorkingDays);
  const given = request.dates !== undefined && request.dates.length > 0 ? request.dates : undefined;
  let dates: readonly IsoDate[] | undefined = computed;
  let problem: ScheduleProblem | undefined;
  if (given && given.length === n) dates = given;
  else if (given) problem = { kind: "date-count", expected: n, actual: given.length };
  if (!dates) return { items: [], problem: { kind: "bad-period" } };

  const items: Tranche[] = [];
  let cumulative = ZERO;
  percents.forEach((percent, i) => {
    const left = amount.minus(cumulative);
    let part = i === n - 1 ? left : roundHalfUp(new ExactDecimal(amount).times(percent).dividedBy(100), unit);
    if (!amount.isNegative() && part.greaterThan(left)) part = left;
    cumulative = cumulative.plus(part);
    const condition = trancheCondition(i + 1, n);
    items.push({
      n: i + 1,
      // Stryker disable next-line StringLiteral: dates has one entry per tranche ("" only for the types).
      date: dates[i] ?? "",
      percent,
      amount: part,
      cumulative,
      condition: condition.key,
      ...(condition.params ? { conditionParams: condition.params } : {}),
    });
  });
  return problem ? { items, problem } : { items };
}
