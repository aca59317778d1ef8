import type { CatalogSet } from "../types";

const HELP_RU = `GSZ Finance — рейтинг, софинансирование, транши и расхождения конкурса государственного социального заказа.

Использование:
  gsz template <out.xlsx> [--lang ru|en|ky] [--example] [--force]
      Создаёт книгу с листами исходных данных; --example заполняет их примером программы.
      Существующий файл не заменяется без --force.
  gsz run <in> [-o <results.xlsx>] [--json <report.json>] [--scores <form.xlsx>...] [--lang ru|en|ky] [--strict] [--force]
      Считает рейтинг, софинансирование, транши и расхождения. <in> — книга .xlsx, .xlsm, .xls или .ods
      из любой программы (Excel, LibreOffice, Google Таблицы, 1С); она только читается, никогда не записывается.
      -o       отдельная книга результатов: листы результатов и копии прочитанных листов исходных данных
               (только значения, серые ярлыки, защищены без пароля), так что каждая ссылка из «Расхождения»
               ведёт в тот же файл. Заменяет только книгу результатов, ранее записанную gsz; другой файл — только с --force.
               Без -o книга не записывается: выводится только сводка (и JSON, если задан --json).
      --json   отчёт в JSON (суммы — строки с 2 знаками, даты ГГГГ-ММ-ДД).
      --strict код выхода 1, если найдено расхождение уровня «ошибка».
      --scores заполненные оценочные листы (один или несколько файлов после флага, после <in>): их строки
               считаются строками листа «Оценки» своего члена комиссии; одна и та же пара «член комиссии — заявка»
               в двух источниках — ошибка в обеих ячейках.
  gsz forms <in> --out-dir <папка> [--lang ru|en|ky] [--force]
      Оценочный лист для каждого члена комиссии — отдельная книга в <папке>, названная по его имени.
  gsz tranches <in> --csv <out.csv> [--lang ru|en|ky] [--force]
      График траншей для бухгалтерии: UTF-8 с BOM, разделитель «;», десятичная запятая.
      Со статусом каждого транша (оплачен / к оплате / просрочен / запланирован), если заполнены «Платежи».
  gsz payments <in> --csv <out.csv> [--lang ru|en|ky] [--force]
      Платёжный календарь для казначейства: каждый невыплаченный транш каждого договора по датам,
      с итогами по месяцам; те же правила CSV.
  gsz consolidate <in>... -o <svod.xlsx> [--json <report.json>] [--partial] [--lang ru|en|ky] [--force]
      Сводка многих программ (муниципалитеты × годы) в одной книге: листы «Сводка», «Источники», «Расхождения».
      <in> — файлы, папки (читаются книги .xlsx, .xlsm, .xls, .ods в самой папке, без вложенных папок)
      и шаблоны вроде 2015/*.xlsx. Файл, который нельзя использовать, останавливает сводку (код 2, названы все
      такие файлы, ничего не записано); с --partial остальные сводятся, код 1. Подробно: docs/CONSOLIDATION.md.
  gsz --help | gsz --version

Файлы: выходной файл, который совпадает с читаемой книгой (в том числе через ссылку), с другим выходным файлом,
является папкой, устройством или каналом, или лежит в несуществующей папке, отклоняется (код 2) до расчёта.
Существующий JSON или CSV заменяется; существующая электронная таблица на месте --json или --csv — только с --force.
Все файлы команды пишутся во временные файлы рядом (имя.gsz-xxxxxxxx.tmp) и встают на место, только когда готовы все;
при ошибке или прерывании (Ctrl+C, SIGTERM) временные файлы удаляются и ни один файл не меняется.

Язык: --lang, иначе переменная окружения GSZ_LANG, иначе русский.
Коды выхода: 0 — выполнено; 1 — выполнено, но --strict нашёл ошибку;
2 — файл нельзя использовать (не читается, нет листа или столбца, ячейка не разбирается), выходной файл отклонён
или неверная команда: каждая проблема выводится как «Лист!A1: сообщение», и никакой файл не записывается и не меняется.`;

const HELP_EN = `GSZ Finance — ranking, co-financing, tranches and discrepancies of a state social order competition.

Usage:
  gsz template <out.xlsx> [--lang ru|en|ky] [--example] [--force]
      Creates a workbook with the input sheets; --example fills them with an example program.
      An existing file is not replaced without --force.
  gsz run <in> [-o <results.xlsx>] [--json <report.json>] [--scores <form.xlsx>...] [--lang ru|en|ky] [--strict] [--force]
      Computes the ranking, co-financing, tranches and discrepancies. <in> is an .xlsx, .xlsm, .xls or .ods
      workbook from any program (Excel, LibreOffice, Google Sheets, 1C); it is only read, never written.
      -o       a separate results workbook: the output sheets and a copy of the input sheets read
               (values only, grey tabs, protected without a password), so every link from Discrepancies
               stays in the same file. It replaces only a results workbook gsz wrote; any other file only with --force.
               Without -o no workbook is written: only the summary (and the JSON with --json).
      --json   the JSON report (amounts as strings with 2 decimals, dates YYYY-MM-DD).
      --strict exit status 1 when an error-level discrepancy is found.
      --scores filled scoring forms (one or more files after the flag, after <in>): their rows count as rows of
               the Scores sheet for their member; the same member and application in two sources is an error
               at both cells.
  gsz forms <in> --out-dir <folder> [--lang ru|en|ky] [--force]
      A scoring form for each commission member, each a workbook of its own in <folder>, named after the member.
  gsz tranches <in> --csv <out.csv> [--lang ru|en|ky] [--force]
      The tranche schedule for accountants: UTF-8 with BOM, ';'-separated, decimal comma.
      With each tranche's status (paid / due / overdue / planned) when Payments has rows.
  gsz payments <in> --csv <out.csv> [--lang ru|en|ky] [--force]
      The payment calendar for the treasury: every unpaid tranche of every contract by date,
      with month totals; the same CSV conventions.
  gsz consolidate <in>... -o <svod.xlsx> [--json <report.json>] [--partial] [--lang ru|en|ky] [--force]
      Many programs (municipalities × years) in one workbook: the sheets Consolidation, Sources, Discrepancies.
      <in> is files, folders (their .xlsx, .xlsm, .xls, .ods workbooks, not their sub-folders) and globs such
      as 2015/*.xlsx. A file that cannot be used stops it (exit 2, every such file named, nothing written);
      with --partial the rest is consolidated, exit 1. See docs/CONSOLIDATION.md.
  gsz --help | gsz --version

Files: an output that is the workbook read (also through a link), another output, a folder, a device or a pipe,
or that is in a missing folder, is refused (exit 2) before anything is computed. An existing JSON or CSV is
replaced; an existing spreadsheet at --json or --csv only with --force. All the files of a command are written
to temporary files beside them (name.gsz-xxxxxxxx.tmp) and put in place only when all are complete; on failure
or interruption (Ctrl+C, SIGTERM) the temporary files are removed and no file is changed.

Language: --lang, else the GSZ_LANG environment variable, else Russian.
Exit status: 0 ran; 1 ran and --strict found an error; 2 the input cannot be used (unreadable file,
missing sheet or column, unparsable cell), an output was refused or the command line is wrong: every
problem is printed as "Sheet!A1: message" and no file is written or changed.`;

const HELP_KY = `GSZ Finance — мамлекеттик социалдык заказ сынагынын рейтинги, кошо каржылоо, транштар жана дал келбестиктер.

Колдонуу:
  gsz template <out.xlsx> [--lang ru|en|ky] [--example] [--force]
      Баштапкы маалымат барактары менен китеп түзөт; --example мисал программа менен толтурат.
      Бар файл --force жок алмаштырылбайт.
  gsz run <in> [-o <results.xlsx>] [--json <report.json>] [--scores <form.xlsx>...] [--lang ru|en|ky] [--strict] [--force]
      Рейтингди, кошо каржылоону, транштарды жана дал келбестиктерди эсептейт. <in> — каалаган программадан
      .xlsx, .xlsm, .xls же .ods китеби; ал окулат гана, эч качан жазылбайт.
      -o       өзүнчө жыйынтыктар китеби: жыйынтык барактары жана окулган баштапкы барактардын көчүрмөлөрү
               (маанилер гана, боз энбелгилер, сырсөзсүз корголгон), ошондуктан «Дал келбестиктер» барагындагы
               ар бир шилтеме ошол эле файлга алып барат. gsz мурда жазган жыйынтыктар китебин гана алмаштырат;
               башка файлды --force менен гана.
               -o жок болсо китеп жазылбайт: кыскача маалымат гана чыгарылат (--json менен JSON да).
      --json   JSON отчёт (суммалар 2 белги менен сап, даталар ЖЖЖЖ-АА-КК).
      --strict «ката» деңгээлиндеги дал келбестик табылса, чыгуу коду 1.
      --scores толтурулган баалоо баракчалары (желекчеден кийин, <in>ден кийин бир же бир нече файл): алардын
               саптары өз мүчөсүнүн «Баалар» барагындагы саптары катары эсептелет; эки булактагы бир эле
               «мүчө — арыз» жуп эки уячада тең ката болот.
  gsz forms <in> --out-dir <папка> [--lang ru|en|ky] [--force]
      Комиссиянын ар бир мүчөсү үчүн баалоо баракчасы — <папкадагы> өзүнчө китеп, мүчөнүн аты менен аталат.
  gsz tranches <in> --csv <out.csv> [--lang ru|en|ky] [--force]
      Бухгалтерия үчүн транштардын графиги: BOM менен UTF-8, «;» бөлгүч, ондук үтүр.
      «Төлөмдөр» толтурулса, ар бир траншын абалы менен (төлөндү / төлөөгө / мөөнөтү өттү / пландалган).
  gsz payments <in> --csv <out.csv> [--lang ru|en|ky] [--force]
      Казыналык үчүн төлөм календары: ар бир келишимдин төлөнбөгөн ар бир траншы даталар боюнча,
      айлар боюнча жыйынтыктар менен; CSV эрежелери ошол эле.
  gsz consolidate <in>... -o <svod.xlsx> [--json <report.json>] [--partial] [--lang ru|en|ky] [--force]
      Көп программанын (муниципалитеттер × жылдар) жыйынтыгы бир китепте: «Жыйынтык», «Булактар»,
      «Дал келбестиктер» барактары. <in> — файлдар, папкалар (ички папкаларсыз) жана 2015/*.xlsx сыяктуу үлгүлөр.
      Колдонууга болбогон файл жыйынтыкты токтотот (код 2); --partial менен калгандары жыйынтыкталат, код 1.
  gsz --help | gsz --version

Файлдар: окулуп жаткан китеп (шилтеме аркылуу да), башка чыгуучу файл, папка, түзмөк же канал болгон же жок
папкадагы чыгуучу файл эсептөөгө чейин четке кагылат (код 2). Бар JSON же CSV алмаштырылат; --json же --csv
ордундагы электрондук таблица --force менен гана. Буйруктун бардык файлдары жанындагы убактылуу файлдарга
(аты.gsz-xxxxxxxx.tmp) жазылат жана баары даяр болгондо гана ордуна коюлат; ката же үзгүлтүк (Ctrl+C, SIGTERM)
болсо убактылуу файлдар өчүрүлөт жана бир да файл өзгөрбөйт.

Тил: --lang, болбосо GSZ_LANG чөйрө өзгөрмөсү, болбосо орус тили.
Чыгуу коддору: 0 — аткарылды; 1 — аткарылды, бирок --strict ката тапты;
2 — файлды колдонууга болбойт, чыгуучу файл четке кагылды же буйрук туура эмес: ар бир көйгөй «Барак!A1: билдирүү»
түрүндө чыгарылат, эч кандай файл жазылбайт жана өзгөрбөйт.`;

const SYNOPSIS = `  gsz template <out.xlsx> [--lang ru|en|ky] [--example] [--force]
  gsz run <in> [-o <results.xlsx>] [--json <report.json>] [--scores <form.xlsx>...] [--lang ru|en|ky] [--strict] [--force]
  gsz tranches <in> --csv <out.csv> [--lang ru|en|ky] [--force]
  gsz forms <in> --out-dir <dir> [--lang ru|en|ky] [--force]
  gsz payments <in> --csv <out.csv> [--lang ru|en|ky] [--force]
  gsz consolidate <in>... -o <svod.xlsx> [--json <report.json>] [--partial] [--lang ru|en|ky] [--force]`;

/** Messages of the cli area. Keys start with `cli.` (finding messages: `rules.<rule-id>…`). */
export const cli: CatalogSet = {
  ru: {
    "cli.help": HELP_RU,
    "cli.usage": `Использование:\n${SYNOPSIS}\nСправка: gsz --help`,
    "cli.usage.bad-option": "Неверный параметр: {detail}",
    "cli.usage.unknown-option": "Неизвестный параметр: {option}",
    "cli.usage.bad-lang": "Неизвестный язык «{lang}»: допустимы ru, en, ky",
    "cli.usage.unknown-command":
      "Неизвестная команда «{command}»: допустимы template, run, tranches, payments, forms, consolidate",
    "cli.usage.option-not-for-command": "Параметр {option} не относится к команде {command}",
    "cli.usage.missing-file": "Команде {command} нужен файл",
    "cli.usage.extra-argument": "Лишний аргумент: {argument}",
    "cli.usage.missing-csv": "Команде {command} нужен параметр --csv <out.csv>",
    "cli.error.internal": "Внутренняя ошибка, ничего не записано: {reason}",
    "cli.problems": "Книгу нельзя обработать (проблем: {count}); ничего не записано.",
    "cli.warn.stale":
      "Внимание: листы результатов в {file} были рассчитаны по другим исходным данным (устарели); в книге результатов они пересчитаны, а {file} не изменён.",
    "cli.findings.more": "  … и ещё {count} (см. лист «Расхождения» или отчёт --json)",
    "cli.written.workbook": "Книга результатов: {file}",
    "cli.written.none": "Книга не записана (нет -o).",
    "cli.written.json": "Отчёт JSON: {file}",
    "cli.written.template": "Шаблон записан: {file}",
    "cli.written.csv": "Транши CSV: {file} (строк: {rows})",
    "cli.strict.failed": "--strict: найдено ошибок: {count}",
  },
  en: {
    "cli.help": HELP_EN,
    "cli.usage": `Usage:\n${SYNOPSIS}\nHelp: gsz --help`,
    "cli.usage.bad-option": "Bad option: {detail}",
    "cli.usage.unknown-option": "Unknown option: {option}",
    "cli.usage.bad-lang": "Unknown language '{lang}': use ru, en or ky",
    "cli.usage.unknown-command":
      "Unknown command '{command}': use template, run, tranches, payments, forms or consolidate",
    "cli.usage.option-not-for-command": "Option {option} does not apply to {command}",
    "cli.usage.missing-file": "{command} needs a file",
    "cli.usage.extra-argument": "Unexpected argument: {argument}",
    "cli.usage.missing-csv": "{command} needs --csv <out.csv>",
    "cli.error.internal": "Internal error, nothing written: {reason}",
    "cli.problems": "The workbook cannot be used ({count} problems); nothing was written.",
    "cli.warn.stale":
      "Warning: the output sheets in {file} were computed from other input values (stale); the results are recomputed, and {file} is left as it is.",
    "cli.findings.more": "  … and {count} more (see the Discrepancies sheet or the --json report)",
    "cli.written.workbook": "Workbook with results: {file}",
    "cli.written.none": "No workbook written (no -o).",
    "cli.written.json": "JSON report: {file}",
    "cli.written.template": "Template written: {file}",
    "cli.written.csv": "Tranches CSV: {file} ({rows} rows)",
    "cli.strict.failed": "--strict: {count} errors found",
  },
  ky: {
    "cli.help": HELP_KY,
    "cli.usage": `Колдонуу:\n${SYNOPSIS}\nЖардам: gsz --help`,
    "cli.usage.bad-option": "Туура эмес параметр: {detail}",
    "cli.usage.unknown-option": "Белгисиз параметр: {option}",
    "cli.usage.bad-lang": "Белгисиз тил «{lang}»: ru, en же ky",
    "cli.usage.unknown-command":
      "Белгисиз буйрук «{command}»: template, run, tranches, payments, forms же consolidate",
    "cli.usage.option-not-for-command": "{option} параметри {command} буйругуна тиешелүү эмес",
    "cli.usage.missing-file": "{command} буйругуна файл керек",
    "cli.usage.extra-argument": "Ашыкча аргумент: {argument}",
    "cli.usage.missing-csv": "{command} буйругуна --csv <out.csv> керек",
    "cli.error.internal": "Ички ката, эч нерсе жазылган жок: {reason}",
    "cli.problems": "Китепти иштетүүгө болбойт (көйгөйлөр: {count}); эч нерсе жазылган жок.",
    "cli.warn.stale":
      "Көңүл буруңуз: {file} ичиндеги жыйынтык барактары башка маалыматтар боюнча эсептелген (эскирген); жыйынтыктар кайра эсептелди, {file} өзгөрбөйт.",
    "cli.findings.more": "  … дагы {count} («Дал келбестиктер» барагын же --json отчётун караңыз)",
    "cli.written.workbook": "Жыйынтыктар менен китеп: {file}",
    "cli.written.none": "Китеп жазылган жок (-o жок).",
    "cli.written.json": "JSON отчёт: {file}",
    "cli.written.template": "Шаблон жазылды: {file}",
    "cli.written.csv": "Транштар CSV: {file} (саптар: {rows})",
    "cli.strict.failed": "--strict: каталар табылды: {count}",
  },
};
