import type { IsoDate } from "../../core/model";

const DAY_MS = 86_400_000;
/** Excel's 1900 system counts from 1899-12-30 for every serial after its phantom 1900-02-29 (60). */
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** Serials of 1990-01-01 and 2100-12-31: a date outside them is a typo, not a program date. */
export const MIN_SERIAL = 32_874;
export const MAX_SERIAL = 73_415;

/** The ISO date of an Excel serial (time of day dropped), or undefined outside 1990..2100. */
export function serialToIso(serial: number): IsoDate | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const day = Math.floor(serial);
  if (day < MIN_SERIAL || day > MAX_SERIAL) return undefined;
  return new Date(EPOCH_MS + day * DAY_MS).toISOString().slice(0, 10);
}

/** The Excel serial of an ISO date (`2019-03-01` → 43525). */
export function isoToSerial(iso: IsoDate): number {
  const [y, m, d] = iso.split("-").map(Number);
  return (Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) - EPOCH_MS) / DAY_MS;
}
