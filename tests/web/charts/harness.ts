import { LANGS, type Lang } from "../../../src/i18n";
import { sheetTable } from "../../../src/web/sheet-view";
import { cofinancingWithCharts, executionWithCharts, rankingWithChart } from "./layouts";

/**
 * Bundled for Chromium by tests/web/charts-page.test.ts: the page's own sheet view (tables and charts) of
 * output sheets with charts, in the language of the URL's hash, inside the shipped page's HTML and CSP.
 */
const hash = location.hash.slice(1);
const lang: Lang = (LANGS as readonly string[]).includes(hash) ? (hash as Lang) : "ru";
document.documentElement.lang = lang;
const main = document.createElement("main");
for (const layout of [
  cofinancingWithCharts(),
  executionWithCharts(),
  rankingWithChart(1, lang === "en" ? "en" : "ru"),
  { ...rankingWithChart(2000, lang === "en" ? "en" : "ru"), name: "2000" },
]) {
  main.append(sheetTable(document, layout, lang));
}
document.body.append(main);
document.body.dataset.ready = "yes";
