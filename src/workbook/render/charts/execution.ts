import type { ContractExecution } from "../../../core/model";
import { sumMoney } from "../../../core/money";
import { translate, type Lang } from "../../../i18n";
import type { WriteValue } from "../../port";
import { num } from "../cells";
import type { SheetBuilder } from "../sheet-builder";
import { PALETTE } from "./palette";
import { somText } from "./text";

/** Up to this many contracts the chart draws the contracts table itself; past it, a block of these many. */
export const MAX_CONTRACT_BARS = 25;
export const EXECUTION_CHART_ROWS = 20;

/**
 * Below the Исполнение contracts table: approved (the contract's grant), paid and spent per contract, as a
 * clustered column chart over the contracts table's own columns 3–5 (`first` is its first data row).
 * With more than MAX_CONTRACT_BARS contracts, a block lists the contracts holding the most unspent
 * paid money (the ones to ask about), in the same columns, and the chart draws that block.
 */
export function executionChart(
  sheet: SheetBuilder,
  contracts: readonly ContractExecution[],
  first: number,
  lang: Lang,
): void {
  if (contracts.length === 0) return;
  const t = (key: string, params?: Readonly<Record<string, string | number>>): string =>
    translate(lang, key, params);
  sheet.blank();
  sheet.chartSection();
  sheet.title(t("chart.section"));
  let from = first;
  let shown = contracts;
  if (contracts.length > MAX_CONTRACT_BARS) {
    shown = [...contracts]
      .sort((a, b) => b.balance.comparedTo(a.balance) || a.contract.localeCompare(b.contract))
      .slice(0, MAX_CONTRACT_BARS);
    sheet.title(t("chart.execution.block", { shown: shown.length, count: contracts.length }));
    from = sheet.block(
      [
        "output.col.contract",
        "output.col.organization",
        "chart.execution.approved",
        "execution.col.paid",
        "execution.col.spent",
      ].map((k) => t(k)),
      shown.map((c): WriteValue[] => [c.contract, c.organization, num(c.grant), num(c.paid), num(c.spent)]),
      t("output.noData"),
    );
  }
  const to = from + shown.length - 1;
  const column = (col: number) => ({ firstRow: from, lastRow: to, firstCol: col, lastCol: col });
  sheet.blank();
  sheet.chart(
    {
      kind: "column",
      title: t("chart.execution.title"),
      altText: t("chart.execution.alt", {
        count: contracts.length,
        shown: shown.length,
        grant: somText(sumMoney(contracts.map((c) => c.grant)), lang),
        paid: somText(sumMoney(contracts.map((c) => c.paid)), lang),
        spent: somText(sumMoney(contracts.map((c) => c.spent)), lang),
      }),
      categories: column(1),
      series: [
        { name: t("chart.execution.approved"), values: column(3), color: PALETTE.grey },
        { name: t("execution.col.paid"), values: column(4), color: PALETTE.blue },
        { name: t("execution.col.spent"), values: column(5), color: PALETTE.green },
      ],
      categoryAxisTitle: t("output.col.contract"),
      valueAxisTitle: t("chart.axis.som"),
      numberFormat: "#,##0",
      dataLabels: shown.length <= 6,
    },
    EXECUTION_CHART_ROWS,
  );
}
