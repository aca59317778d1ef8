import Decimal from "decimal.js";
import type { Payment } from "../../core/model";
import type { Lang } from "../../i18n";
import { PAYMENTS_TABLE } from "../schema/columns";
import type { Grid } from "./grid";
import { readTable, type SheetRead } from "./rows";

/**
 * Sheet Платежи (optional): one row per payment on one tranche of one contract. Every column but the
 * payment order is required; a contract or tranche that is not in the schedule is a finding of the
 * core (payment-unknown), not a reading problem.
 */
export function readPayments(grid: Grid, lang: Lang): SheetRead<Payment> {
  const read = readTable(grid, PAYMENTS_TABLE, lang);
  const rows: Payment[] = [];
  for (const row of read.rows) {
    rows.push({
      contract: row.text("contract") ?? "",
      tranche: row.integer("tranche") ?? 0,
      date: row.text("date") ?? "",
      amount: row.decimal("amount") ?? new Decimal(0),
      order: row.text("order") ?? "",
      cells: row.cells(),
    });
  }
  return { rows, problems: read.problems, notes: read.notes };
}
