import type { CatalogSet } from "../types";

/** Messages of the workbook area. Keys start with `workbook.` (finding messages: `rules.<rule-id>…`). */
export const workbook: CatalogSet = {
  ru: {},
  en: {},
  ky: {},
};
