import type { GszInput } from "../core/model";
import type { Lang } from "../i18n";
import { FORM_TITLE, formFileNames, formSheetNames, scoringFormLayout, sheetSafe } from "../workbook/forms";
import type { SheetLayout } from "../workbook/port";

/** One member's scoring form as a workbook of its own (`gsz forms`). */
export interface MemberForm {
  readonly member: string;
  /** The file name (no folder): after the member, safe on every file system, unique among the forms. */
  readonly file: string;
  readonly layout: SheetLayout;
}

/** The table of a form written as a workbook of its own. */
export const FORM_TABLE_NAME = "GszScoringForm";

/** One scoring form per commission member, each to be written as its own workbook. */
export function memberForms(input: GszInput, lang: Lang): MemberForm[] {
  const files = formFileNames(input.commission.map((m) => m.name));
  const sheetName = sheetSafe(FORM_TITLE[lang]);
  return input.commission.map((member, i) => ({
    member: member.name,
    file: files[i] ?? `${i + 1}.xlsx`,
    layout: scoringFormLayout(input, member, { lang, sheetName, tableName: FORM_TABLE_NAME }),
  }));
}

/**
 * One scoring form per member as sheets of the workbook (the add-in), named after the members and never
 * after a sheet that is there (`existing`): a form already handed out, maybe filled, is never replaced.
 * Without an Excel table, so that no table name can clash with one already in the workbook.
 */
export function memberFormSheets(input: GszInput, lang: Lang, existing: readonly string[]): SheetLayout[] {
  const names = formSheetNames(
    input.commission.map((m) => m.name),
    existing,
  );
  return input.commission.map((member, i) =>
    scoringFormLayout(input, member, { lang, sheetName: names[i] ?? `${i + 1}` }),
  );
}
