import type { SourceKey } from "../../core/model";
import { SOURCE_KEYS } from "../../core/model";
import { translate, type Lang } from "../../i18n";
import type { SheetLayout, WriteValue } from "../port";
import {
  APPLICATIONS_TABLE,
  BUDGET_TABLE,
  COMMISSION_TABLE,
  CONTRACTS_TABLE,
  CRITERIA_TABLE,
  SCORES_TABLE,
} from "../schema/columns";
import { SHEETS } from "../schema/names";
import type { ColumnSpec, TableSpec } from "../schema/types";
import { CATEGORY_NAMES, ROLE_NAMES } from "../schema/vocab";
import { exampleLines } from "./example-budget";
import {
  EXAMPLE_APPLICATIONS,
  EXAMPLE_CONTRACTS,
  EXAMPLE_CRITERIA,
  EXAMPLE_DIRECTIONS,
  EXAMPLE_MEMBERS,
  pick,
} from "./example-data";
import { exampleScore } from "./example-scores";
import { dateText } from "./format";
import { dateCell, sheetColumn, tableSheet, type SheetColumn } from "./sheet-builder";

type Row<F extends string> = Partial<Record<F, WriteValue>>;

/** Rows given by field, laid out in the table's column order. */
function ordered<F extends string>(spec: TableSpec<F>, rows: readonly Row<F>[]): WriteValue[][] {
  return rows.map((row) => spec.columns.map((c: ColumnSpec<F>) => row[c.field] ?? null));
}

function columnsOf<F extends string>(spec: TableSpec<F>, lang: Lang): SheetColumn[] {
  return spec.columns.map((c) => sheetColumn(c, lang));
}

function indexOf<F extends string>(spec: TableSpec<F>, field: F): number {
  return spec.columns.findIndex((c) => c.field === field);
}

function sources(values: Readonly<Record<SourceKey, number>>): Row<SourceKey | "total"> {
  const row: Row<SourceKey | "total"> = {};
  let total = 0;
  for (const key of SOURCE_KEYS) {
    row[key] = values[key];
    total += values[key];
  }
  // Whole som in the example: the sum of numbers is exact.
  row.total = total;
  return row;
}

export function applicationsSheet(lang: Lang, example: boolean): SheetLayout {
  const rows = example
    ? EXAMPLE_APPLICATIONS.map((a) => ({
        id: a.id,
        organization: pick(a.organization, lang),
        organizationType: pick(a.type, lang),
        direction: a.direction,
        project: pick(a.project, lang),
        ...sources(a),
        start: dateCell(a.start),
        end: dateCell(a.end),
        submitted: dateCell(a.submitted),
      }))
    : [];
  return tableSheet({
    name: SHEETS.applications.name[lang],
    title: translate(lang, "workbook.title.applications"),
    tableName: "GszApplications",
    columns: columnsOf(APPLICATIONS_TABLE, lang),
    rows: ordered(APPLICATIONS_TABLE, rows),
    lists: [
      {
        col: indexOf(APPLICATIONS_TABLE, "direction"),
        values: example ? EXAMPLE_DIRECTIONS.map((d) => d.code) : [],
        message: translate(lang, "workbook.validation.direction"),
      },
    ],
  });
}

export function budgetSheet(lang: Lang, example: boolean): SheetLayout {
  const lines = example ? EXAMPLE_APPLICATIONS.flatMap(exampleLines) : [];
  const rows = lines.map((l) => ({
    application: l.application,
    category: CATEGORY_NAMES[l.category][lang],
    description: pick(l.description, lang),
    quantity: l.quantity.toNumber(),
    price: l.price.toNumber(),
    months: l.months.toNumber(),
    [l.source]: l.total.toNumber(),
    total: l.total.toNumber(),
  }));
  return tableSheet({
    name: SHEETS.budget.name[lang],
    title: translate(lang, "workbook.title.budget"),
    tableName: "GszBudget",
    columns: columnsOf(BUDGET_TABLE, lang),
    rows: ordered(BUDGET_TABLE, rows),
    lists: [
      {
        col: indexOf(BUDGET_TABLE, "category"),
        values: Object.values(CATEGORY_NAMES).map((n) => n[lang]),
        message: translate(lang, "workbook.validation.list"),
      },
    ],
  });
}

export function criteriaSheet(lang: Lang, example: boolean): SheetLayout {
  const rows = example
    ? EXAMPLE_CRITERIA.map((c) => ({ code: c.code, name: pick(c.name, lang), maxScore: c.max, weight: 1 }))
    : [];
  return tableSheet({
    name: SHEETS.criteria.name[lang],
    title: translate(lang, "workbook.title.criteria"),
    tableName: "GszCriteria",
    columns: columnsOf(CRITERIA_TABLE, lang),
    rows: ordered(CRITERIA_TABLE, rows),
    ranges: (["maxScore", "weight", "minScore"] as const).map((field) => ({
      col: indexOf(CRITERIA_TABLE, field),
      min: 0,
      max: 1000,
      message: translate(lang, "workbook.validation.number", { min: 0, max: 1000 }),
    })),
  });
}

export function commissionSheet(lang: Lang, example: boolean): SheetLayout {
  const rows = example
    ? EXAMPLE_MEMBERS.map((m) => ({
        name: pick(m.name, lang),
        role: ROLE_NAMES[m.role][lang],
        recusedFrom: m.recusedFrom === undefined ? null : String(m.recusedFrom),
      }))
    : [];
  return tableSheet({
    name: SHEETS.commission.name[lang],
    title: translate(lang, "workbook.title.commission"),
    tableName: "GszCommission",
    columns: columnsOf(COMMISSION_TABLE, lang),
    rows: ordered(COMMISSION_TABLE, rows),
    lists: [
      {
        col: indexOf(COMMISSION_TABLE, "role"),
        values: Object.values(ROLE_NAMES).map((n) => n[lang]),
        message: translate(lang, "workbook.validation.list"),
      },
    ],
  });
}

const RECUSAL_MARK: Readonly<Record<Lang, string>> = { ru: "отвод", en: "recused", ky: "четтетүү" };
const CONFLICT: Readonly<Record<Lang, string>> = {
  ru: "конфликт интересов",
  en: "conflict of interest",
  ky: "кызыкчылыктардын кагылышуусу",
};
/** Criterion columns of a blank Оценки: placeholders to rename after the codes of Критерии. */
const BLANK_CODES = ["K1", "K2", "K3", "K4", "K5"];

/**
 * Оценки: member, application, one column per criterion code, comment. Score cells accept a number up
 * to the criterion's maximum or a recusal mark (`отвод`), so the rule is a formula, not a decimal range.
 */
export function scoresSheet(lang: Lang, example: boolean): SheetLayout {
  const [member, application, comment] = SCORES_TABLE.columns;
  const codes = example ? EXAMPLE_CRITERIA.map((c) => c.code) : BLANK_CODES;
  const columns: SheetColumn[] = [
    ...(member ? [sheetColumn(member, lang)] : []),
    ...(application ? [sheetColumn(application, lang)] : []),
    ...codes.map((code): SheetColumn => ({ header: code, format: "number", width: 7 })),
    ...(comment ? [sheetColumn(comment, lang)] : []),
  ];
  const rows: WriteValue[][] = [];
  if (example) {
    EXAMPLE_MEMBERS.forEach((m, mi) => {
      for (const app of EXAMPLE_APPLICATIONS) {
        const recused = m.recusedFrom === app.id;
        const scores = EXAMPLE_CRITERIA.map((_, ci) =>
          recused ? RECUSAL_MARK[lang] : exampleScore(app, mi, ci),
        );
        rows.push([pick(m.name, lang), app.id, ...scores, recused ? CONFLICT[lang] : null]);
      }
    });
  }
  return tableSheet({
    name: SHEETS.scores.name[lang],
    title: translate(lang, "workbook.title.scores"),
    tableName: "GszScores",
    columns,
    rows,
    scores: codes.map((code, i) => {
      const max = example ? EXAMPLE_CRITERIA.find((c) => c.code === code)?.max : undefined;
      return {
        col: 2 + i,
        max,
        message: translate(
          lang,
          max === undefined ? "workbook.validation.score" : "workbook.validation.scoreMax",
          {
            max: max ?? "",
          },
        ),
      };
    }),
  });
}

export function contractsSheet(lang: Lang, example: boolean): SheetLayout {
  const rows = example
    ? EXAMPLE_CONTRACTS.map((c) => {
        const app = EXAMPLE_APPLICATIONS.find((a) => a.id === c.application);
        return {
          application: c.application,
          number: c.number,
          date: dateCell(c.date),
          amount: app?.grant ?? 0,
          start: app ? dateCell(app.start) : null,
          end: app ? dateCell(app.end) : null,
          scheme: c.scheme ?? null,
          dates: c.dates ? c.dates.map((d) => dateText(d, lang)).join("; ") : null,
        };
      })
    : [];
  return tableSheet({
    name: SHEETS.contracts.name[lang],
    title: translate(lang, "workbook.title.contracts"),
    tableName: "GszContracts",
    columns: columnsOf(CONTRACTS_TABLE, lang),
    rows: ordered(CONTRACTS_TABLE, rows),
  });
}
