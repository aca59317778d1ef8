import type { MessageParams } from "../../core/model";

/** A cell read: its value, or why it could not be read (a `workbook.cell.*` message key). */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly key: string; readonly params: MessageParams };

export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function fail<T>(key: string, got: string): Parsed<T> {
  return { ok: false, key, params: { got } };
}
