import Decimal from "decimal.js";
import type { FundingStatus, GszInput, GszResult } from "../core/model";
import { sumMoney } from "../core/money";
import { formatDecimalText, translate, type Lang } from "../i18n";
import { isOnlyWaiting } from "../workbook/render/execution";
import { dateText } from "../workbook/template/format";

/** Money for people: `1 250 000,00` in Russian and Kyrgyz, `1,250,000.00` in English. */
export function formatMoney(value: Decimal, lang: Lang): string {
  return formatDecimalText(value.toFixed(2, Decimal.ROUND_HALF_UP), lang);
}

/**
 * The short summary printed after a run (and shown by the task pane): the program, how many applications
 * were funded and for how much, the tranche schedules, and the discrepancies by severity.
 */
export function summaryText(input: GszInput, result: GszResult, lang: Lang): string {
  const t = (key: string, params?: Record<string, string | number>): string => translate(lang, key, params);
  const count = (status: FundingStatus): number => result.ranking.filter((e) => e.status === status).length;
  const funded = result.ranking
    .filter((e) => e.status === "funded")
    .reduce((sum, e) => sum.plus(e.recommended), new Decimal(0));
  const severities = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) severities[f.severity] += 1;
  const tranches = result.tranches.reduce((n, s) => n + s.items.length, 0);
  return [
    t("output.summary.program", { program: input.program.name, municipality: input.program.municipality }),
    t("output.summary.ranking.all", {
      applications: result.ranking.length,
      funded: count("funded"),
      amount: formatMoney(funded, lang),
      budget: formatMoney(input.program.budget, lang),
      reserve: count("reserve"),
      belowPass: count("below-pass"),
      ineligible: count("ineligible"),
      notScored: count("not-scored"),
    }),
    t("output.summary.tranches", { contracts: result.tranches.length, tranches }),
    ...executionLine(input, result, lang),
    t("output.summary.findings", severities),
  ].join("\n");
}

/** When Платежи or Отчёты has rows: paid, spent, and how many next tranches may go, are held back, are late. */
function executionLine(input: GszInput, result: GszResult, lang: Lang): string[] {
  const execution = result.execution;
  if (!execution?.present) return [];
  const contracts = execution.contracts;
  const total = (pick: (c: (typeof contracts)[number]) => Decimal): string =>
    formatMoney(sumMoney(contracts.map(pick)), lang);
  const next = contracts.flatMap((c) => (c.nextTranche ? [c.nextTranche] : []));
  const asOf = input.program.asOf;
  return [
    translate(lang, "output.summary.execution", {
      asOf: asOf ? translate(lang, "output.summary.execution.asOf", { date: dateText(asOf, lang) }) : "",
      paid: total((c) => c.paid),
      grant: total((c) => c.grant),
      spent: total((c) => c.spent),
      releasable: next.filter((n) => n.releasable).length,
      blocked: next.filter((n) => !n.releasable && !isOnlyWaiting(n)).length,
      overdue: contracts.reduce((n, c) => n + c.tranches.filter((tr) => tr.status === "overdue").length, 0),
    }),
  ];
}
