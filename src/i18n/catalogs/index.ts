import type { CatalogSet } from "../types";
import { core } from "./core";

/**
 * Every area's catalogue. Each area owns its file (core, workbook, rules, cli, ui) so that keys of
 * one area never collide with another's: keys are prefixed with the area (`rules.`, `workbook.` …).
 */
export const ALL_CATALOGS: readonly CatalogSet[] = [core];
