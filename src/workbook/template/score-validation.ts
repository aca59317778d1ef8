import { cellRef } from "../a1";
import { RECUSAL_MARKS } from "../schema/vocab";

/**
 * The data-validation formula of a score cell: a number from 0 to the criterion's maximum (any
 * non-negative number when the template does not know it yet), or one of the recusal marks. Written for
 * the first score cell; Excel moves the reference with each cell. FIND (not SEARCH) so that `*` and `?`
 * are not wildcards; LOWER makes the marks case-insensitive, as the reader is.
 */
export function scoreCellFormula(row: number, col: number, max: number | undefined): string {
  const cell = cellRef(row, col);
  const range = max === undefined ? `${cell}>=0` : `${cell}>=0,${cell}<=${max}`;
  const marks = `"|${RECUSAL_MARKS.map((m) => m.toLowerCase().replace(/"/g, '""')).join("|")}|"`;
  return `OR(AND(ISNUMBER(${cell}),${range}),ISNUMBER(FIND("|"&LOWER(TRIM(${cell}))&"|",${marks})))`;
}
