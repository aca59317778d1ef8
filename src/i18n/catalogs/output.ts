import type { CatalogSet } from "../types";

/** Messages of the output area. Keys start with `output.` (finding messages: `rules.<rule-id>…`). */
export const output: CatalogSet = {
  ru: {},
  en: {},
  ky: {},
};
