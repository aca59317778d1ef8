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
  for (const row of read.body?.rows ?? []) {
    const scores: Record<string, ScoreCell> = {};
    const scoreCells: Record<string, CellAddress> = {};
    let readable = true;
    for (const [col, code] of columns) {
      const address = grid.address(row, col);
      scoreCells[code] = address;
      const parsed = parseCell("score", grid.at(row, col));
      if (parsed.ok && typeof parsed.value === "object" && "kind" in parsed.value) {
        scores[code] = parsed.value;
      } else if (!parsed.ok) {
        readable = false;
        problems.push({ address, message: parsed.key, params: parsed.params });
      }
    }
    const base = good.get(row);
    if (!base || !readable) continue;
    rows.push({
      member: base.text("member") ?? "",
      application: base.text("application") ?? "",
      scores,
      comment: base.text("comment") ?? "",
      cells: base.cells(),
      scoreCells,
    });
  }
  // Where a finding about the scores as a whole points: the first cell of the header row.
  return { rows, problems, notes: read.notes, at: grid.address(table.headerRow, table.firstCol) };
}
