import { tranchesCsv } from "../app";
import { translate } from "../i18n";
import { csvCommand, type CsvArgs } from "./csv-command";
import type { ExitCode } from "./exit-codes";
import type { CliIo } from "./io";

export type TranchesArgs = CsvArgs;

/** `gsz tranches --csv`: the tranche schedule as CSV for accountants; input problems write nothing. */
export function tranchesCommand(args: TranchesArgs, io: CliIo): Promise<ExitCode> {
  return csvCommand(args, io, {
    text: tranchesCsv,
    written: (result, lang, file) =>
      translate(lang, "cli.written.csv", {
        file,
        rows: result.tranches.reduce((n, s) => n + s.items.length, 0),
      }),
  });
}
