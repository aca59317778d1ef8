import type { Lang } from "../i18n";
import type { SheetLayout } from "../workbook/port";
import { cellText } from "./cells";
import { chartFigure } from "./charts/figure";

/** An output sheet on the page: its tables and its charts (no download, no engine: small to load). */

/** A new element with a class, attributes and children (text or elements). */
export function h(
  doc: Document,
  tag: string,
  attrs: Readonly<Record<string, string>> = {},
  ...children: readonly (Node | string)[]
): HTMLElement {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** Charts drawn on the page so far: each gets ids of its own. */
let chartsDrawn = 0;

/** The sheet's charts (SVG, see ./charts), side by side, wrapping. */
function sheetCharts(doc: Document, layout: SheetLayout, lang: Lang): HTMLElement {
  return h(
    doc,
    "div",
    { class: "charts" },
    ...(layout.charts ?? []).map((chart) => chartFigure(doc, layout, chart, lang, `chart-${++chartsDrawn}`)),
  );
}

/**
 * An output sheet as tables: its title rows as text in their place, the header rows as <th>; its charts
 * above its first table (below the title), where a person presenting the results looks first.
 */
export function sheetTable(doc: Document, layout: SheetLayout, lang: Lang): HTMLElement {
  const headerRows = new Set(layout.tables.map((t) => t.headerRow));
  const titles = new Set(layout.titleRows ?? []);
  const marked = new Set((layout.highlights ?? []).map((c) => `${c.row}:${c.col}`));
  const section = h(
    doc,
    "section",
    { class: "sheet", "data-sheet": layout.name },
    h(doc, "h2", {}, layout.name),
  );
  let table: HTMLElement | undefined;
  let chartsShown = false;
  const width = layout.columns.length;
  layout.rows.forEach((row, i) => {
    const r = i + 1;
    if (titles.has(r)) {
      table = undefined;
      section.append(
        h(doc, "p", { class: "sheet-title" }, row.map((v) => cellText(v, "text", lang)).join(" ")),
      );
      return;
    }
    if (row.every((v) => v === null || v === "")) return;
    if (!table) {
      if (!chartsShown && layout.charts?.length) section.append(sheetCharts(doc, layout, lang));
      chartsShown = true;
      table = h(doc, "table", {});
      section.append(h(doc, "div", { class: "scroll" }, table));
    }
    const tr = h(doc, "tr", { "data-row": String(r) });
    const header = headerRows.has(r);
    for (let c = 0; c < Math.max(width, row.length); c++) {
      const format = header ? "text" : (layout.columns[c]?.format ?? "text");
      const attrs: Record<string, string> = { class: `f-${format}` };
      if (marked.has(`${r}:${c + 1}`)) attrs.class += " marked";
      const numberFormat = header ? undefined : layout.columns[c]?.numberFormat;
      tr.append(h(doc, header ? "th" : "td", attrs, cellText(row[c], format, lang, numberFormat)));
    }
    table.append(tr);
  });
  if (!chartsShown && layout.charts?.length) section.append(sheetCharts(doc, layout, lang));
  return section;
}
