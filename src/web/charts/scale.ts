/**
 * A value axis from 0 (or below, for negative values) to a round maximum, with round ticks: steps of
 * 1, 2 or 5 times a power of ten, about `target` of them.
 */
export interface Scale {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly ticks: readonly number[];
  /** Decimals a tick label needs (0 for whole steps). */
  readonly stepPlaces: number;
}

export function niceScale(low: number, high: number, target = 5): Scale {
  let lo = Math.min(0, low);
  let hi = Math.max(0, high);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  // A range too small to draw (all zero, or rounding dust) is drawn as 0..1.
  if (hi - lo < 1e-9) hi = lo + 1;
  const rough = (hi - lo) / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const min = Math.floor(lo / step + 1e-9) * step;
  const max = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  const count = Math.round((max - min) / step);
  // Each tick from its index (no accumulated float error); rounded to the step's decimals.
  const stepPlaces = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  for (let i = 0; i <= count; i++) ticks.push(Number((min + i * step).toFixed(stepPlaces)));
  return { min, max, step, ticks, stepPlaces };
}
