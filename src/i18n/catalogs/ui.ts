import type { CatalogSet } from "../types";

/** Messages of the ui area. Keys start with `ui.` (finding messages: `rules.<rule-id>…`). */
export const ui: CatalogSet = {
  ru: {},
  en: {},
  ky: {},
};
