import type { MessageParams } from "../core/model";
import { ALL_CATALOGS } from "./catalogs";
import type { Catalog, Lang } from "./types";

export * from "./types";
export { formatDecimalText } from "./numbers";

function merge(lang: Lang): Catalog {
  const merged: Record<string, string> = {};
  for (const set of ALL_CATALOGS) Object.assign(merged, set[lang]);
  return merged;
}

const CATALOGS: Readonly<Record<Lang, Catalog>> = { ru: merge("ru"), en: merge("en"), ky: merge("ky") };

/** The text of a message key in a language, with `{param}` placeholders filled in. */
export function translate(lang: Lang, key: string, params?: MessageParams): string {
  const text = CATALOGS[lang][key] ?? CATALOGS.ru[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Every key known in a language (for completeness tests). */
export function catalogKeys(lang: Lang): readonly string[] {
  return Object.keys(CATALOGS[lang]);
}

/** A language from a tag such as `ru-RU`, `ky-KG` or `en-US`; Russian when unknown. */
export function langFromTag(tag: string | undefined | null): Lang {
  const base = (tag ?? "").toLowerCase().split(/[-_]/)[0];
  return base === "en" || base === "ky" ? base : "ru";
}
