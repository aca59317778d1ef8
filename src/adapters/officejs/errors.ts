/**
 * An error of the Office.js adapter that the task pane can explain in the user's language: `code` maps to
 * the message key `ui.error.<code>`, `params` fill it in. Other errors (Excel's own) are shown with their text.
 */
export class WorkbookWriteError extends Error {
  constructor(
    readonly code: "sheet-name-invalid" | "sheet-name-duplicate" | "table-name-taken",
    readonly params: Readonly<Record<string, string>>,
  ) {
    super(`${code}: ${Object.values(params).join(", ")}`);
    this.name = "WorkbookWriteError";
  }
}
