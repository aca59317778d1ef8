import type { Lang } from "../../i18n";
import { isoToDotted } from "../cells/dates";

/** A date as people of that language type it: `01.03.2019` (ru, ky) or `2019-03-01` (en). */
export function dateText(iso: string, lang: Lang): string {
  return lang === "en" ? iso : isoToDotted(iso);
}

/** A decimal as typed in that language: decimal comma in Russian and Kyrgyz. */
export function decimalText(text: string, lang: Lang): string {
  return lang === "en" ? text : text.replace(".", ",");
}
