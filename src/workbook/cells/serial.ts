import type { IsoDate } from "../../core/model";

/**
 * Excel date serials (1900 date system), the one place they are converted: the reader, the templates,
 * the output sheets, the worksheet functions and the ExcelJS adapter all come here.
 */

const DAY_MS = 86_400_000;
/** Excel's 1900 system counts from 1899-12-30 for every serial after its phantom 1900-02-29 (60). */
const EPOCH_MS = Date.UTC(1899, 11, 30);
/** Serial 25569 is 1970-01-01, the epoch of JavaScript's instants. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Serial 61 is 1900-03-01: before it the phantom leap day makes serials and calendar days disagree. */
const FIRST_TRUE_SERIAL = 61;

/** Serials of 1990-01-01 and 2100-12-31: a date outside them is a typo, not a program date. */
export const MIN_SERIAL = 32_874;
export const MAX_SERIAL = 73_415;

/** The ISO date of any serial from 1900-03-01 on (time of day dropped), or undefined. */
export function anySerialToIso(serial: number): IsoDate | undefined {
  if (!Number.isFinite(serial) || serial < FIRST_TRUE_SERIAL) return undefined;
  return new Date(EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** The ISO date of an Excel serial (time of day dropped), or undefined outside 1990..2100. */
export function serialToIso(serial: number): IsoDate | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const day = Math.floor(serial);
  if (day < MIN_SERIAL || day > MAX_SERIAL) return undefined;
  return anySerialToIso(day);
}

/** The Excel serial of an ISO date (`2019-03-01` → 43525). */
export function isoToSerial(iso: IsoDate): number {
  const [y, m, d] = iso.split("-").map(Number);
  return (Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) - EPOCH_MS) / DAY_MS;
}

/** An ISO date as the port's date cell value. */
export function isoToDateValue(iso: IsoDate): { readonly date: number } {
  return { date: isoToSerial(iso) };
}

/**
 * A serial (with its time of day) as the UTC instant libraries such as ExcelJS use for date cells,
 * rounded to the millisecond; and back. Never local time: a computer's time zone must not move a date.
 */
export function serialToUtcDate(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * DAY_MS));
}

export function utcDateToSerial(date: Date): number {
  return date.getTime() / DAY_MS + UNIX_EPOCH_SERIAL;
}

/** Days between the 1900 and 1904 date systems. */
const DAYS_1904 = 1462;

/**
 * A date cell's serial in the 1900 system (from a workbook counting from 1904 when `date1904`),
 * rounded to the millisecond exactly as the round trip through a UTC instant above, so that every
 * reader gives the same number for the same cell.
 */
export function dateCellSerial(serial: number, date1904: boolean): number {
  return utcDateToSerial(serialToUtcDate(serial + (date1904 ? DAYS_1904 : 0)));
}
