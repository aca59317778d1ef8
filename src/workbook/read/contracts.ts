import Decimal from "decimal.js";
import type { Contract } from "../../core/model";
import type { Lang } from "../../i18n";
import { CONTRACTS_TABLE } from "../schema/columns";
import type { Grid } from "./grid";
import { readTable, type SheetRead } from "./rows";

/** Sheet Договоры. A blank scheme means the program's default. */
export function readContracts(grid: Grid, lang: Lang): SheetRead<Contract> {
  const read = readTable(grid, CONTRACTS_TABLE, lang);
  const rows: Contract[] = [];
  for (const row of read.rows) {
    rows.push({
      application: row.text("application") ?? "",
      number: row.text("number") ?? "",
      date: row.text("date"),
      amount: row.decimal("amount") ?? new Decimal(0),
      start: row.text("start") ?? "",
      end: row.text("end") ?? "",
      scheme: row.decimals("scheme"),
      dates: row.strings("dates"),
      cells: row.cells(),
    });
  }
  return { rows, problems: read.problems, notes: read.notes };
}
