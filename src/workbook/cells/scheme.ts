import type Decimal from "decimal.js";
import { parseScheme as parseSchemeText } from "../../core/tranches/parse-scheme";
import type { CellValue } from "../port";
import { numberToDecimal } from "./number-text";
import { fail, ok, type Parsed } from "./parsed";
import { shown } from "./shown";

/**
 * A tranche scheme (`50/30/20`, `100`, `33,33/33,33/33,34`), read by the core's own parser so that
 * the workbook and the engine agree. A number cell is a one-tranche scheme (`100`).
 */
export function parseSchemeCell(value: CellValue): Parsed<readonly Decimal[]> {
  let text: string | undefined;
  if (typeof value === "string") text = value;
  else if (typeof value === "number") text = numberToDecimal(value)?.toFixed();
  if (text === undefined) return fail("workbook.cell.scheme", shown(value));
  const parsed = parseSchemeText(text.trim());
  return parsed.ok ? ok(parsed.percents) : fail("workbook.cell.scheme", shown(value));
}
