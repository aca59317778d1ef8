import type { Localized, TableSpec } from "../schema/types";
import { APPLICATION_NO, MEMBER, ORGANIZATION, TOTAL } from "../schema/columns";

/**
 * The words of a scoring form (WORKBOOK.md "Scoring forms"), in the three languages. A form is found by
 * its title in A1 (any language), the member by the `Член комиссии` label in column A, and the table by
 * its header row.
 */
export const FORM_TITLE: Localized = { ru: "Оценочный лист", en: "Scoring form", ky: "Баалоо баракчасы" };
export const FORM_MEMBER: Localized = MEMBER;
export const FORM_PROGRAM: Localized = { ru: "Программа", en: "Program", ky: "Программа" };
export const FORM_MUNICIPALITY: Localized = { ru: "Муниципалитет", en: "Municipality", ky: "Муниципалитет" };
export const FORM_DATE: Localized = { ru: "Дата", en: "Date", ky: "Күнү" };
export const FORM_SIGNATURE: Localized = { ru: "Подпись", en: "Signature", ky: "Колу" };
/** The criterion header: `K1 (макс. 10)`; the reader drops the parenthesised part to match the code. */
export const FORM_MAX: Localized = { ru: "макс.", en: "max", ky: "макс." };

/**
 * The stamp of who a form was written for: `gsz-form:<member>` in row 1 of a hidden column beyond the
 * table. People neither see nor edit it; the reader refuses a form whose member differs from it.
 */
export const FORM_STAMP = "gsz-form:";

export type FormField = "application" | "organization" | "total" | "comment";

/** The form's table: these columns and one per criterion code between Организация and Итого. */
export const FORM_TABLE: TableSpec<FormField> = {
  columns: [
    { field: "application", header: APPLICATION_NO, type: "id", required: true, width: 11 },
    { field: "organization", header: ORGANIZATION, type: "text", required: false, width: 34 },
    { field: "total", header: TOTAL, type: "text", required: false, width: 10 },
    {
      field: "comment",
      header: { ru: "Комментарий", en: "Comment", ky: "Комментарий", aliases: ["Примечание", "Note"] },
      type: "text",
      required: false,
      width: 30,
    },
  ],
};
