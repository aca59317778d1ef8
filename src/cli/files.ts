import { FileProblemsError, type FileProblem } from "../adapters/files";
import { openWorkbookFile } from "../adapters/files/node";
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

/** A problem of the file as a person reads it: `Sheet!A1: message` for a cell, else the message. */
function fileProblemText(problem: FileProblem, lang: Lang): string {
  const message = translate(lang, problem.key, problem.params);
  return problem.address ? `${formatAddress(problem.address)}: ${message}` : message;
}

/**
 * THE way the command line reads a user's workbook (any producer; .xlsx, .xlsm, .xls, .ods, see
 * src/adapters/files): a read-only port over the file, or undefined after printing, in plain words, why
 * it cannot be read. Notes (a lock file beside it: the file is open elsewhere) are printed and reading
 * goes on.
 */
export async function openInput(file: string, lang: Lang, io: CliIo): Promise<WorkbookPort | undefined> {
  const opened = await openWorkbookFile(file);
  for (const note of opened.notes) io.err(fileProblemText(note, lang));
  if (opened.ok) return readOnly(opened.book);
  io.err(fileProblemText(opened.problem, lang));
  io.err(translate(lang, "cli.files.nothing-written"));
  return undefined;
}

/**
 * Runs a use case over an opened input. A problem the reader finds only when it reads the sheets (a
 * limit, a formula never calculated) is printed at its cell, and the answer is undefined.
 */
export async function readingInput<T>(lang: Lang, io: CliIo, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof FileProblemsError)) throw error;
    for (const problem of error.problems) io.err(fileProblemText(problem, lang));
    io.err(translate(lang, "cli.problems", { count: error.problems.length }));
    return undefined;
  }
}

/**
 * Checks the outputs of a command before anything is read or computed; prints every refusal and
 * returns undefined when one is refused.
 */
export async function checkOutputs(
  input: string | readonly string[] | undefined,
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
