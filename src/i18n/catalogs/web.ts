import type { CatalogSet } from "../types";

/**
 * Messages of the offline page (src/web): the workbook checked in a browser without the add-in. Keys start
 * with `web.`. Column titles, sheet names and finding texts come from the output sheets' own catalogues.
 */
export const web: CatalogSet = {
  ru: {
    "web.title": "ГСЗ Финансы — проверка книги без надстройки",
    "web.intro":
      "Рейтинг, софинансирование, транши и расхождения конкурса ГСЗ для любой книги Excel 2010–2019 или LibreOffice. Книга только читается и не покидает этот компьютер: страница работает без сети.",
    "web.language": "Язык",
    "web.choose": "Выберите книгу (.xlsx, .xlsm, .xls, .ods) или перетащите её сюда",
    "web.reading": "Читаю и считаю «{file}»…",
    "web.done":
      "«{file}»: заявок {applications}, договоров {contracts}, расхождений {findings} (из них ошибок {errors}).",
    "web.stale":
      "В книге уже есть листы результатов, посчитанные по другим данным. Здесь всё пересчитано заново.",
    "web.problems":
      "Книгу «{file}» нельзя посчитать ({count}). Исправьте эти ячейки в книге, сохраните её и выберите снова. Результатов для скачивания нет.",
    "web.downloads": "Скачать результаты",
    "web.templates": "Шаблон для заполнения",
    "web.download.results": "Книга результатов (.xlsx)",
    "web.download.tranches": "График траншей для бухгалтерии (.csv)",
    "web.download.payments": "Календарь платежей для казначейства (.csv)",
    "web.download.forms": "Оценочные листы членов комиссии (.xlsx)",
    "web.download.template": "Пустой шаблон (.xlsx)",
    "web.download.example": "Шаблон с примером программы (.xlsx)",
    "web.file.results": "{name} — результаты.xlsx",
    "web.file.tranches": "{name} — транши.csv",
    "web.file.payments": "{name} — календарь платежей.csv",
    "web.file.forms": "{name} — оценочные листы.xlsx",
    "web.file.template": "ГСЗ — шаблон.xlsx",
    "web.file.example": "ГСЗ — пример.xlsx",
    "web.making": "Готовлю «{file}»…",
    "web.saved": "Файл «{file}» сохранён в папку загрузок.",
    "web.failed": "Не получилось: {reason}",
  },
  en: {
    "web.title": "GSZ Finance — check a workbook without the add-in",
    "web.intro":
      "Ranking, co-financing, tranches and discrepancies of a state social order competition for any workbook from Excel 2010–2019 or LibreOffice. The workbook is only read and never leaves this computer: the page works without a network.",
    "web.language": "Language",
    "web.choose": "Choose a workbook (.xlsx, .xlsm, .xls, .ods) or drop it here",
    "web.reading": "Reading and computing “{file}”…",
    "web.done":
      "“{file}”: {applications} applications, {contracts} contracts, {findings} discrepancies ({errors} of them errors).",
    "web.stale":
      "The workbook already has output sheets computed from other values. Everything here is computed afresh.",
    "web.problems":
      "The workbook “{file}” cannot be computed ({count}). Correct these cells in the workbook, save it and choose it again. There are no results to download.",
    "web.downloads": "Download the results",
    "web.templates": "Template to fill in",
    "web.download.results": "Results workbook (.xlsx)",
    "web.download.tranches": "Tranche schedule for accountants (.csv)",
    "web.download.payments": "Payment calendar for the treasury (.csv)",
    "web.download.forms": "Scoring forms of the commission members (.xlsx)",
    "web.download.template": "Blank template (.xlsx)",
    "web.download.example": "Template with an example program (.xlsx)",
    "web.file.results": "{name} - results.xlsx",
    "web.file.tranches": "{name} - tranches.csv",
    "web.file.payments": "{name} - payment calendar.csv",
    "web.file.forms": "{name} - scoring forms.xlsx",
    "web.file.template": "GSZ - template.xlsx",
    "web.file.example": "GSZ - example.xlsx",
    "web.making": "Making “{file}”…",
    "web.saved": "“{file}” was saved to the downloads folder.",
    "web.failed": "It did not work: {reason}",
  },
  ky: {
    "web.title": "ГСЗ Каржы — китепти кошумчасыз текшерүү",
    "web.intro":
      "Excel 2010–2019 же LibreOffice китебинин ГСЗ сынагы боюнча рейтинги, биргелешип каржылоо, транштар жана дал келбестиктер. Китеп окулат гана жана бул компьютерден чыкпайт: барак тармаксыз иштейт.",
    "web.language": "Тил",
    "web.choose": "Китепти тандаңыз (.xlsx, .xlsm, .xls, .ods) же бул жерге сүйрөп келиңиз",
    "web.reading": "«{file}» окулуп, эсептелүүдө…",
    "web.done":
      "«{file}»: арыздар {applications}, келишимдер {contracts}, дал келбестиктер {findings} (анын ичинде каталар {errors}).",
    "web.stale":
      "Китепте башка маалыматтар боюнча эсептелген натыйжа барактары бар. Бул жерде баары кайра эсептелди.",
    "web.problems":
      "«{file}» китебин эсептөөгө болбойт ({count}). Бул уячаларды китепте оңдоп, сактап, кайра тандаңыз. Жүктөп алуучу натыйжалар жок.",
    "web.downloads": "Натыйжаларды жүктөп алуу",
    "web.templates": "Толтуруу үчүн үлгү",
    "web.download.results": "Натыйжалар китеби (.xlsx)",
    "web.download.tranches": "Бухгалтерия үчүн транштардын графиги (.csv)",
    "web.download.payments": "Казыналык үчүн төлөмдөрдүн календары (.csv)",
    "web.download.forms": "Комиссия мүчөлөрүнүн баалоо баракчалары (.xlsx)",
    "web.download.template": "Бош үлгү (.xlsx)",
    "web.download.example": "Программанын мисалы менен үлгү (.xlsx)",
    "web.file.results": "{name} — натыйжалар.xlsx",
    "web.file.tranches": "{name} — транштар.csv",
    "web.file.payments": "{name} — төлөмдөр календары.csv",
    "web.file.forms": "{name} — баалоо баракчалары.xlsx",
    "web.file.template": "ГСЗ — үлгү.xlsx",
    "web.file.example": "ГСЗ — мисал.xlsx",
    "web.making": "«{file}» даярдалууда…",
    "web.saved": "«{file}» жүктөөлөр папкасына сакталды.",
    "web.failed": "Болбой калды: {reason}",
  },
};
