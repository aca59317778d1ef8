import type { Lang } from "../../i18n";
import type { ChartLayout, SheetLayout } from "../../workbook/port";
import { chartSvg, chartTable } from "./chart";
import { toElement } from "./node";

/**
 * A chart on the page: a <figure> with the SVG picture and, for screen readers, the chart's numbers as a
 * visually hidden table (a picture with role="img" hides its own texts from them).
 */
export function chartFigure(
  doc: Document,
  layout: SheetLayout,
  chart: ChartLayout,
  lang: Lang,
  id: string,
): HTMLElement {
  const figure = doc.createElement("figure");
  figure.className = "chart";
  figure.id = id;
  figure.append(toElement(doc, chartSvg(layout, chart, lang, id)));
  const data = chartTable(layout, chart, lang);
  const table = doc.createElement("table");
  table.className = "chart-data";
  const caption = doc.createElement("caption");
  caption.textContent = data.caption;
  const head = doc.createElement("tr");
  for (const text of data.head) {
    const th = doc.createElement("th");
    th.scope = "col";
    th.textContent = text;
    head.append(th);
  }
  const thead = doc.createElement("thead");
  thead.append(head);
  const tbody = doc.createElement("tbody");
  for (const row of data.rows) {
    const tr = doc.createElement("tr");
    row.forEach((text, i) => {
      const cell = doc.createElement(i === 0 ? "th" : "td");
      if (i === 0) cell.setAttribute("scope", "row");
      cell.textContent = text;
      tr.append(cell);
    });
    tbody.append(tr);
  }
  table.append(caption, thead, tbody);
  // Hidden from sight in a box of its own: a table's box grows to its rows whatever its size says.
  const hidden = doc.createElement("div");
  hidden.className = "visually-hidden";
  hidden.append(table);
  figure.append(hidden);
  return figure;
}
