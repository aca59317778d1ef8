import { checkWrite, type SheetLayout, type WriteOptions } from "./port";
import { isInputSheetName } from "./read/sheets";

/**
 * The port's rules (port.ts checkWrite) with this workbook layer's notion of an input sheet (any
 * language): what every adapter calls first in writeSheets. Only the template use case writes input
 * sheets, and it asks first before replacing one that holds data.
 */
export function checkPortWrite(
  layouts: readonly SheetLayout[],
  options: WriteOptions | undefined,
  writesInputs: boolean,
): void {
  checkWrite(layouts, options, { writesInputs, isInput: isInputSheetName });
}
