import type { CatalogSet } from "../types";

/**
 * Messages of reading the input tables whole (src/workbook/read): the notes of reading, which are
 * findings (`rules.empty-row`, `rules.totals-row`, `rules.row-not-read`, `rules.table-not-extended`, see docs/RULES.md), and the
 * problems of reading (`reading.`). Row numbers are as Excel shows them.
 */
export const reading: CatalogSet = {
  ru: {
    "rules.empty-row": "Пустая строка {row} внутри таблицы пропущена; строки ниже неё прочитаны.",
    "rules.empty-row.many":
      "Пустые строки {first}–{last} внутри таблицы пропущены; строки ниже них прочитаны.",
    "rules.totals-row":
      "Строка итогов («{label}») не читается как данные и пропущена; строки ниже неё прочитаны.",
    "rules.row-not-read":
      "Строка ниже конца таблицы (её последняя строка — {last}) не читается: если это данные, перенесите их в таблицу или расширьте таблицу.",
    "rules.row-not-read.parameter":
      "«{param}» — не параметр программы: строка не читается. Проверьте написание названия параметра.",
    "rules.row-not-read.beside":
      "В столбцах таблицы эта строка пуста, данные есть только рядом с таблицей: строка не читается.",
    "rules.row-not-read.no-key": "В строке таблицы параметров не указан параметр: строка не читается.",
    "rules.table-not-extended":
      "Строки с {row}-й ниже таблицы Excel «{table}» (её последняя строка — {last}) прочитаны как её строки: расширьте таблицу Excel до них (Конструктор таблиц → Размер таблицы), чтобы формулы и фильтры их тоже видели.",
    "reading.sheet.duplicate":
      "лист «{sheet}» — второй лист того же вида, что и «{first}»: читается только «{first}»; перенесите данные туда и удалите или переименуйте «{sheet}»",
  },
  en: {
    "rules.empty-row": "Empty row {row} inside the table is skipped; the rows below it are read.",
    "rules.empty-row.many":
      "Empty rows {first}–{last} inside the table are skipped; the rows below them are read.",
    "rules.totals-row": "The totals row (“{label}”) is not data and is skipped; the rows below it are read.",
    "rules.row-not-read":
      "This row is below the end of the table (its last row is {last}) and is not read: if it is data, move it into the table or extend the table.",
    "rules.row-not-read.parameter":
      "“{param}” is not a program parameter: the row is not read. Check the parameter's spelling.",
    "rules.row-not-read.beside":
      "This row is empty in the table's columns and holds data only beside the table: it is not read.",
    "rules.row-not-read.no-key": "A row of the parameters table names no parameter: the row is not read.",
    "rules.table-not-extended":
      "The rows from {row} on, below the Excel table “{table}” (its last row is {last}), are read as its rows: extend the Excel table over them (Table Design → Resize Table) so that formulas and filters see them too.",
    "reading.sheet.duplicate":
      "sheet “{sheet}” is a second sheet of the same kind as “{first}”: only “{first}” is read; move the data there and delete or rename “{sheet}”",
  },
  ky: {
    "rules.empty-row": "Таблицанын ичиндеги {row}-бош сап өткөрүлүп жиберилди; андан төмөнкү саптар окулду.",
    "rules.empty-row.many":
      "Таблицанын ичиндеги {first}–{last} бош саптар өткөрүлүп жиберилди; алардан төмөнкү саптар окулду.",
    "rules.totals-row":
      "Жыйынтык сабы («{label}») маалымат катары окулбайт жана өткөрүлүп жиберилди; андан төмөнкү саптар окулду.",
    "rules.row-not-read":
      "Бул сап таблицанын аягынан төмөн (акыркы сабы — {last}) жана окулбайт: эгер бул маалымат болсо, аны таблицага которуңуз же таблицаны кеңейтиңиз.",
    "rules.row-not-read.parameter":
      "«{param}» — программанын параметри эмес: сап окулбайт. Параметрдин аталышын текшериңиз.",
    "rules.row-not-read.beside":
      "Бул сап таблицанын мамычаларында бош, маалымат таблицанын жанында гана бар: сап окулбайт.",
    "rules.row-not-read.no-key": "Параметрлер таблицасынын сабында параметр көрсөтүлгөн эмес: сап окулбайт.",
    "rules.table-not-extended":
      "Excel «{table}» таблицасынан төмөнкү {row}-саптан баштаган саптар (анын акыркы сабы — {last}) анын саптары катары окулду: формулалар жана чыпкалар аларды да көрүшү үчүн Excel таблицасын аларга чейин кеңейтиңиз.",
    "reading.sheet.duplicate":
      "«{sheet}» барагы — «{first}» менен бир түрдөгү экинчи барак: «{first}» гана окулат; маалыматты ошол жакка которуп, «{sheet}» барагын өчүрүңүз же атын өзгөртүңүз",
  },
};
