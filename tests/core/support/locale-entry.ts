/**
 * Run in a child process by tests/core/locale.test.ts under different LANG / LC_ALL values: the engine
 * over one mixed-language workbook, its JSON report on standard output.
 */
import { reportJson } from "../../../src/app/report";
import { analyze } from "../../../src/core/analyze";
import { parseInput } from "../../../src/workbook/read";
import type { SheetValues } from "../../../src/workbook/port";
import { mixedLanguageSheets } from "./mixed-sheets";

const sheets = mixedLanguageSheets();
const values: SheetValues[] = Object.entries(sheets).map(([name, grid]) => ({ name, values: grid }));
const read = parseInput(Object.keys(sheets), values, { lang: "ru" });
if (!read.input) throw new Error(JSON.stringify(read.problems));
process.stdout.write(`${JSON.stringify(reportJson(analyze(read.input), "ru"), null, 2)}\n`);
