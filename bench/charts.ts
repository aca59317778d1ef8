/**
 * What the charts cost a results workbook of 2 000 applications (and of the example): the chart
 * layouts are part of outputLayouts; this times chartParts, the DrawingML of every chart of every
 * output sheet (references and cached values), and says how many characters it writes.
 *
 *   npm run bench -- charts
 */
import { chartParts } from "../src/adapters/files/chart-parts";
import { analyze } from "../src/core/analyze";
import type { GszInput } from "../src/core/model";
import { parseInput } from "../src/workbook/read";
import { outputLayouts } from "../src/workbook/render";
import { exampleInput } from "../src/workbook/template";
import { competitionSheets } from "../tests/support/competition";

function competition(n: number): GszInput {
  const sheets = competitionSheets(n);
  const names = Object.keys(sheets);
  const read = parseInput(
    names,
    names.map((name) => ({ name, values: sheets[name] ?? [] })),
    { lang: "ru" },
  );
  if (!read.input) throw new Error("the synthetic competition did not read");
  return read.input;
}

function measure(label: string, input: GszInput): void {
  const outputs = outputLayouts(input, analyze(input), { lang: "ru", now: new Date(0), fingerprint: "0" });
  const charted = outputs.filter((o) => (o.charts ?? []).length > 0);
  const once = (): number =>
    charted.reduce(
      (chars, o) =>
        chars +
        chartParts(o.charts ?? [], o.name, { drawing: 1, firstChart: 1 }, o.rows).charts.reduce(
          (sum, c) => sum + c.xml.length,
          0,
        ),
      0,
    );
  once();
  let best = Number.POSITIVE_INFINITY;
  let chars = 0;
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    chars = once();
    best = Math.min(best, performance.now() - started);
  }
  const count = charted.reduce((n, o) => n + (o.charts?.length ?? 0), 0);
  console.log(
    `${label}: ${count} charts on ${charted.length} sheets, chartParts ${best.toFixed(2)} ms, ${chars} characters`,
  );
}

measure("Kara-Balta example", exampleInput("ru"));
measure("2 000 applications", competition(2000));
