import type { GszInput, InputProblem } from "../../core/model";
import type { Lang } from "../../i18n";
import type { SheetValues, WorkbookPort } from "../port";
import { INPUT_SHEET_KINDS, type InputSheetKind } from "../schema/types";
import { SHEETS } from "../schema/names";
import { readApplications } from "./applications";
import { readBudget } from "./budget";
import { readCommission } from "./commission";
import { readContracts } from "./contracts";
import { readCriteria } from "./criteria";
import { Grid } from "./grid";
import { readProgram } from "./program";
import { readScores } from "./scores";
import { locateInputSheets, type FoundSheet } from "./sheets";

export { inputSheetKind, inputSheetNames, locateInputSheets, type FoundSheet } from "./sheets";
export { INPUT_SHEET_KINDS, type InputSheetKind } from "../schema/types";

/** Everything read, or every reason it could not be (in sheet order, then row and column). */
export type ReadInputResult =
  | { readonly input: GszInput; readonly problems: readonly [] }
  | { readonly input?: undefined; readonly problems: readonly InputProblem[] };

export interface ReadInputOptions {
  /** The language used to name a missing sheet and columns in messages; Russian by default. */
  readonly lang?: Lang;
}

/**
 * Parses the input sheets already fetched (`sheets`), given the workbook's sheet names. Pure: the
 * same values always give the same input or the same problems.
 */
export function parseInput(
  sheetNames: readonly string[],
  sheets: readonly SheetValues[],
  options: ReadInputOptions = {},
): ReadInputResult {
  const lang = options.lang ?? "ru";
  const located = locateInputSheets(sheetNames, lang);
  const problems: InputProblem[] = [];
  for (const kind of INPUT_SHEET_KINDS) {
    if (SHEETS[kind].required && !located[kind]) {
      const name = SHEETS[kind].name[lang];
      problems.push({
        address: { sheet: name, row: 1, col: 1 },
        message: "workbook.sheet.missing",
        params: { sheet: name },
      });
    }
  }
  const grid = (kind: InputSheetKind): { grid: Grid; found: FoundSheet } | undefined => {
    const found = located[kind];
    const values = found && sheets.find((sheet) => sheet.name === found.name);
    return found && values ? { grid: Grid.of(values), found } : undefined;
  };
  const sheetProblems = (list: readonly InputProblem[]): void => {
    problems.push(
      ...[...list].sort((a, b) => a.address.row - b.address.row || a.address.col - b.address.col),
    );
  };

  const programSheet = grid("program");
  const program = programSheet ? readProgram(programSheet.grid, programSheet.found.lang) : undefined;
  if (program) sheetProblems(program.problems);
  const read = <T>(
    kind: InputSheetKind,
    reader: (g: Grid, l: Lang) => { rows: T[]; problems: readonly InputProblem[] },
  ): T[] => {
    const sheet = grid(kind);
    if (!sheet) return [];
    const result = reader(sheet.grid, sheet.found.lang);
    sheetProblems(result.problems);
    return result.rows;
  };
  const applications = read("applications", readApplications);
  const budgetLines = read("budget", readBudget);
  const criteria = read("criteria", readCriteria);
  const commission = read("commission", readCommission);
  const scores = read("scores", (g, l) => readScores(g, l, criteria));
  const contracts = read("contracts", readContracts);

  if (problems.length > 0 || !program?.program) return { problems };
  return {
    input: { program: program.program, applications, budgetLines, criteria, commission, scores, contracts },
    problems: [],
  };
}

/**
 * Reads the whole input of a workbook: lists its sheets, fetches every input sheet in ONE
 * `readSheets` call (the Office adapter pays one round trip), finds each sheet by any of its
 * localized names and parses it. Either the input, or every problem found, each at its cell.
 */
export async function readInput(
  port: WorkbookPort,
  options: ReadInputOptions = {},
): Promise<ReadInputResult> {
  const names = await port.listSheets();
  const located = locateInputSheets(names, options.lang ?? "ru");
  const wanted = Object.values(located).map((sheet) => sheet.name);
  const sheets = wanted.length > 0 ? await port.readSheets(wanted) : [];
  return parseInput(names, sheets, options);
}
