import type { CatalogSet } from "../types";

/** Messages of the cli area. Keys start with `cli.` (finding messages: `rules.<rule-id>…`). */
export const cli: CatalogSet = {
  ru: {},
  en: {},
  ky: {},
};
