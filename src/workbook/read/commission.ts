import type { Member } from "../../core/model";
import type { Lang } from "../../i18n";
import { COMMISSION_TABLE } from "../schema/columns";
import type { Grid } from "./grid";
import { readTable, type SheetRead } from "./rows";

/** Sheet Комиссия. */
export function readCommission(grid: Grid, lang: Lang): SheetRead<Member> {
  const read = readTable(grid, COMMISSION_TABLE, lang);
  const rows: Member[] = [];
  for (const row of read.rows) {
    rows.push({
      name: row.text("name") ?? "",
      role: row.text("role") ?? "",
      recusedFrom: row.strings("recusedFrom") ?? [],
      cells: row.cells(),
    });
  }
  return { rows, problems: read.problems, notes: read.notes };
}
