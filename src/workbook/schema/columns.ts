import type {
  ApplicationField,
  BudgetLineField,
  ContractField,
  PaymentField,
  SpendingReportField,
} from "../../core/model";
import type { CellType, ColumnSpec, Localized, TableSpec } from "./types";

function col<F extends string>(
  field: F,
  header: Localized,
  type: CellType,
  required: boolean,
  width: number,
): ColumnSpec<F> {
  return { field, header, type, required, width };
}

export const APPLICATION_NO: Localized = {
  ru: "№ заявки",
  en: "Application",
  ky: "Арыздын №",
  aliases: ["Заявка", "Номер заявки", "Application No", "Application number", "App"],
};
export const MEMBER: Localized = {
  ru: "Член комиссии",
  en: "Member",
  ky: "Комиссиянын мүчөсү",
  aliases: ["ФИО", "Член", "Commission member"],
};
const START: Localized = {
  ru: "Начало",
  en: "Start",
  ky: "Башталышы",
  aliases: ["Дата начала", "Start date"],
};
const END: Localized = { ru: "Окончание", en: "End", ky: "Аякташы", aliases: ["Дата окончания", "End date"] };

/** The five source columns, shared by Заявки and Смета. */
function sourceColumns(
  grantRequired: boolean,
): ColumnSpec<"grant" | "localBudget" | "community" | "ngo" | "other">[] {
  return [
    col(
      "grant",
      { ru: "Грант", en: "Grant", ky: "Грант", aliases: ["Запрашиваемый грант", "Grant requested"] },
      "money",
      grantRequired,
      14,
    ),
    col(
      "localBudget",
      { ru: "Местный бюджет", en: "Local budget", ky: "Жергиликтүү бюджет" },
      "money",
      false,
      14,
    ),
    col("community", { ru: "Сообщество", en: "Community", ky: "Жамаат" }, "money", false, 14),
    col(
      "ngo",
      { ru: "НКО", en: "NGO", ky: "КЭУ", aliases: ["Вклад НКО", "NGO contribution"] },
      "money",
      false,
      14,
    ),
    col(
      "other",
      { ru: "Другие", en: "Other", ky: "Башкалар", aliases: ["Другие доноры", "Other donors"] },
      "money",
      false,
      14,
    ),
  ];
}

const CONTRACT_NO: Localized = {
  ru: "№ договора",
  en: "Contract",
  ky: "Келишимдин №",
  aliases: ["Номер договора", "Договор", "Contract No", "Contract number"],
};
const TRANCHE_NO: Localized = {
  ru: "№ транша",
  en: "Tranche",
  ky: "Транштын №",
  aliases: ["Транш", "Номер транша", "Tranche No", "Tranche number"],
};

export const ORGANIZATION: Localized = {
  ru: "Организация",
  en: "Organization",
  ky: "Уюм",
  aliases: ["Наименование организации", "Organisation"],
};
export const TOTAL: Localized = { ru: "Итого", en: "Total", ky: "Бардыгы", aliases: ["Всего"] };

/** Заявки / Applications / Арыздар. */
export const APPLICATIONS_TABLE: TableSpec<ApplicationField> = {
  columns: [
    col("id", APPLICATION_NO, "id", true, 11),
    col("organization", ORGANIZATION, "text", true, 34),
    col(
      "organizationType",
      {
        ru: "Вид организации",
        en: "Organization type",
        ky: "Уюмдун түрү",
        aliases: ["Организационно-правовая форма", "Organisation type"],
      },
      "text",
      true,
      14,
    ),
    col(
      "direction",
      { ru: "Направление", en: "Direction", ky: "Багыт", aliases: ["Код направления"] },
      "id",
      true,
      12,
    ),
    col(
      "project",
      { ru: "Проект", en: "Project", ky: "Долбоор", aliases: ["Название проекта", "Project title"] },
      "text",
      true,
      40,
    ),
    ...sourceColumns(true),
    col("total", TOTAL, "money", false, 15),
    col("start", START, "date", false, 12),
    col("end", END, "date", false, 12),
    col(
      "submitted",
      { ru: "Дата подачи", en: "Submitted", ky: "Берилген күнү", aliases: ["Подана", "Submission date"] },
      "date",
      false,
      12,
    ),
    // Optional: how the same organization is recognised across municipalities and years (Сводка).
    // Last, so the columns people already have keep their letters; read as text so leading zeros stay.
    col("tin", { ru: "ИНН", en: "TIN", ky: "ИНН", aliases: ["Taxpayer number", "INN"] }, "id", false, 16),
  ],
};

/** Смета / Budget / Смета. */
export const BUDGET_TABLE: TableSpec<BudgetLineField> = {
  columns: [
    col("application", APPLICATION_NO, "id", true, 11),
    col(
      "category",
      { ru: "Статья", en: "Category", ky: "Берене", aliases: ["Статья расходов", "Budget line"] },
      "category",
      true,
      26,
    ),
    col("description", { ru: "Описание", en: "Description", ky: "Сүрөттөмө" }, "text", false, 36),
    col(
      "quantity",
      { ru: "Кол-во", en: "Quantity", ky: "Саны", aliases: ["Количество", "Qty"] },
      "decimal",
      false,
      9,
    ),
    col(
      "price",
      { ru: "Цена", en: "Price", ky: "Баасы", aliases: ["Цена за единицу", "Unit price"] },
      "money",
      false,
      13,
    ),
    col(
      "months",
      { ru: "Месяцев", en: "Months", ky: "Ай", aliases: ["Мес", "Кол-во месяцев"] },
      "decimal",
      false,
      9,
    ),
    ...sourceColumns(false),
    col("total", TOTAL, "money", false, 15),
  ],
};

/** Критерии / Criteria / Критерийлер. */
export const CRITERIA_TABLE: TableSpec<"code" | "name" | "maxScore" | "weight" | "minScore"> = {
  columns: [
    col("code", { ru: "Код", en: "Code", ky: "Код" }, "id", true, 8),
    col(
      "name",
      { ru: "Критерий", en: "Criterion", ky: "Критерий", aliases: ["Наименование критерия"] },
      "text",
      true,
      44,
    ),
    col(
      "maxScore",
      {
        ru: "Макс. балл",
        en: "Max score",
        ky: "Макс. балл",
        aliases: ["Максимальный балл", "Maximum score"],
      },
      "decimal",
      true,
      11,
    ),
    col("weight", { ru: "Вес", en: "Weight", ky: "Салмагы" }, "decimal", false, 8),
    col(
      "minScore",
      { ru: "Мин. балл", en: "Min score", ky: "Мин. балл", aliases: ["Минимальный балл", "Minimum score"] },
      "decimal",
      false,
      11,
    ),
  ],
};

/** Комиссия / Commission / Комиссия. */
export const COMMISSION_TABLE: TableSpec<"name" | "role" | "recusedFrom"> = {
  columns: [
    col("name", MEMBER, "text", true, 30),
    col("role", { ru: "Роль", en: "Role", ky: "Ролу", aliases: ["Должность в комиссии"] }, "text", false, 24),
    col(
      "recusedFrom",
      { ru: "Отвод", en: "Recused from", ky: "Четтетүү", aliases: ["Отводы", "Recusals", "Recused"] },
      "idList",
      false,
      16,
    ),
  ],
};

/** Оценки / Scores / Баалар: these columns plus one per criterion code (matched against Критерии). */
export const SCORES_TABLE: TableSpec<"member" | "application" | "comment"> = {
  columns: [
    col("member", MEMBER, "text", true, 30),
    col("application", APPLICATION_NO, "id", true, 11),
    col(
      "comment",
      { ru: "Комментарий", en: "Comment", ky: "Комментарий", aliases: ["Примечание", "Note"] },
      "text",
      false,
      30,
    ),
  ],
};

/** Договоры / Contracts / Келишимдер. */
export const CONTRACTS_TABLE: TableSpec<ContractField> = {
  columns: [
    col("application", APPLICATION_NO, "id", true, 11),
    col("number", CONTRACT_NO, "id", true, 12),
    col("date", { ru: "Дата договора", en: "Contract date", ky: "Келишимдин күнү" }, "date", false, 13),
    col(
      "amount",
      { ru: "Сумма гранта", en: "Grant amount", ky: "Гранттын суммасы", aliases: ["Сумма", "Amount"] },
      "money",
      true,
      14,
    ),
    col("start", START, "date", true, 12),
    col("end", END, "date", true, 12),
    col(
      "scheme",
      { ru: "Схема траншей", en: "Tranche scheme", ky: "Транштардын схемасы" },
      "scheme",
      false,
      14,
    ),
    col(
      "dates",
      { ru: "Даты траншей", en: "Tranche dates", ky: "Транштардын күндөрү" },
      "dateList",
      false,
      36,
    ),
  ],
};

/** Платежи / Payments / Төлөмдөр (optional): one row per payment. */
export const PAYMENTS_TABLE: TableSpec<PaymentField> = {
  columns: [
    col("contract", CONTRACT_NO, "id", true, 14),
    col("tranche", TRANCHE_NO, "integer", true, 9),
    col(
      "date",
      { ru: "Дата платежа", en: "Payment date", ky: "Төлөмдүн күнү", aliases: ["Дата оплаты", "Paid on"] },
      "date",
      true,
      13,
    ),
    col(
      "amount",
      { ru: "Сумма", en: "Amount", ky: "Сумма", aliases: ["Сумма платежа", "Payment amount"] },
      "money",
      true,
      14,
    ),
    col(
      "order",
      {
        ru: "№ платёжного поручения",
        en: "Payment order",
        ky: "Төлөм тапшырмасынын №",
        aliases: ["Платёжное поручение", "Номер платёжного поручения", "Payment order No"],
      },
      "text",
      false,
      20,
    ),
  ],
};

/** Отчёты / Reports / Отчеттор (optional): spent per source on one budget line in one tranche's period. */
export const REPORTS_TABLE: TableSpec<SpendingReportField> = {
  columns: [
    col("contract", CONTRACT_NO, "id", true, 14),
    col("tranche", TRANCHE_NO, "integer", true, 9),
    col(
      "category",
      { ru: "Статья", en: "Line", ky: "Берене", aliases: ["Статья расходов", "Budget line", "Category"] },
      "category",
      true,
      26,
    ),
    ...sourceColumns(false),
    col(
      "accepted",
      {
        ru: "Дата приёма",
        en: "Accepted on",
        ky: "Кабыл алынган күнү",
        aliases: ["Принят", "Дата принятия", "Accepted"],
      },
      "date",
      false,
      13,
    ),
  ],
};

/** Программа, table 1: `Параметр | Значение`. */
export const PARAMETERS_TABLE: TableSpec<"key" | "value"> = {
  columns: [
    col("key", { ru: "Параметр", en: "Parameter", ky: "Параметр" }, "text", true, 34),
    col("value", { ru: "Значение", en: "Value", ky: "Мааниси" }, "text", true, 44),
  ],
};

/** Программа, table 2: the priority directions. */
export const DIRECTIONS_TABLE: TableSpec<"code" | "name" | "allocated" | "maxPerProject"> = {
  columns: [
    col("code", { ru: "Код", en: "Code", ky: "Код" }, "id", true, 34),
    col("name", { ru: "Направление", en: "Direction", ky: "Багыт" }, "text", true, 44),
    col("allocated", { ru: "Выделено", en: "Allocated", ky: "Бөлүнгөн" }, "money", true, 14),
    col(
      "maxPerProject",
      { ru: "Макс. на проект", en: "Max per project", ky: "Долбоорго макс." },
      "money",
      false,
      16,
    ),
  ],
};

/**
 * Программа, table 3 (optional): `Дата | Нерабочий день`, public holidays and moved days off, each a
 * date with an optional name. Computed tranche dates never fall on one.
 */
export const NON_WORKING_DAYS_TABLE: TableSpec<"date" | "name"> = {
  columns: [
    col("date", { ru: "Дата", en: "Date", ky: "Күнү" }, "date", true, 14),
    col("name", { ru: "Нерабочий день", en: "Non-working day", ky: "Иш эмес күн" }, "text", false, 44),
  ],
};

/** The tables of Программа, one under the other: each ends before the next one's header row. */
export const PROGRAM_TABLES: readonly TableSpec[] = [
  PARAMETERS_TABLE,
  DIRECTIONS_TABLE,
  NON_WORKING_DAYS_TABLE,
];
