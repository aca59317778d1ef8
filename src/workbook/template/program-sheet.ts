import Decimal from "decimal.js";
import type { ProgramField } from "../../core/model";
import { translate, type Lang } from "../../i18n";
import type { SheetLayout, ValidationLayout, WriteValue } from "../port";
import { DIRECTIONS_TABLE, PARAMETERS_TABLE } from "../schema/columns";
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
 * Программа: table 1 `Параметр | Значение` (a plain range: an Excel table would have to span the
 * four columns of table 2), an empty row, then table 2, the directions, as an Excel table.
 */
export function programSheet(lang: Lang, example: boolean): SheetLayout {
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
    titleRows: [1, HEADER_ROW],
    freezeRows: 1,
    validations,
  };
}
