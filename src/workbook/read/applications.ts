import Decimal from "decimal.js";
import type { Application, ApplicationField, Finding, SourceKey, Sources } from "../../core/model";
import type { Lang } from "../../i18n";
import { APPLICATIONS_TABLE } from "../schema/columns";
import type { Grid } from "./grid";
import { readTable, type SheetRead, type TableRow } from "./rows";

const ZERO = new Decimal(0);

/** The five sources of a row; a blank source cell is no money from that source. */
export function rowSources<F extends string>(row: TableRow<F | SourceKey>): Sources {
  return {
    grant: row.decimal("grant") ?? ZERO,
    localBudget: row.decimal("localBudget") ?? ZERO,
    community: row.decimal("community") ?? ZERO,
    ngo: row.decimal("ngo") ?? ZERO,
    other: row.decimal("other") ?? ZERO,
  };
}

/** A taxpayer number (ИНН) of the Kyrgyz Republic: 14 digits (spaces people type between groups ignored). */
const TIN = /^\d{14}$/;

/**
 * The ИНН of a row when it is one; a filled cell that is not 14 digits gives a warning at its cell
 * (the row is read, the organization is then recognised by its name in a Сводка).
 */
function rowTin(row: TableRow<ApplicationField>, notes: Finding[]): string | undefined {
  const raw = row.text("tin");
  if (raw === undefined) return undefined;
  const tin = raw.replace(/\s+/g, "");
  if (TIN.test(tin)) return tin;
  const address = row.cell("tin");
  notes.push({
    rule: "tin-invalid",
    severity: "warning",
    ...(address ? { address } : {}),
    message: "rules.tin-invalid",
    params: { value: raw, digits: tin.replace(/\D/g, "").length },
    expected: "14",
    actual: raw,
  });
  return undefined;
}

/** Sheet Заявки. */
export function readApplications(grid: Grid, lang: Lang): SheetRead<Application> {
  const read = readTable(grid, APPLICATIONS_TABLE, lang);
  const rows: Application[] = [];
  const notes: Finding[] = [...read.notes];
  for (const row of read.rows) {
    const tin = rowTin(row, notes);
    rows.push({
      id: row.text("id") ?? "",
      organization: row.text("organization") ?? "",
      organizationType: row.text("organizationType") ?? "",
      direction: row.text("direction") ?? "",
      project: row.text("project") ?? "",
      sources: rowSources(row),
      statedTotal: row.decimal("total"),
      start: row.text("start"),
      end: row.text("end"),
      submitted: row.text("submitted"),
      ...(tin !== undefined ? { tin } : {}),
      cells: row.cells(),
    });
  }
  return { rows, problems: read.problems, notes };
}
