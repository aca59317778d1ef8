import type { GszInput, Member } from "../../core/model";
import { translate, type Lang } from "../../i18n";
import { cellRef } from "../a1";
import type { ColumnLayout, SheetLayout, ValidationLayout, WriteValue } from "../port";
import { withPageSetup } from "../render/print";
import { scoreCellFormula } from "../template/score-validation";
import {
  FORM_DATE,
  FORM_MAX,
  FORM_MEMBER,
  FORM_MUNICIPALITY,
  FORM_PROGRAM,
  FORM_SIGNATURE,
  FORM_STAMP,
  FORM_TABLE,
  FORM_TITLE,
  type FormField,
} from "./vocab";

/** Rows of a form (1-based): the title, program, municipality, member, a hint, a blank row, the header. */
export const FORM_MEMBER_ROW = 4;
export const FORM_HEADER_ROW = 7;
/** The recusal mark written in a recused member's cells (WORKBOOK.md: `отвод`). */
const RECUSED: Readonly<Record<Lang, string>> = { ru: "отвод", en: "recused", ky: "отвод" };
const BLANK_LINE = "________________________";

export interface FormOptions {
  readonly lang: Lang;
  /** The sheet's name (one workbook per member: the form's title; a sheet per member: see formSheetNames). */
  readonly sheetName: string;
  /** The Excel table's name, unique in its workbook; none: no Excel table (the reader does not need one). */
  readonly tableName?: string;
}

/** `K1 (макс. 10)`: the code, then the maximum the reader ignores when matching the code. */
export function criterionHeader(code: string, max: string, lang: Lang): string {
  return `${code} (${FORM_MAX[lang]} ${max})`;
}

/**
 * The scoring form of one commission member (WORKBOOK.md "Scoring forms"): the program and the member
 * above the table, one row per application with the criteria's maxima in the header, the member's
 * recusals pre-filled `отвод` and tinted, each score cell validated (a number 0..max or a recusal mark:
 * the same rule as Оценки, so a member may also declare a conflict the commission did not know of), a
 * total per row (SUM of the scores, blank until one is typed), and lines for the date and signature.
 * Row 1 of a hidden column beyond the table holds who the form was written for (FORM_STAMP): a form
 * read back must name that member.
 */
export function scoringFormLayout(input: GszInput, member: Member, opts: FormOptions): SheetLayout {
  const { lang } = opts;
  const { criteria } = input;
  const recused = new Set(member.recusedFrom.map((id) => id.trim().toUpperCase()));
  const named = (field: FormField): string =>
    FORM_TABLE.columns.find((c) => c.field === field)?.header[lang] ?? field;
  const header: WriteValue[] = [
    named("application"),
    named("organization"),
    ...criteria.map((c) => criterionHeader(c.code, c.maxScore.toString(), lang)),
    named("total"),
    named("comment"),
  ];
  const firstScoreCol = 3;
  const lastScoreCol = firstScoreCol + criteria.length - 1;
  const highlights: { row: number; col: number }[] = [];
  const data = input.applications.map((application, i): WriteValue[] => {
    const row = FORM_HEADER_ROW + 1 + i;
    const isRecused = recused.has(application.id.trim().toUpperCase());
    if (isRecused) criteria.forEach((_, j) => highlights.push({ row, col: firstScoreCol + j }));
    const range = `${cellRef(row, firstScoreCol)}:${cellRef(row, lastScoreCol)}`;
    const total: WriteValue =
      criteria.length === 0 ? null : { formula: `IF(COUNT(${range})=0,"",SUM(${range}))`, result: "" };
    return [
      application.id,
      application.organization,
      ...criteria.map((): WriteValue => (isRecused ? RECUSED[lang] : null)),
      total,
      null,
    ];
  });
  const lastRow = FORM_HEADER_ROW + Math.max(data.length, 1);
  // Who the form is for, in a hidden column one beyond the table's (with a gap, outside the table).
  const stampCol = header.length + 2;
  const titleRow: WriteValue[] = [FORM_TITLE[lang]];
  titleRow[stampCol - 1] = `${FORM_STAMP}${member.name}`;
  const rows: WriteValue[][] = [
    Array.from(titleRow, (v): WriteValue => v ?? null),
    [FORM_PROGRAM[lang], input.program.name],
    [FORM_MUNICIPALITY[lang], input.program.municipality],
    [FORM_MEMBER[lang], member.name],
    [translate(lang, "forms.hint")],
    [],
    header,
    ...(data.length > 0 ? data : [header.map((): WriteValue => null)]),
    [],
    [FORM_DATE[lang], BLANK_LINE],
    [],
    [FORM_SIGNATURE[lang], BLANK_LINE],
  ];
  const validations: ValidationLayout[] = criteria.map((c, j) => ({
    firstRow: FORM_HEADER_ROW + 1,
    lastRow,
    firstCol: firstScoreCol + j,
    lastCol: firstScoreCol + j,
    rule: {
      kind: "custom",
      formula: scoreCellFormula(FORM_HEADER_ROW + 1, firstScoreCol + j, c.maxScore.toNumber()),
    },
    message: translate(lang, "workbook.validation.scoreMax", { max: c.maxScore.toString() }),
  }));
  const columns: ColumnLayout[] = [
    { width: 16, format: "text" },
    { width: 30, format: "text" },
    ...criteria.map((): ColumnLayout => ({ width: 13, format: "number" })),
    { width: 8, format: "number" },
    { width: 24, format: "text" },
  ];
  const layout: SheetLayout = {
    name: opts.sheetName,
    rows,
    columns,
    tables:
      opts.tableName === undefined ? [] : [{ name: opts.tableName, headerRow: FORM_HEADER_ROW, lastRow }],
    titleRows: [1, FORM_MEMBER_ROW],
    hiddenColumns: [stampCol],
    freezeRows: FORM_HEADER_ROW,
    validations,
    highlights,
  };
  // A form is handed out on paper too: A4, one page wide, the header row on every page.
  return withPageSetup(layout, input.program, { lang });
}
