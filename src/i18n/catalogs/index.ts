import type { CatalogSet } from "../types";
import { charts } from "./charts";
import { cli } from "./cli";
import { core } from "./core";
import { execution } from "./execution";
import { executionOut } from "./execution-out";
import { files } from "./files";
import { forms } from "./forms";
import { office } from "./office";
import { filesCli } from "./files-cli";
import { output } from "./output";
import { protocol } from "./protocol";
import { rankingReasons } from "./ranking-reasons";
import { reading } from "./reading";
import { rules } from "./rules";
import { trancheDates } from "./tranche-dates";
import { ui } from "./ui";
import { web } from "./web";
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
  execution,
  output,
  protocol,
  cli,
  filesCli,
  files,
  ui,
  trancheDates,
  web,
  rankingReasons,
  executionOut,
  forms,
  office,
  charts,
];
