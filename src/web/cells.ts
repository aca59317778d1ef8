import Decimal from "decimal.js";
import { formatDecimalText, type Lang } from "../i18n";
import { formatAddress } from "../workbook/a1";
import { isoToDotted } from "../workbook/cells/dates";
import { anySerialToIso } from "../workbook/cells/serial";
import type { ColumnFormat, WriteValue } from "../workbook/port";

/** Places shown per number format, as the output sheets show them (workbook/formats.ts). */
const PLACES: Partial<Record<ColumnFormat, number>> = { money: 2, decimal: 4, percent: 2 };

/** The decimals a column's own number format shows (`0.00` → 2), when it sets one of that form. */
function placesOf(numberFormat: string | undefined): number | undefined {
  const match = numberFormat === undefined ? null : /^0\.(0+)$/.exec(numberFormat);
  return match?.[1]?.length;
}

function numberText(value: number, format: ColumnFormat, lang: Lang, numberFormat?: string): string {
  if (format === "date") {
    const iso = anySerialToIso(value);
    return iso ? isoToDotted(iso) : String(value);
  }
  const places = placesOf(numberFormat) ?? PLACES[format];
  if (places === undefined) return String(value);
  // Through the decimal text of the number, never float arithmetic.
  let exact = new Decimal(String(value));
  if (format === "percent") exact = exact.times(100);
  const text = formatDecimalText(exact.toFixed(places, Decimal.ROUND_HALF_UP), lang);
  return format === "percent" ? `${text}\u00a0%` : text;
}

/**
 * A cell of an output sheet as the sheet shows it: money with 2 decimals, aggregates with 4 (or the
 * decimals of the column's own format, e.g. Рейтинг's totals `0.00`), dates dd.mm.yyyy, a link to a cell
 * as its address.
 */
export function cellText(
  value: WriteValue | undefined,
  format: ColumnFormat,
  lang: Lang,
  numberFormat?: string,
): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value, format, lang, numberFormat);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if ("date" in value) return numberText(value.date, "date", lang);
  if ("error" in value) return value.error;
  if ("formula" in value) {
    return typeof value.result === "number"
      ? numberText(value.result, format, lang, numberFormat)
      : value.result;
  }
  // A link to a cell (Расхождения): the page cannot open the cell, so it names it in full, `Заявки!F4`.
  return formatAddress(value);
}
