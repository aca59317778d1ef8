import { formsOfFiles, type ReadFormFile } from "./form-files";
import type { Criterion, GszInput, InputProblem, ScoreRow } from "../core/model";
import type { Lang } from "../i18n";
import { normalizeCode, normalizeHeader } from "../workbook/cells/normalize";
import { isScoringForm } from "../workbook/forms";
import type { CellValue, WorkbookPort } from "../workbook/port";
import { isInputSheetName, locateInputSheets, readInput } from "../workbook/read";
import { findTable } from "../workbook/read/find-table";
import { Grid } from "../workbook/read/grid";
import { allOutputSheetNames } from "../workbook/render";
import { SCORES_TABLE } from "../workbook/schema/columns";
import { memberFormSheets } from "./forms-out";
import { addFormScores } from "./score-forms";

/** What "Create scoring forms" did. */
export type CreateFormsOutcome =
  | { readonly kind: "problems"; readonly problems: readonly InputProblem[] }
  | { readonly kind: "no-members" }
  | { readonly kind: "done"; readonly sheets: readonly string[] };

/**
 * The add-in's "Create scoring forms": one form per commission member as a new sheet of the workbook,
 * named after the member; an existing sheet (a form handed out before, maybe filled) is never replaced.
 */
export async function createFormSheets(port: WorkbookPort, lang: Lang): Promise<CreateFormsOutcome> {
  const read = await readInput(port, { lang });
  if (!read.input) return { kind: "problems", problems: read.problems };
  if (read.input.commission.length === 0) return { kind: "no-members" };
  const layouts = memberFormSheets(read.input, lang, await port.listSheets());
  await port.writeSheets(layouts);
  return { kind: "done", sheets: layouts.map((l) => l.name) };
}

/** What "Collect scores" did: nothing (problems, no forms, a port that cannot append) or rows appended. */
export type CollectOutcome =
  | { readonly kind: "problems"; readonly problems: readonly InputProblem[] }
  | { readonly kind: "no-forms" }
  | { readonly kind: "unsupported"; readonly sheet: string }
  | {
      readonly kind: "done";
      readonly sheet: string;
      readonly rows: number;
      readonly forms: readonly string[];
    };

const RECUSED: Readonly<Record<Lang, string>> = { ru: "отвод", en: "recused", ky: "отвод" };

/** Where each field and criterion goes on Оценки: 0-based columns from the table's first column. */
interface ScoresColumns {
  readonly firstCol: number;
  readonly width: number;
  readonly member: number;
  readonly application: number;
  readonly comment?: number;
  readonly criteria: ReadonlyMap<string, number>;
}

function scoresColumns(
  grid: Grid,
  lang: Lang,
  criteria: readonly Criterion[],
  problems: InputProblem[],
): ScoresColumns | undefined {
  const table = findTable(grid, SCORES_TABLE, lang).table;
  const member = table?.columns.get("member");
  const application = table?.columns.get("application");
  if (!table || member === undefined || application === undefined) return undefined;
  const byHeader = new Map<string, string>();
  for (const c of criteria) byHeader.set(normalizeHeader(c.name), c.code);
  for (const c of criteria) byHeader.set(normalizeCode(c.code), c.code);
  const found = new Map<string, number>();
  for (const { col, header } of table.extra) {
    const code = byHeader.get(normalizeCode(header)) ?? byHeader.get(normalizeHeader(header));
    if (code !== undefined && !found.has(code)) found.set(code, col);
  }
  for (const c of criteria.filter((c) => !found.has(c.code))) {
    problems.push({
      address: grid.address(table.headerRow, table.firstCol),
      message: "forms.collect.no-column",
      params: { criterion: c.code, sheet: grid.sheet },
    });
  }
  const comment = table.columns.get("comment");
  const at = (col: number): number => col - table.firstCol;
  return {
    firstCol: table.firstCol,
    width: table.lastCol - table.firstCol + 1,
    member: at(member),
    application: at(application),
    ...(comment === undefined ? {} : { comment: at(comment) }),
    criteria: new Map([...found].map(([code, col]) => [code, at(col)])),
  };
}

/** A form's row as a row of Оценки, cell by cell under the table's columns. */
function scoresRow(row: ScoreRow, columns: ScoresColumns, lang: Lang): CellValue[] {
  const values: CellValue[] = Array.from({ length: columns.width }, () => null);
  values[columns.member] = row.member;
  values[columns.application] = row.application;
  if (columns.comment !== undefined && row.comment !== "") values[columns.comment] = row.comment;
  for (const [code, col] of columns.criteria) {
    const cell = row.scores[code];
    if (cell?.kind === "number") values[col] = cell.value.toNumber();
    else if (cell?.kind === "recused") values[col] = RECUSED[lang];
  }
  return values;
}

/**
 * The add-in's "Collect scores": the filled scoring forms that are sheets of this workbook (A1 is the
 * form's title), or, when `files` are given ("Collect from files"), the forms in those files (named after
 * them), are read like `run --scores` reads form files, and their rows are APPENDED to Оценки
 * below its last row with data (an Excel table there is extended), never over a row. Refused, with
 * nothing changed: any problem of a form, and the same member and application on Оценки and a form (or
 * two forms), at both cells — so collecting twice is refused too.
 */
export async function collectFormScores(
  port: WorkbookPort,
  lang: Lang,
  files: readonly ReadFormFile[] = [],
): Promise<CollectOutcome> {
  const names = await port.listSheets();
  const read = await readInput(port, { lang });
  if (!read.input) return { kind: "problems", problems: read.problems };
  const input: GszInput = read.input;
  const outputs = new Set(allOutputSheetNames());
  const candidates = names.filter((n) => !isInputSheetName(n) && !outputs.has(n));
  const chosen = formsOfFiles(files, names);
  if (chosen.kind === "problems") return chosen;
  const forms = [
    ...(candidates.length > 0 && files.length === 0 ? await port.readSheets(candidates) : []).filter(
      isScoringForm,
    ),
    ...chosen.forms,
  ];
  if (forms.length === 0) return { kind: "no-forms" };
  const added = addFormScores(input, forms, lang);
  if (!added.input) return { kind: "problems", problems: added.problems };
  const sheet = locateInputSheets(names, lang).scores?.name;
  const [values] = sheet === undefined ? [] : await port.readSheets([sheet]);
  if (sheet === undefined || values === undefined) return { kind: "no-forms" };
  const problems: InputProblem[] = [];
  const columns = scoresColumns(Grid.of(values), lang, input.criteria, problems);
  if (!columns || problems.length > 0) return { kind: "problems", problems };
  if (!port.appendRows) return { kind: "unsupported", sheet };
  const rows = added.input.scores.slice(input.scores.length).map((row) => scoresRow(row, columns, lang));
  if (rows.length > 0 && added.filled.length > 0) await port.appendRows(sheet, columns.firstCol + 1, rows);
  if (added.filled.length === 0) return { kind: "no-forms" };
  return { kind: "done", sheet, rows: rows.length, forms: added.filled };
}
