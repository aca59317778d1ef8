import Decimal from "decimal.js";
import { ExactDecimal, toPlain } from "../money/exact";

/**
 * A score kept exact as numerator / denominator. Means divide by the number of scorers (1/3 has no
 * finite decimal), so ranking compares fractions by cross-multiplying instead of comparing rounded
 * decimals: two totals that are mathematically equal are always an exact tie.
 */
export interface Fraction {
  /** Any decimal (scores and weights are decimals). */
  readonly num: Decimal;
  /** A positive integer. */
  readonly den: number;
}

export function fraction(num: Decimal.Value, den = 1): Fraction {
  return { num: new ExactDecimal(num), den };
}

/** Negative, zero or positive as a < b, a = b, a > b; exact. */
export function compareFractions(a: Fraction, b: Fraction): number {
  return new ExactDecimal(a.num).times(b.den).comparedTo(new ExactDecimal(b.num).times(a.den));
}

/** a ≥ the decimal b, exactly. */
export function fractionAtLeast(a: Fraction, b: Decimal): boolean {
  return new ExactDecimal(a.num).greaterThanOrEqualTo(new ExactDecimal(b).times(a.den));
}

function gcd(a: number, b: number): number {
  let [x, y] = [a, b];
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** Σ weight_i × fraction_i over a common denominator (the least common multiple). */
export function weightedSum(
  terms: readonly { readonly weight: Decimal; readonly value: Fraction }[],
): Fraction {
  let den = 1;
  for (const term of terms) den = (den / gcd(den, term.value.den)) * term.value.den;
  let num = new ExactDecimal(0);
  for (const term of terms)
    num = num.plus(new ExactDecimal(term.value.num).times(term.weight).times(den / term.value.den));
  return { num, den };
}

/**
 * The value as an ordinary Decimal, divided at decimal.js's default precision (20 significant digits):
 * for display and JSON; comparisons use the fraction itself.
 */
export function fractionValue(f: Fraction): Decimal {
  return f.den === 1 ? toPlain(f.num) : toPlain(f.num).dividedBy(f.den);
}
