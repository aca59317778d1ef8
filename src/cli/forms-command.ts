import { promises as fs } from "node:fs";
import path from "node:path";
import { memberForms } from "../app/forms-out";
import { translate, type Lang } from "../i18n";
import { readInput } from "../workbook/read";
import { EXIT, type ExitCode } from "./exit-codes";
import { checkOutputs, openInput, printProblems, readingInput, writeOutputs } from "./files";
import type { CliIo } from "./io";

export interface FormsArgs {
  readonly lang: Lang;
  readonly input: string;
  readonly outDir: string;
  readonly force: boolean;
}

async function isFolder(dir: string): Promise<boolean> {
  try {
    return (await fs.stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * `gsz forms`: one scoring form per commission member (WORKBOOK.md "Scoring forms"), each a workbook of
 * its own in `--out-dir`, named after the member (formFileNames: safe names, never two alike). The
 * input is only read. Like the other commands, all or nothing: an existing file of the same name is
 * refused without --force, and no form is written unless every one is.
 */
export async function formsCommand(args: FormsArgs, io: CliIo): Promise<ExitCode> {
  const { lang } = args;
  if (!(await isFolder(args.outDir))) {
    io.err(translate(lang, "forms.cli.missing-dir", { dir: args.outDir }));
    io.err(translate(lang, "cli.files.nothing-written"));
    return EXIT.unusable;
  }
  const book = await openInput(args.input, lang, io);
  if (!book) return EXIT.unusable;
  const read = await readingInput(lang, io, () => readInput(book, { lang }));
  if (!read) return EXIT.unusable;
  if (!read.input) {
    printProblems(read.problems, lang, io);
    return EXIT.unusable;
  }
  const forms = memberForms(read.input, lang);
  if (forms.length === 0) {
    io.err(translate(lang, "forms.cli.no-members"));
    io.err(translate(lang, "cli.files.nothing-written"));
    return EXIT.unusable;
  }
  const requests = forms.map((f) => ({ path: path.join(args.outDir, f.file), role: "form" as const }));
  const planned = await checkOutputs(args.input, requests, args.force, lang, io);
  if (!planned) return EXIT.unusable;
  // ExcelJS (templates and forms only) is loaded when needed: `gsz run` starts without it.
  const { ExcelJsWorkbook } = await import("../adapters/exceljs/workbook");
  const files = [];
  for (const [i, p] of planned.entries()) {
    const form = forms[i];
    if (!form) continue;
    const workbook = ExcelJsWorkbook.create();
    await workbook.writeSheets([form.layout]);
    files.push({ planned: p, write: (temp: string) => workbook.writeTo(temp) });
  }
  if (!(await writeOutputs(files, lang, io))) return EXIT.unusable;
  io.out(translate(lang, "forms.cli.written", { count: forms.length, dir: args.outDir }));
  for (const form of forms) io.out(`  ${form.file}: ${form.member}`);
  return EXIT.ok;
}
