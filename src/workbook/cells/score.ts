import type Decimal from "decimal.js";
import type { ScoreCell } from "../../core/model";
import type { CellValue } from "../port";
import { RECUSAL_MARKS } from "../schema/vocab";
import { normalizeWord } from "./normalize";
import { parseDecimal } from "./numbers";
import { fail, ok, type Parsed } from "./parsed";
import { isBlank, shown } from "./shown";

const MARKS = new Set(RECUSAL_MARKS.map(normalizeWord));

/**
 * Score cells are immutable values: a missing or recused cell, and a whole-number score up to 100,
 * is one shared object (a large Оценки holds millions of score cells, mostly small whole numbers).
 */
const MISSING: ScoreCell = Object.freeze({ kind: "missing" });
const RECUSED: ScoreCell = Object.freeze({ kind: "recused" });
const WHOLE = new Map<number, ScoreCell>();

function numberCell(value: Decimal): ScoreCell {
  const n = value.toNumber();
  if (!Number.isInteger(n) || n < 0 || n > 100) return { kind: "number", value };
  let cell = WHOLE.get(n);
  if (!cell) {
    cell = Object.freeze({ kind: "number", value });
    WHOLE.set(n, cell);
  }
  return cell;
}

/**
 * A score cell: a number (range is checked by the core's score-out-of-range rule, not here), blank
 * (missing), or a recusal mark such as `отвод`, `—` or `x`.
 */
export function parseScore(value: CellValue): Parsed<ScoreCell> {
  if (isBlank(value)) return ok(MISSING);
  if (typeof value === "string" && MARKS.has(normalizeWord(value))) return ok(RECUSED);
  if (typeof value !== "string" && typeof value !== "number") {
    return fail("workbook.cell.score", shown(value));
  }
  const parsed = parseDecimal(value, "workbook.cell.score");
  return parsed.ok ? ok(numberCell(parsed.value)) : parsed;
}
