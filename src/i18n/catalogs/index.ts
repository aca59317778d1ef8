import type { CatalogSet } from "../types";
import { cli } from "./cli";
import { core } from "./core";
import { files } from "./files";
import { office } from "./office";
import { filesCli } from "./files-cli";
import { output } from "./output";
import { reading } from "./reading";
import { rules } from "./rules";
import { ui } from "./ui";
import { workbook } from "./workbook";

/**
 * Every area's catalogue. Each area owns its file so that keys never collide: keys are prefixed with
 * the area (`core.`, `workbook.`, `reading.`, `files.`, `output.`, `cli.`, `ui.`) or, for finding
 * messages, `rules.<rule-id>`.
 */
export const ALL_CATALOGS: readonly CatalogSet[] = [
  core,
  workbook,
  reading,
  rules,
  output,
  cli,
  filesCli,
  files,
  ui,
  office,
];
