import type { Lang } from "./types";

const DECIMAL = /^(-?)(\d+)\.(\d+)$/;

/**
 * A decimal string (`160000.00`, as the core writes amounts) the way a reader of the language writes
 * it: `160 000,00` in Russian and Kyrgyz (no-break space, decimal comma), `160,000.00` in English.
 * Only decimals with a fractional part are amounts or shares: anything else (a year, an application
 * number, a name) comes back unchanged.
 */
export function formatDecimalText(text: string, lang: Lang): string {
  const match = DECIMAL.exec(text);
  if (!match) return text;
  const [, sign = "", whole = "", fraction = ""] = match;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "en" ? "," : "\u00a0");
  const point = lang === "en" ? "." : ",";
  return `${sign}${grouped}${point}${fraction}`;
}
