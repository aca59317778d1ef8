import type Decimal from "decimal.js";
import { compareDecimals } from "../money";
import { commonNumerators, type Fraction } from "../scoring";

/**
 * Competition places by total, highest first; exact ties share a place and the next place skips
 * (1, 2, 2, 4). Totals are exact fractions (compared over a common denominator), so nothing is rounded
 * before comparing. Returns the place of each key.
 */
export function assignPlaces<K>(
  entries: readonly { readonly key: K; readonly total: Fraction }[],
): Map<K, number> {
  const keys = commonNumerators(entries.map((e) => e.total));
  const sorted = entries.map((entry, i) => ({ key: entry.key, value: keys[i] as Decimal }));
  sorted.sort((a, b) => compareDecimals(b.value, a.value));
  const places = new Map<K, number>();
  let previous: Decimal | undefined;
  let place = 0;
  sorted.forEach((entry, index) => {
    if (!previous || compareDecimals(entry.value, previous) !== 0) place = index + 1;
    places.set(entry.key, place);
    previous = entry.value;
  });
  return places;
}
