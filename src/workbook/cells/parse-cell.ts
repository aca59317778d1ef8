import type Decimal from "decimal.js";
import type { ScoreCell } from "../../core/model";
import type { CellValue } from "../port";
import type { CellType } from "../schema/types";
import { AGGREGATION_NAMES, CATEGORY_NAMES, TIE_BREAK_NAMES } from "../schema/vocab";
import { parseDate, parseDateList } from "./dates";
import {
  parseInteger,
  parseMoney,
  parseNonNegative,
  parsePercent,
  parseRounding,
  parseYear,
} from "./numbers";
import { fail, type Parsed } from "./parsed";
import { parseSchemeCell } from "./scheme";
import { parseScore } from "./score";
import { shown } from "./shown";
import { parseId, parseIdList, parseText } from "./text";
import { vocabularyParser } from "./vocab";

/**
 * A parsed cell: text, ids, dates (ISO) and vocabulary terms are strings; amounts are Decimal;
 * counts and years are numbers; lists are arrays; a score is a ScoreCell.
 */
export type CellData = string | number | Decimal | readonly string[] | readonly Decimal[] | ScoreCell;

const PARSERS: Readonly<Record<CellType, (value: CellValue) => Parsed<CellData>>> = {
  text: parseText,
  id: parseId,
  money: parseMoney,
  decimal: parseNonNegative,
  percent: parsePercent,
  integer: parseInteger,
  year: parseYear,
  date: parseDate,
  score: parseScore,
  idList: parseIdList,
  dateList: parseDateList,
  scheme: parseSchemeCell,
  category: vocabularyParser(CATEGORY_NAMES, "workbook.cell.category"),
  aggregation: vocabularyParser(AGGREGATION_NAMES, "workbook.cell.aggregation"),
  tieBreak: vocabularyParser(TIE_BREAK_NAMES, "workbook.cell.tieBreak"),
  rounding: parseRounding,
};

/**
 * Reads a non-blank cell as its column's type. An Excel error value (#REF!, #N/A) is refused with
 * its own message whatever the type: a formula upstream is broken, and no number stands in for it.
 */
export function parseCell(type: CellType, value: CellValue): Parsed<CellData> {
  if (value !== null && typeof value === "object" && "error" in value) {
    return fail("workbook.cell.errorValue", shown(value));
  }
  return PARSERS[type](value);
}
