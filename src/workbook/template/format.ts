import type { Lang } from "../../i18n";

/** A date as people of that language type it: `01.03.2019` (ru, ky) or `2019-03-01` (en). */
export function dateText(iso: string, lang: Lang): string {
  if (lang === "en") return iso;
  const [y, m, d] = iso.split("-");
  return `${d ?? ""}.${m ?? ""}.${y ?? ""}`;
}

/** A decimal as typed in that language: decimal comma in Russian and Kyrgyz. */
export function decimalText(text: string, lang: Lang): string {
  return lang === "en" ? text : text.replace(".", ",");
}
