/**
 * Orders two strings by UTF-16 code unit: the same order on every machine, whatever its locale. (A
 * default-locale `localeCompare` sorts differently on a computer set to Estonian or Russian, and the
 * findings' order is part of what an auditor reproduces.)
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
