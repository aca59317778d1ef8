import { promises as fs } from "node:fs";
import path from "node:path";
import type { ConsolidationSource, FileProblem } from "../app";
import { readWorkbookBytes } from "../adapters/files/node";
import { isResultsWorkbook } from "./outputs";

/** The extensions of the workbooks a folder is searched for. */
const SPREADSHEET = /\.(xlsx|xlsm|xls|ods)$/i;
/** Lock files Excel (`~$book.xlsx`) and LibreOffice (`.~lock.book.xlsx#`) leave beside an open file. */
const LOCK = /^(~\$|\.~lock\.)/;
const GLOB = /[*?[]/;

/** One input to read, or why an argument gave none. */
export type InputFile = { readonly file: string } | { readonly file: string; readonly problem: FileProblem };

/** What the arguments name: the files to read in order, and what was passed over in folders. */
export interface ExpandedInputs {
  readonly inputs: readonly InputFile[];
  /** Files of a folder that are not read, with why: `cli.consolidate.skipped.*` keys. */
  readonly skipped: readonly { readonly file: string; readonly key: string }[];
}

/** `*` any run of characters but `/`, `?` one character, `[…]` one of a set: as a shell matches a name. */
function globPattern(glob: string): RegExp {
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i] ?? "";
    if (ch === "*") source += "[^/]*";
    else if (ch === "?") source += "[^/]";
    else if (ch === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end < 0) source += "\\[";
      else {
        const set = glob
          .slice(i + 1, end)
          .replace(/^!/, "^")
          .replace(/\\/g, "\\\\");
        source += `[${set}]`;
        i = end;
      }
    } else source += ch.replace(/[.+^${}()|\\\]]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "i");
}

async function statOf(file: string) {
  try {
    return await fs.stat(file);
  } catch {
    return undefined;
  }
}

async function listFolder(folder: string, outputs: ReadonlySet<string>): Promise<ExpandedInputs> {
  const names = (await fs.readdir(folder)).sort();
  const inputs: InputFile[] = [];
  const skipped: { file: string; key: string }[] = [];
  for (const name of names) {
    const file = path.join(folder, name);
    const stat = await statOf(file);
    if (!stat?.isFile()) continue; // sub-folders are not searched: name them to include them
    if (LOCK.test(name)) skipped.push({ file, key: "cli.consolidate.skipped.lock" });
    else if (!SPREADSHEET.test(name)) skipped.push({ file, key: "cli.consolidate.skipped.not-spreadsheet" });
    else if (outputs.has(path.resolve(file))) skipped.push({ file, key: "cli.consolidate.skipped.output" });
    else if (await isResultsWorkbook(file)) skipped.push({ file, key: "cli.consolidate.skipped.results" });
    else inputs.push({ file });
  }
  if (inputs.length === 0) {
    inputs.push({ file: folder, problem: { key: "cli.consolidate.empty-folder", params: { file: folder } } });
  }
  return { inputs, skipped };
}

/**
 * The files the arguments of `consolidate` name, in order: a file as given; a folder's workbooks
 * (.xlsx, .xlsm, .xls, .ods) sorted by name, not its sub-folders, without lock files, the outputs of this
 * command or results workbooks that gsz wrote; a glob the shell did not expand (quoted) in its last part,
 * e.g. "2015/*.xlsx". An argument that names nothing is an input with its problem, so it is listed with
 * the other files that cannot be used.
 */
export async function expandInputs(
  args: readonly string[],
  outputs: readonly string[],
): Promise<ExpandedInputs> {
  const outputSet = new Set(outputs.map((o) => path.resolve(o)));
  const inputs: InputFile[] = [];
  const skipped: { file: string; key: string }[] = [];
  for (const arg of args) {
    const stat = await statOf(arg);
    if (stat?.isDirectory()) {
      const listed = await listFolder(arg, outputSet);
      inputs.push(...listed.inputs);
      skipped.push(...listed.skipped);
    } else if (stat === undefined && GLOB.test(path.basename(arg)) && !GLOB.test(path.dirname(arg))) {
      const folder = path.dirname(arg);
      const pattern = globPattern(path.basename(arg));
      let names: string[] = [];
      try {
        names = (await fs.readdir(folder)).filter((n) => pattern.test(n) && !LOCK.test(n)).sort();
      } catch {
        names = [];
      }
      const files = [];
      for (const n of names)
        if ((await statOf(path.join(folder, n)))?.isFile()) files.push(path.join(folder, n));
      if (files.length === 0)
        inputs.push({ file: arg, problem: { key: "cli.consolidate.no-match", params: { file: arg } } });
      for (const file of files) inputs.push({ file });
    } else inputs.push({ file: arg });
  }
  return { inputs, skipped };
}

/** The inputs as the use case takes them: each file read only when it is its turn, and let go after. */
export async function* readInputs(inputs: readonly InputFile[]): AsyncGenerator<ConsolidationSource> {
  for (const input of inputs) {
    if ("problem" in input) {
      yield { name: input.file, problem: input.problem };
      continue;
    }
    const read = await readWorkbookBytes(input.file);
    yield read.ok ? { name: input.file, bytes: read.bytes } : { name: input.file, problem: read.problem };
  }
}
