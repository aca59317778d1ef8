import type { CellValue } from "../port";
import { serialToIso } from "./serial";

const MAX_SHOWN = 60;

/** A cell's value as a person would recognise it in a message («получено …»). */
export function shown(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "string") {
    return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
  }
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if ("error" in value) return value.error;
  return serialToIso(value.date) ?? String(value.date);
}

/** Null, or text of spaces only: a cell nobody filled. */
export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}
