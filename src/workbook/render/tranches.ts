import { sumMoney } from "../../core/money";
import type { GszInput, TrancheSchedule } from "../../core/model";
import { translate } from "../../i18n";
import { columnLetters } from "../a1";
import type { SheetLayout, WriteValue } from "../port";
import { fraction, isoToDateValue, num, subtotalSum } from "./cells";
import { outputSheetName } from "./names";
import { SheetBuilder, type ColumnSpec } from "./sheet-builder";
import { stampText, type RenderContext } from "./stamp";

export const TRANCHES_TABLE = "GszTranches";

/** The Транши sheet: one row per tranche of every contract, with a totals row over the amounts. */
export function renderTranches(
  input: GszInput,
  schedules: readonly TrancheSchedule[],
  ctx: RenderContext,
): SheetLayout {
  const t = (key: string): string => translate(ctx.lang, key);
  const columns: ColumnSpec[] = [
    { header: t("output.col.contract"), format: "text" },
    { header: t("output.col.application"), format: "text" },
    { header: t("output.col.organization"), format: "text", minWidth: 20 },
    { header: t("output.col.tranche"), format: "integer" },
    { header: t("output.col.date"), format: "date", minWidth: 12 },
    { header: t("output.col.percent"), format: "percent" },
    { header: t("output.col.amount"), format: "money", minWidth: 14 },
    { header: t("output.col.cumulative"), format: "money", minWidth: 14 },
    { header: t("output.col.condition"), format: "text", minWidth: 20, maxWidth: 60 },
  ];
  const amountCol = 7;

  const sheet = new SheetBuilder(outputSheetName(ctx.lang, "tranches"), columns);
  sheet.title(translate(ctx.lang, "output.title.tranches", { program: input.program.name }));
  sheet.title(stampText(input.program, ctx));
  sheet.blank();
  sheet.freezeAtNextHeader();

  const rows: WriteValue[][] = [];
  for (const schedule of schedules) {
    for (const item of schedule.items) {
      rows.push([
        schedule.contract,
        schedule.application,
        schedule.organization,
        item.n,
        isoToDateValue(item.date),
        fraction(item.percent),
        num(item.amount),
        num(item.cumulative),
        translate(ctx.lang, item.condition),
      ]);
    }
  }
  const allAmounts = schedules.flatMap((s) => s.items.map((i) => i.amount));
  sheet.table(TRANCHES_TABLE, rows, t("output.noData"), (first, last) => {
    const totals: WriteValue[] = columns.map(() => null);
    totals[0] = t("output.total");
    totals[amountCol - 1] = subtotalSum(columnLetters(amountCol), first, last, sumMoney(allAmounts));
    return totals;
  });
  return sheet.build();
}
