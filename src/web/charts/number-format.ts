import Decimal from "decimal.js";
import type { Lang } from "../../i18n";

/** What a chart's Excel number format (invariant codes, e.g. `#,##0.00`, `0.0%`) says about its numbers. */
export interface NumberStyle {
  readonly places: number;
  readonly percent: boolean;
  readonly grouped: boolean;
}

/** The style of an Excel number format's first section; literal text, colours and locales are ignored. */
export function numberStyle(code: string): NumberStyle {
  const section = (code.split(";")[0] ?? "")
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "");
  return {
    places: /\.(0+)/.exec(section)?.[1]?.length ?? 0,
    percent: section.includes("%"),
    grouped: section.includes(","),
  };
}

/**
 * A number as the page's language writes it, in the given style: `600 000,00` in Russian and Kyrgyz
 * (no-break space, decimal comma), `600,000.00` in English; percentages of fractions (0.6 → `60 %`).
 * Rounded half-up through decimal text, never float arithmetic.
 */
export function formatNumber(value: number, style: NumberStyle, lang: Lang): string {
  let exact = new Decimal(String(value));
  if (style.percent) exact = exact.times(100);
  const fixed = exact.toFixed(style.places, Decimal.ROUND_HALF_UP);
  const negative = fixed.startsWith("-") && !/^-0(\.0*)?$/.test(fixed);
  const [whole = "0", fraction] = fixed.replace(/^-/, "").split(".");
  const grouped = style.grouped
    ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "en" ? "," : "\u00a0")
    : whole;
  const text = `${negative ? "-" : ""}${grouped}${fraction === undefined ? "" : (lang === "en" ? "." : ",") + fraction}`;
  return style.percent ? `${text}\u00a0%` : text;
}
