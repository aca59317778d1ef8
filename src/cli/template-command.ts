import { ExcelJsWorkbook } from "../adapters/exceljs/workbook";
import { createTemplate } from "../app";
import { translate, type Lang } from "../i18n";
import { EXIT, type ExitCode } from "./exit-codes";
import { saveWorkbook } from "./files";
import type { CliIo } from "./io";

/** `gsz template`: a new workbook with the input sheets (and the example program with --example). */
export async function templateCommand(
  args: { readonly lang: Lang; readonly out: string; readonly example: boolean },
  io: CliIo,
): Promise<ExitCode> {
  const book = ExcelJsWorkbook.create();
  await createTemplate(book, { lang: args.lang, example: args.example });
  if (!(await saveWorkbook(book, args.out, args.lang, io))) return EXIT.unusable;
  io.out(translate(args.lang, "cli.written.template", { file: args.out }));
  return EXIT.ok;
}
