import { translate, type Lang } from "../i18n";
import { formatAddress } from "../workbook/a1";
import { DOWNLOADS, type Download } from "./downloads";
import type { Checked, PageProblem } from "./session";
import { h, sheetTable } from "./sheet-view";

export { h, sheetTable };

/** A problem as `Sheet!A1: message` (or the message alone for the whole file). */
export function problemText(problem: PageProblem, lang: Lang): string {
  const message = translate(lang, problem.key, problem.params);
  return problem.address ? `${formatAddress(problem.address)}: ${message}` : message;
}

/** The result of a workbook: its problems, or the summary, the output sheets and the results downloads. */
export function checkedView(
  doc: Document,
  checked: Checked,
  lang: Lang,
  button: (d: Download) => HTMLElement,
): HTMLElement {
  const t = (key: string, params?: Record<string, string | number>): string => translate(lang, key, params);
  if (checked.kind === "problems") {
    return h(
      doc,
      "section",
      { id: "problems", role: "alert" },
      h(doc, "p", {}, t("web.problems", { file: checked.file, count: checked.problems.length })),
      h(doc, "ul", {}, ...checked.problems.map((p) => h(doc, "li", {}, problemText(p, lang)))),
    );
  }
  const { input, result, book, wasStale } = checked.outcome;
  const errors = result.findings.filter((f) => f.severity === "error").length;
  const summary = t("web.done", {
    file: checked.file,
    applications: input.applications.length,
    contracts: input.contracts.length,
    findings: result.findings.length,
    errors,
  });
  const results = DOWNLOADS.filter((d) => d.group === "results");
  return h(
    doc,
    "div",
    { id: "computed" },
    h(doc, "p", { id: "summary" }, summary),
    ...(wasStale ? [h(doc, "p", { class: "note" }, t("web.stale"))] : []),
    h(doc, "section", { id: "downloads" }, h(doc, "h2", {}, t("web.downloads")), ...results.map(button)),
    ...book.outputs.map((layout) => sheetTable(doc, layout, lang)),
  );
}
