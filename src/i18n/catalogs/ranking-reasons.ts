import type { CatalogSet } from "../types";

/**
 * The honest ranking: why each row has its status (`ranking.reason.*`, see RankingEntry.reason), the
 * status `not-scored`, the findings no-scores, percent-as-fraction and the divergence that names its
 * member, and the labels of the co-financing lines over funded / submitted applications.
 */
export const rankingReasons: CatalogSet = {
  ru: {
    "output.status.not-scored": "не оценена",
    "output.col.reason": "Причина",
    "output.section.directions.funded": "По направлениям — финансируемые заявки",
    "output.section.program.funded": "По программе в целом — финансируемые заявки",
    "output.section.directions.submitted": "По направлениям — все поданные заявки",
    "output.section.program.submitted": "По программе в целом — все поданные заявки",
    "output.summary.ranking.all":
      "Заявок: {applications}; финансируется: {funded} на {amount} сом из {budget}; резерв: {reserve}; ниже порога: {belowPass}; не допускается: {ineligible}; не оценено: {notScored}",
    "ranking.reason.funded":
      "финансируется: запрошено {requested} сом, по направлению {direction} оставалось {left} сом",
    "ranking.reason.reserve.left":
      "резерв: по направлению {direction} осталось {left} сом < запрошено {requested} сом",
    "ranking.reason.reserve.tie":
      "резерв: равенство баллов ({total}) на черте финансирования с {tiedWith}; решает комиссия",
    "ranking.reason.reserve.stopped":
      "резерв: финансирование по направлению {direction} остановлено на равенстве баллов заявок {tied}; решает комиссия",
    "ranking.reason.below-pass.score": "ниже порога: балл {total} < проходного {pass}",
    "ranking.reason.below-pass.min": "ниже порога: по критериям {criteria} меньше минимального балла",
    "ranking.reason.below-pass.quorum": "ниже порога: оценили {scorers} членов комиссии, кворум — {quorum}",
    "ranking.reason.ineligible.type": "не допускается: вид организации «{type}»",
    "ranking.reason.ineligible.direction": "не допускается: направления {direction} нет в программе",
    "ranking.reason.ineligible.cap":
      "не допускается: грант {requested} сом больше максимума на проект {max} сом",
    "ranking.reason.not-scored": "не оценена: ни одной оценки комиссии",
    "rules.no-scores":
      "Заявку {application} не оценил ни один член комиссии: она не в рейтинге и не «ниже порога», пока её не оценят.",
    "rules.no-scores.program":
      "В листе оценок нет ни одной оценки: ни одна из заявок ({applications}) не оценена, рейтинга нет.",
    "rules.score-divergence.farthest":
      "Разброс оценок по критерию {criterion} заявки {application} равен {spread}, больше порога {threshold}; дальше всех от медианы оценка {value} члена комиссии {member}: обсудите на комиссии.",
    "rules.percent-as-fraction":
      "{parameter} = {value}: ячейка не в процентном формате, значение читается как {value} %. Если имелось в виду {percent} %, введите {percent}.",
    "rules.non-working-days-other-year":
      "Нерабочие дни таблицы 3 (с {first}) относятся к году {listed}, а программа — к году {years}: даты траншей их не учитывают. Впишите нерабочие дни года программы.",
  },
  en: {
    "output.status.not-scored": "not scored",
    "output.col.reason": "Reason",
    "output.section.directions.funded": "By direction — funded applications",
    "output.section.program.funded": "Whole program — funded applications",
    "output.section.directions.submitted": "By direction — all submitted applications",
    "output.section.program.submitted": "Whole program — all submitted applications",
    "output.summary.ranking.all":
      "Applications: {applications}; funded: {funded} for {amount} som of {budget}; reserve: {reserve}; below pass score: {belowPass}; ineligible: {ineligible}; not scored: {notScored}",
    "ranking.reason.funded":
      "funded: {requested} som requested, {left} som were left in direction {direction}",
    "ranking.reason.reserve.left":
      "reserve: left in direction {direction} {left} som < requested {requested} som",
    "ranking.reason.reserve.tie":
      "reserve: tie at the funding line ({total}) with {tiedWith}; the commission decides",
    "ranking.reason.reserve.stopped":
      "reserve: funding in direction {direction} stopped at the tie of {tied}; the commission decides",
    "ranking.reason.below-pass.score": "below the pass score: {total} < {pass}",
    "ranking.reason.below-pass.min": "below the pass score: criteria {criteria} under their min score",
    "ranking.reason.below-pass.quorum":
      "below the pass score: {scorers} members scored, the quorum is {quorum}",
    "ranking.reason.ineligible.type": "ineligible: organization type “{type}”",
    "ranking.reason.ineligible.direction": "ineligible: direction {direction} is not in the program",
    "ranking.reason.ineligible.cap": "ineligible: grant {requested} som over the max per project {max} som",
    "ranking.reason.not-scored": "not scored: no score from the commission",
    "rules.no-scores":
      "No commission member scored application {application}: it is not ranked, and not “below pass score”, until it is scored.",
    "rules.no-scores.program":
      "The scores sheet has no score at all: none of the applications ({applications}) is scored, there is no ranking.",
    "rules.score-divergence.farthest":
      "The spread of the scores for criterion {criterion} of application {application} is {spread}, above the threshold {threshold}; farthest from the median is {member}'s score {value}: discuss it in the commission.",
    "rules.percent-as-fraction":
      "{parameter} = {value}: the cell is not formatted as a percent, so it reads as {value} %. If {percent} % was meant, type {percent}.",
    "rules.non-working-days-other-year":
      "The non-working days of table 3 (from {first}) are in {listed}, but the program is in {years}: tranche dates ignore them. List the days off of the program's year.",
  },
  ky: {
    "output.status.not-scored": "бааланган эмес",
    "output.col.reason": "Себеби",
    "output.section.directions.funded": "Багыттар боюнча — каржыланган арыздар",
    "output.section.program.funded": "Программа боюнча жалпы — каржыланган арыздар",
    "output.section.directions.submitted": "Багыттар боюнча — берилген бардык арыздар",
    "output.section.program.submitted": "Программа боюнча жалпы — берилген бардык арыздар",
    "output.summary.ranking.all":
      "Арыздар: {applications}; каржыланат: {funded}, {budget} ичинен {amount} сом; резерв: {reserve}; босогодон төмөн: {belowPass}; жол берилбейт: {ineligible}; бааланган эмес: {notScored}",
    "ranking.reason.funded": "каржыланат: {requested} сом суралды, {direction} багытында {left} сом калган",
    "ranking.reason.reserve.left":
      "резерв: {direction} багытында {left} сом калды < суралган {requested} сом",
    "ranking.reason.reserve.tie":
      "резерв: каржылоо чегинде {tiedWith} менен бирдей балл ({total}); комиссия чечет",
    "ranking.reason.reserve.stopped":
      "резерв: {direction} багытында каржылоо {tied} арыздарынын бирдей баллында токтоду; комиссия чечет",
    "ranking.reason.below-pass.score": "босогодон төмөн: балл {total} < өтүүчү {pass}",
    "ranking.reason.below-pass.min": "босогодон төмөн: {criteria} критерийлери боюнча минималдуу баллдан аз",
    "ranking.reason.below-pass.quorum":
      "босогодон төмөн: комиссиянын {scorers} мүчөсү баалады, кворум — {quorum}",
    "ranking.reason.ineligible.type": "жол берилбейт: уюмдун түрү «{type}»",
    "ranking.reason.ineligible.direction": "жол берилбейт: {direction} багыты программада жок",
    "ranking.reason.ineligible.cap":
      "жол берилбейт: грант {requested} сом долбоорго максимумдан {max} сом көп",
    "ranking.reason.not-scored": "бааланган эмес: комиссиядан бир да баа жок",
    "rules.no-scores":
      "{application} арызын комиссиянын бир да мүчөсү баалаган жок: ал бааланмайынча рейтингде жок жана «босогодон төмөн» эмес.",
    "rules.no-scores.program":
      "Баалар баракчасында бир да баа жок: арыздардын ({applications}) бири да бааланган эмес, рейтинг жок.",
    "rules.score-divergence.farthest":
      "{application} арызынын {criterion} критерийи боюнча баалардын айырмасы {spread}, чек {threshold}; медианадан эң алыс — {member} мүчөнүн {value} баасы: комиссияда талкуулаңыз.",
    "rules.percent-as-fraction":
      "{parameter} = {value}: уячасы пайыз форматында эмес, маани {value} % катары окулат. Эгер {percent} % дегени болсо, {percent} деп жазыңыз.",
    "rules.non-working-days-other-year":
      "3-таблицанын иш эмес күндөрү ({first} баштап) {listed} жылга тиешелүү, ал эми программа — {years} жылга: транш даталары аларды эске албайт. Программа жылынын иш эмес күндөрүн жазыңыз.",
  },
};
