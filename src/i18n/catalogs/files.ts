import type { CatalogSet } from "../types";

/**
 * Messages of the file reader (src/adapters/files). Keys start with `files.`. File-level messages
 * name the file; cell-level ones (`files.formula.uncalculated`, `files.limit.cell-length`) are printed
 * after their `Sheet!A1:` address.
 */
export const files: CatalogSet = {
  ru: {
    "files.missing": "{file}: файл не найден",
    "files.folder": "{file}: это папка, а не файл книги",
    "files.not-regular": "{file}: это не обычный файл (устройство, канал или сокет)",
    "files.busy":
      "{file}: файл открыт в другой программе или нет прав на чтение: закройте его в Excel или LibreOffice и проверьте права доступа",
    "files.unreadable": "{file}: файл не удаётся прочитать (ошибка системы {code})",
    "files.empty": "{file}: файл пустой (0 байт)",
    "files.text":
      "{file}: это CSV или другой текстовый файл, а не книга Excel: откройте его в Excel или LibreOffice и сохраните как .xlsx",
    "files.not-spreadsheet": "{file}: это не таблица (не книга Excel, LibreOffice или CSV)",
    "files.unsupported":
      "{file}: формат {format} не поддерживается: откройте файл в Excel или LibreOffice и сохраните как .xlsx",
    "files.damaged":
      "{file}: файл повреждён или записан не полностью: откройте его в Excel или LibreOffice (программа может восстановить данные) и сохраните заново",
    "files.dtd":
      "{file}: файл содержит DTD (объявление <!DOCTYPE> или <!ENTITY> в части {part}), которого Excel никогда не пишет: файл не читается. Если файл пришёл от человека, которому вы доверяете, откройте его в Excel или LibreOffice и сохраните заново как .xlsx",
    "files.password":
      "{file}: книга защищена паролем: снимите пароль в Excel или LibreOffice и сохраните файл",
    "files.formula.uncalculated":
      "формула ещё ни разу не вычислялась (файл сохранён программой, которая не считает формулы): откройте и сохраните файл в Excel или LibreOffice",
    "files.limit.file-size": "{file}: файл слишком большой: {size} МБ, допускается не больше {limit} МБ",
    "files.limit.sheet-xml":
      "{file}: читаемые листы слишком велики: {size} МБ данных после распаковки, допускается не больше {limit} МБ",
    "files.limit.cells": "{file}: в читаемых листах {count} ячеек, допускается не больше {limit}",
    "files.limit.cell-length": "в ячейке {length} символов, Excel допускает не больше {limit}",
    "files.locked":
      "{file}: файл сейчас открыт в другой программе (есть файл блокировки {lock}): читается последняя сохранённая версия",
  },
  en: {
    "files.missing": "{file}: file not found",
    "files.folder": "{file}: this is a folder, not a workbook file",
    "files.not-regular": "{file}: not a regular file (a device, pipe or socket)",
    "files.busy":
      "{file}: the file is open in another program or cannot be read (permissions): close it in Excel or LibreOffice and check the access rights",
    "files.unreadable": "{file}: the file cannot be read (system error {code})",
    "files.empty": "{file}: the file is empty (0 bytes)",
    "files.text":
      "{file}: this is a CSV or other text file, not an Excel workbook: open it in Excel or LibreOffice and save it as .xlsx",
    "files.not-spreadsheet":
      "{file}: this is not a spreadsheet (not an Excel or LibreOffice workbook, nor a CSV)",
    "files.unsupported":
      "{file}: the {format} format is not supported: open the file in Excel or LibreOffice and save it as .xlsx",
    "files.damaged":
      "{file}: the file is damaged or incomplete: open it in Excel or LibreOffice (they may repair it) and save it again",
    "files.dtd":
      "{file}: the file contains a DTD (a <!DOCTYPE> or <!ENTITY> declaration in part {part}), which Excel never writes: the file is not read. If it came from someone you trust, open it in Excel or LibreOffice and save it again as .xlsx",
    "files.password":
      "{file}: the workbook is password-protected: remove the password in Excel or LibreOffice and save the file",
    "files.formula.uncalculated":
      "a formula that was never calculated (the file was saved by a program that does not calculate formulas): open and save the file in Excel or LibreOffice",
    "files.limit.file-size": "{file}: the file is too large: {size} MB, at most {limit} MB",
    "files.limit.sheet-xml":
      "{file}: the sheets read are too large: {size} MB of data unpacked, at most {limit} MB",
    "files.limit.cells": "{file}: the sheets read hold {count} cells, at most {limit}",
    "files.limit.cell-length": "the cell holds {length} characters, Excel allows at most {limit}",
    "files.locked":
      "{file}: the file is open in another program (lock file {lock}): its last saved version is read",
  },
  ky: {
    "files.missing": "{file}: файл табылган жок",
    "files.folder": "{file}: бул китеп файлы эмес, папка",
    "files.not-regular": "{file}: бул кадимки файл эмес (түзмөк, канал же сокет)",
    "files.busy":
      "{file}: файл башка программада ачык же окууга укук жок: аны Excel же LibreOffice программасында жабып, укуктарды текшериңиз",
    "files.unreadable": "{file}: файлды окуу мүмкүн эмес (система катасы {code})",
    "files.empty": "{file}: файл бош (0 байт)",
    "files.text":
      "{file}: бул Excel китеби эмес, CSV же башка текст файлы: аны Excel же LibreOffice программасында ачып, .xlsx катары сактаңыз",
    "files.not-spreadsheet": "{file}: бул таблица эмес (Excel же LibreOffice китеби да, CSV да эмес)",
    "files.unsupported":
      "{file}: {format} форматы колдоого алынбайт: файлды Excel же LibreOffice программасында ачып, .xlsx катары сактаңыз",
    "files.damaged":
      "{file}: файл бузулган же толук жазылган эмес: аны Excel же LibreOffice программасында ачып (алар калыбына келтириши мүмкүн), кайра сактаңыз",
    "files.dtd":
      "{file}: файлда DTD бар ({part} бөлүгүндө <!DOCTYPE> же <!ENTITY> жарыясы), аны Excel эч качан жазбайт: файл окулбайт. Эгер файл сиз ишенген адамдан келсе, аны Excel же LibreOffice программасында ачып, .xlsx катары кайра сактаңыз",
    "files.password":
      "{file}: китеп сырсөз менен корголгон: сырсөздү Excel же LibreOffice программасында алып салып, файлды сактаңыз",
    "files.formula.uncalculated":
      "формула бир да жолу эсептелген эмес (файлды формулаларды эсептебеген программа сактаган): файлды Excel же LibreOffice программасында ачып, сактаңыз",
    "files.limit.file-size": "{file}: файл өтө чоң: {size} МБ, эң көп {limit} МБ болушу керек",
    "files.limit.sheet-xml":
      "{file}: окулган барактар өтө чоң: ачылгандан кийин {size} МБ маалымат, эң көп {limit} МБ болушу керек",
    "files.limit.cells": "{file}: окулган барактарда {count} уяча, эң көп {limit} болушу керек",
    "files.limit.cell-length": "уячада {length} белги, Excel эң көп {limit} белгиге уруксат берет",
    "files.locked":
      "{file}: файл азыр башка программада ачык ({lock} бөгөт файлы бар): акыркы сакталган нускасы окулат",
  },
};
