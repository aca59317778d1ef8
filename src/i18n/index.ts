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
  return params ? fill(text, params) : text;
}

function fill(text: string, params: MessageParams): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

const PLURAL_RULES: Readonly<Record<Lang, Intl.PluralRules>> = {
  ru: new Intl.PluralRules("ru"),
  en: new Intl.PluralRules("en"),
  ky: new Intl.PluralRules("ky"),
};

/**
 * A counted phrase (`3 programs`, `3 программы`, `21 файла`): the text of `key.<category>`, the category
 * being the language's plural form of `count` (Intl.PluralRules: `one`, `few`, `many`, `other`), with
 * `{count}` and `params` filled in. A category a language's catalogue leaves out falls back to `other`
 * (Kyrgyz keeps the noun singular after a number: it needs only `other`), then to Russian's.
 */
export function translateCount(lang: Lang, key: string, count: number, params?: MessageParams): string {
  const values = { ...params, count };
  for (const l of lang === "ru" ? (["ru"] as const) : ([lang, "ru"] as const)) {
    const text = CATALOGS[l][`${key}.${PLURAL_RULES[l].select(count)}`] ?? CATALOGS[l][`${key}.other`];
    if (text !== undefined) return fill(text, values);
  }
  return key;
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
