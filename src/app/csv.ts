import Decimal from "decimal.js";
import type { GszResult } from "../core/model";
import type { Lang } from "../i18n";
import { trancheHeaders, trancheRows, type TrancheValue } from "../workbook/render/tranche-columns";
import { isoToDotted } from "../workbook/cells/dates";

export const BOM = "\uFEFF";
const SEPARATOR = ";";
const EOL = "\r\n";

/**
 * Text that a spreadsheet would run as a formula (= + - @) or that hides content (TAB, CR) gets a
 * leading apostrophe (OWASP CSV injection). Only text fields pass through here: the numbers we format
 * ourselves are never negative and never go through this.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A field quoted when it holds the separator, a quote or a line break. */
export function quoteField(field: string): string {
  return /[";\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** A decimal with a decimal comma, as Russian-locale Excel and 1C expect: 125000,00 (no grouping). */
export function decimalComma(value: Decimal, places: number): string {
  return value.toFixed(places, Decimal.ROUND_HALF_UP).replace(".", ",");
}

export function line(fields: readonly string[]): string {
  return fields.map(quoteField).join(SEPARATOR) + EOL;
}

export function csvField(value: TrancheValue): string {
  switch (value.kind) {
    case "text":
      return neutralise(value.text);
    case "integer":
      return String(value.value);
    case "date":
      return isoToDotted(value.iso);
    case "percent":
      return decimalComma(value.percent, 2);
    case "money":
      return decimalComma(value.amount, 2);
  }
}

/**
 * The tranche schedule for accountants: UTF-8 with BOM (so Excel detects the encoding), `;`-separated,
 * decimal comma, dates dd.mm.yyyy, CRLF line ends, one header line in the user's language; the columns
 * of trancheColumns (with each tranche's status when execution is present).
 */
export function tranchesCsv(result: GszResult, lang: Lang): string {
  let out = BOM + line(trancheHeaders(lang, result.execution));
  for (const row of trancheRows(result.tranches, lang, result.execution)) out += line(row.map(csvField));
  return out;
}
