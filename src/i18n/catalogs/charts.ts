import type { CatalogSet } from "../types";

/**
 * Messages of the charts on the output sheets (WORKBOOK.md, "Charts"): titles, axis titles, legend
 * entries, the headers of the blocks the charts draw, and each chart's alternative text with its key
 * figures. Keys start with `chart.`.
 */
export const charts: CatalogSet = {
  ru: {
    "chart.som": "{amount} сом",
    "chart.section": "Диаграмма",
    "chart.axis.som": "сом",
    "chart.cofinancing.program.title": "Деньги программы по источникам (финансируемые заявки)",
    "chart.cofinancing.program.part": "{source} {amount} ({share} %)",
    "chart.cofinancing.program.alt":
      "Круговая диаграмма: деньги программы по финансируемым заявкам, всего {total}: {parts}.",
    "chart.cofinancing.applications.title": "Софинансирование по заявкам, по источникам",
    "chart.cofinancing.applications.alt":
      "Столбцы с накоплением: деньги каждой из {count} заявок по источникам; больше всех у {largest}: {amount}.",
    "chart.cofinancing.directions.title":
      "Софинансирование по направлениям (финансируемые заявки), по источникам",
    "chart.cofinancing.directions.alt":
      "Столбцы с накоплением: деньги финансируемых заявок {count} направлений по источникам; больше всех у направления {largest}: {amount}.",
    "chart.ranking.funded": "Финансируется",
    "chart.ranking.notFunded": "Не финансируется",
    "chart.ranking.passScore": "Проходной балл",
    "chart.ranking.block.all": "Итоговый балл всех {count} оцененных заявок по направлениям, для диаграммы",
    "chart.ranking.block.some":
      "Для диаграммы: {shown} из {count} оцененных заявок — первые места и места у черты финансирования в каждом направлении",
    "chart.ranking.title": "Итоговый балл, проходной балл и черта финансирования",
    "chart.ranking.alt":
      "Столбцы: итоговый балл {shown} из {count} оцененных заявок по направлениям, синие — финансируются, оранжевые — нет; линия — проходной балл {pass}. Черта финансирования: {lines}.",
    "chart.ranking.alt.line": "направление {direction} — после {application} (место {place}, балл {total})",
    "chart.ranking.alt.noneFunded": "в направлении {direction} не финансируется ни одна заявка",
    "chart.spread.member": "Член комиссии",
    "chart.spread.label": "Заявка · член комиссии",
    "chart.spread.memberTotal": "Итог члена комиссии",
    "chart.spread.median": "Медиана итогов",
    "chart.spread.block":
      "Расхождение оценок: итог каждого члена комиссии против медианы — {count} заявок с наибольшим расхождением",
    "chart.spread.title": "Итог каждого члена комиссии против медианы",
    "chart.spread.alt":
      "Столбцы: итог (Σ вес × балл) каждого члена комиссии по {count} заявкам с наибольшим расхождением, линия — медиана итогов заявки. Дальше всех от медианы: {member} по заявке {application}, {total} при медиане {median}.",
    "chart.calendar.month": "Месяц",
    "chart.calendar.unpaid": "К выплате",
    "chart.calendar.paid": "Выплачено",
    "chart.calendar.title": "Календарь выплат: транши по месяцам",
    "chart.calendar.alt":
      "Столбцы по месяцам с {from} по {to}: сколько осталось выплатить по траншам с датой в этом месяце, всего {unpaid}; больше всего в {month}: {amount}.",
    "chart.execution.approved": "Утверждено",
    "chart.execution.block":
      "Для диаграммы: {shown} из {count} договоров с наибольшим остатком выплаченных и не израсходованных денег",
    "chart.execution.title": "Договоры: утверждено, выплачено, израсходовано",
    "chart.execution.alt":
      "Столбцы по {shown} из {count} договоров: утвержденный грант, выплачено и израсходовано. Всего утверждено {grant}, выплачено {paid}, израсходовано {spent}.",
  },
  en: {
    "chart.som": "{amount} som",
    "chart.section": "Chart",
    "chart.axis.som": "som",
    "chart.cofinancing.program.title": "The program's money by source (funded applications)",
    "chart.cofinancing.program.part": "{source} {amount} ({share} %)",
    "chart.cofinancing.program.alt":
      "Pie chart: the program's money over the funded applications, {total} in all: {parts}.",
    "chart.cofinancing.applications.title": "Co-financing per application, by source",
    "chart.cofinancing.applications.alt":
      "Stacked columns: the money of each of {count} applications by source; the largest is {largest}: {amount}.",
    "chart.cofinancing.directions.title": "Co-financing per direction (funded applications), by source",
    "chart.cofinancing.directions.alt":
      "Stacked columns: the money of the funded applications of {count} directions by source; the largest is direction {largest}: {amount}.",
    "chart.ranking.funded": "Funded",
    "chart.ranking.notFunded": "Not funded",
    "chart.ranking.passScore": "Pass score",
    "chart.ranking.block.all": "Total score of all {count} scored applications by direction, for the chart",
    "chart.ranking.block.some":
      "For the chart: {shown} of {count} scored applications — the top places and the places at the funding line of each direction",
    "chart.ranking.title": "Total score, pass score and funding line",
    "chart.ranking.alt":
      "Columns: the total score of {shown} of {count} scored applications by direction, blue funded, orange not; the line is the pass score {pass}. Funding line: {lines}.",
    "chart.ranking.alt.line": "direction {direction} — after {application} (place {place}, score {total})",
    "chart.ranking.alt.noneFunded": "no application of direction {direction} is funded",
    "chart.spread.member": "Member",
    "chart.spread.label": "Application · member",
    "chart.spread.memberTotal": "Member's total",
    "chart.spread.median": "Median of the totals",
    "chart.spread.block":
      "Score divergence: each member's total against the median — the {count} applications with the widest divergence",
    "chart.spread.title": "Each member's total against the median",
    "chart.spread.alt":
      "Columns: each member's total (Σ weight × score) for the {count} applications with the widest divergence; the line is the application's median total. Farthest from the median: {member} on {application}, {total} against a median of {median}.",
    "chart.calendar.month": "Month",
    "chart.calendar.unpaid": "To pay",
    "chart.calendar.paid": "Paid",
    "chart.calendar.title": "Payment calendar: tranches by month",
    "chart.calendar.alt":
      "Columns by month from {from} to {to}: what is still to pay on the tranches dated in the month, {unpaid} in all; the most in {month}: {amount}.",
    "chart.execution.approved": "Approved",
    "chart.execution.block":
      "For the chart: {shown} of {count} contracts holding the most paid money not yet spent",
    "chart.execution.title": "Contracts: approved, paid, spent",
    "chart.execution.alt":
      "Columns for {shown} of {count} contracts: the approved grant, paid and spent. In all approved {grant}, paid {paid}, spent {spent}.",
  },
  ky: {
    "chart.som": "{amount} сом",
    "chart.section": "Диаграмма",
    "chart.axis.som": "сом",
    "chart.cofinancing.program.title": "Программанын акчасы булактар боюнча (каржыланган арыздар)",
    "chart.cofinancing.program.part": "{source} {amount} ({share} %)",
    "chart.cofinancing.program.alt":
      "Тегерек диаграмма: каржыланган арыздар боюнча программанын акчасы, баары {total}: {parts}.",
    "chart.cofinancing.applications.title": "Арыздар боюнча кошо каржылоо, булактар боюнча",
    "chart.cofinancing.directions.title":
      "Багыттар боюнча кошо каржылоо (каржыланган арыздар), булактар боюнча",
    "chart.ranking.funded": "Каржыланат",
    "chart.ranking.notFunded": "Каржыланбайт",
    "chart.ranking.passScore": "Өтүү балл",
    "chart.ranking.title": "Жыйынтык балл, өтүү балл жана каржылоо сызыгы",
    "chart.spread.member": "Комиссиянын мүчөсү",
    "chart.spread.median": "Жыйынтыктардын медианасы",
    "chart.spread.title": "Комиссиянын ар бир мүчөсүнүн жыйынтыгы медианага каршы",
    "chart.calendar.month": "Ай",
    "chart.calendar.unpaid": "Төлөнө турган",
    "chart.calendar.paid": "Төлөндү",
    "chart.calendar.title": "Төлөм календары: транштар айлар боюнча",
    "chart.execution.approved": "Бекитилген",
    "chart.execution.title": "Келишимдер: бекитилген, төлөнгөн, сарпталган",
  },
};
