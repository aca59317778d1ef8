import type Decimal from "decimal.js";

/**
 * Compares two finite Decimals like `a.comparedTo(b)` (−1, 0, 1), without allocating.
 *
 * decimal.js converts the argument of every comparison into a new Decimal; sorting the scores of
 * 2 000 applications does that millions of times. This reads the documented fields of a Decimal
 * instead (`s` sign, `e` exponent, `d` base-1e7 digit words, most significant first, no trailing zero
 * words) — the same algorithm as decimal.js's own `cmp` for finite values. Instances of any clone
 * (ExactDecimal) share the representation. NaN and ±Infinity are never scores or money here; for them
 * this falls back to `comparedTo`.
 */
export function compareDecimals(a: Decimal, b: Decimal): number {
  const ad = a.d;
  const bd = b.d;
  // `d` is null for NaN/±Infinity at run time although the typings say number[].
  if (!(ad as number[] | null) || !(bd as number[] | null)) return a.comparedTo(b);
  const aZero = ad[0] === 0 || ad.length === 0;
  const bZero = bd[0] === 0 || bd.length === 0;
  if (aZero || bZero) return aZero ? (bZero ? 0 : -b.s) : a.s;
  if (a.s !== b.s) return a.s;
  const flip = a.s < 0 ? -1 : 1;
  if (a.e !== b.e) return (a.e > b.e ? 1 : -1) * flip;
  const n = Math.min(ad.length, bd.length);
  for (let i = 0; i < n; i += 1) {
    const x = ad[i] ?? 0;
    const y = bd[i] ?? 0;
    if (x !== y) return (x > y ? 1 : -1) * flip;
  }
  return ad.length === bd.length ? 0 : (ad.length > bd.length ? 1 : -1) * flip;
}
