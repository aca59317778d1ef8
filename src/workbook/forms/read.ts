import type {
  CellAddress,
  Criterion,
  Finding,
  InputProblem,
  Member,
  ScoreCell,
  ScoreRow,
} from "../../core/model";
import type { Lang } from "../../i18n";
import { normalizeCode, normalizeHeader, normalizeWord } from "../cells/normalize";
import { parseCell } from "../cells/parse-cell";
import { parseNonNegative } from "../cells/numbers";
import type { SheetValues } from "../port";
import { spellings } from "../read/find-table";
import { Grid } from "../read/grid";
import { readTable } from "../read/rows";
import { FORM_DATE, FORM_MEMBER, FORM_SIGNATURE, FORM_TABLE, FORM_TITLE } from "./vocab";

/** What one form gives: the member's score rows (as rows of Оценки), or the problems that stop the run. */
export interface FormRead {
  /** The member as Комиссия names them; undefined when the form names nobody on it. */
  readonly member?: string;
  readonly rows: readonly ScoreRow[];
  readonly problems: readonly InputProblem[];
  readonly notes: readonly Finding[];
}

/** Names compare as people read them: case, ё/е and spaces ignored. */
export function sameName(a: string, b: string): boolean {
  return normalizeWord(a) === normalizeWord(b);
}

const TITLES = new Set(spellings(FORM_TITLE));

/** Whether a sheet is a scoring form: its first filled cell of row 1 is the form's title, in any language. */
export function isScoringForm(sheet: SheetValues): boolean {
  const grid = Grid.of(sheet);
  const first = grid.firstFilled(0);
  const text = first === undefined ? undefined : grid.at(0, first);
  return typeof text === "string" && TITLES.has(normalizeHeader(text));
}

/** The first cell (row, col) among the first `rows` rows whose text is one of `words`. */
function findLabel(
  grid: Grid,
  words: ReadonlySet<string>,
  from: number,
  to: number,
): [number, number] | undefined {
  for (let row = from; row < Math.min(to, grid.rowCount); row += 1) {
    for (let col = 0; col < grid.width(row); col += 1) {
      const value = grid.at(row, col);
      if (typeof value === "string" && words.has(normalizeHeader(value))) return [row, col];
    }
  }
  return undefined;
}

/** The member named beside the `Член комиссии` label, matched against Комиссия. */
function readMember(
  grid: Grid,
  commission: readonly Member[],
  problems: InputProblem[],
): { member?: Member; cell: CellAddress } {
  const label = findLabel(grid, new Set(spellings(FORM_MEMBER)), 0, 20);
  if (!label) {
    problems.push({
      address: grid.address(0, 0),
      message: "forms.read.no-member",
      params: { sheet: grid.sheet },
    });
    return { cell: grid.address(0, 0) };
  }
  const [row, labelCol] = label;
  const col = grid.firstFilled(row, labelCol + 1) ?? labelCol + 1;
  const cell = grid.address(row, col);
  const value = grid.at(row, col);
  const name = typeof value === "string" ? value.trim() : "";
  const member = name === "" ? undefined : commission.find((m) => sameName(m.name, name));
  if (!member) {
    problems.push({
      address: cell,
      message: name === "" ? "forms.read.no-member" : "forms.read.member-unknown",
      params: { sheet: grid.sheet, member: name },
    });
  }
  return member ? { member, cell } : { cell };
}

/** The maximum written in a criterion header (`K1 (макс. 10)` → "10"), if any. */
function headerMax(header: string): string | undefined {
  const match = /\(([^()]*)\)\s*$/.exec(header);
  const number = match?.[1] ? /(\d+(?:[.,]\d+)?)/.exec(match[1])?.[1] : undefined;
  if (number === undefined) return undefined;
  const parsed = parseNonNegative(number.replace(",", "."));
  return parsed.ok ? parsed.value.toString() : undefined;
}

/**
 * Which column holds which criterion. The form's criteria must be exactly those of Критерии: a column
 * that is no criterion, a maximum that differs, or a criterion without a column is a problem.
 */
function criterionColumns(
  grid: Grid,
  headerRow: number,
  extra: readonly { readonly col: number; readonly header: string }[],
  criteria: readonly Criterion[],
  problems: InputProblem[],
): Map<number, Criterion> {
  const byCode = new Map(criteria.map((c) => [normalizeCode(c.code), c]));
  const columns = new Map<number, Criterion>();
  for (const { col, header } of extra) {
    const criterion = byCode.get(normalizeCode(header));
    const address = grid.address(headerRow, col);
    if (!criterion) {
      problems.push({ address, message: "forms.read.criterion-unknown", params: { column: header.trim() } });
      continue;
    }
    const max = headerMax(header);
    if (max !== undefined && max !== criterion.maxScore.toString()) {
      problems.push({
        address,
        message: "forms.read.criterion-max",
        params: { criterion: criterion.code, form: max, criteria: criterion.maxScore.toString() },
      });
    }
    columns.set(col, criterion);
  }
  const present = new Set(columns.values());
  for (const criterion of criteria.filter((c) => !present.has(c))) {
    problems.push({
      address: grid.address(headerRow, 0),
      message: "forms.read.criterion-missing",
      params: { criterion: criterion.code },
    });
  }
  return columns;
}

/**
 * Reads one filled scoring form (layout.ts) as rows of Оценки for its member. The table ends above the
 * date and signature lines; every address points at the form's own cells (the sheet's name as given:
 * the caller names a form read from a file after the file).
 */
export function readScoringForm(
  sheet: SheetValues,
  context: { readonly criteria: readonly Criterion[]; readonly commission: readonly Member[] },
  lang: Lang,
): FormRead {
  const grid = Grid.of(sheet);
  const problems: InputProblem[] = [];
  const { member, cell: memberCell } = readMember(grid, context.commission, problems);
  const signature = findLabel(
    grid,
    new Set([...spellings(FORM_DATE), ...spellings(FORM_SIGNATURE)]),
    1,
    grid.rowCount,
  );
  const read = readTable(grid, FORM_TABLE, lang, { alone: false, stops: signature ? [signature[0]] : [] });
  problems.push(...read.problems);
  const table = read.table;
  if (!table) return { rows: [], problems, notes: read.notes };
  const columns = criterionColumns(grid, table.headerRow, table.extra, context.criteria, problems);
  const rows: ScoreRow[] = [];
  for (const row of read.rows) {
    const scores: Record<string, ScoreCell> = {};
    const scoreCells: Record<string, CellAddress> = {};
    for (const [col, criterion] of columns) {
      const address = grid.address(row.row, col);
      scoreCells[criterion.code] = address;
      const parsed = parseCell("score", grid.at(row.row, col));
      if (parsed.ok && typeof parsed.value === "object" && "kind" in parsed.value)
        scores[criterion.code] = parsed.value;
      else if (!parsed.ok) problems.push({ address, message: parsed.key, params: parsed.params });
    }
    rows.push({
      member: member?.name ?? "",
      application: row.text("application") ?? "",
      scores,
      comment: row.text("comment") ?? "",
      cells: { member: memberCell, application: row.cell("application"), comment: row.cell("comment") },
      scoreCells,
    });
  }
  return { ...(member ? { member: member.name } : {}), rows, problems, notes: read.notes };
}
