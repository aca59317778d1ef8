import Decimal from "decimal.js";
import type { CellValue } from "../port";
import { numberToDecimal } from "./number-text";
import { fail, ok, type Parsed } from "./parsed";
import { shown } from "./shown";

/** Free text (names, descriptions): text, or a number written as it shows. */
export function parseText(value: CellValue): Parsed<string> {
  if (typeof value === "string") return ok(value.replace(/\s+/g, " ").trim());
  if (typeof value === "number") {
    const d = numberToDecimal(value);
    return d ? ok(d.toFixed()) : fail("workbook.cell.text", shown(value));
  }
  return fail("workbook.cell.text", shown(value));
}

/** A number or code (application 7, direction `1`, contract `Д-7`): text, or a number as its digits. */
export function parseId(value: CellValue): Parsed<string> {
  const parsed = parseText(value);
  return parsed.ok ? parsed : fail("workbook.cell.id", shown(value));
}

/**
 * Application numbers separated by `,` or `;`. A fractional number is refused: it is what Russian
 * Excel makes of `3,5` typed into a number cell, and guessing the digits back is unsafe.
 */
export function parseIdList(value: CellValue): Parsed<readonly string[]> {
  if (typeof value === "number") {
    const d = numberToDecimal(value);
    return d && d.isInteger() ? ok([d.toFixed()]) : fail("workbook.cell.idList", shown(value));
  }
  if (typeof value !== "string") return fail("workbook.cell.idList", shown(value));
  const ids = value
    .split(/[,;\n]/)
    .map((part) => part.replace(/\s+/g, " ").trim())
    .filter((part) => part !== "");
  return ok(ids);
}

/** A Decimal as an id, for tests and templates: `7` → "7". */
export function idOf(n: number | Decimal): string {
  return new Decimal(n).toFixed();
}
