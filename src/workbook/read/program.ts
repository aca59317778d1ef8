import Decimal from "decimal.js";
import type {
  Aggregation,
  CellAddress,
  Direction,
  Finding,
  InputProblem,
  IsoDate,
  Program,
  ProgramField,
  TieBreak,
} from "../../core/model";
import type { Lang } from "../../i18n";
import { normalizeHeader } from "../cells/normalize";
import { parseCell, type CellData } from "../cells/parse-cell";
import { parseText } from "../cells/text";
import {
  DIRECTIONS_TABLE,
  NON_WORKING_DAYS_TABLE,
  PARAMETERS_TABLE,
  PROGRAM_TABLES,
} from "../schema/columns";
import { PARAMETERS, type ParameterSpec } from "../schema/parameters";
import { AGGREGATION_NAMES, TIE_BREAK_NAMES } from "../schema/vocab";
import { rowsNotRead, tableBody, type RowSpan } from "./body";
import { findTable, headerRows, spellings } from "./find-table";
import type { Grid } from "./grid";
import { nonWorkingDaysOtherYear, programYears } from "./non-working-days";
import { percentAsFraction } from "./percent-as-fraction";
import { isNothing, readTable, type TableRow } from "./rows";

const AGGREGATIONS = Object.keys(AGGREGATION_NAMES) as Aggregation[];
const TIE_BREAKS = Object.keys(TIE_BREAK_NAMES) as TieBreak[];

const BY_KEY: ReadonlyMap<string, ParameterSpec> = new Map(
  PARAMETERS.flatMap((spec) => spellings(spec.key).map((key) => [key, spec] as const)),
);

interface ParameterValues {
  readonly values: ReadonlyMap<ProgramField, CellData>;
  readonly cells: Partial<Record<ProgramField, CellAddress>>;
  readonly problems: readonly InputProblem[];
  readonly notes: readonly Finding[];
  readonly span?: RowSpan;
}

/** A row of table 1 whose key is no parameter: not read, and said so at its first filled cell. */
function unknownParameter(grid: Grid, row: number, keyCol: number, key: string | undefined): Finding {
  return {
    rule: "row-not-read",
    severity: "warning",
    address: grid.address(row, grid.firstFilled(row) ?? keyCol),
    message: key ? "rules.row-not-read.parameter" : "rules.row-not-read.no-key",
    params: key ? { param: key } : {},
  };
}

/** Table 1 `Параметр | Значение`: each known key's value, read by that parameter's type. */
function readParameters(grid: Grid, lang: Lang, stops: readonly number[]): ParameterValues {
  const found = findTable(grid, PARAMETERS_TABLE, lang);
  const problems: InputProblem[] = [...found.problems];
  const values = new Map<ProgramField, CellData>();
  const cells: Partial<Record<ProgramField, CellAddress>> = {};
  const table = found.table;
  const keyCol = table?.columns.get("key");
  const valueCol = table?.columns.get("value");
  if (!table || keyCol === undefined || valueCol === undefined) return { values, cells, problems, notes: [] };
  const body = tableBody(grid, table, stops);
  const notes: Finding[] = [...body.notes];
  for (const row of body.rows) {
    const key = parseText(grid.at(row, keyCol));
    // A row whose key is no parameter (a misspelt key, a note, a title) is reported, never read.
    const spec = key.ok ? BY_KEY.get(normalizeHeader(key.value)) : undefined;
    if (!spec) {
      notes.push(unknownParameter(grid, row, keyCol, key.ok && key.value !== "" ? key.value : undefined));
      continue;
    }
    if (cells[spec.field]) {
      problems.push({
        address: grid.address(row, keyCol),
        message: "workbook.param.duplicate",
        params: { param: spec.key[lang] },
      });
      continue;
    }
    const address = grid.address(row, valueCol);
    cells[spec.field] = address;
    const raw = grid.at(row, valueCol);
    if (isNothing(raw, spec.type)) {
      if (spec.required) {
        problems.push({ address, message: "workbook.cell.required", params: { column: spec.key[lang] } });
      }
      continue;
    }
    const parsed = parseCell(spec.type, raw);
    if (parsed.ok) values.set(spec.field, parsed.value);
    else problems.push({ address, message: parsed.key, params: parsed.params });
  }
  for (const spec of PARAMETERS) {
    if (spec.required && !cells[spec.field]) {
      problems.push({
        address: grid.address(table.headerRow, table.firstCol),
        message: "workbook.param.missing",
        params: { param: spec.key[lang], sheet: grid.sheet },
      });
    }
  }
  return { values, cells, problems, notes, span: body };
}

function readDirections(
  grid: Grid,
  lang: Lang,
  stops: readonly number[],
): { directions: Direction[]; problems: readonly InputProblem[]; notes: readonly Finding[]; span?: RowSpan } {
  const read = readTable(grid, DIRECTIONS_TABLE, lang, { stops, alone: false });
  const directions: Direction[] = [];
  for (const row of read.rows) {
    const code = row.text("code");
    const name = row.text("name");
    const allocated = row.decimal("allocated");
    if (code === undefined || name === undefined || allocated === undefined) continue;
    const maxPerProject = row.decimal("maxPerProject");
    directions.push({
      code,
      name,
      allocated,
      ...(maxPerProject ? { maxPerProject } : {}),
      cells: row.cells(),
    });
  }
  return { directions, problems: read.problems, notes: read.notes, span: read.body };
}

/**
 * Table 3 `Дата | Нерабочий день` when present: each row a date (any accepted date form; a bad one is a
 * problem at its cell) and an optional name. The dates in order, each once.
 */
function readNonWorkingDays(
  grid: Grid,
  lang: Lang,
  stops: readonly number[],
): {
  dates?: IsoDate[];
  rows?: readonly TableRow<"date" | "name">[];
  problems: readonly InputProblem[];
  notes: readonly Finding[];
  span?: RowSpan;
} {
  if (headerRows(grid, NON_WORKING_DAYS_TABLE).length === 0) return { problems: [], notes: [] };
  const read = readTable(grid, NON_WORKING_DAYS_TABLE, lang, { stops, alone: false });
  const dates = [...new Set(read.rows.flatMap((row) => row.text("date") ?? []))].sort();
  return { dates, rows: read.rows, problems: read.problems, notes: read.notes, span: read.body };
}

/**
 * Sheet Программа: the parameters (table 1), the directions (table 2) and the non-working days (table 3,
 * optional), each ending before the next table's header row. Rows with data in no table are noted.
 */
export function readProgram(
  grid: Grid,
  lang: Lang,
): { program?: Program; problems: readonly InputProblem[]; notes: readonly Finding[] } {
  const stops = PROGRAM_TABLES.flatMap((spec) => headerRows(grid, spec));
  const parameters = readParameters(grid, lang, stops);
  const directions = readDirections(grid, lang, stops);
  const holidays = readNonWorkingDays(grid, lang, stops);
  const spans = [parameters.span, directions.span, holidays.span];
  const notes = [
    ...parameters.notes,
    ...directions.notes,
    ...holidays.notes,
    ...rowsNotRead(
      grid,
      spans.filter((span): span is RowSpan => span !== undefined),
    ),
    ...percentAsFraction(grid, lang, parameters.values, parameters.cells),
    ...nonWorkingDaysOtherYear(
      holidays.rows ?? [],
      programYears(
        parameters.values.get("year"),
        parameters.values.get("start"),
        parameters.values.get("end"),
      ),
    ),
  ];
  const problems = [...parameters.problems, ...directions.problems, ...holidays.problems];
  const v = parameters.values;
  const text = (field: ProgramField): string | undefined => {
    const value = v.get(field);
    return typeof value === "string" ? value : undefined;
  };
  const decimal = (field: ProgramField): Decimal | undefined => {
    const value = v.get(field);
    return value instanceof Decimal ? value : undefined;
  };
  const municipality = text("municipality");
  const name = text("name");
  const year = v.get("year");
  const start = text("start");
  const end = text("end");
  const budget = decimal("budget");
  if (
    problems.length > 0 ||
    municipality === undefined ||
    name === undefined ||
    typeof year !== "number" ||
    start === undefined ||
    end === undefined ||
    budget === undefined
  ) {
    return { problems, notes };
  }
  const scheme = v.get("trancheScheme");
  const quorum = v.get("quorum");
  const plan: Partial<Record<"localBudget" | "community" | "ngo" | "other", Decimal>> = {};
  const planFields = [
    ["localBudget", "planLocalBudget"],
    ["community", "planCommunity"],
    ["ngo", "planNgo"],
    ["other", "planOther"],
  ] as const;
  for (const [source, field] of planFields) {
    const amount = decimal(field);
    if (amount) plan[source] = amount;
  }
  const program: Program = {
    municipality,
    name,
    year,
    start,
    end,
    budget,
    plan,
    minCofinancingPct: decimal("minCofinancingPct"),
    minNgoPct: decimal("minNgoPct"),
    maxStaffPct: decimal("maxStaffPct"),
    maxAdminPct: decimal("maxAdminPct"),
    passScore: decimal("passScore"),
    divergenceThreshold: decimal("divergenceThreshold"),
    quorum: typeof quorum === "number" ? quorum : undefined,
    aggregation: AGGREGATIONS.find((term) => term === text("aggregation")) ?? "mean",
    tieBreak: TIE_BREAKS.find((term) => term === text("tieBreak")) ?? "none",
    trancheScheme:
      Array.isArray(scheme) && scheme.every((p) => p instanceof Decimal) ? scheme : [new Decimal(100)],
    trancheRounding: decimal("trancheRounding") ?? new Decimal("0.01"),
    meetingDate: text("meetingDate"),
    releaseThresholdPct: decimal("releaseThresholdPct"),
    reallocationPct: decimal("reallocationPct"),
    asOf: text("asOf"),
    ...(holidays.dates ? { nonWorkingDays: holidays.dates } : {}),
    directions: directions.directions,
    cells: parameters.cells,
  };
  return { program, problems, notes };
}
