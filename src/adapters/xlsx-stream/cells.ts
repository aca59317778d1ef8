/** One cell of a streamed sheet as SpreadsheetML (`<c>`), from a port value. */
import { escapeXml } from "../../workbook/xml";

/** A string cell, inline (no shared-strings table to hold while the sheet streams). */
export function textCell(ref: string, text: string, style: number): string {
  const s = style > 0 ? ` s="${style}"` : "";
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

export function numberCell(ref: string, value: number, style: number): string {
  const s = style > 0 ? ` s="${style}"` : "";
  if (!Number.isFinite(value)) return `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
  return `<c r="${ref}"${s}><v>${String(value)}</v></c>`;
}

export function booleanCell(ref: string, value: boolean, style: number): string {
  const s = style > 0 ? ` s="${style}"` : "";
  return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
}

export function errorCell(ref: string, error: string, style: number): string {
  const s = style > 0 ? ` s="${style}"` : "";
  return `<c r="${ref}"${s} t="e"><v>${escapeXml(error)}</v></c>`;
}

/** A formula with its cached result, so that a reader that does not calculate shows the right value. */
export function formulaCell(ref: string, formula: string, result: number | string, style: number): string {
  const s = style > 0 ? ` s="${style}"` : "";
  const f = `<f>${escapeXml(formula.startsWith("=") ? formula.slice(1) : formula)}</f>`;
  if (typeof result === "string") return `<c r="${ref}"${s} t="str">${f}<v>${escapeXml(result)}</v></c>`;
  return Number.isFinite(result)
    ? `<c r="${ref}"${s}>${f}<v>${String(result)}</v></c>`
    : `<c r="${ref}"${s}>${f}</c>`;
}
