import type { CatalogSet } from "../types";

/**
 * Messages of the rules area. Keys start with `rules.` (finding messages: `rules.<rule-id>` and
 * `rules.<rule-id>.<variant>`; see docs/RULES.md). Amounts arrive as decimal strings ("250000.00"),
 * percents with 2 decimals, dates as ISO. Kyrgyz is best effort (a missing text falls back to Russian).
 */
export const rules: CatalogSet = {
  ru: {
    "rules.direction-unknown":
      "Заявка {application}: направления «{direction}» нет в программе — заявку нельзя сопоставить с выделенной суммой.",
    "rules.application-unknown": "Ссылка на номер заявки, которого нет на листе «Заявки».",
    "rules.application-unknown.budget":
      "Строка сметы относится к заявке {application}, которой нет на листе «Заявки»: эти деньги нигде не учтутся.",
    "rules.application-unknown.contract":
      "Договор {contract} заключён по заявке {application}, которой нет на листе «Заявки».",
    "rules.application-unknown.score":
      "{member} оценил(а) заявку {application}, которой нет на листе «Заявки»: оценка не учтётся.",
    "rules.member-unknown":
      "«{member}» выставил(а) оценки заявке {application}, но не числится в составе комиссии (лист «Комиссия»).",
    "rules.direction-over-allocation":
      "Договоры по направлению {direction} составляют {total} сом при выделенных {allocated} сом; сумма превышена на договоре {contract}.",
    "rules.direction-over-allocation.recommended":
      "Рекомендовано по направлению {direction} {total} сом при выделенных {allocated} сом.",
    "rules.program-over-budget":
      "Сумма, выделенная направлениям ({total} сом), превышает бюджет программы ({budget} сом).",
    "rules.program-over-budget.contracts":
      "Договоры в сумме составляют {total} сом при бюджете программы {budget} сом; бюджет превышен на договоре {contract}.",
    "rules.request-over-cap":
      "Заявка {application} просит {grant} сом — больше максимума на проект по направлению {direction} ({cap} сом).",
    "rules.request-over-cap.allocation":
      "Заявка {application} просит {grant} сом — больше всей суммы, выделенной направлению {direction} ({cap} сом).",
    "rules.sources-sum-mismatch":
      "Заявка {application}: в графе «Итого» {stated} сом, а сумма источников — {sum} сом.",
    "rules.budget-lines-mismatch": "Смета заявки не совпадает с заявкой по источникам финансирования.",
    "rules.budget-lines-mismatch.grant":
      "Заявка {application}: грант по смете {lines} сом, в заявке {stated} сом.",
    "rules.budget-lines-mismatch.localBudget":
      "Заявка {application}: местный бюджет по смете {lines} сом, в заявке {stated} сом.",
    "rules.budget-lines-mismatch.community":
      "Заявка {application}: вклад сообщества по смете {lines} сом, в заявке {stated} сом.",
    "rules.budget-lines-mismatch.ngo":
      "Заявка {application}: вклад НКО по смете {lines} сом, в заявке {stated} сом.",
    "rules.budget-lines-mismatch.other":
      "Заявка {application}: другие источники по смете {lines} сом, в заявке {stated} сом.",
    "rules.budget-lines-mismatch.no-lines":
      "У заявки {application} нет строк на листе «Смета», хотя у других заявок есть: её бюджет не проверен.",
    "rules.budget-line-arithmetic":
      "Смета заявки {application}, «{description}»: кол-во × цена × месяцев = {product} сом, а итог строки {total} сом.",
    "rules.budget-line-arithmetic.sources":
      "Смета заявки {application}, «{description}»: в графе «Итого» {stated} сом, а сумма источников — {sum} сом.",
    "rules.cofinancing-below-min":
      "Заявка {application}: софинансирование {share} % ({amount} из {total} сом) — меньше минимума {min} %.",
    "rules.ngo-contribution-below-min":
      "Заявка {application}: вклад НКО {share} % ({amount} из {total} сом) — меньше минимума {min} %.",
    "rules.staff-cost-over-cap":
      "Заявка {application}: оплата труда с отчислениями из гранта {amount} сом — {share} % гранта {grant} сом, больше предела {cap} %.",
    "rules.admin-cost-over-cap":
      "Заявка {application}: административные расходы из гранта {amount} сом — {share} % гранта {grant} сом, больше предела {cap} %.",
    "rules.source-vs-plan": "Сумма источника по заявкам не совпадает с планом программы.",
    "rules.source-vs-plan.localBudget":
      "Местный бюджет по заявкам (учтено заявок: {applications}) — {total} сом, меньше плана {plan} сом.",
    "rules.source-vs-plan.community":
      "Вклад сообщества по заявкам (учтено заявок: {applications}) — {total} сом, меньше плана {plan} сом.",
    "rules.source-vs-plan.ngo":
      "Вклад НКО по заявкам (учтено заявок: {applications}) — {total} сом, меньше плана {plan} сом.",
    "rules.source-vs-plan.other":
      "Другие источники по заявкам (учтено заявок: {applications}) — {total} сом, меньше плана {plan} сом.",
    "rules.source-vs-plan.localBudget.above":
      "Местный бюджет по заявкам (учтено заявок: {applications}) — {total} сом, больше плана {plan} сом: нужны средства сверх утверждённых.",
    "rules.source-vs-plan.community.above":
      "Вклад сообщества по заявкам (учтено заявок: {applications}) — {total} сом, больше плана {plan} сом.",
    "rules.source-vs-plan.ngo.above":
      "Вклад НКО по заявкам (учтено заявок: {applications}) — {total} сом, больше плана {plan} сом.",
    "rules.source-vs-plan.other.above":
      "Другие источники по заявкам (учтено заявок: {applications}) — {total} сом, больше плана {plan} сом.",
    "rules.ineligible-applicant":
      "Заявка {application}: {organization} ({type}) — политические партии, профсоюзы и религиозные организации не могут быть исполнителями социального заказа.",
    "rules.duplicate-id": "Номер или код повторяется.",
    "rules.duplicate-id.application": "Номер заявки {id} повторяется (впервые — в строке {firstRow}).",
    "rules.duplicate-id.contract": "Номер договора {id} повторяется (впервые — в строке {firstRow}).",
    "rules.duplicate-id.criterion": "Код критерия {id} повторяется (впервые — в строке {firstRow}).",
    "rules.duplicate-id.direction": "Код направления {id} повторяется (впервые — в строке {firstRow}).",
    "rules.duplicate-id.member": "Член комиссии {id} указан дважды (впервые — в строке {firstRow}).",
    "rules.duplicate-id.score": "Оценки {id} введены повторно (впервые — в строке {firstRow}).",
    "rules.contract-not-recommended":
      "Договор {contract} заключён по заявке {application}, которая не рекомендована к финансированию.",
    "rules.contract-over-request":
      "Договоры по заявке {application} — {amount} сом, больше запрошенной суммы {limit} сом (превышение на договоре {contract}).",
    "rules.contract-over-request.recommended":
      "Договоры по заявке {application} — {amount} сом, больше рекомендованной суммы {limit} сом (превышение на договоре {contract}).",
    "rules.period-outside-program": "Срок выходит за период программы.",
    "rules.period-outside-program.application.start":
      "Заявка {application} начинается {date}, раньше начала программы {programStart}.",
    "rules.period-outside-program.application.end":
      "Заявка {application} заканчивается {date}, позже окончания программы {programEnd}.",
    "rules.period-outside-program.application.order": "Заявка {application}: окончание {date} раньше начала.",
    "rules.period-outside-program.contract.start":
      "Договор {contract} начинается {date}, раньше начала программы {programStart}.",
    "rules.period-outside-program.contract.end":
      "Договор {contract} заканчивается {date}, позже окончания программы {programEnd}.",
    "rules.period-outside-program.contract.order": "Договор {contract}: окончание {date} раньше начала.",
    "rules.period-outside-program.program":
      "Окончание программы {programEnd} раньше её начала {programStart}.",
  },
  en: {
    "rules.direction-unknown":
      "Application {application}: the program has no direction “{direction}”, so the application cannot be matched to an allocation.",
    "rules.application-unknown": "Reference to an application number that is not on the Applications sheet.",
    "rules.application-unknown.budget":
      "A budget line belongs to application {application}, which is not on the Applications sheet: this money counts nowhere.",
    "rules.application-unknown.contract":
      "Contract {contract} is for application {application}, which is not on the Applications sheet.",
    "rules.application-unknown.score":
      "{member} scored application {application}, which is not on the Applications sheet: the score does not count.",
    "rules.member-unknown":
      "“{member}” scored application {application} but is not a member of the commission (Commission sheet).",
    "rules.direction-over-allocation":
      "Contracts in direction {direction} add up to {total} som against {allocated} som allocated; contract {contract} goes over.",
    "rules.direction-over-allocation.recommended":
      "{total} som recommended in direction {direction} against {allocated} som allocated.",
    "rules.program-over-budget":
      "The directions' allocations ({total} som) exceed the program budget ({budget} som).",
    "rules.program-over-budget.contracts":
      "Contracts add up to {total} som against a program budget of {budget} som; contract {contract} goes over.",
    "rules.request-over-cap":
      "Application {application} asks for {grant} som, more than the maximum per project in direction {direction} ({cap} som).",
    "rules.request-over-cap.allocation":
      "Application {application} asks for {grant} som, more than direction {direction} has in total ({cap} som).",
    "rules.sources-sum-mismatch":
      "Application {application}: Total says {stated} som, the sources add up to {sum} som.",
    "rules.budget-lines-mismatch":
      "The application's budget lines do not match the application, source by source.",
    "rules.budget-lines-mismatch.grant":
      "Application {application}: budget lines ask {lines} som of grant, the application {stated} som.",
    "rules.budget-lines-mismatch.localBudget":
      "Application {application}: local budget is {lines} som in the budget lines, {stated} som in the application.",
    "rules.budget-lines-mismatch.community":
      "Application {application}: community contribution is {lines} som in the budget lines, {stated} som in the application.",
    "rules.budget-lines-mismatch.ngo":
      "Application {application}: NGO contribution is {lines} som in the budget lines, {stated} som in the application.",
    "rules.budget-lines-mismatch.other":
      "Application {application}: other sources are {lines} som in the budget lines, {stated} som in the application.",
    "rules.budget-lines-mismatch.no-lines":
      "Application {application} has no lines on the Budget sheet while other applications do: its budget is not checked.",
    "rules.budget-line-arithmetic":
      "Budget of application {application}, “{description}”: quantity × price × months = {product} som, but the line total is {total} som.",
    "rules.budget-line-arithmetic.sources":
      "Budget of application {application}, “{description}”: Total says {stated} som, the sources add up to {sum} som.",
    "rules.cofinancing-below-min":
      "Application {application}: co-financing is {share} % ({amount} of {total} som), below the minimum of {min} %.",
    "rules.ngo-contribution-below-min":
      "Application {application}: the NGO's contribution is {share} % ({amount} of {total} som), below the minimum of {min} %.",
    "rules.staff-cost-over-cap":
      "Application {application}: staff and social-fund costs paid from the grant are {amount} som, {share} % of the {grant} som grant, over the cap of {cap} %.",
    "rules.admin-cost-over-cap":
      "Application {application}: administrative costs paid from the grant are {amount} som, {share} % of the {grant} som grant, over the cap of {cap} %.",
    "rules.source-vs-plan": "A source's total over the applications differs from the program's plan.",
    "rules.source-vs-plan.localBudget":
      "Local budget over the applications (applications counted: {applications}) is {total} som, below the plan of {plan} som.",
    "rules.source-vs-plan.community":
      "Community contribution over the applications (applications counted: {applications}) is {total} som, below the plan of {plan} som.",
    "rules.source-vs-plan.ngo":
      "NGO contribution over the applications (applications counted: {applications}) is {total} som, below the plan of {plan} som.",
    "rules.source-vs-plan.other":
      "Other sources over the applications (applications counted: {applications}) are {total} som, below the plan of {plan} som.",
    "rules.source-vs-plan.localBudget.above":
      "Local budget over the applications (applications counted: {applications}) is {total} som, above the plan of {plan} som: money beyond what was approved is needed.",
    "rules.source-vs-plan.community.above":
      "Community contribution over the applications (applications counted: {applications}) is {total} som, above the plan of {plan} som.",
    "rules.source-vs-plan.ngo.above":
      "NGO contribution over the applications (applications counted: {applications}) is {total} som, above the plan of {plan} som.",
    "rules.source-vs-plan.other.above":
      "Other sources over the applications (applications counted: {applications}) are {total} som, above the plan of {plan} som.",
    "rules.ineligible-applicant":
      "Application {application}: {organization} ({type}) — political parties, trade unions and religious organizations may not be contractors of the social order.",
    "rules.duplicate-id": "A number or code is repeated.",
    "rules.duplicate-id.application": "Application number {id} is repeated (first in row {firstRow}).",
    "rules.duplicate-id.contract": "Contract number {id} is repeated (first in row {firstRow}).",
    "rules.duplicate-id.criterion": "Criterion code {id} is repeated (first in row {firstRow}).",
    "rules.duplicate-id.direction": "Direction code {id} is repeated (first in row {firstRow}).",
    "rules.duplicate-id.member": "Commission member {id} is listed twice (first in row {firstRow}).",
    "rules.duplicate-id.score": "Scores {id} are entered twice (first in row {firstRow}).",
    "rules.contract-not-recommended":
      "Contract {contract} is for application {application}, which is not recommended for funding.",
    "rules.contract-over-request":
      "Contracts for application {application} come to {amount} som, more than it asked for ({limit} som); contract {contract} goes over.",
    "rules.contract-over-request.recommended":
      "Contracts for application {application} come to {amount} som, more than recommended ({limit} som); contract {contract} goes over.",
    "rules.period-outside-program": "A period falls outside the program's period.",
    "rules.period-outside-program.application.start":
      "Application {application} starts on {date}, before the program starts ({programStart}).",
    "rules.period-outside-program.application.end":
      "Application {application} ends on {date}, after the program ends ({programEnd}).",
    "rules.period-outside-program.application.order":
      "Application {application}: the end {date} is before the start.",
    "rules.period-outside-program.contract.start":
      "Contract {contract} starts on {date}, before the program starts ({programStart}).",
    "rules.period-outside-program.contract.end":
      "Contract {contract} ends on {date}, after the program ends ({programEnd}).",
    "rules.period-outside-program.contract.order": "Contract {contract}: the end {date} is before the start.",
    "rules.period-outside-program.program":
      "The program ends ({programEnd}) before it starts ({programStart}).",
  },
  ky: {
    "rules.direction-unknown":
      "{application} арызы: программада «{direction}» багыты жок — арызды бөлүнгөн сумма менен салыштырууга болбойт.",
    "rules.application-unknown": "«Арыздар» баракчасында жок арыздын номерине шилтеме.",
    "rules.application-unknown.budget":
      "Сметанын сабы «Арыздар» баракчасында жок {application} арызына тиешелүү: бул акча эч жерде эсептелбейт.",
    "rules.application-unknown.contract":
      "{contract} келишими «Арыздар» баракчасында жок {application} арызы боюнча түзүлгөн.",
    "rules.application-unknown.score":
      "{member} «Арыздар» баракчасында жок {application} арызына баа койгон: баа эсептелбейт.",
    "rules.member-unknown":
      "«{member}» {application} арызына баа койгон, бирок комиссиянын курамында жок («Комиссия» баракчасы).",
    "rules.direction-over-allocation":
      "{direction} багыты боюнча келишимдер {total} сом, бөлүнгөнү {allocated} сом; сумма {contract} келишиминде ашып кеткен.",
    "rules.direction-over-allocation.recommended":
      "{direction} багыты боюнча {total} сом сунушталган, бөлүнгөнү {allocated} сом.",
    "rules.program-over-budget":
      "Багыттарга бөлүнгөн сумма ({total} сом) программанын бюджетинен ({budget} сом) ашат.",
    "rules.program-over-budget.contracts":
      "Келишимдердин суммасы {total} сом, программанын бюджети {budget} сом; бюджет {contract} келишиминде ашып кеткен.",
    "rules.request-over-cap":
      "{application} арызы {grant} сом сурайт — бул {direction} багыты боюнча бир долбоорго берилчү эң көп суммадан ({cap} сом) ашык.",
    "rules.request-over-cap.allocation":
      "{application} арызы {grant} сом сурайт — бул {direction} багытына бөлүнгөн бардык суммадан ({cap} сом) ашык.",
    "rules.sources-sum-mismatch":
      "{application} арызы: «Жыйынтыгы» тилкесинде {stated} сом, ал эми булактардын суммасы {sum} сом.",
    "rules.budget-lines-mismatch": "Арыздын сметасы каржылоо булактары боюнча арызга дал келбейт.",
    "rules.budget-lines-mismatch.grant":
      "{application} арызы: смета боюнча грант {lines} сом, арызда {stated} сом.",
    "rules.budget-lines-mismatch.localBudget":
      "{application} арызы: смета боюнча жергиликтүү бюджет {lines} сом, арызда {stated} сом.",
    "rules.budget-lines-mismatch.community":
      "{application} арызы: смета боюнча жамааттын салымы {lines} сом, арызда {stated} сом.",
    "rules.budget-lines-mismatch.ngo":
      "{application} арызы: смета боюнча КЭУнун салымы {lines} сом, арызда {stated} сом.",
    "rules.budget-lines-mismatch.other":
      "{application} арызы: смета боюнча башка булактар {lines} сом, арызда {stated} сом.",
    "rules.budget-lines-mismatch.no-lines":
      "{application} арызынын «Смета» баракчасында саптары жок, башка арыздарда бар: анын бюджети текшерилген жок.",
    "rules.budget-line-arithmetic":
      "{application} арызынын сметасы, «{description}»: саны × баасы × айлар = {product} сом, ал эми саптын жыйынтыгы {total} сом.",
    "rules.budget-line-arithmetic.sources":
      "{application} арызынын сметасы, «{description}»: «Жыйынтыгы» тилкесинде {stated} сом, булактардын суммасы {sum} сом.",
    "rules.cofinancing-below-min":
      "{application} арызы: кошо каржылоо {share} % ({total} сомдун {amount} сому) — эң аз чектен {min} % төмөн.",
    "rules.ngo-contribution-below-min":
      "{application} арызы: КЭУнун салымы {share} % ({total} сомдун {amount} сому) — эң аз чектен {min} % төмөн.",
    "rules.staff-cost-over-cap":
      "{application} арызы: гранттан эмгек акы жана чегерүүлөр {amount} сом — {grant} сом гранттын {share} %, чек {cap} %.",
    "rules.admin-cost-over-cap":
      "{application} арызы: гранттан административдик чыгымдар {amount} сом — {grant} сом гранттын {share} %, чек {cap} %.",
    "rules.source-vs-plan": "Арыздар боюнча булактын суммасы программанын планына дал келбейт.",
    "rules.source-vs-plan.localBudget":
      "Арыздар боюнча жергиликтүү бюджет (эсепке алынган арыздар: {applications}) — {total} сом, пландан ({plan} сом) аз.",
    "rules.source-vs-plan.community":
      "Арыздар боюнча жамааттын салымы (эсепке алынган арыздар: {applications}) — {total} сом, пландан ({plan} сом) аз.",
    "rules.source-vs-plan.ngo":
      "Арыздар боюнча КЭУнун салымы (эсепке алынган арыздар: {applications}) — {total} сом, пландан ({plan} сом) аз.",
    "rules.source-vs-plan.other":
      "Арыздар боюнча башка булактар (эсепке алынган арыздар: {applications}) — {total} сом, пландан ({plan} сом) аз.",
    "rules.source-vs-plan.localBudget.above":
      "Арыздар боюнча жергиликтүү бюджет (эсепке алынган арыздар: {applications}) — {total} сом, пландан ({plan} сом) көп: бекитилгенден тышкары каражат керек.",
    "rules.source-vs-plan.community.above":
      "Арыздар боюнча жамааттын салымы (эсепке алынган арыздар: {applications}) — {total} сом, пландан ({plan} сом) көп.",
    "rules.source-vs-plan.ngo.above":
      "Арыздар боюнча КЭУнун салымы (эсепке алынган арыздар: {applications}) — {total} сом, пландан ({plan} сом) көп.",
    "rules.source-vs-plan.other.above":
      "Арыздар боюнча башка булактар (эсепке алынган арыздар: {applications}) — {total} сом, пландан ({plan} сом) көп.",
    "rules.ineligible-applicant":
      "{application} арызы: {organization} ({type}) — саясий партиялар, кесиптик бирликтер жана диний уюмдар социалдык заказдын аткаруучусу боло албайт.",
    "rules.duplicate-id": "Номер же код кайталанат.",
    "rules.duplicate-id.application": "{id} арыз номери кайталанат (биринчиси {firstRow}-сапта).",
    "rules.duplicate-id.contract": "{id} келишим номери кайталанат (биринчиси {firstRow}-сапта).",
    "rules.duplicate-id.criterion": "{id} критерий коду кайталанат (биринчиси {firstRow}-сапта).",
    "rules.duplicate-id.direction": "{id} багыт коду кайталанат (биринчиси {firstRow}-сапта).",
    "rules.duplicate-id.member": "Комиссия мүчөсү {id} эки жолу көрсөтүлгөн (биринчиси {firstRow}-сапта).",
    "rules.duplicate-id.score": "{id} баалары кайра киргизилген (биринчиси {firstRow}-сапта).",
    "rules.contract-not-recommended":
      "{contract} келишими каржылоого сунушталбаган {application} арызы боюнча түзүлгөн.",
    "rules.contract-over-request":
      "{application} арызы боюнча келишимдер {amount} сом, суралган суммадан ({limit} сом) ашык ({contract} келишиминде ашып кеткен).",
    "rules.contract-over-request.recommended":
      "{application} арызы боюнча келишимдер {amount} сом, сунушталган суммадан ({limit} сом) ашык ({contract} келишиминде ашып кеткен).",
    "rules.period-outside-program": "Мөөнөт программанын мезгилинен чыгып кетет.",
    "rules.period-outside-program.application.start":
      "{application} арызы {date} башталат, программанын башталышынан ({programStart}) мурун.",
    "rules.period-outside-program.application.end":
      "{application} арызы {date} бүтөт, программанын аякташынан ({programEnd}) кийин.",
    "rules.period-outside-program.application.order":
      "{application} арызы: аякташы {date} башталышынан мурун.",
    "rules.period-outside-program.contract.start":
      "{contract} келишими {date} башталат, программанын башталышынан ({programStart}) мурун.",
    "rules.period-outside-program.contract.end":
      "{contract} келишими {date} бүтөт, программанын аякташынан ({programEnd}) кийин.",
    "rules.period-outside-program.contract.order": "{contract} келишими: аякташы {date} башталышынан мурун.",
    "rules.period-outside-program.program":
      "Программанын аякташы ({programEnd}) анын башталышынан ({programStart}) мурун.",
  },
};
