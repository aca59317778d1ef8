/** The Сводка: many programs (municipalities × years) in one consolidation (WORKBOOK.md "Сводка"). */
export { consolidate } from "./consolidate";
export { programFigures, type SourceFile } from "./figures";
export { organizationKey, projectKey, sameOrganization } from "./organization";
export { summed } from "./totals";
export type * from "./types";
