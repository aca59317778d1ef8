import { displayLanguage } from "../adapters/officejs/host";
import { langFromTag, translate } from "../i18n";
import type { CalcResult } from "./calc";

/**
 * A computation's value, or a CustomFunctions.Error for Excel to show. Microsoft documents a custom message
 * (shown on hover, in Office's UI language here) only for #VALUE! and #N/A; any other error code is thrown
 * without one. A zero total is #DIV/0!, as Excel's own division gives; everything else is #VALUE!.
 */
export function unwrap<T>(result: CalcResult<T>): T {
  if ("value" in result) return result.value;
  if (result.error === "div0") throw new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
  const message = translate(langFromTag(displayLanguage()), result.key);
  throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/**
 * Registers a function where the host has custom functions. Office 2019 and a plain browser have no
 * CustomFunctions global; the task pane shares this bundle (shared runtime) and must still load there.
 */
export function associateIfSupported(id: string, fn: (...args: never[]) => unknown): void {
  if (typeof CustomFunctions !== "undefined") CustomFunctions.associate(id, fn);
}
