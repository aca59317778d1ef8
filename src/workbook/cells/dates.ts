import type { IsoDate } from "../../core/model";
import type { CellValue } from "../port";
import { fail, ok, type Parsed } from "./parsed";
import { serialToIso } from "./serial";
import { shown } from "./shown";

const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/;

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** `2019-03-01` → `01.03.2019`: a date as documents and CSV files write it, in all three languages. */
export function isoToDotted(iso: IsoDate): string {
  const [y, m, d] = iso.split("-");
  return `${d ?? ""}.${m ?? ""}.${y ?? ""}`;
}

/** A real calendar day in 1990..2100, or undefined (31.02.2019 is not a day). */
function calendarDay(year: number, month: number, day: number): IsoDate | undefined {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return undefined;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** `dd.mm.yyyy`, `d.m.yyyy` (with an optional trailing `г.`) or ISO `yyyy-mm-dd`. */
export function parseDateText(raw: string): Parsed<IsoDate> {
  const text = raw
    .replace(/[\u00A0\u202F]/g, " ")
    .trim()
    .replace(/\s*(г\.?|года)$/i, "");
  const dotted = DOTTED.exec(text);
  const iso = ISO.exec(text);
  let parts: [number, number, number] | undefined;
  if (dotted) parts = [Number(dotted[3]), Number(dotted[2]), Number(dotted[1])];
  else if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  if (!parts) return fail("workbook.cell.date", shown(raw));
  const day = calendarDay(...parts);
  return day ? ok(day) : fail("workbook.cell.dateInvalid", shown(raw));
}

/**
 * A date: an Excel date cell, a serial number in a date column, or text as `parseDateText` reads it.
 * Serials outside 1990..2100 are refused: in a date column they are a number typed by mistake.
 */
export function parseDate(value: CellValue): Parsed<IsoDate> {
  if (typeof value === "string") return parseDateText(value);
  const serial =
    typeof value === "number"
      ? value
      : value !== null && typeof value === "object" && "date" in value
        ? value.date
        : undefined;
  if (serial === undefined) return fail("workbook.cell.date", shown(value));
  const iso = serialToIso(serial);
  return iso ? ok(iso) : fail("workbook.cell.date", shown(value));
}

/** Tranche dates: one cell, dates separated by `;` (or `,`, or line breaks); a date cell is one date. */
export function parseDateList(value: CellValue): Parsed<readonly IsoDate[]> {
  if (typeof value !== "string") {
    const one = parseDate(value);
    return one.ok ? ok([one.value]) : fail("workbook.cell.dateList", shown(value));
  }
  const dates: IsoDate[] = [];
  for (const part of value.split(/[;,\n]/)) {
    if (part.trim() === "") continue;
    const one = parseDateText(part);
    if (!one.ok) return fail("workbook.cell.dateList", shown(value));
    dates.push(one.value);
  }
  return dates.length > 0 ? ok(dates) : fail("workbook.cell.dateList", shown(value));
}
