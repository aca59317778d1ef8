import { paymentsCsv } from "../app";
import { paymentCalendar } from "../core/execution/calendar";
import { translate } from "../i18n";
import { csvCommand, type CsvArgs } from "./csv-command";
import type { ExitCode } from "./exit-codes";
import type { CliIo } from "./io";

export type PaymentsArgs = CsvArgs;

/** `gsz payments --csv`: the payment calendar for the treasury (every unpaid tranche by date, month totals). */
export function paymentsCommand(args: PaymentsArgs, io: CliIo): Promise<ExitCode> {
  return csvCommand(args, io, {
    text: paymentsCsv,
    written: (result, lang, file) =>
      translate(lang, "execution.cli.written", {
        file,
        rows: paymentCalendar(result.tranches, result.execution).count,
      }),
  });
}
