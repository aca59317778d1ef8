import WorksheetXform from "exceljs/lib/xlsx/xform/sheet/worksheet-xform";

let installed = false;

/**
 * Makes ExcelJS write links inside the workbook the way OOXML defines them: `<hyperlink location=…>`
 * with no relationship. ExcelJS 4.4 writes both a `location` and an external relationship to
 * `#'Sheet'!A1`, which LibreOffice opens as a link to another file (`in.xlsx#…##…`) and Excel shows
 * as `#…##…` (exceljs issue 3027). We keep ExcelJS's documented `#'Sheet'!A1` form in cell values and
 * fix the prepared model just before it is serialized: drop the relationship, strip the `#`.
 * Idempotent; ExcelJS is pinned (4.4.0) and a test converts the output with LibreOffice to check.
 */
export function installInternalLinks(): void {
  if (installed) return;
  installed = true;
  const prepare = WorksheetXform.prototype.prepare;
  WorksheetXform.prototype.prepare = function prepareWithInternalLinks(model, options): void {
    prepare.call(this, model, options);
    const internal = new Set<string>();
    for (const link of model.hyperlinks ?? []) {
      if (link.target?.startsWith("#") && link.rId !== undefined) {
        internal.add(link.rId);
        link.rId = undefined;
        link.target = link.target.slice(1);
      }
    }
    if (internal.size > 0 && model.rels) model.rels = model.rels.filter((rel) => !internal.has(rel.Id));
  };
}
