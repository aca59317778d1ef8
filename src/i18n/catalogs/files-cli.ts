import type { CatalogSet } from "../types";

/**
 * Messages of the command line about its files (CLI.md "Files, and what is never done to them"): the
 * marks of a results workbook and its input copies, refused outputs, and all-or-nothing writing.
 * Keys start with `cli.files.`.
 */
export const filesCli: CatalogSet = {
  ru: {
    "cli.files.copy-note":
      "Копия значений листа «{sheet}» из файла {file}, прочитанных {time}: только значения, без формул, в тех же ячейках. Исходные данные правят в {file}, не здесь; лист защищён от случайной правки (без пароля). SHA-256: {fingerprint}",
    "cli.files.results-title": "Результаты GSZ Finance: {program}",
    "cli.files.results-description":
      "Книга результатов GSZ Finance, рассчитанная {time} по файлу {file}. Листы {sheets} — копии прочитанных значений (серые ярлыки, защищены без пароля); их отпечаток SHA-256 {fingerprint} указан в штампе листов результатов.",
    "cli.files.is-input":
      "{file}: это тот же файл, что и читаемая книга; gsz никогда не записывает в книгу пользователя. Укажите для результатов другой файл.",
    "cli.files.same-output": "{file}: это тот же файл, что и {other}; каждому результату нужен свой файл.",
    "cli.files.directory": "{file}: это папка, а не файл; укажите имя файла.",
    "cli.files.device": "{file}: это устройство, а не обычный файл; укажите обычный файл.",
    "cli.files.pipe": "{file}: это канал (FIFO) или сокет, а не обычный файл; укажите обычный файл.",
    "cli.files.not-a-file": "{file}: это не обычный файл; укажите обычный файл.",
    "cli.files.link-loop": "{file}: символические ссылки ведут по кругу; укажите обычный файл.",
    "cli.files.missing-folder": "{file}: папки {folder} нет; создайте её или укажите другую.",
    "cli.files.folder-read-only": "{file}: в папку {folder} нельзя записывать.",
    "cli.files.not-results":
      "{file}: файл уже есть, и это не книга результатов gsz; чтобы не потерять его, gsz его не заменяет. Укажите другое имя или добавьте --force.",
    "cli.files.exists":
      "{file}: файл уже есть; шаблон не заменяет существующие файлы. Укажите другое имя или добавьте --force.",
    "cli.files.form-exists":
      "{file}: файл уже есть; бланки оценки не заменяют существующие файлы (в нём может быть заполненный бланк). Укажите другую папку или добавьте --force.",
    "cli.files.spreadsheet":
      "{file}: файл уже есть, и это книга электронной таблицы, а не отчёт; gsz её не заменяет. Укажите другое имя или добавьте --force.",
    "cli.files.nothing-written": "Ничего не записано и не изменено.",
    "cli.files.write-failed": "{file}: не удаётся записать ({reason}); ни один файл не записан и не изменён.",
    "cli.files.interrupted": "Прервано: временные файлы удалены, ни один файл не записан и не изменён.",
  },
  en: {
    "cli.files.copy-note":
      "Copy of the values of sheet '{sheet}' of {file}, read {time}: values only, no formulas, in the same cells. Edit the inputs in {file}, not here; the sheet is protected against accidental edits (no password). SHA-256: {fingerprint}",
    "cli.files.results-title": "GSZ Finance results: {program}",
    "cli.files.results-description":
      "A GSZ Finance results workbook, computed {time} from {file}. Sheets {sheets} are copies of the values read (grey tabs, protected without a password); their SHA-256 fingerprint {fingerprint} is in the stamp of the output sheets.",
    "cli.files.is-input":
      "{file}: this is the workbook being read; gsz never writes into the user's workbook. Choose another file for the results.",
    "cli.files.same-output": "{file}: this is the same file as {other}; each output needs its own file.",
    "cli.files.directory": "{file}: this is a folder, not a file; give a file name.",
    "cli.files.device": "{file}: this is a device, not a regular file; give a regular file.",
    "cli.files.pipe": "{file}: this is a pipe (FIFO) or a socket, not a regular file; give a regular file.",
    "cli.files.not-a-file": "{file}: this is not a regular file; give a regular file.",
    "cli.files.link-loop": "{file}: its symbolic links go round in a loop; give a regular file.",
    "cli.files.missing-folder": "{file}: the folder {folder} does not exist; create it or choose another.",
    "cli.files.folder-read-only": "{file}: the folder {folder} cannot be written to.",
    "cli.files.not-results":
      "{file}: the file exists and is not a gsz results workbook; gsz does not replace it, so it is not lost. Choose another name or add --force.",
    "cli.files.exists":
      "{file}: the file exists; a template never replaces an existing file. Choose another name or add --force.",
    "cli.files.form-exists":
      "{file}: the file exists; scoring forms never replace an existing file (it may hold a filled form). Choose another folder or add --force.",
    "cli.files.spreadsheet":
      "{file}: the file exists and is a spreadsheet, not a report; gsz does not replace it. Choose another name or add --force.",
    "cli.files.nothing-written": "Nothing was written or changed.",
    "cli.files.write-failed": "{file}: cannot be written ({reason}); no file was written or changed.",
    "cli.files.interrupted": "Interrupted: temporary files removed, no file was written or changed.",
  },
  ky: {
    "cli.files.copy-note":
      "{file} файлынын «{sheet}» барагынын маанилеринин көчүрмөсү, {time} окулган: формуласыз, маанилер гана, ошол эле уячаларда. Баштапкы маалыматтар {file} ичинде оңдолот, бул жерде эмес; барак кокустан өзгөртүүдөн корголгон (сырсөзсүз). SHA-256: {fingerprint}",
    "cli.files.results-title": "GSZ Finance жыйынтыктары: {program}",
    "cli.files.results-description":
      "GSZ Finance жыйынтыктар китеби, {time} {file} файлы боюнча эсептелген. {sheets} барактары окулган маанилердин көчүрмөлөрү (боз энбелгилер, сырсөзсүз корголгон); алардын SHA-256 изи {fingerprint} жыйынтык барактарынын штампында.",
    "cli.files.is-input":
      "{file}: бул окулуп жаткан китептин өзү; gsz колдонуучунун китебине эч качан жазбайт. Жыйынтыктар үчүн башка файл көрсөтүңүз.",
    "cli.files.same-output": "{file}: бул {other} менен бир эле файл; ар бир жыйынтыкка өз файлы керек.",
    "cli.files.directory": "{file}: бул файл эмес, папка; файлдын атын көрсөтүңүз.",
    "cli.files.device": "{file}: бул кадимки файл эмес, түзмөк; кадимки файл көрсөтүңүз.",
    "cli.files.pipe": "{file}: бул кадимки файл эмес, канал (FIFO) же сокет; кадимки файл көрсөтүңүз.",
    "cli.files.not-a-file": "{file}: бул кадимки файл эмес; кадимки файл көрсөтүңүз.",
    "cli.files.link-loop": "{file}: символдук шилтемелер айланып кайталанат; кадимки файл көрсөтүңүз.",
    "cli.files.missing-folder": "{file}: {folder} папкасы жок; аны түзүңүз же башкасын көрсөтүңүз.",
    "cli.files.folder-read-only": "{file}: {folder} папкасына жазууга болбойт.",
    "cli.files.not-results":
      "{file}: файл бар жана ал gsz жыйынтыктар китеби эмес; жоголбосун үчүн gsz аны алмаштырбайт. Башка ат көрсөтүңүз же --force кошуңуз.",
    "cli.files.exists":
      "{file}: файл бар; шаблон бар файлдарды алмаштырбайт. Башка ат көрсөтүңүз же --force кошуңуз.",
    "cli.files.form-exists":
      "{file}: файл бар; баалоо бланктары бар файлдарды алмаштырбайт (анда толтурулган бланк болушу мүмкүн). Башка папка көрсөтүңүз же --force кошуңуз.",
    "cli.files.spreadsheet":
      "{file}: файл бар жана ал отчёт эмес, электрондук таблица китеби; gsz аны алмаштырбайт. Башка ат көрсөтүңүз же --force кошуңуз.",
    "cli.files.nothing-written": "Эч нерсе жазылган жок жана өзгөргөн жок.",
    "cli.files.write-failed": "{file}: жазылбайт ({reason}); бир да файл жазылган жок жана өзгөргөн жок.",
    "cli.files.interrupted":
      "Үзгүлтүккө учурады: убактылуу файлдар өчүрүлдү, бир да файл жазылган жок жана өзгөргөн жок.",
  },
};
