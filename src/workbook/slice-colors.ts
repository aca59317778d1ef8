import type { ChartLayout } from "./port";

/**
 * Okabe & Ito's colours (2008), which readers with any common colour-vision deficiency tell apart,
 * without the yellow (too pale on white paper) and the black (kept for text), the most different first:
 * what a pie's slices are drawn in when the layout names no colour for each.
 */
export const COLOR_BLIND_SAFE = ["0072B2", "E69F00", "009E73", "56B4E9", "CC79A7", "D55E00", "999999"];

/**
 * The colour of each of `count` slices of a pie (RGB hex without `#`): the series' `pointColors` where
 * the layout gives them; otherwise the series' own colour first, then the palette's others, repeating when
 * there are more slices than colours. The same in every writer.
 */
export function sliceColors(chart: ChartLayout, count: number): string[] {
  const given = chart.series[0]?.pointColors;
  if (given?.length) return Array.from({ length: count }, (_, i) => given[i % given.length] ?? "999999");
  const own = chart.series[0]?.color.toUpperCase();
  const palette = own ? [own, ...COLOR_BLIND_SAFE.filter((c) => c !== own)] : [...COLOR_BLIND_SAFE];
  return Array.from({ length: count }, (_, i) => palette[i % palette.length] ?? "999999");
}
