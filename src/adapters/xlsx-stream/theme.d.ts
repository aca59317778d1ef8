/** ExcelJS's copy of the default Office theme, as one string (the streamed results workbook ships it). */
declare module "exceljs/lib/xlsx/xml/theme1.js" {
  const xml: string;
  export = xml;
}
