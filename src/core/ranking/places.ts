import { compareFractions, type Fraction } from "../scoring";

/**
 * Competition places by total, highest first; exact ties share a place and the next place skips
 * (1, 2, 2, 4). Totals are exact fractions, so nothing is rounded before comparing.
 * Returns the place of each key.
 */
export function assignPlaces<K>(
  entries: readonly { readonly key: K; readonly total: Fraction }[],
): Map<K, number> {
  const sorted = [...entries].sort((a, b) => compareFractions(b.total, a.total));
  const places = new Map<K, number>();
  let previous: Fraction | undefined;
  let place = 0;
  sorted.forEach((entry, index) => {
    if (!previous || compareFractions(entry.total, previous) !== 0) place = index + 1;
    places.set(entry.key, place);
    previous = entry.total;
  });
  return places;
}
