import Decimal from "decimal.js";
import { roundHalfUp, sumMoney } from "../../core/money";
import {
  SOURCE_KEYS,
  type ContractExecution,
  type Execution,
  type GszInput,
  type NextTranche,
} from "../../core/model";
import { formatDecimalText, translate, type Lang } from "../../i18n";
import { columnLetters } from "../a1";
import type { SheetLayout, WriteValue } from "../port";
import { MONEY_BEFORE_TEXT } from "../formats";
import { CATEGORY_NAMES } from "../schema/vocab";
import { fraction, isoToDateValue, num, subtotalSum } from "./cells";
import { outputSheetName } from "./names";
import { SheetBuilder, type ColumnSpec } from "./sheet-builder";
import { stampText, type RenderContext } from "./stamp";
import { isoToDotted } from "../cells/dates";
import { executionChart } from "./charts/execution";

export const EXECUTION_TABLE = "GszExecution";

/** WORKBOOK.md, Программа: Порог освоения defaults to 75 %, Перераспределение to 15 %. */
export const DEFAULT_RELEASE_THRESHOLD_PCT = new Decimal(75);
export const DEFAULT_REALLOCATION_PCT = new Decimal(15);

/**
 * The sheet's eleven columns. The contracts table uses all of them; the budget-line and co-financing
 * blocks below it reuse the first ones, so each column's number format fits every block:
 * text, text, money, money, money, percent, money, integer, date, money, text.
 */
const COLUMNS: readonly { readonly key: string; readonly spec: Omit<ColumnSpec, "header"> }[] = [
  { key: "output.col.contract", spec: { format: "text", minWidth: 12 } },
  { key: "output.col.organization", spec: { format: "text", minWidth: 20, maxWidth: 40 } },
  { key: "execution.col.grant", spec: { format: "money", minWidth: 14 } },
  { key: "execution.col.paid", spec: { format: "money", minWidth: 14 } },
  { key: "execution.col.spent", spec: { format: "money", minWidth: 14 } },
  { key: "execution.col.spentPct", spec: { format: "percent", minWidth: 10 } },
  { key: "execution.col.balance", spec: { format: "money", minWidth: 14 } },
  { key: "execution.col.nextTranche", spec: { format: "integer", minWidth: 8 } },
  { key: "execution.col.nextDate", spec: { format: "date", minWidth: 12 } },
  {
    key: "execution.col.nextAmount",
    spec: { format: "money", minWidth: 14, numberFormat: MONEY_BEFORE_TEXT },
  },
  { key: "execution.col.release", spec: { format: "text", minWidth: 24, maxWidth: 60 } },
];
const RELEASE_COL = 11;
/** Money columns of the contracts table that add up (grant, paid, spent, balance, to pay). */
const SUMMED = [3, 4, 5, 7, 10] as const;

/** A percent parameter as people write it: 75, 12,5 (12.5 in English). */
function percentText(value: Decimal, lang: Lang): string {
  return formatDecimalText(value.toString(), lang);
}

/** Held back only because its date has not come: planned, not a problem to look at. */
export function isOnlyWaiting(next: NextTranche): boolean {
  return !next.releasable && next.blockedBy.length > 0 && next.blockedBy.every((b) => b === "date-not-come");
}

/** Why the next tranche may or may not be released, in words. */
export function releaseText(next: NextTranche | undefined, threshold: Decimal, lang: Lang): string {
  if (!next) return translate(lang, "execution.release.allPaid");
  if (next.releasable || next.blockedBy.length === 0) return translate(lang, "execution.release.ok");
  if (isOnlyWaiting(next)) return translate(lang, "execution.release.waiting");
  const reasons = next.blockedBy
    .map((b) => translate(lang, `execution.block.${b}`, { threshold: percentText(threshold, lang) }))
    .join("; ");
  return translate(lang, "execution.release.blocked", { reasons });
}

function contractRow(c: ContractExecution, threshold: Decimal, lang: Lang): WriteValue[] {
  const next = c.nextTranche;
  return [
    c.contract,
    c.organization,
    num(c.grant),
    num(c.paid),
    num(c.spent),
    c.spentPct === undefined ? null : fraction(c.spentPct),
    num(c.balance),
    next ? next.n : null,
    next ? isoToDateValue(next.date) : null,
    next ? num(next.amount) : null,
    releaseText(next, threshold, lang),
  ];
}

/** A share as the fraction a percent cell holds, to 0.01 %: delivered 45 of 60 is 0.75. */
function shareOf(part: Decimal, whole: Decimal): number | null {
  if (whole.isZero()) return null;
  return part.div(whole).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toNumber();
}

/**
 * The Исполнение sheet (written only when Платежи or Отчёты has rows): a table per contract (grant,
 * paid, spent, balance held by the NGO, share of the paid money spent, the next tranche and whether it
 * may be released, or why not, in words); below it the budget lines (approved vs spent, deviation,
 * tolerance, over tolerance), co-financing delivered by each source against the plan, and the grant
 * to return.
 */
export function renderExecution(input: GszInput, execution: Execution, ctx: RenderContext): SheetLayout {
  const lang = ctx.lang;
  const t = (key: string, params?: Readonly<Record<string, string | number>>): string =>
    translate(lang, key, params);
  const { program } = input;
  const threshold = program.releaseThresholdPct ?? DEFAULT_RELEASE_THRESHOLD_PCT;
  const tolerance = program.reallocationPct ?? DEFAULT_REALLOCATION_PCT;
  const columns: ColumnSpec[] = COLUMNS.map((c) => ({ header: t(c.key), ...c.spec }));
  const contracts = execution.contracts;

  const sheet = new SheetBuilder(outputSheetName(lang, "execution"), columns);
  sheet.title(t("output.title.execution", { program: program.name }));
  sheet.title(stampText(program, ctx));
  sheet.title(
    t("execution.parameters", {
      threshold: percentText(threshold, lang),
      tolerance: percentText(tolerance, lang),
    }),
  );
  sheet.title(
    program.asOf ? t("execution.asOf", { date: isoToDotted(program.asOf) }) : t("execution.asOf.none"),
  );
  sheet.blank();

  sheet.title(t("execution.section.contracts"));
  const first = sheet.table(
    EXECUTION_TABLE,
    contracts.map((c) => contractRow(c, threshold, lang)),
    t("output.noData"),
    (from, to) => {
      const totals: WriteValue[] = columns.map(() => null);
      totals[0] = t("output.total");
      const sums: Record<number, Decimal> = {
        3: sumMoney(contracts.map((c) => c.grant)),
        4: sumMoney(contracts.map((c) => c.paid)),
        5: sumMoney(contracts.map((c) => c.spent)),
        7: sumMoney(contracts.map((c) => c.balance)),
        10: sumMoney(contracts.flatMap((c) => (c.nextTranche ? [c.nextTranche.amount] : []))),
      };
      for (const col of SUMMED) {
        totals[col - 1] = subtotalSum(columnLetters(col), from, to, sums[col] ?? new Decimal(0));
      }
      return totals;
    },
  );
  contracts.forEach((c, i) => {
    const next = c.nextTranche;
    if (next && !next.releasable && !isOnlyWaiting(next)) sheet.highlight(first + i, RELEASE_COL);
  });
  executionChart(sheet, contracts, first, lang);
  sheet.blank();

  sheet.title(t("execution.section.lines"));
  const lines = contracts.flatMap((c) => c.lines.map((line) => ({ c, line })));
  const linesFirst = sheet.block(
    [
      "output.col.contract",
      "execution.col.line",
      "execution.col.approved",
      "execution.col.spent",
      "execution.col.deviation",
      "execution.col.deviationPct",
      "execution.col.tolerance",
      "execution.col.overTolerance",
    ].map((k) => t(k)),
    lines.map(({ c, line }) => [
      c.contract,
      CATEGORY_NAMES[line.category][lang],
      num(line.approved),
      num(line.spent),
      num(line.deviation),
      line.deviationPct === undefined ? null : fraction(line.deviationPct),
      num(roundHalfUp(line.approved.times(tolerance).div(100))),
      t(line.overTolerance ? "execution.over.yes" : "execution.over.no"),
    ]),
    t("output.noData"),
  );
  lines.forEach(({ line }, i) => {
    if (line.overTolerance) sheet.highlight(linesFirst + i, 8);
  });
  sheet.blank();

  sheet.title(t("execution.section.delivered"));
  const delivered = contracts.flatMap((c) =>
    SOURCE_KEYS.filter(
      (key) => !c.delivered[key].planned.isZero() || !c.delivered[key].delivered.isZero(),
    ).map((key) => ({ c, key, figures: c.delivered[key] })),
  );
  sheet.block(
    [
      "output.col.contract",
      "execution.col.source",
      "execution.col.planned",
      "execution.col.delivered",
      "execution.col.difference",
      "execution.col.deliveredPct",
    ].map((k) => t(k)),
    delivered.map(({ c, key, figures }) => [
      c.contract,
      t(`output.col.${key}`),
      num(figures.planned),
      num(figures.delivered),
      num(figures.delivered.minus(figures.planned)),
      shareOf(figures.delivered, figures.planned),
    ]),
    t("output.noData"),
  );
  sheet.blank();

  sheet.title(t("execution.section.toReturn"));
  const returning = contracts.filter((c) => c.toReturn.gt(0));
  sheet.block(
    ["output.col.contract", "output.col.organization", "execution.col.toReturn"].map((k) => t(k)),
    returning.length > 0
      ? [
          ...returning.map((c): WriteValue[] => [c.contract, c.organization, num(c.toReturn)]),
          [t("output.total"), null, num(sumMoney(returning.map((c) => c.toReturn)))],
        ]
      : [],
    t("execution.toReturn.none"),
  );
  return sheet.build();
}
