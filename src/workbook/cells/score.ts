import type { ScoreCell } from "../../core/model";
import type { CellValue } from "../port";
import { RECUSAL_MARKS } from "../schema/vocab";
import { normalizeWord } from "./normalize";
import { parseDecimal } from "./numbers";
import { fail, ok, type Parsed } from "./parsed";
import { isBlank, shown } from "./shown";

const MARKS = new Set(RECUSAL_MARKS.map(normalizeWord));

/**
 * A score cell: a number (range is checked by the core's score-out-of-range rule, not here), blank
 * (missing), or a recusal mark such as `отвод`, `—` or `x`.
 */
export function parseScore(value: CellValue): Parsed<ScoreCell> {
  if (isBlank(value)) return ok({ kind: "missing" });
  if (typeof value === "string" && MARKS.has(normalizeWord(value))) return ok({ kind: "recused" });
  if (typeof value !== "string" && typeof value !== "number") {
    return fail("workbook.cell.score", shown(value));
  }
  const parsed = parseDecimal(value, "workbook.cell.score");
  return parsed.ok ? ok({ kind: "number", value: parsed.value }) : parsed;
}
