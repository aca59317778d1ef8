import type { Catalog } from "../types";

/**
 * The "Как заполнять" sheet of the templates and each input column's input message (`guide.`), kept
 * beside ./protocol.ts (which merges them into its catalogue). `guide.prompt.<field>` is shared by the
 * sheets that have the column; `guide.prompt.<sheet>.<field>` says more for one sheet.
 */
export const GUIDE_RU: Catalog = {
  "guide.sheet": "Как заполнять",
  "guide.title": "Как заполнять эту книгу",
  "guide.intro":
    "Заполняйте листы по порядку, сверху вниз. Выделите заголовок столбца — Excel покажет, что в него писать, с примером.",
  "guide.col.step": "Шаг",
  "guide.col.sheet": "Лист",
  "guide.col.what": "Что здесь",
  "guide.step.program":
    "Утверждённая программа: муниципалитет, название, год, бюджет и параметры конкурса; ниже — направления и деньги на каждое.",
  "guide.step.applications":
    "Одна строка на заявку НКО: организация и её вид, направление, проект, грант и софинансирование по источникам, сроки, дата подачи.",
  "guide.step.budget":
    "Сметы проектов: строка на статью расходов с суммами по источникам. Можно не заполнять, но тогда не проверяются доли оплаты труда и админрасходов.",
  "guide.step.criteria": "Критерии оценки: код, название, наибольший балл, вес, минимальный балл.",
  "guide.step.commission":
    "Члены комиссии, их роли и отводы (номера заявок, по которым член комиссии не оценивает).",
  "guide.step.scores":
    "Оценки: строка на члена комиссии и заявку, столбец на критерий (заголовок — код критерия); «отвод» вместо балла при конфликте интересов.",
  "guide.step.contracts":
    "Договоры с победителями после решения комиссии: номер, дата, сумма, схема и даты траншей.",
  "guide.step.execution":
    "Во время исполнения договоров: платежи бухгалтерии и принятые отчёты НКО о расходах (листы можно не создавать, пока их нет).",
  "guide.step.run":
    "Расчёт: кнопка «Рассчитать» в панели GSZ Finance или команда gsz run. Листы Рейтинг, Софинансирование, Транши, Расхождения, Протокол (и Исполнение, когда есть платежи или отчёты) пишет программа: их не правят, при каждом расчёте они заменяются.",
  "guide.sheet.execution": "Платежи, Отчёты",
  "guide.sheet.run": "Расчёт",
  "guide.prompt.application": "Номер заявки, как на листе «Заявки». Пример: 7",
  "guide.prompt.grant": "Грант из бюджета программы, сом. Пример: 125000",
  "guide.prompt.localBudget": "Вклад местного бюджета (софинансирование), сом. Пример: 20000",
  "guide.prompt.community": "Вклад сообщества (деньги, труд, материалы в сомах). Пример: 15000",
  "guide.prompt.ngo": "Собственный вклад НКО, сом. Пример: 10000",
  "guide.prompt.other": "Другие доноры, сом; пусто — 0. Пример: 5000",
  "guide.prompt.total": "Итого, если указано в документе: сверяется с суммой источников. Пример: 175000",
  "guide.prompt.start": "Дата начала, ДД.ММ.ГГГГ. Пример: 01.04.2019",
  "guide.prompt.end": "Дата окончания, ДД.ММ.ГГГГ. Пример: 31.12.2019",
  "guide.prompt.program.key": "Название параметра: не меняйте его. Значение пишите в соседний столбец.",
  "guide.prompt.program.value":
    "Значение параметра: текст, сумма, процент (10 = 10 %) или дата ДД.ММ.ГГГГ. Пример: 400000",
  "guide.prompt.directions.code": "Код направления: на него ссылается лист «Заявки». Пример: 1",
  "guide.prompt.directions.name": "Приоритетное направление программы. Пример: Поддержка пожилых людей",
  "guide.prompt.directions.allocated": "Деньги программы на это направление, сом. Пример: 250000",
  "guide.prompt.directions.maxPerProject":
    "Наибольший грант одному проекту этого направления, сом; пусто — без ограничения. Пример: 125000",
  "guide.prompt.applications.id": "Номер заявки, у каждой свой. Пример: 7",
  "guide.prompt.applications.organization": "Название НКО-заявителя. Пример: ОФ «Ак-Ниет»",
  "guide.prompt.applications.organizationType":
    "Форма НКО: ОФ, ОО, ассоциация, учреждение. Партии, профсоюзы и религиозные организации не допускаются. Пример: ОФ",
  "guide.prompt.applications.direction": "Код направления с листа «Программа». Пример: 1",
  "guide.prompt.applications.project": "Название проекта. Пример: Дневной центр для пожилых",
  "guide.prompt.applications.tin":
    "ИНН организации, 14 цифр (необязательно; по нему сводка узнаёт организацию в других программах). Пример: 02207201410055",
  "guide.prompt.applications.submitted":
    "Дата подачи, ДД.ММ.ГГГГ (решает равенство баллов, если так задано). Пример: 15.02.2019",
  "guide.prompt.budget.category":
    "Статья: Оплата труда, Отчисления в Соцфонд, Оборудование, Материалы, Аренда, Транспорт … Пример: Материалы",
  "guide.prompt.budget.description": "Что оплачивается. Пример: Координатор проекта",
  "guide.prompt.budget.quantity": "Количество. Пример: 2",
  "guide.prompt.budget.price": "Цена за единицу, сом. Пример: 1400",
  "guide.prompt.budget.months": "Число месяцев (зарплата, аренда). Пример: 6",
  "guide.prompt.criteria.code": "Код критерия: так называются столбцы листа «Оценки». Пример: K1",
  "guide.prompt.criteria.name": "Критерий оценки. Пример: Актуальность проблемы",
  "guide.prompt.criteria.maxScore": "Наибольший балл по критерию. Пример: 20",
  "guide.prompt.criteria.weight": "Вес критерия в итоговом балле; пусто — 1. Пример: 1",
  "guide.prompt.criteria.minScore":
    "Наименьший балл, без которого заявка не проходит; пусто — нет. Пример: 5",
  "guide.prompt.commission.name": "ФИО члена комиссии, как на листе «Оценки». Пример: Асанова Гульмира",
  "guide.prompt.commission.role": "Председатель, заместитель председателя, секретарь или член комиссии.",
  "guide.prompt.commission.recusedFrom":
    "Номера заявок, от которых член комиссии отведён, через «,» или «;». Пример: 2; 5",
  "guide.prompt.scores.member": "ФИО члена комиссии, как на листе «Комиссия». Пример: Асанова Гульмира",
  "guide.prompt.scores.criterion": "Балл по критерию (его код — заголовок столбца) или «отвод». Пример: 15",
  "guide.prompt.scores.comment": "Комментарий к оценке, по желанию. Пример: конфликт интересов",
  "guide.prompt.contracts.number": "Номер договора. Пример: 01-ГСЗ/2019",
  "guide.prompt.contracts.date": "Дата договора, ДД.ММ.ГГГГ. Пример: 01.03.2019",
  "guide.prompt.contracts.amount": "Сумма гранта по договору, сом. Пример: 125000",
  "guide.prompt.contracts.scheme":
    "Схема траншей в процентах, если не как на листе «Программа». Пример: 50/30/20",
  "guide.prompt.contracts.dates": "Даты траншей через «;», по одной на транш. Пример: 01.04.2019; 01.07.2019",
  "guide.prompt.holidays.date":
    "Нерабочий день, ДД.ММ.ГГГГ: транш на эту дату переносится. Пример: 05.06.2019",
  "guide.prompt.holidays.name": "Название праздника, по желанию. Пример: Орозо айт",
  "guide.prompt.payments.contract": "Номер договора, как на листе «Договоры». Пример: 01-ГСЗ/2019",
  "guide.prompt.payments.tranche": "Номер транша по графику (1, 2, 3 …). Пример: 1",
  "guide.prompt.payments.date": "Дата платежа, ДД.ММ.ГГГГ. Пример: 02.04.2019",
  "guide.prompt.payments.amount": "Сколько перечислено этим платежом, сом. Пример: 62500",
  "guide.prompt.payments.order": "Номер платёжного поручения, по желанию. Пример: 154",
  "guide.prompt.reports.contract": "Номер договора, как на листе «Договоры». Пример: 01-ГСЗ/2019",
  "guide.prompt.reports.tranche": "Номер транша, за который отчёт. Пример: 1",
  "guide.prompt.reports.category": "Статья сметы, как на листе «Смета». Пример: Материалы",
  "guide.prompt.reports.accepted":
    "Дата приёма отчёта мэрией, ДД.ММ.ГГГГ; пусто — отчёт не принят. Пример: 15.07.2019",
};

export const GUIDE_EN: Catalog = {
  "guide.sheet": "How to fill in",
  "guide.title": "How to fill in this workbook",
  "guide.intro":
    "Fill in the sheets in order, top to bottom. Select a column's header: Excel shows what goes there, with an example.",
  "guide.col.step": "Step",
  "guide.col.sheet": "Sheet",
  "guide.col.what": "What it holds",
  "guide.step.program":
    "The approved program: municipality, name, year, budget and the competition's parameters; below them the directions and the money for each.",
  "guide.step.applications":
    "One row per NGO application: organization and its type, direction, project, grant and co-financing by source, dates, submission date.",
  "guide.step.budget":
    "The projects' budgets: one row per budget line with amounts by source. Optional, but without it the staff and admin cost shares are not checked.",
  "guide.step.criteria": "Scoring criteria: code, name, max score, weight, min score.",
  "guide.step.commission":
    "Commission members, their roles and recusals (applications a member does not score).",
  "guide.step.scores":
    "Scores: one row per member and application, one column per criterion (headed by its code); “recused” instead of a score on a conflict of interest.",
  "guide.step.contracts":
    "Contracts with the winners after the commission's decision: number, date, amount, tranche scheme and dates.",
  "guide.step.execution":
    "While the contracts run: payments by the accounting department and the NGOs' accepted spending reports (leave the sheets out until there are any).",
  "guide.step.run":
    "Run: the Run button in the GSZ Finance pane or the command gsz run. The program writes Ranking, Co-financing, Tranches, Discrepancies, Protocol (and Execution when there are payments or reports): do not edit them, every run replaces them.",
  "guide.sheet.execution": "Payments, Reports",
  "guide.sheet.run": "Run",
  "guide.prompt.application": "Application number, as on the Applications sheet. Example: 7",
  "guide.prompt.grant": "Grant from the program's budget, som. Example: 125000",
  "guide.prompt.localBudget": "Local budget contribution (co-financing), som. Example: 20000",
  "guide.prompt.community": "Community contribution (money, work, materials in som). Example: 15000",
  "guide.prompt.ngo": "The NGO's own contribution, som. Example: 10000",
  "guide.prompt.other": "Other donors, som; empty means 0. Example: 5000",
  "guide.prompt.total":
    "Total, if the document states one: checked against the sum of the sources. Example: 175000",
  "guide.prompt.start": "Start date, DD.MM.YYYY. Example: 01.04.2019",
  "guide.prompt.end": "End date, DD.MM.YYYY. Example: 31.12.2019",
  "guide.prompt.program.key": "The parameter's name: do not change it. Write the value in the next column.",
  "guide.prompt.program.value":
    "The parameter's value: text, an amount, a percent (10 = 10 %) or a date DD.MM.YYYY. Example: 400000",
  "guide.prompt.directions.code": "Direction code: the Applications sheet refers to it. Example: 1",
  "guide.prompt.directions.name": "A priority direction of the program. Example: Support for the elderly",
  "guide.prompt.directions.allocated": "The program's money for this direction, som. Example: 250000",
  "guide.prompt.directions.maxPerProject":
    "Largest grant for one project of this direction, som; empty means no limit. Example: 125000",
  "guide.prompt.applications.id": "Application number, unique. Example: 7",
  "guide.prompt.applications.organization": "The applying NGO's name. Example: PF Ak-Niet",
  "guide.prompt.applications.organizationType":
    "NGO form: PF, PA, association, institution. Parties, trade unions and religious organizations may not be contractors. Example: PF",
  "guide.prompt.applications.direction": "Direction code from the Program sheet. Example: 1",
  "guide.prompt.applications.project": "Project name. Example: Day centre for the elderly",
  "guide.prompt.applications.tin":
    "The organization's taxpayer number, 14 digits (optional; a consolidation recognises the organization in other programs by it). Example: 02207201410055",
  "guide.prompt.applications.submitted":
    "Submission date, DD.MM.YYYY (settles equal scores when the program says so). Example: 15.02.2019",
  "guide.prompt.budget.category":
    "Line: staff, social fund, equipment, supplies, rent, utilities, travel … Example: supplies",
  "guide.prompt.budget.description": "What is paid for. Example: Project coordinator",
  "guide.prompt.budget.quantity": "Quantity. Example: 2",
  "guide.prompt.budget.price": "Unit price, som. Example: 1400",
  "guide.prompt.budget.months": "Number of months (salary, rent). Example: 6",
  "guide.prompt.criteria.code": "Criterion code: the Scores sheet's columns are named by it. Example: K1",
  "guide.prompt.criteria.name": "Scoring criterion. Example: Relevance of the problem",
  "guide.prompt.criteria.maxScore": "Highest score for the criterion. Example: 20",
  "guide.prompt.criteria.weight": "The criterion's weight in the total; empty means 1. Example: 1",
  "guide.prompt.criteria.minScore": "Lowest score an application needs to pass; empty means none. Example: 5",
  "guide.prompt.commission.name": "Member's full name, as on the Scores sheet. Example: Gulmira Asanova",
  "guide.prompt.commission.role": "Chair, vice-chair, secretary or member.",
  "guide.prompt.commission.recusedFrom":
    "Applications the member is recused from, separated by “,” or “;”. Example: 2; 5",
  "guide.prompt.scores.member": "Member's full name, as on the Commission sheet. Example: Gulmira Asanova",
  "guide.prompt.scores.criterion":
    "Score for the criterion (its code heads the column) or “recused”. Example: 15",
  "guide.prompt.scores.comment": "Comment on the scores, optional. Example: conflict of interest",
  "guide.prompt.contracts.number": "Contract number. Example: 01-GSZ/2019",
  "guide.prompt.contracts.date": "Contract date, DD.MM.YYYY. Example: 01.03.2019",
  "guide.prompt.contracts.amount": "Grant amount of the contract, som. Example: 125000",
  "guide.prompt.contracts.scheme": "Tranche scheme in percent, if not the Program sheet's. Example: 50/30/20",
  "guide.prompt.contracts.dates":
    "Tranche dates separated by “;”, one per tranche. Example: 01.04.2019; 01.07.2019",
  "guide.prompt.holidays.date":
    "A non-working day, DD.MM.YYYY: a tranche on this date is moved. Example: 05.06.2019",
  "guide.prompt.holidays.name": "The holiday's name, optional. Example: Orozo Ait",
  "guide.prompt.payments.contract": "Contract number, as on the Contracts sheet. Example: 01-GSZ/2019",
  "guide.prompt.payments.tranche": "Tranche number in the schedule (1, 2, 3 …). Example: 1",
  "guide.prompt.payments.date": "Payment date, DD.MM.YYYY. Example: 02.04.2019",
  "guide.prompt.payments.amount": "Amount paid by this payment, som. Example: 62500",
  "guide.prompt.payments.order": "Payment order number, optional. Example: 154",
  "guide.prompt.reports.contract": "Contract number, as on the Contracts sheet. Example: 01-GSZ/2019",
  "guide.prompt.reports.tranche": "The tranche the report is for. Example: 1",
  "guide.prompt.reports.category": "Budget line, as on the Budget sheet. Example: Supplies",
  "guide.prompt.reports.accepted":
    "Date the municipality accepted the report, DD.MM.YYYY; blank: not accepted. Example: 15.07.2019",
};

export const GUIDE_KY: Catalog = {
  "guide.sheet": "Кантип толтуруу",
  "guide.title": "Бул китепти кантип толтуруу",
  "guide.intro":
    "Барактарды тартиби менен, жогорудан ылдый толтуруңуз. Мамычанын аталышын тандаңыз — Excel ага эмне жазыларын мисал менен көрсөтөт.",
  "guide.col.step": "Кадам",
  "guide.col.sheet": "Барак",
  "guide.col.what": "Мында эмне",
  "guide.step.program":
    "Бекитилген программа: муниципалитет, аталышы, жылы, бюджети жана конкурстун параметрлери; андан ылдый — багыттар жана ар бирине каражат.",
  "guide.step.applications":
    "Ар бир КЭУнун арызына бир сап: уюм жана анын түрү, багыт, долбоор, грант жана булактар боюнча кошо каржылоо, мөөнөттөр, берилген күнү.",
  "guide.step.budget":
    "Долбоорлордун сметалары: чыгымдын ар бир беренесине бир сап, булактар боюнча суммалар. Толтурбаса да болот, бирок анда эмгек акы жана админ чыгымдардын үлүшү текшерилбейт.",
  "guide.step.criteria": "Баалоо критерийлери: коду, аталышы, эң жогорку балл, салмагы, эң төмөнкү балл.",
  "guide.step.commission":
    "Комиссиянын мүчөлөрү, алардын ролу жана четтетүүлөр (мүчө баалабаган арыздардын номерлери).",
  "guide.step.scores":
    "Баалар: мүчө жана арыз үчүн бир сап, критерий үчүн бир мамыча (аталышы — критерийдин коду); кызыкчылыктардын кагылышында баллдын ордуна «четтетүү».",
  "guide.step.contracts":
    "Комиссиянын чечиминен кийин жеңүүчүлөр менен келишимдер: номери, күнү, суммасы, транштардын схемасы жана күндөрү.",
  "guide.step.execution":
    "Келишимдер аткарылып жатканда: бухгалтериянын төлөмдөрү жана КЭУнун кабыл алынган чыгым отчеттору (алар жок кезде барактарды түзбөсөңүз болот).",
  "guide.step.run":
    "Эсептөө: GSZ Finance панелиндеги «Эсептөө» баскычы же gsz run буйругу. Рейтинг, Кошо каржылоо, Транштар, Дал келбестиктер, Протокол (төлөмдөр же отчеттор болсо Аткарылышы да) барактарын программа жазат: аларды оңдобоңуз, ар бир эсептөөдө алар алмаштырылат.",
  "guide.sheet.execution": "Төлөмдөр, Отчеттор",
  "guide.sheet.run": "Эсептөө",
  "guide.prompt.application": "Арыздын номери, «Арыздар» барагындагыдай. Мисал: 7",
  "guide.prompt.grant": "Программанын бюджетинен грант, сом. Мисал: 125000",
  "guide.prompt.localBudget": "Жергиликтүү бюджеттин салымы (кошо каржылоо), сом. Мисал: 20000",
  "guide.prompt.community": "Жамааттын салымы (акча, эмгек, материалдар сом менен). Мисал: 15000",
  "guide.prompt.ngo": "КЭУнун өз салымы, сом. Мисал: 10000",
  "guide.prompt.other": "Башка донорлор, сом; бош болсо — 0. Мисал: 5000",
  "guide.prompt.total":
    "Документте көрсөтүлсө, жыйынтык: булактардын суммасы менен салыштырылат. Мисал: 175000",
  "guide.prompt.start": "Башталган күнү, КК.АА.ЖЖЖЖ. Мисал: 01.04.2019",
  "guide.prompt.end": "Аяктаган күнү, КК.АА.ЖЖЖЖ. Мисал: 31.12.2019",
  "guide.prompt.program.key": "Параметрдин аталышы: аны өзгөртпөңүз. Маанисин кошуна мамычага жазыңыз.",
  "guide.prompt.program.value":
    "Параметрдин мааниси: текст, сумма, пайыз (10 = 10 %) же КК.АА.ЖЖЖЖ күнү. Мисал: 400000",
  "guide.prompt.directions.code": "Багыттын коду: «Арыздар» барагы ага шилтеме кылат. Мисал: 1",
  "guide.prompt.directions.name": "Программанын артыкчылыктуу багыты. Мисал: Карыяларды колдоо",
  "guide.prompt.directions.allocated": "Бул багытка программанын каражаты, сом. Мисал: 250000",
  "guide.prompt.directions.maxPerProject":
    "Бул багыттагы бир долбоорго эң чоң грант, сом; бош болсо — чек жок. Мисал: 125000",
  "guide.prompt.applications.id": "Арыздын номери, ар биринин өзүнүкү. Мисал: 7",
  "guide.prompt.applications.organization": "Арыз берген КЭУнун аталышы. Мисал: «Ак-Ниет» КФ",
  "guide.prompt.applications.organizationType":
    "КЭУнун түрү: КФ, КБ, ассоциация, мекеме. Партиялар, кесиптик бирликтер жана диний уюмдар катыша албайт. Мисал: КФ",
  "guide.prompt.applications.direction": "«Программа» барагындагы багыттын коду. Мисал: 1",
  "guide.prompt.applications.project": "Долбоордун аталышы. Мисал: Карыялар үчүн күндүзгү борбор",
  "guide.prompt.applications.tin":
    "Уюмдун ИНН, 14 сан (милдеттүү эмес; жыйынтык уюмду башка программаларда ал боюнча тааныйт). Мисал: 02207201410055",
  "guide.prompt.applications.submitted":
    "Берилген күнү, КК.АА.ЖЖЖЖ (программада ошондой белгиленсе, бирдей баллды чечет). Мисал: 15.02.2019",
  "guide.prompt.budget.category":
    "Берене: Эмгек акы, Соцфондго чегерүүлөр, Жабдуулар, Материалдар, Ижара, Транспорт … Мисал: Материалдар",
  "guide.prompt.budget.description": "Эмне төлөнөт. Мисал: Долбоордун координатору",
  "guide.prompt.budget.quantity": "Саны. Мисал: 2",
  "guide.prompt.budget.price": "Бирдигинин баасы, сом. Мисал: 1400",
  "guide.prompt.budget.months": "Айлардын саны (эмгек акы, ижара). Мисал: 6",
  "guide.prompt.criteria.code": "Критерийдин коду: «Баалар» барагынын мамычалары ушундай аталат. Мисал: K1",
  "guide.prompt.criteria.name": "Баалоо критерийи. Мисал: Көйгөйдүн актуалдуулугу",
  "guide.prompt.criteria.maxScore": "Критерий боюнча эң жогорку балл. Мисал: 20",
  "guide.prompt.criteria.weight": "Жыйынтык баллдагы критерийдин салмагы; бош болсо — 1. Мисал: 1",
  "guide.prompt.criteria.minScore": "Арыз өтүшү үчүн керектүү эң төмөнкү балл; бош болсо — жок. Мисал: 5",
  "guide.prompt.commission.name":
    "Комиссия мүчөсүнүн аты-жөнү, «Баалар» барагындагыдай. Мисал: Асанова Гульмира",
  "guide.prompt.commission.role": "Төрага, төраганын орун басары, катчы же комиссиянын мүчөсү.",
  "guide.prompt.commission.recusedFrom":
    "Мүчө четтетилген арыздардын номерлери, «,» же «;» аркылуу. Мисал: 2; 5",
  "guide.prompt.scores.member":
    "Комиссия мүчөсүнүн аты-жөнү, «Комиссия» барагындагыдай. Мисал: Асанова Гульмира",
  "guide.prompt.scores.criterion": "Критерий боюнча балл (коду — мамычанын аталышы) же «четтетүү». Мисал: 15",
  "guide.prompt.scores.comment": "Баага түшүндүрмө, каалоо боюнча. Мисал: кызыкчылыктардын кагылышуусу",
  "guide.prompt.contracts.number": "Келишимдин номери. Мисал: 01-ГСЗ/2019",
  "guide.prompt.contracts.date": "Келишимдин күнү, КК.АА.ЖЖЖЖ. Мисал: 01.03.2019",
  "guide.prompt.contracts.amount": "Келишим боюнча гранттын суммасы, сом. Мисал: 125000",
  "guide.prompt.contracts.scheme":
    "Транштардын схемасы пайыз менен, «Программа» барагындагыдай болбосо. Мисал: 50/30/20",
  "guide.prompt.contracts.dates":
    "Транштардын күндөрү «;» аркылуу, ар бир траншка бирден. Мисал: 01.04.2019; 01.07.2019",
  "guide.prompt.holidays.date":
    "Эс алуу күнү, КК.АА.ЖЖЖЖ: ушул күнгө туура келген транш жылдырылат. Мисал: 05.06.2019",
  "guide.prompt.holidays.name": "Майрамдын аталышы, каалоо боюнча. Мисал: Орозо айт",
  "guide.prompt.payments.contract": "Келишимдин номери, «Келишимдер» барагындагыдай. Мисал: 01-ГСЗ/2019",
  "guide.prompt.payments.tranche": "График боюнча транштын номери (1, 2, 3 …). Мисал: 1",
  "guide.prompt.payments.date": "Төлөмдүн датасы, КК.АА.ЖЖЖЖ. Мисал: 02.04.2019",
  "guide.prompt.payments.amount": "Ушул төлөм менен которулган сумма, сом. Мисал: 62500",
  "guide.prompt.payments.order": "Төлөм тапшырмасынын номери, каалоо боюнча. Мисал: 154",
  "guide.prompt.reports.contract": "Келишимдин номери, «Келишимдер» барагындагыдай. Мисал: 01-ГСЗ/2019",
  "guide.prompt.reports.tranche": "Отчет кайсы транш боюнча. Мисал: 1",
  "guide.prompt.reports.category": "Сметанын беренеси, «Смета» барагындагыдай. Мисал: Материалдар",
  "guide.prompt.reports.accepted":
    "Мэрия отчетту кабыл алган күн, КК.АА.ЖЖЖЖ; бош — кабыл алына элек. Мисал: 15.07.2019",
};
