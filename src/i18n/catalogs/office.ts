import type { CatalogSet } from "../types";

/**
 * Messages of the Office integration: the page shown instead of the pane in an old webview (Internet
 * Explorer 11 or EdgeHTML, where the pane's code cannot run). The old-webview check
 * (src/taskpane/webview/check.ts) is compiled to ES5 and imports this file directly, so it holds plain
 * strings only.
 */
export const office: CatalogSet = {
  ru: {
    "office.webview.title": "Эта версия Office не может открыть панель ГСЗ Финансы",
    "office.webview.why":
      "Office показывает надстройки в старом встроенном браузере ({engine}). Панели нужен Microsoft Edge WebView2.",
    "office.webview.fix":
      "Что сделать: установите Microsoft Edge WebView2 Runtime и обновите Office (Microsoft 365, Office 2021 или новее); Office 2019 с корпоративной лицензией всегда использует Internet Explorer. Или откройте Excel в браузере (Excel в Интернете).",
    "office.webview.meanwhile":
      "А пока считайте в автономной странице «GSZ Finance offline page» (файл web/index.html из пакета надстройки, dist/web/index.html) или в командной строке gsz — они дают те же результаты.",
    "office.webview.engine.trident": "Internet Explorer 11",
    "office.webview.engine.edgehtml": "Microsoft Edge Legacy (EdgeHTML)",
    "office.webview.engine.old": "без нужных функций JavaScript",
  },
  en: {
    "office.webview.title": "This Office cannot open the GSZ Finance pane",
    "office.webview.why":
      "Office shows add-ins in an old built-in browser ({engine}). The pane needs Microsoft Edge WebView2.",
    "office.webview.fix":
      "What to do: install the Microsoft Edge WebView2 Runtime and update Office (Microsoft 365, Office 2021 or later); volume-licensed Office 2019 always uses Internet Explorer. Or open the workbook in Excel on the web.",
    "office.webview.meanwhile":
      "Meanwhile, compute in the GSZ Finance offline page (web/index.html in the add-in's package, dist/web/index.html) or with the gsz command line: they give the same results.",
    "office.webview.engine.trident": "Internet Explorer 11",
    "office.webview.engine.edgehtml": "Microsoft Edge Legacy (EdgeHTML)",
    "office.webview.engine.old": "missing the JavaScript features needed",
  },
  ky: {
    "office.webview.title": "Бул Office версиясы МСБ Каржы панелин ача албайт",
    "office.webview.why":
      "Office кошумчаларды эски ички браузерде ({engine}) көрсөтөт. Панелге Microsoft Edge WebView2 керек.",
    "office.webview.fix":
      "Эмне кылуу керек: Microsoft Edge WebView2 Runtime орнотуп, Office'ти жаңыртыңыз (Microsoft 365, Office 2021 же жаңыраак); корпоративдик лицензиядагы Office 2019 дайыма Internet Explorer колдонот. Же китепти браузерде, интернеттеги Excel'де ачыңыз.",
    "office.webview.meanwhile":
      "Азырынча «GSZ Finance offline page» автономдуу барагында (кошумчанын пакетиндеги web/index.html файлы, dist/web/index.html) же gsz буйрук сабында эсептеңиз: алар ошол эле жыйынтыктарды берет.",
    "office.webview.engine.trident": "Internet Explorer 11",
    "office.webview.engine.edgehtml": "Microsoft Edge Legacy (EdgeHTML)",
    "office.webview.engine.old": "керектүү JavaScript мүмкүнчүлүктөрү жок",
  },
};
