import type { CatalogSet } from "../types";

/**
 * Messages of the year after the contracts: the Платежи and Отчёты templates (`execution.`) and the
 * execution rules (`rules.<rule-id>`, see docs/RULES.md "Execution"). Amounts arrive as decimal strings
 * ("250000.00"), percents with 2 decimals, dates as ISO.
 */
export const execution: CatalogSet = {
  ru: {
    "execution.title.payments": "Платежи по договорам (заполняет бухгалтерия по мере оплаты)",
    "execution.title.reports": "Отчёты о расходовании средств (принятые мэрией)",
    "execution.validation.tranche": "Номер транша по графику договора: целое число от 1 до {max}",
    "rules.payment-unknown": "Платёж не относится ни к одному траншу графика: он нигде не учтётся.",
    "rules.payment-unknown.contract":
      "Платёж по договору {contract}, которого нет в графике траншей (нет на листе «Договоры» или его схема не даёт 100 %): он нигде не учтётся.",
    "rules.payment-unknown.tranche":
      "Платёж по договору {contract} на транш {tranche}, а в графике договора траншей {count}: он нигде не учтётся.",
    "rules.payment-over-tranche":
      "Договор {contract}, транш {tranche}: оплачено {paid} сом при сумме транша {amount} сом; транш переплачен на этом платеже.",
    "rules.payments-over-contract":
      "По договору {contract} оплачено {paid} сом при сумме гранта {amount} сом; сумма договора превышена на этом платеже.",
    "rules.payment-before-release":
      "Договор {contract}: транш {tranche} оплачен {date} до выполнения условий его выдачи.",
    "rules.payment-before-release.previous-unpaid":
      "Договор {contract}: транш {tranche} оплачен {date}, когда предыдущие транши ещё не были оплачены полностью.",
    "rules.payment-before-release.reports-missing":
      "Договор {contract}: транш {tranche} оплачен {date}, когда отчёт по предыдущему траншу ещё не был принят.",
    "rules.payment-before-release.spent-below-threshold":
      "Договор {contract}: транш {tranche} оплачен {date}, когда принятые отчёты показывали освоение ниже порога {threshold} % выплаченного гранта.",
    "rules.report-unknown-line":
      "Договор {contract}: этой статьи нет в смете заявки {application} — расход по ней нельзя сверить с утверждённым.",
    "rules.report-unknown-line.contract":
      "Отчёт по договору {contract}, которого нет в графике траншей (нет на листе «Договоры» или его схема не даёт 100 %).",
    "rules.report-unknown-line.tranche":
      "Отчёт по договору {contract} за транш {tranche}, а в графике договора траншей {count}.",
    "rules.spent-over-paid":
      "Договор {contract}: по принятым отчётам из гранта израсходовано {spent} сом, а выплачено только {paid} сом.",
    "rules.line-over-tolerance":
      "Договор {contract}: по этой статье из гранта израсходовано {spent} сом при утверждённых {approved} сом (отклонение {deviation} %, без изменения договора допускается {tolerance} %).",
    "rules.line-over-tolerance.under":
      "Договор {contract} завершён: по этой статье из гранта израсходовано {spent} сом при утверждённых {approved} сом (отклонение {deviation} %, без изменения договора допускается {tolerance} %).",
    "rules.cofinancing-delivered-below-plan":
      "Договор {contract} завершён: софинансирование внесено меньше плана заявки {application} ({delivered} сом при плане {planned} сом).",
    "rules.cofinancing-delivered-below-plan.localBudget":
      "Договор {contract} завершён: местный бюджет внёс {delivered} сом при плане {planned} сом в заявке {application}.",
    "rules.cofinancing-delivered-below-plan.community":
      "Договор {contract} завершён: сообщество внесло {delivered} сом при плане {planned} сом в заявке {application}.",
    "rules.cofinancing-delivered-below-plan.ngo":
      "Договор {contract} завершён: НКО внесла {delivered} сом собственного вклада при плане {planned} сом в заявке {application}.",
    "rules.cofinancing-delivered-below-plan.other":
      "Договор {contract} завершён: другие доноры внесли {delivered} сом при плане {planned} сом в заявке {application}.",
    "rules.report-overdue":
      "Договор {contract}: отчёт по траншу {tranche} должен был быть принят до {due}, но на {asOf} его нет.",
    "rules.payment-overdue":
      "Договор {contract}: транш {tranche} ({amount} сом) можно было выплатить {date}, но на {asOf} он не оплачен.",
    "rules.grant-to-return":
      "Договор {contract}: выплачено {paid} сом, израсходовано {spent} сом — {amount} сом неизрасходованного гранта подлежат возврату в бюджет.",
  },
  en: {
    "execution.title.payments":
      "Payments on the contracts (filled by the accounting department as money is paid)",
    "execution.title.reports": "Spending reports (as accepted by the municipality)",
    "execution.validation.tranche":
      "The tranche number in the contract's schedule: a whole number from 1 to {max}",
    "rules.payment-unknown": "The payment belongs to no tranche of a schedule: it counts nowhere.",
    "rules.payment-unknown.contract":
      "A payment on contract {contract}, which has no tranche schedule (not on the Contracts sheet, or its scheme does not make 100 %): it counts nowhere.",
    "rules.payment-unknown.tranche":
      "A payment on contract {contract}, tranche {tranche}, but the contract's schedule has {count} tranches: it counts nowhere.",
    "rules.payment-over-tranche":
      "Contract {contract}, tranche {tranche}: {paid} som paid on a tranche of {amount} som; this payment overpaid it.",
    "rules.payments-over-contract":
      "Contract {contract}: {paid} som paid on a grant of {amount} som; this payment went over the contract.",
    "rules.payment-before-release":
      "Contract {contract}: tranche {tranche} was paid on {date}, before the conditions of its release were met.",
    "rules.payment-before-release.previous-unpaid":
      "Contract {contract}: tranche {tranche} was paid on {date}, while the tranches before it were not yet paid in full.",
    "rules.payment-before-release.reports-missing":
      "Contract {contract}: tranche {tranche} was paid on {date}, before the report on the previous tranche was accepted.",
    "rules.payment-before-release.spent-below-threshold":
      "Contract {contract}: tranche {tranche} was paid on {date}, while the accepted reports showed less than {threshold} % of the grant paid as spent.",
    "rules.report-unknown-line":
      "Contract {contract}: this line is not in the budget of application {application}, so its spending cannot be checked against an approved amount.",
    "rules.report-unknown-line.contract":
      "A report on contract {contract}, which has no tranche schedule (not on the Contracts sheet, or its scheme does not make 100 %).",
    "rules.report-unknown-line.tranche":
      "A report on contract {contract}, tranche {tranche}, but the contract's schedule has {count} tranches.",
    "rules.spent-over-paid":
      "Contract {contract}: the accepted reports show {spent} som of the grant spent, but only {paid} som was paid.",
    "rules.line-over-tolerance":
      "Contract {contract}: {spent} som of the grant spent on this line against {approved} som approved (deviation {deviation} %; {tolerance} % is allowed without amending the contract).",
    "rules.line-over-tolerance.under":
      "Contract {contract} is over: {spent} som of the grant spent on this line against {approved} som approved (deviation {deviation} %; {tolerance} % is allowed without amending the contract).",
    "rules.cofinancing-delivered-below-plan":
      "Contract {contract} is over: co-financing delivered is below the plan of application {application} ({delivered} som against {planned} som).",
    "rules.cofinancing-delivered-below-plan.localBudget":
      "Contract {contract} is over: the local budget delivered {delivered} som against {planned} som planned in application {application}.",
    "rules.cofinancing-delivered-below-plan.community":
      "Contract {contract} is over: the community delivered {delivered} som against {planned} som planned in application {application}.",
    "rules.cofinancing-delivered-below-plan.ngo":
      "Contract {contract} is over: the NGO delivered {delivered} som of its own against {planned} som planned in application {application}.",
    "rules.cofinancing-delivered-below-plan.other":
      "Contract {contract} is over: other donors delivered {delivered} som against {planned} som planned in application {application}.",
    "rules.report-overdue":
      "Contract {contract}: the report on tranche {tranche} was due by {due}, and none is accepted as of {asOf}.",
    "rules.payment-overdue":
      "Contract {contract}: tranche {tranche} ({amount} som) could be paid on {date}, but it is unpaid as of {asOf}.",
    "rules.grant-to-return":
      "Contract {contract}: {paid} som paid, {spent} som spent — {amount} som of unspent grant is to be returned to the budget.",
  },
  ky: {
    "execution.title.payments": "Келишимдер боюнча төлөмдөр (бухгалтерия төлөнгөн сайын толтурат)",
    "execution.title.reports": "Каражаттын жумшалышы тууралуу отчеттор (мэрия кабыл алган)",
    "execution.validation.tranche":
      "Келишимдин графиги боюнча транштын номери: 1ден {max}га чейинки бүтүн сан",
    "rules.payment-unknown": "Төлөм графиктин эч бир траншына тиешелүү эмес: ал эч жерде эсептелбейт.",
    "rules.payment-unknown.contract":
      "{contract} келишими боюнча төлөм, бирок анын транштар графиги жок («Келишимдер» барагында жок же схемасы 100 % бербейт): ал эч жерде эсептелбейт.",
    "rules.payment-unknown.tranche":
      "{contract} келишими боюнча {tranche}-траншка төлөм, бирок келишимдин графигинде {count} транш: ал эч жерде эсептелбейт.",
    "rules.payment-over-tranche":
      "{contract} келишими, {tranche}-транш: транштын суммасы {amount} сом, төлөнгөнү {paid} сом; бул төлөм ашыкча.",
    "rules.payments-over-contract":
      "{contract} келишими боюнча {paid} сом төлөндү, гранттын суммасы {amount} сом; бул төлөмдө келишимдин суммасы ашып кетти.",
    "rules.payment-before-release":
      "{contract} келишими: {tranche}-транш {date} күнү, аны берүүнүн шарттары аткарыла электе төлөнгөн.",
    "rules.payment-before-release.previous-unpaid":
      "{contract} келишими: {tranche}-транш {date} күнү төлөнгөн, ал эми мурунку транштар толук төлөнө элек болчу.",
    "rules.payment-before-release.reports-missing":
      "{contract} келишими: {tranche}-транш {date} күнү төлөнгөн, ал эми мурунку транш боюнча отчет кабыл алына элек болчу.",
    "rules.payment-before-release.spent-below-threshold":
      "{contract} келишими: {tranche}-транш {date} күнү төлөнгөн, ал эми кабыл алынган отчеттор төлөнгөн гранттын {threshold} %дан азын өздөштүргөнүн көрсөткөн.",
    "rules.report-unknown-line":
      "{contract} келишими: бул берене {application} арызынын сметасында жок — андагы чыгашаны бекитилген сумма менен салыштырууга болбойт.",
    "rules.report-unknown-line.contract":
      "{contract} келишими боюнча отчет, бирок анын транштар графиги жок («Келишимдер» барагында жок же схемасы 100 % бербейт).",
    "rules.report-unknown-line.tranche":
      "{contract} келишими боюнча {tranche}-транштын отчету, бирок келишимдин графигинде {count} транш.",
    "rules.spent-over-paid":
      "{contract} келишими: кабыл алынган отчеттор боюнча гранттан {spent} сом жумшалган, ал эми {paid} сом гана төлөнгөн.",
    "rules.line-over-tolerance":
      "{contract} келишими: бул берене боюнча гранттан {spent} сом жумшалган, бекитилгени {approved} сом (четтөө {deviation} %, келишимди өзгөртпөстөн {tolerance} % уруксат).",
    "rules.line-over-tolerance.under":
      "{contract} келишими аяктады: бул берене боюнча гранттан {spent} сом жумшалган, бекитилгени {approved} сом (четтөө {deviation} %, келишимди өзгөртпөстөн {tolerance} % уруксат).",
    "rules.cofinancing-delivered-below-plan":
      "{contract} келишими аяктады: кошумча каржылоо {application} арызынын планынан аз ({delivered} сом, планы {planned} сом).",
    "rules.cofinancing-delivered-below-plan.localBudget":
      "{contract} келишими аяктады: жергиликтүү бюджет {delivered} сом салды, {application} арызындагы планы {planned} сом.",
    "rules.cofinancing-delivered-below-plan.community":
      "{contract} келишими аяктады: жамаат {delivered} сом салды, {application} арызындагы планы {planned} сом.",
    "rules.cofinancing-delivered-below-plan.ngo":
      "{contract} келишими аяктады: КЭУ өз салымы катары {delivered} сом салды, {application} арызындагы планы {planned} сом.",
    "rules.cofinancing-delivered-below-plan.other":
      "{contract} келишими аяктады: башка донорлор {delivered} сом салды, {application} арызындагы планы {planned} сом.",
    "rules.report-overdue":
      "{contract} келишими: {tranche}-транш боюнча отчет {due} чейин кабыл алынышы керек эле, бирок {asOf} карата ал жок.",
    "rules.payment-overdue":
      "{contract} келишими: {tranche}-транш ({amount} сом) {date} күнү төлөнүшү мүмкүн эле, бирок {asOf} карата төлөнгөн эмес.",
    "rules.grant-to-return":
      "{contract} келишими: {paid} сом төлөнгөн, {spent} сом жумшалган — жумшалбаган гранттын {amount} сому бюджетке кайтарылууга тийиш.",
  },
};
