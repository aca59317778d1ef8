import { translate, type Lang } from "../../i18n";
import type { SheetLayout, WriteValue } from "../port";
import { PAYMENTS_TABLE, REPORTS_TABLE } from "../schema/columns";
import { SHEETS } from "../schema/names";
import type { ColumnSpec, TableSpec } from "../schema/types";
import { CATEGORY_NAMES } from "../schema/vocab";
import { EXAMPLE_CONTRACTS } from "./example-data";
import { EXAMPLE_PAYMENTS, EXAMPLE_REPORTS } from "./example-execution";
import { dateCell, sheetColumn, tableSheet } from "./sheet-builder";

/** The largest tranche number the templates accept (a contract rarely has more than a few). */
const MAX_TRANCHE = 24;
/** The largest amount a money cell of these sheets accepts: a grant is never near it. */
const MAX_MONEY = 1_000_000_000;

function indexOf<F extends string>(spec: TableSpec<F>, field: F): number {
  return spec.columns.findIndex((c) => c.field === field);
}

function laidOut<F extends string>(
  spec: TableSpec<F>,
  rows: readonly Partial<Record<F, WriteValue>>[],
): WriteValue[][] {
  return rows.map((row) => spec.columns.map((c: ColumnSpec<F>) => row[c.field] ?? null));
}

function contractList(example: boolean): readonly string[] {
  return example ? EXAMPLE_CONTRACTS.map((c) => c.number) : [];
}

function trancheRange(lang: Lang, col: number) {
  return {
    col,
    min: 1,
    max: MAX_TRANCHE,
    message: translate(lang, "execution.validation.tranche", { max: MAX_TRANCHE }),
  };
}

function moneyRange(lang: Lang, col: number) {
  return {
    col,
    min: 0,
    max: MAX_MONEY,
    message: translate(lang, "workbook.validation.number", { min: 0, max: MAX_MONEY }),
  };
}

/** Платежи: one row per payment (the example: the first half of 2019 and a little after). */
export function paymentsSheet(lang: Lang, example: boolean): SheetLayout {
  const rows = example
    ? EXAMPLE_PAYMENTS.map((p) => ({
        contract: p.contract,
        tranche: p.tranche,
        date: dateCell(p.date),
        amount: p.amount,
        order: p.order,
      }))
    : [];
  return tableSheet({
    name: SHEETS.payments.name[lang],
    title: translate(lang, "execution.title.payments"),
    tableName: "GszPayments",
    columns: PAYMENTS_TABLE.columns.map((c) => sheetColumn(c, lang)),
    rows: laidOut(PAYMENTS_TABLE, rows),
    lists: [
      {
        col: indexOf(PAYMENTS_TABLE, "contract"),
        values: contractList(example),
        message: translate(lang, "workbook.validation.list"),
      },
    ],
    ranges: [
      trancheRange(lang, indexOf(PAYMENTS_TABLE, "tranche")),
      moneyRange(lang, indexOf(PAYMENTS_TABLE, "amount")),
    ],
  });
}

/** Отчёты: one row per contract, tranche and budget line, spent from each source. */
export function reportsSheet(lang: Lang, example: boolean): SheetLayout {
  const rows = example
    ? EXAMPLE_REPORTS.map((r) => ({
        contract: r.contract,
        tranche: r.tranche,
        category: CATEGORY_NAMES[r.category][lang],
        grant: r.grant ?? null,
        localBudget: r.localBudget ?? null,
        community: r.community ?? null,
        ngo: r.ngo ?? null,
        other: r.other ?? null,
        accepted: r.accepted ? dateCell(r.accepted) : null,
      }))
    : [];
  const sources = (["grant", "localBudget", "community", "ngo", "other"] as const).map((field) =>
    moneyRange(lang, indexOf(REPORTS_TABLE, field)),
  );
  return tableSheet({
    name: SHEETS.reports.name[lang],
    title: translate(lang, "execution.title.reports"),
    tableName: "GszReports",
    columns: REPORTS_TABLE.columns.map((c) => sheetColumn(c, lang)),
    rows: laidOut(REPORTS_TABLE, rows),
    lists: [
      {
        col: indexOf(REPORTS_TABLE, "contract"),
        values: contractList(example),
        message: translate(lang, "workbook.validation.list"),
      },
      {
        col: indexOf(REPORTS_TABLE, "category"),
        values: Object.values(CATEGORY_NAMES).map((n) => n[lang]),
        message: translate(lang, "workbook.validation.list"),
      },
    ],
    ranges: [trancheRange(lang, indexOf(REPORTS_TABLE, "tranche")), ...sources],
  });
}
