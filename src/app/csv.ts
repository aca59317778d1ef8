import Decimal from "decimal.js";
import type { GszResult } from "../core/model";
import { translate, type Lang } from "../i18n";

const BOM = "\uFEFF";
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

/** `2019-03-01` → `01.03.2019`. */
export function isoToDotted(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d ?? ""}.${m ?? ""}.${y ?? ""}`;
}

function line(fields: readonly string[]): string {
  return fields.map(quoteField).join(SEPARATOR) + EOL;
}

/**
 * The tranche schedule for accountants: UTF-8 with BOM (so Excel detects the encoding), `;`-separated,
 * decimal comma, dates dd.mm.yyyy, CRLF line ends, one header line in the user's language.
 */
export function tranchesCsv(result: GszResult, lang: Lang): string {
  const t = (key: string): string => translate(lang, key);
  let out =
    BOM +
    line([
      t("output.col.contract"),
      t("output.col.application"),
      t("output.col.organization"),
      t("output.col.tranche"),
      t("output.col.date"),
      t("output.col.percent"),
      t("output.col.amount"),
      t("output.col.cumulative"),
      t("output.col.condition"),
    ]);
  for (const schedule of result.tranches) {
    for (const item of schedule.items) {
      out += line([
        neutralise(schedule.contract),
        neutralise(schedule.application),
        neutralise(schedule.organization),
        String(item.n),
        isoToDotted(item.date),
        decimalComma(item.percent, 2),
        decimalComma(item.amount, 2),
        decimalComma(item.cumulative, 2),
        neutralise(translate(lang, item.condition)),
      ]);
    }
  }
  return out;
}
