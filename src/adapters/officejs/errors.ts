/**
 * An error of the Office.js adapter that the task pane can explain in the user's language: `code` maps to
 * the message key `ui.error.<code>`, `params` fill it in. Other errors (Excel's own) are shown with their text.
 */
export class WorkbookWriteError extends Error {
  constructor(
    readonly code:
      "sheet-name-invalid" | "sheet-name-duplicate" | "table-name-taken" | "input-sheet-protected",
    readonly params: Readonly<Record<string, string>>,
  ) {
    super(`${code}: ${Object.values(params).join(", ")}`);
    this.name = "WorkbookWriteError";
  }
}

/**
 * A sheet the add-in refuses to read: its used range is over READ_CELL_CAP cells (often one stray value far
 * below or to the right of the data). The pane explains it with `ui.error.sheet-too-large`.
 */
export class WorkbookReadError extends Error {
  constructor(
    readonly code: "sheet-too-large",
    readonly params: Readonly<Record<string, string>>,
  ) {
    super(`${code}: ${Object.values(params).join(", ")}`);
    this.name = "WorkbookReadError";
  }
}

/** Excel on the web's "request or response too large" errors (RichApi.Error codes). */
export function isPayloadLimit(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    (error.code === "RequestPayloadSizeLimitExceeded" ||
      error.code === "ResponsePayloadSizeLimitExceeded" ||
      error.code === "PayloadTooLarge")
  );
}
