/**
 * The structure of an OOXML spreadsheet package (.xlsx, .xlsm) from its small parts: the workbook
 * part, the sheets and their part names, the shared strings and the Excel tables of each sheet.
 * Relationship targets may be relative (`worksheets/sheet1.xml`, as Excel writes) or absolute
 * (`/xl/worksheets/sheet1.xml`, as openpyxl writes).
 */
import type { TableExtent } from "../../workbook/port";
import { parseA1, unescapeXml } from "./scan";
import type { ZipDirectory } from "./zip";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target part, resolved to a package path without a leading slash. */
  readonly target: string;
  readonly external: boolean;
}

export interface SheetPart {
  readonly name: string;
  /** Undefined when the workbook names a sheet that its relationships do not lead to. */
  readonly part: string | undefined;
  /** `worksheet`, `chartsheet`, `dialogsheet` or `macrosheet` (from the relationship type). */
  readonly kind: string;
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    found[m[1] ?? ""] = unescapeXml(m[2] ?? m[3] ?? "");
  }
  return found;
}

/** An attribute by local name, whatever its prefix (`r:id`, `relationships:id`). */
function byLocalName(attrs: Record<string, string>, local: string, prefixed: boolean): string | undefined {
  for (const [name, value] of Object.entries(attrs)) {
    const colon = name.indexOf(":");
    if (prefixed ? colon >= 0 && name.slice(colon + 1) === local : name === local) return value;
  }
  return undefined;
}

function elements(xml: string, local: string): Record<string, string>[] {
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${local}(\\s[^>]*)?/?>`, "g");
  return [...xml.matchAll(pattern)].map((m) => attributes(m[1] ?? ""));
}

/** The package path a relationship of `source` points to. */
export function resolveTarget(source: string, target: string): string {
  const parts = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const piece of target.replace(/^\/+/, "").split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

/** The relationships part of `source` (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`). */
export function relsPath(source: string): string {
  const slash = source.lastIndexOf("/");
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

export function parseRelationships(xml: string, source: string): Relationship[] {
  return elements(xml, "Relationship").map((a) => {
    const external = (a.TargetMode ?? "").toLowerCase() === "external";
    const target = a.Target ?? "";
    return {
      id: a.Id ?? "",
      type: a.Type ?? "",
      target: external ? target : resolveTarget(source, target),
      external,
    };
  });
}

/** The last segment of a relationship type (`…/relationships/worksheet` → `worksheet`). */
export function relType(rel: Relationship): string {
  return rel.type.slice(rel.type.lastIndexOf("/") + 1);
}

/** The workbook part named by the package relationships, or the usual place. */
export function workbookPart(rootRels: string | undefined, dir: ZipDirectory): string | undefined {
  const rel = rootRels
    ? parseRelationships(rootRels, "").find((r) => relType(r) === "officeDocument" && !r.external)
    : undefined;
  if (rel && dir.has(rel.target.toLowerCase())) return rel.target;
  for (const guess of ["xl/workbook.xml", "xl/workbook.bin"]) if (dir.has(guess)) return guess;
  return undefined;
}

/** The sheets in workbook order, with their parts. */
export function sheetParts(workbookXml: string, rels: readonly Relationship[]): SheetPart[] {
  const byId = new Map(rels.map((r) => [r.id, r]));
  return elements(workbookXml, "sheet").map((a) => {
    const rel = byId.get(byLocalName(a, "id", true) ?? "");
    return {
      name: byLocalName(a, "name", false) ?? "",
      part: rel && !rel.external ? rel.target : undefined,
      kind: rel ? relType(rel) : "worksheet",
    };
  });
}

/** Whether the workbook counts dates from 1904 (old Mac Excel). */
export function uses1904(workbookXml: string): boolean {
  const pr = elements(workbookXml, "workbookPr")[0];
  const value = pr ? byLocalName(pr, "date1904", false) : undefined;
  return value === "1" || value === "true";
}

/** A table part (`xl/tables/table1.xml`) as the port's TableExtent (0-based, inclusive). */
export function parseTable(xml: string): TableExtent | undefined {
  const a = elements(xml, "table")[0];
  if (!a) return undefined;
  const [from, to] = (byLocalName(a, "ref", false) ?? "").split(":");
  const start = parseA1(from ?? "");
  const end = parseA1(to ?? from ?? "");
  const name = byLocalName(a, "displayName", false) ?? byLocalName(a, "name", false);
  if (!start || !end || name === undefined) return undefined;
  return { name, headerRow: start.row, lastRow: end.row, firstCol: start.col, lastCol: end.col };
}
