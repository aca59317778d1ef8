import { ExcelJsWorkbook } from "../adapters/exceljs/workbook";
import type { InputProblem } from "../core/model";
import { translate, type Lang } from "../i18n";
import { formatAddress } from "../workbook/a1";
import type { WorkbookPort } from "../workbook/port";
import { writeAllOrNothing, type OutputFile } from "./commit";
import type { CliIo } from "./io";
import { planOutputs, type OutputRequest, type PlannedOutput } from "./outputs";

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A port that can only be read: the user's workbook is never written, whatever a caller does. */
function readOnly(port: WorkbookPort): WorkbookPort {
  return {
    listSheets: () => port.listSheets(),
    readSheets: (names) => port.readSheets(names),
    writeSheets: () => Promise.reject(new Error("The workbook read is never written")),
  };
}

/**
 * THE way the command line reads a user's workbook: a read-only port over the file, or undefined after
 * printing why it cannot be read. (The one place to swap in another reader.)
 */
export async function openInput(file: string, lang: Lang, io: CliIo): Promise<WorkbookPort | undefined> {
  try {
    return readOnly(await ExcelJsWorkbook.fromFile(file));
  } catch (error) {
    io.err(translate(lang, "cli.error.unreadable", { file, reason: reason(error) }));
    return undefined;
  }
}

/**
 * Checks the outputs of a command before anything is read or computed; prints every refusal and
 * returns undefined when one is refused.
 */
export async function checkOutputs(
  input: string | undefined,
  requests: readonly OutputRequest[],
  force: boolean,
  lang: Lang,
  io: CliIo,
): Promise<readonly PlannedOutput[] | undefined> {
  const plan = await planOutputs(input, requests, force);
  if (plan.ok) return plan.outputs;
  for (const refusal of plan.refusals) io.err(translate(lang, refusal.key, refusal.params));
  io.err(translate(lang, "cli.files.nothing-written"));
  return undefined;
}

/** Writes every output all or nothing (see writeAllOrNothing), or prints why not and returns false. */
export async function writeOutputs(files: readonly OutputFile[], lang: Lang, io: CliIo): Promise<boolean> {
  const interrupted = (): void => io.err(translate(lang, "cli.files.interrupted"));
  try {
    await writeAllOrNothing(files, interrupted);
    return true;
  } catch (error) {
    const file = files.map((f) => f.planned.path).join(", ");
    io.err(translate(lang, "cli.files.write-failed", { file, reason: reason(error) }));
    return false;
  }
}

/** Every problem as `Sheet!A1: message`, then one line saying nothing was written. */
export function printProblems(problems: readonly InputProblem[], lang: Lang, io: CliIo): void {
  for (const p of problems) io.err(`${formatAddress(p.address)}: ${translate(lang, p.message, p.params)}`);
  io.err(translate(lang, "cli.problems", { count: problems.length }));
}
