export const LANGS = ["ru", "en", "ky"] as const;
export type Lang = (typeof LANGS)[number];

/** Message texts by key. `{name}` is replaced by the parameter of that name. */
export type Catalog = Readonly<Record<string, string>>;

/**
 * One area's messages. Russian and English are complete (a test checks every key); Kyrgyz is as far
 * as we could, and a missing Kyrgyz text falls back to Russian, which Kyrgyz municipal staff read.
 */
export interface CatalogSet {
  readonly ru: Catalog;
  readonly en: Catalog;
  readonly ky: Catalog;
}
