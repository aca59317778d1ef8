import { compareFindings, type Finding, type GszInput } from "../../core/model";
import { formatDecimalText, translate } from "../../i18n";
import { cellRef } from "../a1";
import type { SheetLayout, WriteValue } from "../port";
import { outputSheetName } from "./names";
import { SheetBuilder, type ColumnSpec } from "./sheet-builder";
import { stampText, type RenderContext } from "./stamp";

export const DISCREPANCIES_TABLE = "GszDiscrepancies";

/** A finding's message in the user's language. */
export function findingMessage(finding: Finding, lang: RenderContext["lang"]): string {
  if (!finding.params) return translate(lang, finding.message);
  // Amounts and shares come as decimal strings ("160000.00"); a sentence shows them as people write them.
  const params = Object.fromEntries(
    Object.entries(finding.params).map(([name, v]) => [
      name,
      typeof v === "string" ? formatDecimalText(v, lang) : v,
    ]),
  );
  return translate(lang, finding.message, params);
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
    { header: t("output.col.expected"), format: "text", minWidth: 12 },
    { header: t("output.col.actual"), format: "text", minWidth: 12 },
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
      f.expected ?? null,
      f.actual ?? null,
    ];
  });
  const first = sheet.table(DISCREPANCIES_TABLE, rows, t("output.noFindings"));
  sorted.forEach((f, i) => {
    if (f.severity === "error") sheet.highlight(first + i, 1);
  });
  return sheet.build();
}
