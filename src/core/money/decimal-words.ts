import Decimal from "decimal.js";

/**
 * The one module that reads decimal.js's internal representation: `s` (sign), `e` (decimal exponent of
 * the leading digit) and `d` (base-10⁷ digit words, most significant first, aligned on the decimal
 * point, no trailing zero words). decimal.js documents these fields, but they are not part of its typed
 * API, so the layout is checked once when this module loads (`layoutHolds`); should a future version
 * change it, both functions fall back to the public API and stay correct, only slower.
 *
 * Why read them at all: decimal.js turns the argument of every comparison into a new Decimal, and
 * scoring 2 000 applications compares and sums scores millions of times (bench/core-ranking).
 */

/** Units of 10⁻⁷, one digit word. */
const WORD = 7;
const WORD_BASE = 1e7;

interface Words {
  readonly s: number;
  readonly e: number;
  readonly d: readonly number[] | null;
}

const words = (value: Decimal): Words => value as unknown as Words;

/** Whether this decimal.js lays numbers out as the fast paths below expect. */
export function layoutHolds(make: (text: string) => Decimal = (text) => new Decimal(text)): boolean {
  const probe = (text: string, s: number, e: number, d: readonly number[]): boolean => {
    const w = words(make(text));
    return w.s === s && w.e === e && Array.isArray(w.d) && w.d.join(",") === d.join(",");
  };
  return (
    probe("12345678.9", 1, 7, [1, 2345678, 9000000]) &&
    probe("-0.5", -1, -1, [5000000]) &&
    probe("7", 1, 0, [7]) &&
    probe("0", 1, 0, [0]) &&
    words(make("NaN")).d === null
  );
}

const FAST = layoutHolds();

/**
 * Compares two Decimals like `a.comparedTo(b)` (−1, 0, 1) without allocating: the algorithm of
 * decimal.js's own `cmp` for finite values. Instances of any clone (ExactDecimal) share the layout.
 * NaN and ±Infinity (never scores or money here) go through `comparedTo`.
 */
export function compareDecimals(a: Decimal, b: Decimal, fast: boolean = FAST): number {
  const { d: ad, e: ae, s: as } = words(a);
  const { d: bd, e: be, s: bs } = words(b);
  if (!fast || !ad || !bd) return a.comparedTo(b);
  const aZero = ad[0] === 0;
  const bZero = bd[0] === 0;
  if (aZero || bZero) return aZero ? (bZero ? 0 : -bs) : as;
  if (as !== bs) return as;
  // The same sign: the larger magnitude is the larger number when positive (as = 1), the smaller when negative.
  if (ae > be) return as;
  if (ae < be) return -as;
  // Stryker disable next-line EqualityOperator,MethodExpression: past the shorter number's words, the length comparison below decides as a longer loop would.
  for (let i = 0; i < Math.min(ad.length, bd.length); i += 1) {
    const x = ad[i] ?? 0;
    const y = bd[i] ?? 0;
    if (x > y) return as;
    if (x < y) return -as;
  }
  if (ad.length > bd.length) return as;
  if (ad.length < bd.length) return -as;
  return 0;
}

/**
 * The value in units of 10⁻⁷ as a JavaScript integer, when that is exact: at most 7 decimals and
 * |value| < 10⁷ (every score is). Otherwise undefined, and the caller sums with Decimal. Word i of `d`
 * is worth 10^(7·(⌊e/7⌋ − i)).
 */
export function toScoreUnits(value: Decimal, fast: boolean = FAST): number | undefined {
  if (!fast) return toScoreUnitsPublic(value);
  const { d, e, s } = words(value);
  if (!d) return undefined;
  const top = Math.floor(e / WORD); // the exponent, in words, of d[0]: 0 (≥ 1) or −1 (< 1)
  if (top > 0 || d.length - 1 > top + 1) return undefined;
  const [first = 0, second = 0] = d;
  const units = top === 0 ? first * WORD_BASE + second : first;
  // Stryker disable next-line EqualityOperator: s is 1 or −1, never 0. "0 −" so that −0 gives 0.
  return s < 0 ? 0 - units : units;
}

/** The same as toScoreUnits through the public API only (the fallback, and the tests' reference). */
export function toScoreUnitsPublic(value: Decimal): number | undefined {
  if (!value.isFinite()) return undefined;
  if (value.decimalPlaces() > WORD || value.abs().greaterThanOrEqualTo(WORD_BASE)) return undefined;
  return value.times(WORD_BASE).toNumber();
}
