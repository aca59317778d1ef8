import type { CatalogSet } from "../types";

/**
 * Messages of the domain core (scoring, ranking, tranches, co-financing). Keys start with `core.`, and
 * the finding messages of the rules the core itself checks (scores, ties, tranches) with
 * `rules.<rule-id>`; the other rules' messages live in rules.ts.
 */
export const core: CatalogSet = {
  ru: {
    "core.severity.error": "ошибка",
    "core.severity.warning": "предупреждение",
    "core.severity.info": "сведения",
    "rules.score-out-of-range":
      "Оценка {value} члена комиссии {member} по критерию {criterion} заявки {application} вне диапазона 0–{max}; она не учтена.",
    "rules.score-missing": "Нет оценки члена комиссии {member} по критерию {criterion} заявки {application}.",
    "rules.score-missing.no-row":
      "Заявку {application} не оценили члены комиссии без отвода ({count}): {members}.",
    "rules.score-divergence":
      "Разброс оценок по критерию {criterion} заявки {application} равен {spread}, больше порога {threshold}: обсудите на комиссии.",
    "rules.recused-but-scored":
      "Член комиссии {member} взял отвод по заявке {application}, но поставил оценку {value} по критерию {criterion}; она не учтена.",
    "rules.recused-but-scored.marked":
      "Член комиссии {member} отметил отвод по заявке {application}, но поставил оценку {value} по критерию {criterion}; она не учтена.",
    "rules.quorum-not-met": "Заявку {application} оценили {scorers} членов комиссии, кворум — {quorum}.",
    "rules.tie-at-funding-line":
      "Заявка {application} (направление {direction}) набрала столько же баллов ({total}), сколько {tiedWith}, а средств хватает не всем: решает комиссия. Финансирование по направлению ниже этой черты не распределено.",
    "rules.tie-at-funding-line.no-dates":
      "Заявка {application} (направление {direction}) набрала столько же баллов ({total}), сколько {tiedWith}, а средств хватает не всем; правило «ранняя подача» не применить — не у всех заполнена дата подачи. Решает комиссия.",
    "rules.tranche-percent-sum":
      "Схема траншей договора {contract} в сумме даёт {sum} %, а не 100 %; график не построен.",
    "rules.tranche-percent-sum.default":
      "Схема траншей программы по умолчанию (для договора {contract}) в сумме даёт {sum} %, а не 100 %; график не построен.",
    "rules.tranche-date-outside":
      "Дата транша {n} договора {contract} ({date}) вне срока договора {start} – {end}.",
    "rules.tranche-date-outside.count":
      "В договоре {contract} указано дат траншей: {actual}, а траншей по схеме: {expected}; даты рассчитаны автоматически.",
  },
  en: {
    "core.severity.error": "error",
    "core.severity.warning": "warning",
    "core.severity.info": "info",
    "rules.score-out-of-range":
      "Score {value} by {member} on criterion {criterion} of application {application} is outside 0–{max}; it is not counted.",
    "rules.score-missing": "No score by {member} on criterion {criterion} of application {application}.",
    "rules.score-missing.no-row":
      "Application {application} has not been scored by {count} commission member(s) who are not recused: {members}.",
    "rules.score-divergence":
      "Scores on criterion {criterion} of application {application} spread by {spread}, more than the threshold {threshold}: discuss in the commission.",
    "rules.recused-but-scored":
      "{member} is recused from application {application} but gave {value} on criterion {criterion}; it is not counted.",
    "rules.recused-but-scored.marked":
      "{member} marked a recusal on application {application} but gave {value} on criterion {criterion}; it is not counted.",
    "rules.quorum-not-met":
      "Application {application} was scored by {scorers} commission member(s); the quorum is {quorum}.",
    "rules.tie-at-funding-line":
      "Application {application} (direction {direction}) is tied at {total} with {tiedWith} and the money does not cover all of them: the commission decides. Funding in the direction below this line is left open.",
    "rules.tie-at-funding-line.no-dates":
      "Application {application} (direction {direction}) is tied at {total} with {tiedWith} and the money does not cover all of them; the earlier-submission tie-break cannot apply because a submission date is missing. The commission decides.",
    "rules.tranche-percent-sum":
      "The tranche scheme of contract {contract} sums to {sum} %, not 100 %; no schedule was built.",
    "rules.tranche-percent-sum.default":
      "The program's default tranche scheme (used by contract {contract}) sums to {sum} %, not 100 %; no schedule was built.",
    "rules.tranche-date-outside":
      "Tranche {n} of contract {contract} is dated {date}, outside the contract period {start} – {end}.",
    "rules.tranche-date-outside.count":
      "Contract {contract} lists {actual} tranche date(s) but its scheme has {expected} tranche(s); the dates were computed instead.",
  },
  ky: {
    "core.severity.error": "ката",
    "core.severity.warning": "эскертүү",
    "core.severity.info": "маалымат",
    "rules.score-out-of-range":
      "{application} арызы боюнча {member} койгон {criterion} критерийинин {value} баасы 0–{max} чегинен тышкары; ал эсепке алынган жок.",
    "rules.score-missing": "{application} арызы боюнча {member} {criterion} критерийине баа койгон эмес.",
    "rules.score-missing.no-row": "{application} арызын комиссиянын {count} мүчөсү баалаган жок: {members}.",
    "rules.score-divergence":
      "{application} арызынын {criterion} критерийи боюнча баалардын айырмасы {spread}, чек {threshold}: комиссияда талкуулаңыз.",
    "rules.recused-but-scored":
      "{member} {application} арызы боюнча баш тарткан, бирок {criterion} критерийине {value} баа койгон; ал эсепке алынган жок.",
    "rules.recused-but-scored.marked":
      "{member} {application} арызы боюнча баш тартууну белгилеген, бирок {criterion} критерийине {value} баа койгон; ал эсепке алынган жок.",
    "rules.quorum-not-met": "{application} арызын комиссиянын {scorers} мүчөсү баалады, кворум — {quorum}.",
    "rules.tie-at-funding-line":
      "{application} арызы ({direction} багыты) {tiedWith} менен бирдей {total} балл алды, каражат баарына жетпейт: комиссия чечет.",
    "rules.tie-at-funding-line.no-dates":
      "{application} арызы ({direction} багыты) {tiedWith} менен бирдей {total} балл алды; берилген күнү толтурулбагандыктан «эрте берүү» эрежеси колдонулбайт. Комиссия чечет.",
    "rules.tranche-percent-sum":
      "{contract} келишиминин транш схемасы {sum} % түзөт, 100 % эмес; график түзүлгөн жок.",
    "rules.tranche-percent-sum.default":
      "Программанын демейки транш схемасы ({contract} келишими үчүн) {sum} % түзөт, 100 % эмес; график түзүлгөн жок.",
    "rules.tranche-date-outside":
      "{contract} келишиминин {n}-траншынын күнү ({date}) келишим мөөнөтүнөн тышкары: {start} – {end}.",
    "rules.tranche-date-outside.count":
      "{contract} келишиминде {actual} транш күнү көрсөтүлгөн, схема боюнча траншлар {expected}; күндөр автоматтык түрдө эсептелди.",
  },
};
