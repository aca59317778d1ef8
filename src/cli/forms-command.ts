import { promises as fs } from "node:fs";
import path from "node:path";
import { memberForms, type MemberForm } from "../app/forms-out";
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

/** What is at the folder's path: a folder, nothing (it will be created), or something else. */
async function folderState(dir: string): Promise<"folder" | "missing" | "other"> {
  try {
    return (await fs.stat(dir)).isDirectory() ? "folder" : "other";
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? "missing" : "other";
  }
}

/**
 * Creates the folder and its missing parents; answers the topmost folder it created (to remove again
 * if nothing is written), or an Error when it cannot be created.
 */
async function createFolder(dir: string): Promise<string | Error> {
  try {
    return (await fs.mkdir(dir, { recursive: true })) ?? dir;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** Removes the folders createFolder made, deepest first, each only if still empty. */
async function removeCreated(dir: string, top: string): Promise<void> {
  const stop = path.dirname(path.resolve(top));
  for (let current = path.resolve(dir); current !== stop; current = path.dirname(current)) {
    try {
      await fs.rmdir(current);
    } catch {
      return;
    }
    if (current === path.dirname(current)) return;
  }
}

/**
 * `gsz forms`: one scoring form per commission member (WORKBOOK.md "Scoring forms"), each a workbook of
 * its own in `--out-dir`, named after the member (formFileNames: safe names, never two alike). The
 * input is only read. A missing folder is created with its parents (CLI.md), only once the input
 * is read and the forms are made; something else at that path (a file) is refused. Like the other
 * commands, all or nothing: an existing file of the same name is refused without --force, no form is
 * written unless every one is, and a folder created for them is removed again when none is.
 */
export async function formsCommand(args: FormsArgs, io: CliIo): Promise<ExitCode> {
  const { lang } = args;
  const state = await folderState(args.outDir);
  if (state === "other") {
    io.err(translate(lang, "forms.cli.not-a-folder", { dir: args.outDir }));
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
  let created: string | undefined;
  if (state === "missing") {
    const made = await createFolder(args.outDir);
    if (made instanceof Error) {
      io.err(translate(lang, "forms.cli.folder-failed", { dir: args.outDir, reason: made.message }));
      io.err(translate(lang, "cli.files.nothing-written"));
      return EXIT.unusable;
    }
    created = made;
  }
  const written = await writeForms(args, forms, io);
  if (!written && created !== undefined) await removeCreated(args.outDir, created);
  if (!written) return EXIT.unusable;
  io.out(translate(lang, "forms.cli.written", { count: forms.length, dir: args.outDir }));
  for (const form of forms) io.out(`  ${form.file}: ${form.member}`);
  return EXIT.ok;
}

/** Checks the forms' paths and writes them all or none; false after printing why not. */
async function writeForms(args: FormsArgs, forms: readonly MemberForm[], io: CliIo): Promise<boolean> {
  const { lang } = args;
  const requests = forms.map((f) => ({ path: path.join(args.outDir, f.file), role: "form" as const }));
  const planned = await checkOutputs(args.input, requests, args.force, lang, io);
  if (!planned) return false;
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
  return writeOutputs(files, lang, io);
}
