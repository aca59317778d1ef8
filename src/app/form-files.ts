import type { InputProblem } from "../core/model";
import { formSourceName, isScoringForm } from "../workbook/forms";
import type { SheetValues } from "../workbook/port";

/** A chosen file as the front end's reading layer read it: its sheets, or why it could not be read. */
export interface ReadFormFile {
  readonly name: string;
  readonly read:
    | { readonly ok: true; readonly sheets: readonly SheetValues[] }
    | { readonly ok: false; readonly problems: readonly Omit<InputProblem, "address">[] };
}

/** The forms of the chosen files, each named after its file, or the problems, each at its file's A1. */
export type FormFilesOutcome =
  | { readonly kind: "forms"; readonly forms: readonly SheetValues[] }
  | { readonly kind: "problems"; readonly problems: readonly InputProblem[] };

/**
 * The filled scoring forms among files a person chose (the pane's "Collect from files"): every sheet whose
 * A1 is the form's title, named after its file (`Иванов.xlsx`; with the sheet's name when a file holds
 * several) as `run --scores` names them, never after a sheet of the workbook (`taken`). A file that cannot
 * be read, or holds no form, is a problem at its A1, and then no form is used.
 */
export function formsOfFiles(files: readonly ReadFormFile[], taken: readonly string[]): FormFilesOutcome {
  const names = new Set(taken.map((n) => n.toLowerCase()));
  const forms: SheetValues[] = [];
  const problems: InputProblem[] = [];
  for (const file of files) {
    const at = { sheet: file.name, row: 1, col: 1 };
    if (!file.read.ok) {
      problems.push(...file.read.problems.map((p) => ({ ...p, address: at })));
      continue;
    }
    const found = file.read.sheets.filter(isScoringForm);
    if (found.length === 0) {
      problems.push({ address: at, message: "forms.read.no-form-in-file", params: { file: file.name } });
      continue;
    }
    for (const sheet of found) {
      forms.push({ ...sheet, name: formSourceName(file.name, sheet.name, found.length > 1, names) });
    }
  }
  return problems.length > 0 ? { kind: "problems", problems } : { kind: "forms", forms };
}
