/**
 * The one ExcelJS internal we touch (see internal-links.ts): the worksheet serializer's `prepare` step,
 * which turns every hyperlink into an external relationship. Typed as narrowly as we use it.
 */
declare module "exceljs/lib/xlsx/xform/sheet/worksheet-xform" {
  interface PreparedHyperlink {
    address: string;
    target?: string;
    rId?: string;
  }
  interface PreparedRelationship {
    Id: string;
  }
  interface PreparedWorksheet {
    hyperlinks?: PreparedHyperlink[];
    rels?: PreparedRelationship[];
  }
  class WorksheetXform {
    prepare(model: PreparedWorksheet, options: unknown): void;
  }
  export = WorksheetXform;
}
