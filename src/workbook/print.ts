import type { PageSetupLayout } from "./port";

/**
 * The codes both adapters store for a PageSetupLayout. Excel's header and footer text is a small language
 * of `&` codes (`&P` page number, `&N` number of pages, `&C` centre section); a literal `&` is `&&`. The
 * ExcelJS adapter writes the whole `&C…` string, Office.js takes the section text only.
 */

/** Excel refuses a header or footer longer than this. */
export const HEADER_FOOTER_LIMIT = 255;

/** Paper size code of A4 in the file format (ECMA-376 ST_PaperSize 9); Office.js calls it "A4". */
export const A4_PAPER_CODE = 9;

function escaped(text: string): string {
  return text.replace(/&/g, "&&");
}

/** Cut to Excel's limit, never in the middle of an `&&` (the ExcelJS adapter adds 2 characters for `&C`). */
function cut(code: string): string {
  const room = HEADER_FOOTER_LIMIT - 2;
  if (code.length <= room) return code;
  let text = code.slice(0, room - 1);
  if (/(^|[^&])(&&)*&$/.test(text)) text = text.slice(0, -1);
  return `${text}…`;
}

/** The page header's centre section: the text as shown, nothing else. */
export function headerSection(setup: PageSetupLayout): string {
  return cut(escaped(setup.header));
}

/** The footer's centre section: `{page}` → `&P`, `{pages}` → `&N`, everything else shown as written. */
export function footerSection(setup: PageSetupLayout): string {
  const parts = setup.footer.split(/(\{page\}|\{pages\})/);
  return cut(parts.map((p) => (p === "{page}" ? "&P" : p === "{pages}" ? "&N" : escaped(p))).join(""));
}

/** `$4:$4`: the rows repeated on every printed page, as Excel's Print_Titles and Office.js take them. */
export function printTitleRows(setup: PageSetupLayout): string | undefined {
  const rows = setup.repeatRows;
  return rows ? `$${rows.first}:$${rows.last}` : undefined;
}
