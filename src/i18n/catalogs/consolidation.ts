import type { CatalogSet } from "../types";

/**
 * The Сводка (WORKBOOK.md "Сводка"): the findings between programs (`rules.<id>`, each naming both
 * files), the sheets Сводка / Источники / Расхождения of the consolidation workbook (`consolidation.`)
 * and the command line's words for it (`cli.consolidate.`).
 */
export const consolidation: CatalogSet = {
  ru: {
    "cli.consolidate.missing-output": "Команде consolidate нужен параметр -o <svod.xlsx>",
    "cli.consolidate.progress": "Сводка: прочитано {done} из {total} — {file}",
    "cli.consolidate.unusable": "{file}: файл нельзя использовать в сводке:",
    "cli.consolidate.refused":
      "Файлов, которые нельзя использовать: {count}; ничего не записано. Исправьте или уберите их, или запустите с --partial, чтобы свести остальные.",
    "cli.consolidate.partial":
      "С --partial: файлов не включено — {count} (они перечислены на листе «Источники»); остальные сведены.",
    "cli.consolidate.more-problems": "… и ещё проблем: {count}",
    "cli.consolidate.summary": "Сводка: {programs} из {files}; итого {total} сом: {shares}.",
    "cli.consolidate.share": "{source} {share} %",
    "cli.consolidate.more-rows": "  … и ещё программ: {count} (все — в книге сводки)",
    "cli.consolidate.written": "Книга сводки: {file}",
    "cli.consolidate.no-match": "ни один файл не подходит под «{file}»",
    "cli.consolidate.empty-folder":
      "в папке {file} нет книг (.xlsx, .xlsm, .xls, .ods); вложенные папки не просматриваются — укажите их отдельно",
    "cli.consolidate.skipped.lock": "{file}: пропущен — служебный файл блокировки Excel или LibreOffice",
    "cli.consolidate.skipped.not-spreadsheet": "{file}: пропущен — не книга (.xlsx, .xlsm, .xls, .ods)",
    "cli.consolidate.skipped.output": "{file}: пропущен — это выходной файл этой же команды",
    "cli.consolidate.skipped.results":
      "{file}: пропущен — это книга результатов, записанная gsz (в ней копии исходных листов другой книги)",
    "web.svod.title": "Сводка из файлов…",
    "web.svod.intro":
      "Для министерства, области или донора: выберите сразу много книг программ (муниципалитеты × годы). Каждая считается так же, как по одной, и итоги сводятся в одну книгу: Сводка, Источники, Расхождения. Файлы не покидают компьютер.",
    "web.svod.choose": "Выберите книги программ (можно много сразу)",
    "web.svod.reading": "Сводка: прочитано {done} из {total}…",
    "web.svod.left-out":
      "Не включено файлов: {count} — итог неполный (в командной строке без --partial сводка бы остановилась):",
    "web.svod.download": "Книга сводки (.xlsx)",
    "web.svod.file": "Сводка.xlsx",
    "consolidation.pane.choose": "Сводка из файлов…",
    "consolidation.pane.write": "Записать листы сводки в эту книгу",
    "consolidation.pane.written": "Записаны листы: {sheets}",
    "consolidation.pane.program-workbook":
      "Это книга программы (в ней есть лист «{sheet}»): сводка заменила бы её «Расхождения». Откройте пустую книгу и запишите сводку туда.",
    "consolidation.sheet.summary": "Сводка",
    "consolidation.sheet.sources": "Источники",
    "consolidation.sheet.discrepancies": "Расхождения",
    "consolidation.title": "Сводка ГСЗ: {programs} из {files}",
    "consolidation.stamp":
      "Сводка от {time} · GSZ Finance {version} · отпечатки каждого файла на листе «{sheet}»",
    "consolidation.section.programs":
      "Программы (строка «Итого» — сумма всех программ; доли — от суммы денег)",
    "consolidation.section.years": "По годам",
    "consolidation.section.municipalities": "По муниципалитетам",
    "consolidation.col.municipality": "Муниципалитет",
    "consolidation.col.year": "Год",
    "consolidation.col.program": "Программа",
    "consolidation.col.budget": "Бюджет программы",
    "consolidation.col.submitted": "Заявок подано",
    "consolidation.col.funded": "Заявок профинансировано",
    "consolidation.col.paid": "Выплачено",
    "consolidation.col.spent": "Израсходовано",
    "consolidation.col.toReturn": "К возврату",
    "consolidation.col.errors": "Ошибок в программе",
    "consolidation.programs": "программ: {count}",
    "consolidation.count.programs.one": "{count} программа",
    "consolidation.count.programs.few": "{count} программы",
    "consolidation.count.programs.many": "{count} программ",
    "consolidation.count.programs.other": "{count} программы",
    "consolidation.count.ofPrograms.one": "{count} программы",
    "consolidation.count.ofPrograms.few": "{count} программ",
    "consolidation.count.ofPrograms.many": "{count} программ",
    "consolidation.count.ofPrograms.other": "{count} программы",
    "consolidation.count.fromFiles.one": "{count} файла",
    "consolidation.count.fromFiles.few": "{count} файлов",
    "consolidation.count.fromFiles.many": "{count} файлов",
    "consolidation.count.fromFiles.other": "{count} файла",
    "consolidation.noData": "Нет ни одной программы для сводки",
    "consolidation.col.no": "№",
    "consolidation.col.file": "Файл",
    "consolidation.col.sha256": "Отпечаток SHA-256",
    "consolidation.col.included": "Включён",
    "consolidation.col.reason": "Почему не включён",
    "consolidation.included.yes": "да",
    "consolidation.included.no": "нет",
    "consolidation.reason.duplicate-source": "тот же файл, что {other}: посчитан один раз",
    "consolidation.reason.same-program-twice":
      "та же программа (муниципалитет, год, название), что в {other}: ни один из файлов с этой программой не включён",
    "consolidation.sources.title": "Файлы сводки: прочитано {files}, включено {included}",
    "consolidation.col.severity": "Важность",
    "consolidation.col.rule": "Правило",
    "consolidation.col.sheet": "Лист",
    "consolidation.col.cell": "Ячейка",
    "consolidation.col.otherFile": "Второй файл",
    "consolidation.col.otherSheet": "Лист второго файла",
    "consolidation.col.otherCell": "Ячейка второго файла",
    "consolidation.col.message": "Что не так",
    "consolidation.discrepancies.title": "Расхождения между программами",
    "consolidation.noFindings": "Расхождений между программами нет",
    "consolidation.chart.title": "Структура финансирования по источникам",
    "consolidation.chart.alt":
      "Круговая диаграмма: доли гранта, местного бюджета, сообщества, НКО и других в сумме всех программ сводки, из строки «Итого» листа «{sheet}».",
    "consolidation.print.header": "Сводка ГСЗ",
    "consolidation.book.title": "Сводка ГСЗ",
    "consolidation.book.description":
      "Сводка {programs} ГСЗ, составлена GSZ Finance {time}. Файлы и их отпечатки SHA-256 — на листе «{sheet}».",
    "rules.same-program-twice":
      "«{municipality}», {year}, «{program}» уже прочитана из файла {other}: вторая копия не включена в сводку, чтобы не посчитать программу дважды. Оставьте один из двух файлов.",
    "rules.duplicate-source":
      "Файл {file} — тот же файл, что {other} (то же содержимое, SHA-256 {sha256}): посчитан один раз.",
    "rules.same-project-funded-twice":
      "«{organization}» финансируется на проект «{project}» и в программе «{otherProgram}» ({otherMunicipality}, {otherYear}, файл {other}); сроки пересекаются: {start}–{end} и {otherStart}–{otherEnd}.",
    "rules.funded-with-grant-to-return":
      "«{organization}» финансируется в {year} году, а в программе «{otherProgram}» ({otherMunicipality}, {otherYear}, файл {other}) за ней числится грант к возврату {amount} сом.",

    "rules.funded-with-grant-to-return.report":
      "«{organization}» финансируется в {year} году, а в программе «{otherProgram}» ({otherMunicipality}, {otherYear}, файл {other}) у неё просрочен отчёт.",
  },
  en: {
    "cli.consolidate.missing-output": "consolidate needs -o <svod.xlsx>",
    "cli.consolidate.progress": "Consolidation: {done} of {total} read — {file}",
    "cli.consolidate.unusable": "{file}: cannot be used in the consolidation:",
    "cli.consolidate.refused":
      "Files that cannot be used: {count}; nothing was written. Fix or remove them, or run with --partial to consolidate the rest.",
    "cli.consolidate.partial":
      "With --partial: files left out: {count} (listed on the sheet “Sources”); the rest consolidated.",
    "cli.consolidate.more-problems": "… and more problems: {count}",
    "cli.consolidate.summary": "Consolidation: {programs} from {files}; total {total} som: {shares}.",
    "cli.consolidate.share": "{source} {share} %",
    "cli.consolidate.more-rows": "  … and more programs: {count} (all of them in the consolidation workbook)",
    "cli.consolidate.written": "Consolidation workbook: {file}",
    "cli.consolidate.no-match": "no file matches “{file}”",
    "cli.consolidate.empty-folder":
      "the folder {file} holds no workbook (.xlsx, .xlsm, .xls, .ods); sub-folders are not searched — name them too",
    "cli.consolidate.skipped.lock": "{file}: skipped — a lock file of Excel or LibreOffice",
    "cli.consolidate.skipped.not-spreadsheet": "{file}: skipped — not a workbook (.xlsx, .xlsm, .xls, .ods)",
    "cli.consolidate.skipped.output": "{file}: skipped — an output of this command",
    "cli.consolidate.skipped.results":
      "{file}: skipped — a results workbook gsz wrote (it holds copies of another workbook's inputs)",
    "web.svod.title": "Consolidation from files…",
    "web.svod.intro":
      "For a ministry, an oblast or a donor: choose many program workbooks at once (municipalities × years). Each is computed as on its own and the results are put into one workbook: Consolidation, Sources, Discrepancies. The files never leave this computer.",
    "web.svod.choose": "Choose the program workbooks (many at once)",
    "web.svod.reading": "Consolidation: {done} of {total} read…",
    "web.svod.left-out":
      "Files left out: {count} — the total is incomplete (on the command line, without --partial, it would have stopped):",
    "web.svod.download": "Consolidation workbook (.xlsx)",
    "web.svod.file": "Consolidation.xlsx",
    "consolidation.pane.choose": "Consolidation from files…",
    "consolidation.pane.write": "Write the consolidation sheets into this workbook",
    "consolidation.pane.written": "Sheets written: {sheets}",
    "consolidation.pane.program-workbook":
      "This is a program's workbook (it has the sheet “{sheet}”): the consolidation would replace its Discrepancies. Open an empty workbook and write the consolidation there.",
    "consolidation.sheet.summary": "Consolidation",
    "consolidation.sheet.sources": "Sources",
    "consolidation.sheet.discrepancies": "Discrepancies",
    "consolidation.title": "GSZ consolidation: {programs} from {files}",
    "consolidation.stamp":
      "Consolidated {time} · GSZ Finance {version} · each file's fingerprint on the sheet “{sheet}”",
    "consolidation.section.programs":
      "Programs (the Total row is the sum of all programs; shares are of the summed money)",
    "consolidation.section.years": "By year",
    "consolidation.section.municipalities": "By municipality",
    "consolidation.col.municipality": "Municipality",
    "consolidation.col.year": "Year",
    "consolidation.col.program": "Program",
    "consolidation.col.budget": "Program budget",
    "consolidation.col.submitted": "Applications submitted",
    "consolidation.col.funded": "Applications funded",
    "consolidation.col.paid": "Paid",
    "consolidation.col.spent": "Spent",
    "consolidation.col.toReturn": "To return",
    "consolidation.col.errors": "Errors in the program",
    "consolidation.programs": "programs: {count}",
    "consolidation.count.programs.one": "{count} program",
    "consolidation.count.programs.other": "{count} programs",
    "consolidation.count.ofPrograms.one": "{count} GSZ program",
    "consolidation.count.ofPrograms.other": "{count} GSZ programs",
    "consolidation.count.fromFiles.one": "{count} file",
    "consolidation.count.fromFiles.other": "{count} files",
    "consolidation.noData": "No program to consolidate",
    "consolidation.col.no": "No.",
    "consolidation.col.file": "File",
    "consolidation.col.sha256": "SHA-256 fingerprint",
    "consolidation.col.included": "Included",
    "consolidation.col.reason": "Why not included",
    "consolidation.included.yes": "yes",
    "consolidation.included.no": "no",
    "consolidation.reason.duplicate-source": "the same file as {other}: counted once",
    "consolidation.reason.same-program-twice":
      "the same program (municipality, year, name) as in {other}: none of the files with this program is included",
    "consolidation.sources.title": "Files of the consolidation: {files} read, {included} included",
    "consolidation.col.severity": "Severity",
    "consolidation.col.rule": "Rule",
    "consolidation.col.sheet": "Sheet",
    "consolidation.col.cell": "Cell",
    "consolidation.col.otherFile": "Other file",
    "consolidation.col.otherSheet": "Other file's sheet",
    "consolidation.col.otherCell": "Other file's cell",
    "consolidation.col.message": "What is wrong",
    "consolidation.discrepancies.title": "Discrepancies between programs",
    "consolidation.noFindings": "No discrepancies between programs",
    "consolidation.chart.title": "Funding by source",
    "consolidation.chart.alt":
      "Pie chart: the shares of grant, local budget, community, NGO and other in the sum of all programs, from the Total row of the sheet “{sheet}”.",
    "consolidation.print.header": "GSZ consolidation",
    "consolidation.book.title": "GSZ consolidation",
    "consolidation.book.description":
      "Consolidation of {programs}, made by GSZ Finance {time}. The files and their SHA-256 fingerprints are on the sheet “{sheet}”.",
    "rules.same-program-twice":
      "“{municipality}”, {year}, “{program}” was already read from {other}: this second copy is left out so the program is not counted twice. Keep one of the two files.",
    "rules.duplicate-source":
      "{file} is the same file as {other} (same content, SHA-256 {sha256}): counted once.",
    "rules.same-project-funded-twice":
      "“{organization}” is funded for the project “{project}” in the program “{otherProgram}” too ({otherMunicipality}, {otherYear}, file {other}); the periods overlap: {start}–{end} and {otherStart}–{otherEnd}.",
    "rules.funded-with-grant-to-return":
      "“{organization}” is funded in {year} while the program “{otherProgram}” ({otherMunicipality}, {otherYear}, file {other}) shows it with a grant of {amount} som to return.",

    "rules.funded-with-grant-to-return.report":
      "“{organization}” is funded in {year} while the program “{otherProgram}” ({otherMunicipality}, {otherYear}, file {other}) shows it with an overdue report.",
  },
  ky: {
    "cli.consolidate.missing-output": "consolidate буйругуна -o <svod.xlsx> керек",
    "cli.consolidate.progress": "Жыйынтык: {total} ичинен {done} окулду — {file}",
    "cli.consolidate.unusable": "{file}: файлды жыйынтыкта колдонууга болбойт:",
    "cli.consolidate.refused":
      "Колдонууга болбогон файлдар: {count}; эч нерсе жазылган жок. Аларды оңдоңуз же алып салыңыз, же калгандарын жыйынтыктоо үчүн --partial менен иштетиңиз.",
    "cli.consolidate.partial":
      "--partial менен: {count} файл кошулган жок («Булактар» барагында); калгандары жыйынтыкталды.",
    "cli.consolidate.more-problems": "… жана дагы {count} көйгөй",
    "cli.consolidate.summary": "Жыйынтык: {files} {programs}; бардыгы {total} сом: {shares}.",
    "cli.consolidate.share": "{source} {share} %",
    "cli.consolidate.more-rows": "  … жана дагы {count} программа (баары жыйынтык китебинде)",
    "cli.consolidate.written": "Жыйынтык китеби: {file}",
    "cli.consolidate.no-match": "«{file}» үлгүсүнө бир да файл туура келбейт",
    "cli.consolidate.empty-folder":
      "{file} папкасында китеп жок (.xlsx, .xlsm, .xls, .ods); ички папкалар каралбайт — аларды да көрсөтүңүз",
    "cli.consolidate.skipped.lock": "{file}: өткөрүлдү — Excel же LibreOffice кулпу файлы",
    "cli.consolidate.skipped.not-spreadsheet": "{file}: өткөрүлдү — китеп эмес (.xlsx, .xlsm, .xls, .ods)",
    "cli.consolidate.skipped.output": "{file}: өткөрүлдү — ушул буйруктун чыгуучу файлы",
    "cli.consolidate.skipped.results": "{file}: өткөрүлдү — gsz жазган жыйынтыктар китеби",
    "web.svod.title": "Файлдардан жыйынтык…",
    "web.svod.intro":
      "Министрлик, облус же донор үчүн: программалардын көп китебин бир убакта тандаңыз (муниципалитеттер × жылдар). Ар бири өзүнчө эсептелгендей эсептелет жана жыйынтыктар бир китепке чогултулат. Файлдар компьютерден чыкпайт.",
    "web.svod.choose": "Программалардын китептерин тандаңыз (бир убакта көп)",
    "web.svod.reading": "Жыйынтык: {total} ичинен {done} окулду…",
    "web.svod.left-out": "Кошулбаган файлдар: {count} — жыйынтык толук эмес:",
    "web.svod.download": "Жыйынтык китеби (.xlsx)",
    "web.svod.file": "Жыйынтык.xlsx",
    "consolidation.pane.choose": "Файлдардан жыйынтык…",
    "consolidation.pane.write": "Жыйынтык барактарын ушул китепке жазуу",
    "consolidation.pane.written": "Жазылган барактар: {sheets}",
    "consolidation.pane.program-workbook":
      "Бул программанын китеби («{sheet}» барагы бар): жыйынтык анын «Дал келбестиктер» барагын алмаштырып салмак. Бош китепти ачып, жыйынтыкты ошого жазыңыз.",
    "consolidation.sheet.summary": "Жыйынтык",
    "consolidation.sheet.sources": "Булактар",
    "consolidation.sheet.discrepancies": "Дал келбестиктер",
    "consolidation.title": "МСЗ жыйынтыгы: {files} {programs}",
    "consolidation.stamp": "Жыйынтык {time} · GSZ Finance {version} · ар бир файлдын изи «{sheet}» барагында",
    "consolidation.section.programs":
      "Программалар («Бардыгы» сабы — бардык программалардын суммасы; үлүштөр акчанын суммасынан)",
    "consolidation.section.years": "Жылдар боюнча",
    "consolidation.section.municipalities": "Муниципалитеттер боюнча",
    "consolidation.col.municipality": "Муниципалитет",
    "consolidation.col.year": "Жыл",
    "consolidation.col.program": "Программа",
    "consolidation.col.budget": "Программанын бюджети",
    "consolidation.col.submitted": "Берилген арыздар",
    "consolidation.col.funded": "Каржыланган арыздар",
    "consolidation.col.paid": "Төлөндү",
    "consolidation.col.spent": "Сарпталды",
    "consolidation.col.toReturn": "Кайтарылууга",
    "consolidation.col.errors": "Программадагы каталар",
    "consolidation.programs": "программалар: {count}",
    "consolidation.count.programs.other": "{count} программа",
    "consolidation.count.ofPrograms.other": "{count} МСЗ программасынын",
    "consolidation.count.fromFiles.other": "{count} файлдан",
    "consolidation.noData": "Жыйынтык үчүн программа жок",
    "consolidation.col.no": "№",
    "consolidation.col.file": "Файл",
    "consolidation.col.sha256": "SHA-256 изи",
    "consolidation.col.included": "Кошулду",
    "consolidation.col.reason": "Эмне үчүн кошулган жок",
    "consolidation.included.yes": "ооба",
    "consolidation.included.no": "жок",
    "consolidation.reason.duplicate-source": "{other} менен бирдей файл: бир жолу эсептелди",
    "consolidation.reason.same-program-twice":
      "{other} файлындагыдай эле программа: бул программасы бар файлдардын бири да кошулган жок",
    "consolidation.sources.title": "Жыйынтыктын файлдары: {files} окулду, {included} кошулду",
    "consolidation.col.severity": "Маанилүүлүгү",
    "consolidation.col.rule": "Эреже",
    "consolidation.col.sheet": "Барак",
    "consolidation.col.cell": "Уяча",
    "consolidation.col.otherFile": "Экинчи файл",
    "consolidation.col.otherSheet": "Экинчи файлдын барагы",
    "consolidation.col.otherCell": "Экинчи файлдын уячасы",
    "consolidation.col.message": "Эмне туура эмес",
    "consolidation.discrepancies.title": "Программалардын ортосундагы дал келбестиктер",
    "consolidation.noFindings": "Программалардын ортосунда дал келбестик жок",
    "consolidation.chart.title": "Булактар боюнча каржылоонун түзүмү",
    "consolidation.chart.alt":
      "Тегерек диаграмма: бардык программалардын суммасындагы гранттын, жергиликтүү бюджеттин, жамааттын, КЭУнун жана башкалардын үлүштөрү, «{sheet}» барагынын «Бардыгы» сабынан.",
    "consolidation.print.header": "МСЗ жыйынтыгы",
    "consolidation.book.title": "МСЗ жыйынтыгы",
    "consolidation.book.description":
      "{programs} жыйынтыгы, GSZ Finance {time} түздү. Файлдар жана алардын SHA-256 издери «{sheet}» барагында.",
    "rules.same-program-twice":
      "«{municipality}», {year}, «{program}» {other} файлынан окулган: программа эки жолу эсептелбеши үчүн экинчи нуска жыйынтыкка кирген жок. Эки файлдын бирин калтырыңыз.",
    "rules.duplicate-source":
      "{file} файлы {other} файлы менен бирдей (SHA-256 {sha256}): бир жолу эсептелди.",
    "rules.same-project-funded-twice":
      "«{organization}» «{project}» долбоору үчүн «{otherProgram}» программасында да каржыланат ({otherMunicipality}, {otherYear}, {other} файлы); мөөнөттөр кесилишет: {start}–{end} жана {otherStart}–{otherEnd}.",
    "rules.funded-with-grant-to-return":
      "«{organization}» {year}-жылы каржыланат, бирок «{otherProgram}» программасында ({otherMunicipality}, {otherYear}, {other} файлы) анын кайтарыла турган {amount} сом гранты бар.",

    "rules.funded-with-grant-to-return.report":
      "«{organization}» {year}-жылы каржыланат, бирок «{otherProgram}» программасында ({otherMunicipality}, {otherYear}, {other} файлы) анын мөөнөтү өткөн отчёту бар.",
  },
};
