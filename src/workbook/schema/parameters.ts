import type { ProgramField } from "../../core/model";
import type { CellType, Localized } from "./types";

/** One row of Программа table 1: its key as people write it, how its value is read, whether required. */
export interface ParameterSpec {
  readonly field: ProgramField;
  readonly key: Localized;
  readonly type: CellType;
  readonly required: boolean;
}

function param(field: ProgramField, key: Localized, type: CellType, required = false): ParameterSpec {
  return { field, key, type, required };
}

/** The parameters of WORKBOOK.md, in template order. */
export const PARAMETERS: readonly ParameterSpec[] = [
  param(
    "municipality",
    { ru: "Муниципалитет", en: "Municipality", ky: "Муниципалитет", aliases: ["Айыл окмоту", "Мэрия"] },
    "text",
    true,
  ),
  param(
    "name",
    {
      ru: "Программа",
      en: "Program",
      ky: "Программа",
      aliases: ["Название программы", "Program name", "Programme"],
    },
    "text",
    true,
  ),
  param(
    "year",
    { ru: "Бюджетный год", en: "Budget year", ky: "Бюджеттик жыл", aliases: ["Год", "Year"] },
    "year",
    true,
  ),
  param(
    "start",
    { ru: "Начало", en: "Start", ky: "Башталышы", aliases: ["Начало программы", "Program start"] },
    "date",
    true,
  ),
  param(
    "end",
    { ru: "Окончание", en: "End", ky: "Аякташы", aliases: ["Окончание программы", "Program end"] },
    "date",
    true,
  ),
  param(
    "budget",
    { ru: "Бюджет программы", en: "Program budget", ky: "Программанын бюджети", aliases: ["Бюджет"] },
    "money",
    true,
  ),
  param(
    "planLocalBudget",
    { ru: "План: местный бюджет", en: "Plan: local budget", ky: "План: жергиликтүү бюджет" },
    "money",
  ),
  param("planCommunity", { ru: "План: сообщество", en: "Plan: community", ky: "План: жамаат" }, "money"),
  param("planNgo", { ru: "План: НКО", en: "Plan: NGO", ky: "План: КЭУ" }, "money"),
  param("planOther", { ru: "План: другие", en: "Plan: other", ky: "План: башкалар" }, "money"),
  param(
    "minCofinancingPct",
    { ru: "Мин. софинансирование, %", en: "Min co-financing, %", ky: "Мин. кошумча каржылоо, %" },
    "percent",
  ),
  param(
    "minNgoPct",
    { ru: "Мин. вклад НКО, %", en: "Min NGO contribution, %", ky: "КЭУнун мин. салымы, %" },
    "percent",
  ),
  param(
    "maxStaffPct",
    { ru: "Макс. оплата труда, %", en: "Max staff costs, %", ky: "Эмгек акынын макс., %" },
    "percent",
  ),
  param(
    "maxAdminPct",
    { ru: "Макс. админ. расходы, %", en: "Max admin costs, %", ky: "Админ. чыгымдардын макс., %" },
    "percent",
  ),
  param("passScore", { ru: "Проходной балл", en: "Pass score", ky: "Өтүү баллы" }, "decimal"),
  param(
    "aggregation",
    { ru: "Метод агрегации", en: "Aggregation", ky: "Топтоо ыкмасы", aliases: ["Aggregation method"] },
    "aggregation",
  ),
  param(
    "divergenceThreshold",
    { ru: "Порог расхождения", en: "Divergence threshold", ky: "Айырмачылык босогосу" },
    "decimal",
  ),
  param(
    "meetingDate",
    { ru: "Дата заседания", en: "Meeting date", ky: "Жыйындын датасы", aliases: ["Дата заседания комиссии"] },
    "date",
  ),
  param(
    "releaseThresholdPct",
    { ru: "Порог освоения, %", en: "Release threshold, %", ky: "Өздөштүрүү босогосу, %" },
    "percent",
  ),
  param(
    "reallocationPct",
    { ru: "Перераспределение, %", en: "Reallocation tolerance, %", ky: "Кайра бөлүштүрүү, %" },
    "percent",
  ),
  param("asOf", { ru: "На дату", en: "As of", ky: "Датага карата" }, "date"),
  param("quorum", { ru: "Кворум", en: "Quorum", ky: "Кворум" }, "integer"),
  param(
    "tieBreak",
    { ru: "Равенство баллов", en: "Tie-break", ky: "Баллдардын теңдиги", aliases: ["Tie break"] },
    "tieBreak",
  ),
  param("trancheScheme", { ru: "Схема траншей", en: "Tranche scheme", ky: "Транштардын схемасы" }, "scheme"),
  param(
    "trancheRounding",
    { ru: "Округление траншей", en: "Tranche rounding", ky: "Транштарды тегеректөө" },
    "rounding",
  ),
];
