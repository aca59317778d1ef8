import { ENGINE_VERSION } from "../version";
import { translate } from "../i18n";
import { parseCommand } from "./args";
import { EXIT, type ExitCode } from "./exit-codes";
import type { CliIo } from "./io";
import { paymentsCommand } from "./payments-command";
import { formsCommand } from "./forms-command";
import { runCommand } from "./run-command";
import { consolidateCommand } from "./consolidate-command";
import { templateCommand } from "./template-command";
import { tranchesCommand } from "./tranches-command";

/**
 * The whole command line, in-process: parses argv (without `node gsz`), runs the command and returns
 * the exit status. Unexpected failures are reported, never swallowed, and exit with 2.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const command = parseCommand(argv, io.env);
  switch (command.kind) {
    case "usage-error":
      io.err(translate(command.lang, command.key, command.params));
      io.err(translate(command.lang, "cli.usage"));
      return EXIT.unusable;
    case "help":
      io.out(translate(command.lang, "cli.help"));
      return EXIT.ok;
    case "version":
      io.out(ENGINE_VERSION);
      return EXIT.ok;
    default:
      break;
  }
  try {
    if (command.kind === "template") return await templateCommand(command, io);
    if (command.kind === "run") return await runCommand(command, io);
    if (command.kind === "payments") return await paymentsCommand(command, io);
    if (command.kind === "forms") return await formsCommand(command, io);
    if (command.kind === "consolidate") return await consolidateCommand(command, io);
    return await tranchesCommand(command, io);
  } catch (error) {
    io.err(
      translate(command.lang, "cli.error.internal", {
        reason: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
    );
    return EXIT.unusable;
  }
}
