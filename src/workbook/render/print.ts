import type { Program } from "../../core/model";
import { translate } from "../../i18n";
import type { SheetLayout } from "../port";
import type { RenderContext } from "./stamp";

/** Columns wider than this in total (in characters) print in landscape: A4 portrait holds about 100. */
export const PORTRAIT_MAX_WIDTH = 100;

/** A4 less Excel's default margins, in points: the width and height a page prints. */
const PRINTED_POINTS = {
  portrait: { width: 595 - 2 * 0.7 * 72, height: 842 - 2 * 0.75 * 72 },
  landscape: { width: 842 - 2 * 0.7 * 72, height: 595 - 2 * 0.75 * 72 },
} as const;
/** Points per character of column width (7 pixels of Calibri 11 and 5 of padding, at 96 dpi). */
const POINTS_PER_CHAR = 5.25;
const ROW_POINTS = 15;

/**
 * About how many rows of the default height one printed page holds when the sheet is fitted to the
 * page width (the narrower the print, the more rows): what a chart's place on the page is judged by.
 */
export function printedRowsPerPage(columns: readonly { readonly width: number }[]): number {
  const width = columns.reduce((sum, c) => sum + c.width, 0);
  const page = PRINTED_POINTS[width > PORTRAIT_MAX_WIDTH ? "landscape" : "portrait"];
  const scale = Math.min(1, page.width / Math.max(1, width * POINTS_PER_CHAR + 5 * columns.length * 0.75));
  return Math.floor(page.height / (ROW_POINTS * scale));
}

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
