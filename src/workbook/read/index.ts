/**
 * Reading the input sheets (WORKBOOK.md "Input sheets") into a GszInput.
 *
 * Decisions where WORKBOOK.md is silent:
 * - Required sheets: Программа, Заявки, Критерии, Комиссия, Оценки. Смета and Договоры may be
 *   absent (no budget lines, no contracts): a program is checked before budgets are broken down or
 *   contracts signed. So may Платежи and Отчёты (nothing paid or reported yet). A missing sheet is a problem at `<name in the chosen language>!A1`.
 * - A table is the row with the most known headers; it spans its contiguous header cells. It runs to
 *   the sheet's last row with data, or to before the next header row of another table of the sheet
 *   (Программа: parameters, directions, non-working days). Neither an empty row nor the end of its
 *   Excel table is its end (WORKBOOK.md): rows below the Excel table the adapter reports
 *   (SheetValues.tables: the one with the same header row, or containing it) are read, and the first
 *   is noted (info `table-not-extended`) (find-table.ts, body.ts). Table 3 of Программа
 *   (non-working days) is only recognised for now: table 2 ends at its header, and its rows are its
 *   own (neither read nor reported as not read).
 * - Inside a table, an empty row (within the table's columns) is skipped and reported (info
 *   `empty-row`, one finding per run of empty rows, at its first row's first cell); empty rows after
 *   the last data row are not. A row whose first filled cell starts with Итого / Итог / Всего /
 *   Total(s) / Бардыгы / Жыйынтык (case, spaces and a colon ignored) is a totals row: skipped,
 *   reported (info `totals-row`), and reading goes on below it. A row empty within the table's
 *   columns but holding data beside them is not read and is reported (warning `row-not-read`).
 * - Rows with data below the first table's header row that belong to no table (between tables
 *   that are not one below the other's end) are not read and are reported at their first filled cell
 *   (warning `row-not-read`); so is a row of Программа's table 1 whose key is no parameter (a
 *   misspelt key would otherwise vanish). Rows above a table's header row are titles, never reported.
 * - These notes do not stop the run: they come back as GszInput.notes, and analyze() returns them
 *   with the other findings (Расхождения sheet, JSON report, CLI).
 * - Two sheets naming the same input kind (`Заявки` and `Applications`): the first in workbook
 *   order is read; the second is a problem at its A1 naming both, unless it is empty.
 * - Blank source cells (Местный бюджет … Другие) are 0 som; so is a lone dash in any number cell.
 *   Anything else that is not a number is a problem at that cell, never a zero.
 * - `1,000` and `2.500` (one separator, three digits after) are refused as ambiguous.
 * - Money is ≥ 0 with at most 2 decimals; more decimals are refused, never rounded. Numbers from
 *   the workbook are taken at 15 significant digits, which removes formula float noise.
 * - Percent parameters: a plain number is a percent (10 = 10 %); adapters hand percent-formatted
 *   cells over as text such as `40%` (see cells/percent-text.ts).
 * - Dates: Excel date cells, serials in date columns, `dd.mm.yyyy`, `d.m.yyyy`, ISO; only years
 *   1990..2100. Program dates are read from the Значение column's text or date cells alike.
 * - Unknown columns are ignored (unknown parameters are reported, see above); a parameter given
 *   twice or a column header repeated is a problem at the second one.
 * - Score columns of Оценки are matched to Критерии by code (Cyrillic look-alikes such as `К1`
 *   match `K1`) or by criterion name; score cells carry no Excel validation (a decimal rule would
 *   refuse `отвод`).
 * - A fractional number in Комиссия.Отвод is refused: Russian Excel turns `3,5` into 3.5.
 */
import {
  compareFindings,
  type CellAddress,
  type Finding,
  type GszInput,
  type InputProblem,
} from "../../core/model";
import type { Lang } from "../../i18n";
import type { SheetValues, WorkbookPort } from "../port";
import { INPUT_SHEET_KINDS, type InputSheetKind } from "../schema/types";
import { SHEETS } from "../schema/names";
import { readApplications } from "./applications";
import { readBudget } from "./budget";
import { readCommission } from "./commission";
import { readContracts } from "./contracts";
import { readCriteria } from "./criteria";
import { readPayments } from "./payments";
import { Grid } from "./grid";
import { readProgram } from "./program";
import { readReports } from "./reports";
import { readScores } from "./scores";
import type { SheetRead } from "./rows";
import { duplicateInputSheets, locateInputSheets, type FoundSheet } from "./sheets";

export {
  duplicateInputSheets,
  inputSheetKind,
  inputSheetNames,
  isInputSheetName,
  locateInputSheets,
  type DuplicateSheet,
  type FoundSheet,
} from "./sheets";
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
  const notes: Finding[] = [];
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
  for (const duplicate of duplicateInputSheets(sheetNames)) {
    const values = sheets.find((sheet) => sheet.name === duplicate.name);
    const grid = values && Grid.of(values);
    if (!grid || grid.lastRowWithData() < 0) continue;
    problems.push({
      address: { sheet: duplicate.name, row: 1, col: 1 },
      message: "reading.sheet.duplicate",
      params: { sheet: duplicate.name, first: duplicate.first },
    });
  }
  const sheetProblems = (list: readonly InputProblem[]): void => {
    problems.push(
      ...[...list].sort((a, b) => a.address.row - b.address.row || a.address.col - b.address.col),
    );
  };

  const programSheet = grid("program");
  const program = programSheet ? readProgram(programSheet.grid, programSheet.found.lang) : undefined;
  if (program) {
    sheetProblems(program.problems);
    notes.push(...program.notes);
  }
  const read = <T>(kind: InputSheetKind, reader: (g: Grid, l: Lang) => SheetRead<T>): T[] => {
    const sheet = grid(kind);
    if (!sheet) return [];
    const result = reader(sheet.grid, sheet.found.lang);
    sheetProblems(result.problems);
    notes.push(...result.notes);
    return result.rows;
  };
  const applications = read("applications", readApplications);
  const budgetLines = read("budget", readBudget);
  const criteria = read("criteria", readCriteria);
  const commission = read("commission", readCommission);
  let scoresAt: CellAddress | undefined;
  const scores = read("scores", (g, l) => {
    const result = readScores(g, l, criteria);
    scoresAt = result.at;
    return result;
  });
  const contracts = read("contracts", readContracts);
  const payments = read("payments", readPayments);
  const reports = read("reports", readReports);

  if (problems.length > 0 || !program?.program) return { problems };
  return {
    input: {
      program: program.program,
      applications,
      budgetLines,
      criteria,
      commission,
      scores,
      contracts,
      ...(payments.length > 0 ? { payments } : {}),
      ...(reports.length > 0 ? { reports } : {}),
      notes: notes.sort(compareFindings),
      ...(scoresAt ? { scoresAt } : {}),
    },
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
  // Duplicates are fetched too, in the same call: a filled one is a problem, an empty one is not.
  const wanted = [
    ...Object.values(located).map((sheet) => sheet.name),
    ...duplicateInputSheets(names).map((sheet) => sheet.name),
  ];
  const sheets = wanted.length > 0 ? await port.readSheets(wanted) : [];
  return parseInput(names, sheets, options);
}
