import type { CellAddress, Finding, GszInput, InputProblem, ScoreRow } from "../core/model";
import { compareFindings } from "../core/model";
import type { Lang } from "../i18n";
import { formatAddress } from "../workbook/a1";
import { isScoringForm, readScoringForm } from "../workbook/forms";
import type { SheetValues } from "../workbook/port";

/** The input with the scores of filled forms added, or every problem with the forms. */
export type FormScoresResult =
  | {
      readonly input: GszInput;
      readonly problems: readonly [];
      /** The forms that held scores (the others are not filled in yet and were left out). */
      readonly filled: readonly string[];
    }
  | { readonly input?: undefined; readonly problems: readonly InputProblem[] };

const key = (row: ScoreRow): string =>
  `${row.member.trim().replace(/\s+/g, " ").toUpperCase()}\u0000${row.application.trim().replace(/\s+/g, " ").toUpperCase()}`;

/** Where a score row is: its № заявки cell (the member's cell when that is missing). */
function rowCell(row: ScoreRow): CellAddress | undefined {
  return row.cells.application ?? row.cells.member;
}

/**
 * The same member and application in two sources (Оценки and a form, or two forms): a problem at BOTH
 * rows' № заявки cells, each naming the other. Repeats within one source are left to duplicate-id.
 */
export function duplicateSources(sources: readonly (readonly ScoreRow[])[]): InputProblem[] {
  const first = new Map<string, { source: number; row: ScoreRow }>();
  const problems: InputProblem[] = [];
  const reported = new Set<string>();
  const report = (row: ScoreRow, other: ScoreRow): void => {
    const here = rowCell(row);
    const there = rowCell(other);
    if (!here || !there || reported.has(formatAddress(here))) return;
    reported.add(formatAddress(here));
    problems.push({
      address: here,
      message: "forms.duplicate",
      params: { member: row.member, application: row.application, other: formatAddress(there) },
    });
  };
  sources.forEach((rows, source) => {
    for (const row of rows) {
      const seen = first.get(key(row));
      if (!seen) first.set(key(row), { source, row });
      else if (seen.source !== source) {
        report(seen.row, row);
        report(row, seen.row);
      }
    }
  });
  return problems;
}

/**
 * Adds filled scoring forms (sheets whose A1 is the form's title; each named as the user should find
 * it, e.g. after its file) to an input as rows of Оценки for their members: WORKBOOK.md "a filled form is
 * a source of scores exactly like rows of Оценки". A form without any score is not filled in yet and is
 * left out, and so is each row left blank (its member's missing scores are reported as usual). A sheet that is no form, a form of someone not on
 * Комиссия or with other criteria than Критерии, an unreadable score, and the same member and
 * application in two sources are problems; then nothing is added.
 */
export function addFormScores(input: GszInput, forms: readonly SheetValues[], lang: Lang): FormScoresResult {
  const problems: InputProblem[] = [];
  const notes: Finding[] = [];
  const sources: ScoreRow[][] = [[...input.scores]];
  const filled: string[] = [];
  for (const sheet of forms) {
    if (!isScoringForm(sheet)) {
      problems.push({
        address: { sheet: sheet.name, row: 1, col: 1 },
        message: "forms.read.not-a-form",
        params: { sheet: sheet.name },
      });
      continue;
    }
    const read = readScoringForm(sheet, input, lang);
    problems.push(...read.problems);
    notes.push(...read.notes);
    // A form not filled in yet (no score on it) is no source; nor is a row the member left blank.
    if (!read.rows.some((row) => Object.values(row.scores).some((c) => c.kind === "number"))) continue;
    filled.push(sheet.name);
    sources.push(
      read.rows.filter(
        (row) => row.comment !== "" || Object.values(row.scores).some((c) => c.kind !== "missing"),
      ),
    );
  }
  if (problems.length === 0) problems.push(...duplicateSources(sources));
  if (problems.length > 0) return { problems };
  return {
    input: {
      ...input,
      scores: sources.flat(),
      notes: [...(input.notes ?? []), ...notes].sort(compareFindings),
    },
    problems: [],
    filled,
  };
}

/** A filled form read from a file, as the results know it. */
export interface FormSheet {
  /** The form's values, under the name its addresses use (formSourceName: after the file). */
  readonly sheet: SheetValues;
  /** The file it was read from, as the user named it, and the sheet's own name there. */
  readonly file: string;
  readonly original: string;
}
