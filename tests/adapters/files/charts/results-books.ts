/** Results workbooks with charts for the chart tests: the Kara-Balta example and synthetic competitions. */
import { resultsWorkbookBytes } from "../../../../src/adapters/xlsx-stream/workbook";
import { analyze } from "../../../../src/core/analyze";
import type { GszInput } from "../../../../src/core/model";
import type { Lang } from "../../../../src/i18n";
import { parseInput } from "../../../../src/workbook/read";
import type { SheetLayout } from "../../../../src/workbook/port";
import { outputLayouts } from "../../../../src/workbook/render";
import { exampleInput } from "../../../../src/workbook/template";
import { competitionSheets } from "../../../support/competition";

const NOW = new Date(Date.UTC(2026, 10, 23, 9, 30));

/** The input of the example (Kara-Balta 2019, with payments and reports) or of `n` applications. */
export function chartInput(n?: number, lang: Lang = "ru"): GszInput {
  if (n === undefined) return exampleInput(lang);
  const sheets = competitionSheets(n);
  const names = Object.keys(sheets);
  const read = parseInput(
    names,
    names.map((name) => ({ name, values: sheets[name] ?? [] })),
    { lang: "ru" },
  );
  if (!read.input) throw new Error(JSON.stringify(read.problems));
  return read.input;
}

export interface ChartedResults {
  readonly input: GszInput;
  readonly result: ReturnType<typeof analyze>;
  readonly outputs: readonly SheetLayout[];
  /** The .xlsx as the results writer writes it (`gsz run -o`). */
  readonly bytes: Uint8Array;
}

/** The results workbook of `input` (its output sheets only), with every chart, written by the results writer. */
export async function chartedResults(input: GszInput, lang: Lang = "ru"): Promise<ChartedResults> {
  const result = analyze(input);
  const outputs = outputLayouts(input, result, { lang, now: NOW, fingerprint: "ab".repeat(32) });
  const bytes = await resultsWorkbookBytes(
    { outputs, copies: [], title: "GSZ", description: "charts" },
    { modified: NOW },
  );
  return { input, result, outputs, bytes };
}
