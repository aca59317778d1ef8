import type { SheetLayout, WriteOptions } from "./port";
import { isInputSheetName } from "./read/sheets";

/**
 * The input sheets (people's data) among the sheets a writeSheets call would write or remove, in any
 * language. Output writers must refuse such a call before touching anything; only the template use
 * case writes input sheets, and it asks first before replacing one that holds data.
 */
export function inputSheetsTouched(
  layouts: readonly SheetLayout[],
  options?: WriteOptions,
): readonly string[] {
  const names = [...layouts.map((l) => l.name), ...(options?.remove ?? [])];
  return names.filter((name, i) => isInputSheetName(name) && names.indexOf(name) === i);
}
