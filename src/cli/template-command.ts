import { createTemplate } from "../app";
import { translate, type Lang } from "../i18n";
import { EXIT, type ExitCode } from "./exit-codes";
import { checkOutputs, writeOutputs } from "./files";
import type { CliIo } from "./io";

export interface TemplateArgs {
  readonly lang: Lang;
  readonly out: string;
  readonly example: boolean;
  readonly force: boolean;
}

/**
 * `gsz template`: a new workbook with the input sheets (and the example program with --example).
 * It never replaces an existing file unless --force is given.
 */
export async function templateCommand(args: TemplateArgs, io: CliIo): Promise<ExitCode> {
  const { lang } = args;
  const planned = await checkOutputs(undefined, [{ path: args.out, role: "template" }], args.force, lang, io);
  if (!planned) return EXIT.unusable;
  // ExcelJS (templates and forms only) is loaded when needed: `gsz run` starts without it.
  const { ExcelJsWorkbook } = await import("../adapters/exceljs/workbook");
  const book = ExcelJsWorkbook.create();
  await createTemplate(book, { lang, example: args.example });
  const files = planned.map((p) => ({ planned: p, write: (temp: string) => book.writeTo(temp) }));
  if (!(await writeOutputs(files, lang, io))) return EXIT.unusable;
  io.out(translate(lang, "cli.written.template", { file: args.out }));
  return EXIT.ok;
}
