import { LANGS, translate, type Lang } from "../../i18n";

/** The output sheets, in the order they are written. */
export const OUTPUT_KINDS = [
  "ranking",
  "cofinancing",
  "tranches",
  "discrepancies",
  "protocol",
  "execution",
] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

/** The output sheet names in one language (Рейтинг, Софинансирование, Транши, Расхождения, Протокол). */
export function outputSheetName(lang: Lang, kind: OutputKind): string {
  return translate(lang, `output.sheet.${kind}`);
}

/**
 * Every output sheet name in every language. A workbook run in Russian and later in English holds
 * both sets; stale detection and "is this an input sheet" checks must know them all.
 */
export function allOutputSheetNames(): readonly string[] {
  const names = new Set<string>();
  for (const lang of LANGS) for (const kind of OUTPUT_KINDS) names.add(outputSheetName(lang, kind));
  return [...names];
}
