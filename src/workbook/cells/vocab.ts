import type { CellValue } from "../port";
import type { Localized } from "../schema/types";
import { normalizeWord } from "./normalize";
import { fail, ok, type Parsed } from "./parsed";
import { shown } from "./shown";

/** Every spelling of every term, normalized, to its term. */
function lookup<T extends string>(terms: Readonly<Record<T, Localized>>): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const term of Object.keys(terms) as T[]) {
    const names = terms[term];
    for (const name of [names.ru, names.en, names.ky, ...(names.aliases ?? [])]) {
      map.set(normalizeWord(name).replace(/\.$/, ""), term);
    }
  }
  return map;
}

/** A reader of one vocabulary (a budget category, an aggregation method …) in any language. */
export function vocabularyParser<T extends string>(
  terms: Readonly<Record<T, Localized>>,
  key: string,
): (value: CellValue) => Parsed<T> {
  const map = lookup(terms);
  return (value) => {
    if (typeof value !== "string") return fail(key, shown(value));
    const term = map.get(normalizeWord(value).replace(/\.$/, ""));
    return term === undefined ? fail(key, shown(value)) : ok(term);
  };
}
