import type { CellAddress, Criterion, InputProblem, ScoreCell, ScoreRow } from "../../core/model";
import type { Lang } from "../../i18n";
import { normalizeCode, normalizeHeader } from "../cells/normalize";
import { parseCell } from "../cells/parse-cell";
import { SCORES_TABLE } from "../schema/columns";
import type { Grid } from "./grid";
import { readTable, type SheetRead } from "./rows";

/** Which column holds which criterion: a header equal to a criterion's code (or its name). */
function criterionColumns(
  grid: Grid,
  extra: readonly { readonly col: number; readonly header: string }[],
  criteria: readonly Criterion[],
  headerRow: number,
  problems: InputProblem[],
): Map<number, string> {
  const byHeader = new Map<string, string>();
  for (const criterion of criteria) {
    byHeader.set(normalizeHeader(criterion.name), criterion.code);
  }
  // Codes win over names when a code happens to equal another criterion's name.
  for (const criterion of criteria) byHeader.set(normalizeCode(criterion.code), criterion.code);
  const columns = new Map<number, string>();
  const seen = new Set<string>();
  for (const { col, header } of extra) {
    const code = byHeader.get(normalizeCode(header)) ?? byHeader.get(normalizeHeader(header));
    if (code === undefined) continue;
    if (seen.has(code)) {
      problems.push({
        address: grid.address(headerRow, col),
        message: "workbook.column.duplicate",
        params: { column: header, sheet: grid.sheet },
      });
      continue;
    }
    seen.add(code);
    columns.set(col, code);
  }
  return columns;
}

/**
 * Sheet Оценки: the member and application columns, then one column per criterion code as the
 * secretary pastes it. A criterion without a column is simply absent from each row's scores. `at` is the
 * first cell of the header row (A1 without a header).
 */
/**
 * The addresses of one row's cells by key (a criterion code, or a field), made when asked for (for a
 * finding) rather than stored: a large Оценки has millions of cells, and an address object per cell
 * was most of the memory its rows took. A read-only record like any other (keys, entries, equality).
 */
function derivedAddresses<K extends string>(
  grid: Grid,
  colOf: ReadonlyMap<K, number>,
): (row: number) => Readonly<Record<K, CellAddress>> {
  const keys: string[] = [...colOf.keys()];
  const columnOf = (key: string | symbol): number | undefined =>
    typeof key === "string" ? colOf.get(key as K) : undefined;
  const handler: ProxyHandler<{ readonly row: number }> = {
    get: (target, key) => {
      const col = columnOf(key);
      return col === undefined ? undefined : grid.address(target.row, col);
    },
    has: (_, key) => columnOf(key) !== undefined,
    ownKeys: () => keys,
    getOwnPropertyDescriptor: (target, key) => {
      const col = columnOf(key);
      if (col === undefined) return undefined;
      return { value: grid.address(target.row, col), enumerable: true, configurable: true, writable: false };
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  };
  return (row) => new Proxy({ row }, handler) as unknown as Readonly<Record<K, CellAddress>>;
}

/** The score cells by criterion code: as the scores themselves, a code in two columns is the later column. */
function scoreColumns(columns: Iterable<readonly [number, string]>): Map<string, number> {
  const colOf = new Map<string, number>();
  for (const [col, code] of columns) colOf.set(code, col);
  return colOf;
}

export function readScores(
  grid: Grid,
  lang: Lang,
  criteria: readonly Criterion[],
): SheetRead<ScoreRow> & { readonly at: CellAddress } {
  const read = readTable(grid, SCORES_TABLE, lang);
  const problems: InputProblem[] = [...read.problems];
  const table = read.table;
  if (!table) return { rows: [], problems, notes: read.notes, at: grid.address(0, 0) };
  const columns = criterionColumns(grid, table.extra, criteria, table.headerRow, problems);
  const good = new Map(read.rows.map((row) => [row.row, row]));
  const rows: ScoreRow[] = [];
  const addresses = derivedAddresses(grid, scoreColumns(columns));
  // The member, application and comment cells present, in the table's order (as TableRow.cells gives them).
  const fields = (["member", "application", "comment"] as const).flatMap((field) => {
    const col = table.columns.get(field);
    return col === undefined ? [] : [[field, col] as const];
  });
  const rowCells = derivedAddresses(grid, new Map(fields));
  for (const row of read.body?.rows ?? []) {
    const scores: Record<string, ScoreCell> = {};
    const scoreCells = addresses(row);
    let readable = true;
    for (const [col, code] of columns) {
      const parsed = parseCell("score", grid.at(row, col));
      if (parsed.ok && typeof parsed.value === "object" && "kind" in parsed.value) {
        scores[code] = parsed.value;
      } else if (!parsed.ok) {
        readable = false;
        problems.push({ address: grid.address(row, col), message: parsed.key, params: parsed.params });
      }
    }
    const base = good.get(row);
    if (!base || !readable) continue;
    rows.push({
      member: base.text("member") ?? "",
      application: base.text("application") ?? "",
      scores,
      comment: base.text("comment") ?? "",
      cells: rowCells(row),
      scoreCells,
    });
  }
  // Where a finding about the scores as a whole points: the first cell of the header row.
  return { rows, problems, notes: read.notes, at: grid.address(table.headerRow, table.firstCol) };
}
