import type { Aggregation, BudgetCategory, TieBreak } from "../../core/model";
import type { Localized } from "./types";

/** Смета.Статья: the line categories, as people write them. */
export const CATEGORY_NAMES: Readonly<Record<BudgetCategory, Localized>> = {
  staff: {
    ru: "Оплата труда",
    en: "Staff",
    ky: "Эмгек акы",
    aliases: ["Заработная плата", "Зарплата", "Staff costs", "Salaries"],
  },
  "social-fund": {
    ru: "Отчисления в Соцфонд",
    en: "Social fund",
    ky: "Социалдык фондго чегерүүлөр",
    aliases: ["Соцфонд", "Отчисления в Социальный фонд", "Social fund contributions"],
  },
  equipment: { ru: "Оборудование", en: "Equipment", ky: "Жабдуулар" },
  supplies: { ru: "Материалы", en: "Supplies", ky: "Материалдар", aliases: ["Materials"] },
  rent: { ru: "Аренда", en: "Rent", ky: "Ижара" },
  utilities: { ru: "Коммунальные услуги", en: "Utilities", ky: "Коммуналдык кызматтар" },
  travel: {
    ru: "Транспорт",
    en: "Travel",
    ky: "Транспорт",
    aliases: ["Транспортные расходы", "Transport"],
  },
  communications: { ru: "Связь", en: "Communications", ky: "Байланыш" },
  events: { ru: "Мероприятия", en: "Events", ky: "Иш-чаралар" },
  administrative: {
    ru: "Административные расходы",
    en: "Administrative",
    ky: "Административдик чыгымдар",
    aliases: ["Админ. расходы", "Административные", "Admin", "Administrative costs"],
  },
  other: { ru: "Прочее", en: "Other", ky: "Башка", aliases: ["Прочие расходы", "Другое"] },
};

/** Программа.Метод агрегации. */
export const AGGREGATION_NAMES: Readonly<Record<Aggregation, Localized>> = {
  mean: { ru: "среднее", en: "mean", ky: "орточо", aliases: ["среднее арифметическое", "average"] },
  median: { ru: "медиана", en: "median", ky: "медиана" },
  "trimmed-mean": {
    ru: "усечённое среднее",
    en: "trimmed mean",
    ky: "кесилген орточо",
    aliases: ["trimmed-mean"],
  },
};

/** Программа.Равенство баллов. */
export const TIE_BREAK_NAMES: Readonly<Record<TieBreak, Localized>> = {
  none: { ru: "нет", en: "none", ky: "жок", aliases: ["no"] },
  "earlier-submission": {
    ru: "ранняя подача",
    en: "earlier submission",
    ky: "эрте берилген",
    aliases: ["по дате подачи", "earliest submission", "earlier-submission"],
  },
};

/** What a commission secretary types in a score cell for a member who did not score because of a conflict. */
export const RECUSAL_MARKS: readonly string[] = [
  "отвод",
  "конфликт",
  "конфликт интересов",
  "—",
  "–",
  "-",
  "x",
  "х",
  "recused",
  "recusal",
  "conflict",
  "четтетүү",
];

/** Комиссия.Роль, for the templates. */
export const ROLE_NAMES = {
  chair: { ru: "Председатель", en: "Chair", ky: "Төрага" },
  deputy: { ru: "Заместитель председателя", en: "Vice-chair", ky: "Төраганын орун басары" },
  secretary: { ru: "Секретарь", en: "Secretary", ky: "Катчы" },
  member: { ru: "Член комиссии", en: "Member", ky: "Комиссиянын мүчөсү" },
} as const satisfies Readonly<Record<string, Localized>>;
