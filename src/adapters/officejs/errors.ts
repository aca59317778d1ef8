/** The port's refusals (the same for every adapter) are explained by the pane like the adapter's own. */
export { WorkbookWriteError } from "../../workbook/port";

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
