import { translate, type Lang } from "../../i18n";
import type { SheetLayout, ValidationLayout } from "../port";
import {
  APPLICATIONS_TABLE,
  BUDGET_TABLE,
  COMMISSION_TABLE,
  CONTRACTS_TABLE,
  CRITERIA_TABLE,
  DIRECTIONS_TABLE,
  NON_WORKING_DAYS_TABLE,
  PARAMETERS_TABLE,
  PAYMENTS_TABLE,
  REPORTS_TABLE,
  SCORES_TABLE,
} from "../schema/columns";
import type { InputSheetKind, TableSpec } from "../schema/types";
import { HEADER_ROW } from "./sheet-builder";

/** Excel refuses an input message title over 32 characters and a message over 255. */
const TITLE_LIMIT = 32;
const MESSAGE_LIMIT = 255;

/** The tables of each input sheet and the prefix of their prompt keys (`guide.prompt.<prefix>.<field>`). */
const TABLES: Readonly<Record<InputSheetKind, readonly { prefix: string; spec: TableSpec }[]>> = {
  program: [
    { prefix: "program", spec: PARAMETERS_TABLE },
    { prefix: "directions", spec: DIRECTIONS_TABLE },
    { prefix: "holidays", spec: NON_WORKING_DAYS_TABLE },
  ],
  applications: [{ prefix: "applications", spec: APPLICATIONS_TABLE }],
  budget: [{ prefix: "budget", spec: BUDGET_TABLE }],
  criteria: [{ prefix: "criteria", spec: CRITERIA_TABLE }],
  commission: [{ prefix: "commission", spec: COMMISSION_TABLE }],
  scores: [{ prefix: "scores", spec: SCORES_TABLE }],
  contracts: [{ prefix: "contracts", spec: CONTRACTS_TABLE }],
  payments: [{ prefix: "payments", spec: PAYMENTS_TABLE }],
  reports: [{ prefix: "reports", spec: REPORTS_TABLE }],
};

function known(lang: Lang, key: string): string | undefined {
  const text = translate(lang, key);
  return text === key ? undefined : text;
}

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** What goes into the column headed `header` of a sheet of `kind`, with an example; undefined if unknown. */
export function columnPrompt(kind: InputSheetKind, header: string, lang: Lang): string | undefined {
  for (const { prefix, spec } of TABLES[kind]) {
    const column = spec.columns.find((c) => c.header[lang] === header);
    if (column) {
      return (
        known(lang, `guide.prompt.${prefix}.${column.field}`) ?? known(lang, `guide.prompt.${column.field}`)
      );
    }
  }
  // Оценки: every other column is a criterion, headed by its code.
  return kind === "scores" ? known(lang, "guide.prompt.scores.criterion") : undefined;
}

/**
 * An input sheet with an input message on each column's header cell (a validation that allows anything
 * and only shows its prompt): select the header and Excel says what goes in the column, with an example.
 */
export function withHeaderPrompts(layout: SheetLayout, kind: InputSheetKind, lang: Lang): SheetLayout {
  const headerRows = new Set(layout.tables.map((t) => t.headerRow));
  if (kind === "program") headerRows.add(HEADER_ROW);
  const prompts: ValidationLayout[] = [];
  for (const row of [...headerRows].sort((a, b) => a - b)) {
    (layout.rows[row - 1] ?? []).forEach((cell, i) => {
      if (typeof cell !== "string" || cell === "") return;
      const message = columnPrompt(kind, cell, lang);
      if (message === undefined) return;
      prompts.push({
        firstRow: row,
        lastRow: row,
        firstCol: i + 1,
        lastCol: i + 1,
        rule: { kind: "any" },
        // Never shown (anything is allowed); the port wants an error message for every validation.
        message: clip(message, MESSAGE_LIMIT),
        prompt: { title: clip(cell, TITLE_LIMIT), message: clip(message, MESSAGE_LIMIT) },
      });
    });
  }
  return { ...layout, validations: [...(layout.validations ?? []), ...prompts] };
}
