import { sumMoney } from "../../core/money";
import type { Execution, GszInput, TrancheSchedule } from "../../core/model";
import { translate } from "../../i18n";
import { columnLetters } from "../a1";
import type { SheetLayout, WriteValue } from "../port";
import { fraction, isoToDateValue, num, subtotalSum } from "./cells";
import { outputSheetName } from "./names";
import { SheetBuilder, type ColumnSpec } from "./sheet-builder";
import { stampText, type RenderContext } from "./stamp";
import { calendarChart } from "./charts/calendar";
import { TRANCHE_AMOUNT_COLUMN, trancheColumns, trancheRows, type TrancheValue } from "./tranche-columns";

export const TRANCHES_TABLE = "GszTranches";

/** A tranche value as a cell of an output sheet (a percent as the fraction a percent format shows). */
export function sheetValue(value: TrancheValue): WriteValue {
  switch (value.kind) {
    case "text":
      return value.text;
    case "integer":
      return value.value;
    case "date":
      return isoToDateValue(value.iso);
    case "percent":
      return fraction(value.percent);
    case "money":
      return num(value.amount);
  }
}

/**
 * The Транши sheet: one row per tranche of every contract, with a totals row over the amounts, and each
 * tranche's status when execution is present.
 */
export function renderTranches(
  input: GszInput,
  schedules: readonly TrancheSchedule[],
  ctx: RenderContext,
  execution?: Execution,
): SheetLayout {
  const t = (key: string): string => translate(ctx.lang, key);
  const columns: ColumnSpec[] = trancheColumns(execution).map((c) => ({
    header: t(c.header),
    format: c.format,
    ...(c.minWidth === undefined ? {} : { minWidth: c.minWidth }),
    ...(c.maxWidth === undefined ? {} : { maxWidth: c.maxWidth }),
  }));
  const amountCol = TRANCHE_AMOUNT_COLUMN;

  const sheet = new SheetBuilder(outputSheetName(ctx.lang, "tranches"), columns);
  sheet.title(translate(ctx.lang, "output.title.tranches", { program: input.program.name }));
  sheet.title(stampText(input.program, ctx));
  sheet.blank();
  sheet.freezeAtNextHeader();

  const rows = trancheRows(schedules, ctx.lang, execution).map((row) => row.map(sheetValue));
  const allAmounts = schedules.flatMap((s) => s.items.map((i) => i.amount));
  sheet.table(TRANCHES_TABLE, rows, t("output.noData"), (first, last) => {
    const totals: WriteValue[] = columns.map(() => null);
    totals[0] = t("output.total");
    totals[amountCol - 1] = subtotalSum(columnLetters(amountCol), first, last, sumMoney(allAmounts));
    return totals;
  });
  calendarChart(sheet, schedules, execution, {
    columns: { unpaid: amountCol, paid: amountCol + 1 },
    lang: ctx.lang,
  });
  return sheet.build();
}
