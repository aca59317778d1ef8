import Decimal from "decimal.js";
import { fixedNonWorkingDays } from "../../core/dates";
import type { ProgramField } from "../../core/model";
import { translate, type Lang } from "../../i18n";
import type { SheetLayout, ValidationLayout, WriteValue } from "../port";
import { DIRECTIONS_TABLE, NON_WORKING_DAYS_TABLE, PARAMETERS_TABLE } from "../schema/columns";
import { SHEETS } from "../schema/names";
import { PARAMETERS } from "../schema/parameters";
import { AGGREGATION_NAMES, TIE_BREAK_NAMES } from "../schema/vocab";
import { EXAMPLE_APPLICATIONS, EXAMPLE_DIRECTIONS, EXAMPLE_PROGRAM, pick } from "./example-data";
import { EXAMPLE_CONTRACTS } from "./example-data";
import { EXAMPLE_AS_OF } from "./example-execution";
import { dateText, decimalText } from "./format";
import { HEADER_ROW } from "./sheet-builder";

/** The plan of each co-financing source: exactly what the funded (contracted) applications bring. */
function plannedSource(source: "localBudget" | "community" | "ngo" | "other"): number {
  const funded = new Set(EXAMPLE_CONTRACTS.map((c) => c.application));
  return EXAMPLE_APPLICATIONS.filter((a) => funded.has(a.id))
    .reduce((sum, a) => sum.plus(a[source]), new Decimal(0))
    .toNumber();
}

function exampleValue(field: ProgramField, lang: Lang): WriteValue {
  const p = EXAMPLE_PROGRAM;
  const values: Readonly<Record<ProgramField, WriteValue>> = {
    municipality: pick(p.municipality, lang),
    name: pick(p.name, lang),
    year: p.year,
    // Column Значение holds text of every kind, so dates are written as the text people type.
    start: dateText(p.start, lang),
    end: dateText(p.end, lang),
    budget: p.budget,
    planLocalBudget: plannedSource("localBudget"),
    planCommunity: plannedSource("community"),
    planNgo: plannedSource("ngo"),
    planOther: plannedSource("other"),
    minCofinancingPct: p.minCofinancingPct,
    minNgoPct: p.minNgoPct,
    maxStaffPct: p.maxStaffPct,
    maxAdminPct: p.maxAdminPct,
    passScore: p.passScore,
    aggregation: AGGREGATION_NAMES.mean[lang],
    divergenceThreshold: p.divergenceThreshold,
    quorum: p.quorum,
    tieBreak: TIE_BREAK_NAMES["earlier-submission"][lang],
    trancheScheme: p.trancheScheme,
    trancheRounding: decimalText("0.01", lang),
    meetingDate: dateText(p.meetingDate, lang),
    releaseThresholdPct: p.releaseThresholdPct,
    reallocationPct: p.reallocationPct,
    asOf: dateText(EXAMPLE_AS_OF, lang),
  };
  return values[field];
}

/**
 * Parameters with a list in Excel. Not Округление траншей: an inline list is comma-separated, so
 * `0,01` cannot be one of its values.
 */
const LISTS: Partial<Record<ProgramField, (lang: Lang) => readonly string[]>> = {
  aggregation: (lang) => Object.values(AGGREGATION_NAMES).map((n) => n[lang]),
  tieBreak: (lang) => Object.values(TIE_BREAK_NAMES).map((n) => n[lang]),
};

/**
 * Table 3 `Дата | Нерабочий день`: the fixed non-working days of Kyrgyzstan in `year` under the Labour
 * Code in force that year, named in the template's language; people add the lunar holidays and moved
 * days off below. Dates are written as the text people type (column A holds text).
 */
function nonWorkingDayRows(lang: Lang, year: number): WriteValue[][] {
  return fixedNonWorkingDays(year).map((day) => [dateText(day.date, lang), translate(lang, day.name)]);
}

/**
 * Программа: table 1 `Параметр | Значение` (a plain range: an Excel table would have to span the
 * four columns of table 2), an empty row, table 2, the directions, as an Excel table, an empty row, then
 * table 3, the non-working days (a plain range of two columns). Table 3 is pre-filled for the example's
 * budget year, or for a blank template for `year` (the current year unless given: the competition a
 * secretary prepares is most often this year's, and days of the wrong year are simply never hit).
 */
export function programSheet(
  lang: Lang,
  example: boolean,
  year: number = new Date().getUTCFullYear(),
): SheetLayout {
  const params = PARAMETERS.map((spec): WriteValue[] => [
    spec.key[lang],
    example ? exampleValue(spec.field, lang) : null,
  ]);
  const directionsHeader = HEADER_ROW + params.length + 2;
  const directions: WriteValue[][] = example
    ? EXAMPLE_DIRECTIONS.map((d) => [d.code, pick(d.name, lang), d.allocated, d.maxPerProject])
    : [[null, null, null, null]];
  const validations: ValidationLayout[] = [];
  PARAMETERS.forEach((spec, i) => {
    const list = LISTS[spec.field];
    if (!list) return;
    const row = HEADER_ROW + 1 + i;
    validations.push({
      firstRow: row,
      lastRow: row,
      firstCol: 2,
      lastCol: 2,
      rule: { kind: "list", values: list(lang) },
      message: translate(lang, "workbook.validation.list"),
    });
  });
  const [key, value] = PARAMETERS_TABLE.columns;
  const holidaysHeader = directionsHeader + directions.length + 2;
  const holidays = nonWorkingDayRows(lang, example ? EXAMPLE_PROGRAM.year : year);
  const widths = DIRECTIONS_TABLE.columns.map((c) => c.width);
  return {
    name: SHEETS.program.name[lang],
    rows: [
      [translate(lang, "workbook.title.program")],
      [],
      [key?.header[lang] ?? "", value?.header[lang] ?? ""],
      ...params,
      [],
      DIRECTIONS_TABLE.columns.map((c) => c.header[lang]),
      ...directions,
      [],
      NON_WORKING_DAYS_TABLE.columns.map((c) => c.header[lang]),
      ...holidays,
    ],
    columns: [
      { width: Math.max(widths[0] ?? 0, key?.width ?? 0), format: "text" },
      { width: Math.max(widths[1] ?? 0, value?.width ?? 0), format: "text" },
      { width: widths[2] ?? 14, format: "money" },
      { width: widths[3] ?? 16, format: "money" },
    ],
    tables: [
      { name: "GszDirections", headerRow: directionsHeader, lastRow: directionsHeader + directions.length },
    ],
    titleRows: [1, HEADER_ROW, holidaysHeader],
    freezeRows: 1,
    validations,
  };
}
