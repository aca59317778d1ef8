import type { Lang } from "../../i18n";
import type { ChartLayout } from "../../workbook/port";
import { axisTitles, categoryAxis, valueAxis } from "./axes";
import type { ChartData } from "./data";
import { WIDTH, chartFrame } from "./frame";
import { legend } from "./legend";
import { barMarks, lineMarks } from "./marks";
import type { SvgNode } from "./node";

export { TITLE_SPACE, WIDTH } from "./frame";

/**
 * Column, bar (horizontal), stacked and line charts, and series drawn as a line over the bars (a pass
 * score, a median): a value axis from a round scale with ticks and grid lines, the categories along the
 * other axis (labels turned when they do not fit, thinned when even that does not), values on the bars
 * where they fit, a tooltip on every bar and point, a legend when there is more than one series.
 */

export interface Drawing {
  readonly body: readonly SvgNode[];
  readonly height: number;
}

export function cartesianChart(chart: ChartLayout, data: ChartData, lang: Lang): Drawing {
  const f = chartFrame(chart, data, lang);
  const body = [valueAxis(f), categoryAxis(f), ...barMarks(f), ...lineMarks(f), ...axisTitles(f)];
  if (f.legendItems.length) body.push(legend(f.legendItems, WIDTH, f.top + f.plotHeight + f.below + 6));
  return { body, height: f.height };
}
