import { displayLanguage } from "../adapters/officejs/host";
import { langFromTag, translate } from "../i18n";
import type { CalcResult } from "./calc";

/**
 * A computation's value, or a CustomFunctions.Error Excel shows as #VALUE! / #DIV/0! with the message
 * in Office's UI language (hover the cell).
 */
export function unwrap<T>(result: CalcResult<T>): T {
  if ("value" in result) return result.value;
  const message = translate(langFromTag(displayLanguage()), result.key);
  const code =
    result.error === "div0"
      ? CustomFunctions.ErrorCode.divisionByZero
      : CustomFunctions.ErrorCode.invalidValue;
  throw new CustomFunctions.Error(code, message);
}

/**
 * Registers a function where the host has custom functions. Office 2019 and a plain browser have no
 * CustomFunctions global; the task pane shares this bundle (shared runtime) and must still load there.
 */
export function associateIfSupported(id: string, fn: (...args: never[]) => unknown): void {
  if (typeof CustomFunctions !== "undefined") CustomFunctions.associate(id, fn);
}
