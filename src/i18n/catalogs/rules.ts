import type { CatalogSet } from "../types";

/** Messages of the rules area. Keys start with `rules.` (finding messages: `rules.<rule-id>…`). */
export const rules: CatalogSet = {
  ru: {},
  en: {},
  ky: {},
};
