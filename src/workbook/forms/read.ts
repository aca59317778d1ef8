import Decimal from "decimal.js";
import type {
  Application,
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
import { isBlank, shown } from "../cells/shown";
import { formatAddress } from "../a1";
import type { SheetValues } from "../port";
import { spellings } from "../read/find-table";
import { Grid } from "../read/grid";
import { readTable } from "../read/rows";
import { FORM_DATE, FORM_MEMBER, FORM_SIGNATURE, FORM_STAMP, FORM_TABLE, FORM_TITLE } from "./vocab";

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

/**
 * Who gsz wrote the form for: the stamp in row 1 of a hidden column (layout.ts), `gsz-form:<name>`; a
 * person does not see it and does not edit it. Undefined when the form holds none.
 */
export function formStamp(grid: Grid): { name: string; cell: CellAddress } | undefined {
  for (let col = 0; col < grid.width(0); col += 1) {
    const value = grid.at(0, col);
    if (typeof value === "string" && value.startsWith(FORM_STAMP))
      return { name: value.slice(FORM_STAMP.length).trim(), cell: grid.address(0, col) };
  }
  return undefined;
}

/**
 * The member named beside the `Член комиссии` label, matched against Комиссия; it must be the member
 * the form was written for (its stamp): a form without a stamp, or one whose name was changed, is refused.
 */
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
    return { cell };
  }
  const stamp = formStamp(grid);
  if (!stamp) {
    problems.push({
      address: cell,
      message: "forms.read.no-stamp",
      params: { sheet: grid.sheet, member: name },
    });
  } else if (!sameName(stamp.name, name)) {
    problems.push({
      address: cell,
      message: "forms.read.member-changed",
      params: { sheet: grid.sheet, member: name, written: stamp.name },
    });
  }
  return { member, cell };
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
 * the caller names a form read from a file after the file). A form is a signed document: a member other
 * than the one it was written for (its stamp), a score out of range, a filled row of an application
 * not on Заявки or of one already on the form, and an Итого that is not the row's sum are problems.
 */
export function readScoringForm(
  sheet: SheetValues,
  context: {
    readonly criteria: readonly Criterion[];
    readonly commission: readonly Member[];
    readonly applications: readonly Application[];
  },
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
  const known = new Set(context.applications.map((a) => idKey(a.id)));
  const seen = new Map<string, CellAddress>();
  const rows: ScoreRow[] = [];
  for (const row of read.rows) {
    const scores: Record<string, ScoreCell> = {};
    const scoreCells: Record<string, CellAddress> = {};
    for (const [col, criterion] of columns) {
      const address = grid.address(row.row, col);
      scoreCells[criterion.code] = address;
      const parsed = parseCell("score", grid.at(row.row, col));
      if (parsed.ok && typeof parsed.value === "object" && "kind" in parsed.value) {
        scores[criterion.code] = parsed.value;
        outOfRange(parsed.value, criterion, address, problems);
      } else if (!parsed.ok) problems.push({ address, message: parsed.key, params: parsed.params });
    }
    const application = row.text("application") ?? "";
    const applicationCell = row.cell("application");
    // A row the member left blank signs nothing (it is no source either): only filled rows are checked.
    const filled =
      (row.text("comment") ?? "") !== "" || Object.values(scores).some((c) => c.kind !== "missing");
    if (applicationCell && filled) {
      const first = seen.get(idKey(application));
      if (!known.has(idKey(application))) {
        problems.push({
          address: applicationCell,
          message: "forms.read.application-unknown",
          params: { application },
        });
      } else if (first) {
        problems.push({
          address: applicationCell,
          message: "forms.read.application-twice",
          params: { application, other: formatAddress(first) },
        });
      } else seen.set(idKey(application), applicationCell);
    }
    const totalCol = table.columns.get("total");
    if (totalCol !== undefined) totalDiffers(grid, row.row, totalCol, scores, problems);
    rows.push({
      member: member?.name ?? "",
      application,
      scores,
      comment: row.text("comment") ?? "",
      cells: { member: memberCell, application: row.cell("application"), comment: row.cell("comment") },
      scoreCells,
    });
  }
  return { ...(member ? { member: member.name } : {}), rows, problems, notes: read.notes };
}

/** An application's number as ids are compared (case and spaces ignored, as duplicate-id does). */
function idKey(id: string): string {
  return id.trim().replace(/\s+/g, " ").toUpperCase();
}

/** A score below 0 or above its criterion's maximum: the member signed a number that cannot count. */
function outOfRange(
  cell: ScoreCell,
  criterion: Criterion,
  address: CellAddress,
  problems: InputProblem[],
): void {
  if (cell.kind !== "number") return;
  if (cell.value.isNegative() || cell.value.greaterThan(criterion.maxScore)) {
    problems.push({
      address,
      message: "forms.read.score-out-of-range",
      params: { score: cell.value.toString(), criterion: criterion.code, max: criterion.maxScore.toString() },
    });
  }
}

/**
 * The row's Итого, when it holds anything (a formula's result or a typed number), must be the sum of
 * the row's scores: the total a member signs is what counts. A blank Итого (a formula's "" before any
 * score, or cleared) says nothing and is accepted.
 */
function totalDiffers(
  grid: Grid,
  row: number,
  col: number,
  scores: Readonly<Record<string, ScoreCell>>,
  problems: InputProblem[],
): void {
  const raw = grid.at(row, col);
  if (isBlank(raw)) return;
  const numbers = Object.values(scores).flatMap((c) => (c.kind === "number" ? [c.value] : []));
  const sum = numbers.reduce((a, b) => a.plus(b), new Decimal(0));
  const total = parseCell("decimal", raw);
  const value = total.ok && total.value instanceof Decimal ? total.value : undefined;
  if (value !== undefined && value.equals(sum)) return;
  problems.push({
    address: grid.address(row, col),
    message: "forms.read.total-differs",
    params: { total: shown(raw), sum: sum.toString() },
  });
}
