import type { CatalogSet } from "../types";

/**
 * Tranche dates: the release condition written beside each tranche (`tranche-dates.condition.*`) and
 * the names of Kyrgyzstan's fixed non-working days pre-filled in Программа, table 3
 * (`tranche-dates.holiday.*`).
 */
export const trancheDates: CatalogSet = {
  ru: {
    "tranche-dates.condition.advance": "аванс при подписании",
    "tranche-dates.condition.after-report": "после отчёта по траншу {previous}",
    "tranche-dates.condition.final-report": "после итогового отчёта",
    "tranche-dates.holiday.new-year": "Новый год",
    "tranche-dates.holiday.new-year-holidays": "Новогодние каникулы",
    "tranche-dates.holiday.christmas": "Рождество Христово",
    "tranche-dates.holiday.defenders-day": "День защитника Отечества",
    "tranche-dates.holiday.womens-day": "Международный женский день",
    "tranche-dates.holiday.nooruz": "Нооруз",
    "tranche-dates.holiday.april-revolution": "День народной Апрельской революции",
    "tranche-dates.holiday.labour-day": "Праздник труда",
    "tranche-dates.holiday.may-holidays": "Майские праздники",
    "tranche-dates.holiday.constitution-day": "День Конституции",
    "tranche-dates.holiday.victory-day": "День Победы",
    "tranche-dates.holiday.independence-day": "День независимости",
    "tranche-dates.holiday.history-days": "Дни истории и памяти предков",
  },
  en: {
    "tranche-dates.condition.advance": "advance on signing",
    "tranche-dates.condition.after-report": "after the report on tranche {previous}",
    "tranche-dates.condition.final-report": "after the final report",
    "tranche-dates.holiday.new-year": "New Year",
    "tranche-dates.holiday.new-year-holidays": "New Year holidays",
    "tranche-dates.holiday.christmas": "Orthodox Christmas",
    "tranche-dates.holiday.defenders-day": "Defender of the Fatherland Day",
    "tranche-dates.holiday.womens-day": "International Women's Day",
    "tranche-dates.holiday.nooruz": "Nooruz",
    "tranche-dates.holiday.april-revolution": "Day of the People's April Revolution",
    "tranche-dates.holiday.labour-day": "Labour Day",
    "tranche-dates.holiday.may-holidays": "May holidays",
    "tranche-dates.holiday.constitution-day": "Constitution Day",
    "tranche-dates.holiday.victory-day": "Victory Day",
    "tranche-dates.holiday.independence-day": "Independence Day",
    "tranche-dates.holiday.history-days": "Days of History and Commemoration of Ancestors",
  },
  ky: {
    "tranche-dates.condition.advance": "келишимге кол коюлганда аванс",
    "tranche-dates.condition.after-report": "{previous}-транш боюнча отчеттон кийин",
    "tranche-dates.condition.final-report": "жыйынтык отчеттон кийин",
    "tranche-dates.holiday.new-year": "Жаңы жыл",
    "tranche-dates.holiday.new-year-holidays": "Жаңы жылдык эс алуу күндөрү",
    "tranche-dates.holiday.christmas": "Православдык Рождество",
    "tranche-dates.holiday.defenders-day": "Ата Мекенди коргоочулар күнү",
    "tranche-dates.holiday.womens-day": "Эл аралык аялдар күнү",
    "tranche-dates.holiday.nooruz": "Нооруз",
    "tranche-dates.holiday.april-revolution": "Элдик Апрель революциясынын күнү",
    "tranche-dates.holiday.labour-day": "Эмгек майрамы",
    "tranche-dates.holiday.may-holidays": "Май майрамдары",
    "tranche-dates.holiday.constitution-day": "Конституция күнү",
    "tranche-dates.holiday.victory-day": "Жеңиш күнү",
    "tranche-dates.holiday.independence-day": "Эгемендүүлүк күнү",
    "tranche-dates.holiday.history-days": "Тарых жана ата-бабаларды эскерүү күндөрү",
  },
};
