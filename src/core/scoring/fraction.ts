import Decimal from "decimal.js";
import { compareDecimals } from "../money/decimal-words";
import { ExactDecimal, toExact, toPlain } from "../money/exact";

/**
 * A score kept exact as numerator / denominator. Means divide by the number of scorers (1/3 has no
 * finite decimal), so ranking compares fractions by cross-multiplying instead of comparing rounded
 * decimals: two totals that are mathematically equal are always an exact tie.
 */
export interface Fraction {
  /** Any decimal (scores and weights are decimals); an ExactDecimal so products keep every digit. */
  readonly num: Decimal;
  /** A positive integer. */
  readonly den: number;
}

export function fraction(num: Decimal.Value, den = 1): Fraction {
  return { num: toExact(num), den };
}

/** Negative, zero or positive as a < b, a = b, a > b; exact. */
export function compareFractions(a: Fraction, b: Fraction): number {
  // Same denominator (the common case: same number of scorers) needs no multiplication.
  if (a.den === b.den) return compareDecimals(a.num, b.num);
  return toExact(a.num).times(b.den).comparedTo(toExact(b.num).times(a.den));
}

/** a ≥ the decimal b, exactly. */
export function fractionAtLeast(a: Fraction, b: Decimal): boolean {
  return toExact(a.num).greaterThanOrEqualTo(a.den === 1 ? b : toExact(b).times(a.den));
}

function gcd(a: number, b: number): number {
  let [x, y] = [a, b];
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/**
 * The fractions brought to one common denominator: numerators that compare exactly like the fractions
 * (with compareDecimals, allocation-free). Sorting thousands of totals by cross-multiplying would make
 * two products per comparison.
 */
export function commonNumerators(fractions: readonly Fraction[]): Decimal[] {
  let den = 1;
  for (const f of fractions) den = (den / gcd(den, f.den)) * f.den;
  return fractions.map((f) => (f.den === den ? toExact(f.num) : toExact(f.num).times(den / f.den)));
}

/** Σ weight_i × fraction_i over a common denominator (the least common multiple). */
export function weightedSum(
  terms: readonly { readonly weight: Decimal; readonly value: Fraction }[],
): Fraction {
  let den = 1;
  for (const term of terms) den = (den / gcd(den, term.value.den)) * term.value.den;
  let num: Decimal = new ExactDecimal(0);
  for (const term of terms) {
    const scaled = toExact(term.value.num).times(term.weight);
    const factor = den / term.value.den;
    num = num.plus(factor === 1 ? scaled : scaled.times(factor));
  }
  return { num, den };
}

/**
 * The value as an ordinary Decimal, divided at decimal.js's default precision (20 significant digits):
 * for display and JSON; comparisons use the fraction itself.
 */
export function fractionValue(f: Fraction): Decimal {
  return f.den === 1 ? toPlain(f.num) : toPlain(f.num).dividedBy(f.den);
}
