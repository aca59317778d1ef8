import type { ChartLayout } from "./port";

/**
 * Okabe & Ito's eight colours (2008), which readers with any common colour-vision deficiency tell apart,
 * without the black: what a pie's slices are drawn in after its series' own colour.
 */
export const COLOR_BLIND_SAFE = ["E69F00", "56B4E9", "009E73", "F0E442", "0072B2", "D55E00", "CC79A7"];

/**
 * The colour of each of `count` slices of a pie (RGB hex without `#`): the series' own colour first,
 * then the palette's others, repeating when there are more slices than colours. The same in every writer.
 */
export function sliceColors(chart: ChartLayout, count: number): string[] {
  const own = chart.series[0]?.color.toUpperCase();
  const palette = own ? [own, ...COLOR_BLIND_SAFE.filter((c) => c !== own)] : [...COLOR_BLIND_SAFE];
  return Array.from({ length: count }, (_, i) => palette[i % palette.length] ?? "999999");
}
