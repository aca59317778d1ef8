import {
  compareFindings,
  type Finding,
  type GszInput,
  type MessageParams,
  type RankingReason,
} from "../../core/model";
import { formatDecimalText, translate } from "../../i18n";
import { dateText } from "../template/format";
import { cellRef } from "../a1";
import type { SheetLayout, WriteValue } from "../port";
import { outputSheetName } from "./names";
import { SheetBuilder, type ColumnSpec } from "./sheet-builder";
import { stampText, type RenderContext } from "./stamp";

export const DISCREPANCIES_TABLE = "GszDiscrepancies";

/**
 * A message key with its params in the user's language. Amounts and shares come as decimal strings
 * ("160000.00") and dates as ISO ("2019-04-01"); a sentence shows them as people write them
 * ("160 000,00", "01.04.2019").
 */
export function localizedMessage(
  key: string,
  params: MessageParams | undefined,
  lang: RenderContext["lang"],
): string {
  if (!params) return translate(lang, key);
  const shown = Object.fromEntries(
    Object.entries(params).map(([name, v]) => [name, typeof v === "string" ? shownParam(v, lang) : v]),
  );
  return translate(lang, key, shown);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function shownParam(value: string, lang: RenderContext["lang"]): string {
  return ISO_DATE.test(value) ? dateText(value, lang) : formatDecimalText(value, lang);
}

/** A finding's message in the user's language. */
export function findingMessage(finding: Finding, lang: RenderContext["lang"]): string {
  return localizedMessage(finding.message, finding.params, lang);
}

/** Why a ranking row has its status, in the user's language (RankingEntry.reason). */
export function reasonText(reason: RankingReason, lang: RenderContext["lang"]): string {
  return localizedMessage(reason.key, reason.params, lang);
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Expected / actual: a decimal string ("93000.00") is written as a number, anything else as text. */
function expectedCell(value: string | undefined): WriteValue {
  if (value === undefined) return null;
  return DECIMAL.test(value) ? Number(value) : value;
}

/**
 * The Расхождения sheet: errors first, each row with the rule id, the sheet and a hyperlink to the
 * cell a person must look at, the translated message, and what was expected against what was found.
 */
export function renderDiscrepancies(
  input: GszInput,
  findings: readonly Finding[],
  ctx: RenderContext,
): SheetLayout {
  const t = (key: string): string => translate(ctx.lang, key);
  const columns: ColumnSpec[] = [
    { header: t("output.col.severity"), format: "text", minWidth: 12 },
    { header: t("output.col.rule"), format: "text", minWidth: 16 },
    { header: t("output.col.sheet"), format: "text" },
    { header: t("output.col.cell"), format: "text" },
    { header: t("output.col.message"), format: "text", minWidth: 30, maxWidth: 80 },
    // Numbers as numbers (General shows them as typed), dates and other text as text.
    { header: t("output.col.expected"), format: "number", minWidth: 12 },
    { header: t("output.col.actual"), format: "number", minWidth: 12 },
  ];
  const sheet = new SheetBuilder(outputSheetName(ctx.lang, "discrepancies"), columns);
  sheet.title(translate(ctx.lang, "output.title.discrepancies", { program: input.program.name }));
  sheet.title(stampText(input.program, ctx));
  sheet.blank();
  sheet.freezeAtNextHeader();

  const sorted = [...findings].sort(compareFindings);
  const rows = sorted.map((f): WriteValue[] => {
    const a = f.address;
    return [
      t(`core.severity.${f.severity}`),
      f.rule,
      a ? a.sheet : null,
      a ? { text: cellRef(a.row, a.col), sheet: a.sheet, row: a.row, col: a.col } : null,
      findingMessage(f, ctx.lang),
      expectedCell(f.expected),
      expectedCell(f.actual),
    ];
  });
  const first = sheet.table(DISCREPANCIES_TABLE, rows, t("output.noFindings"));
  sorted.forEach((f, i) => {
    if (f.severity === "error") sheet.highlight(first + i, 1);
  });
  return sheet.build();
}
