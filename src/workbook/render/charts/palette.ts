/**
 * Okabe & Ito's palette (2008), which readers with any common colour-vision deficiency tell apart,
 * without its yellow (too pale on white paper) and black (kept for text). Order: the first series get
 * the colours that differ most.
 */
export const PALETTE = {
  blue: "0072B2",
  orange: "E69F00",
  green: "009E73",
  vermillion: "D55E00",
  skyBlue: "56B4E9",
  purple: "CC79A7",
  grey: "999999",
} as const;

/** Colours for a run of series (sources, members), in order, repeating past the seventh. */
export const SERIES_COLORS: readonly string[] = [
  PALETTE.blue,
  PALETTE.orange,
  PALETTE.green,
  PALETTE.skyBlue,
  PALETTE.purple,
  PALETTE.vermillion,
  PALETTE.grey,
];

export function seriesColor(i: number): string {
  return SERIES_COLORS[i % SERIES_COLORS.length] ?? PALETTE.blue;
}
