import type Decimal from "decimal.js";
import { formatDecimalText, translate, type Lang } from "../../../i18n";

/** `400 000,00 сом` (ru, ky) or `400,000.00 som` (en): an amount in an alternative text. */
export function somText(amount: Decimal, lang: Lang): string {
  return translate(lang, "chart.som", { amount: formatDecimalText(amount.toFixed(2), lang) });
}

/** A score or a share as its reader writes it, with `decimals` decimals: `63,50` (ru, ky), `63.50` (en). */
export function decimalText(value: Decimal, lang: Lang, decimals = 2): string {
  return formatDecimalText(value.toFixed(decimals), lang);
}
