import type { Program } from "../../core/model";
import { translate } from "../../i18n";
import type { SheetLayout } from "../port";
import type { RenderContext } from "./stamp";

/** Columns wider than this in total (in characters) print in landscape: A4 portrait holds about 100. */
export const PORTRAIT_MAX_WIDTH = 100;

/**
 * An output sheet as a printed document (WORKBOOK.md "Every output sheet prints as a document"): A4,
 * landscape when its columns are wide, one page wide, the first header row repeated on every page (the
 * frozen rows' last row; every table of an output sheet shares the sheet's columns and headers), the
 * program's name in the page header, "page N of M" in the footer. Scoring forms print the same way.
 */
export function withPageSetup(
  layout: SheetLayout,
  program: Program,
  ctx: Pick<RenderContext, "lang">,
): SheetLayout {
  const width = layout.columns.reduce((sum, c) => sum + c.width, 0);
  const header = layout.tables[0]?.headerRow ?? layout.freezeRows;
  return {
    ...layout,
    pageSetup: {
      orientation: width > PORTRAIT_MAX_WIDTH ? "landscape" : "portrait",
      ...(header !== undefined && header > 0 ? { repeatRows: { first: header, last: header } } : {}),
      header: translate(ctx.lang, "print.header", {
        municipality: program.municipality,
        program: program.name,
      }),
      footer: translate(ctx.lang, "print.footer"),
    },
  };
}
