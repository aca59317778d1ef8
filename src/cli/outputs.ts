import { constants, promises as fs, type Stats } from "node:fs";
import path from "node:path";
import { RESULTS_KEYWORD } from "../app";
import { peekZipParts } from "./zip-peek";

/**
 * What an output file is for, which decides what may be replaced: a results workbook (`run -o`) may
 * replace an earlier results workbook; a template never replaces anything; a report (`--json`,
 * `--csv`) may replace a file that is not a spreadsheet. `--force` lifts these three rules only.
 */
export type OutputRole = "results" | "template" | "form" | "report";

export interface OutputRequest {
  /** The path as the user typed it (named in messages). */
  readonly path: string;
  readonly role: OutputRole;
}

/** An output that may be written: where its bytes go, and what is there now. */
export interface PlannedOutput extends OutputRequest {
  /**
   * The absolute path the new file is renamed onto: the path itself, or for a symbolic link the file
   * it points to (so the link stays and its target gets the new contents).
   */
  readonly target: string;
  /** The permission bits of the file replaced, kept on the new one; undefined for a new file. */
  readonly replacesMode?: number;
}

/** Why an output is refused: a `cli.files.*` message and its parameters. */
export interface OutputRefusal {
  readonly key: string;
  readonly params: Readonly<Record<string, string>>;
}

export type OutputPlan =
  | { readonly ok: true; readonly outputs: readonly PlannedOutput[] }
  | { readonly ok: false; readonly refusals: readonly OutputRefusal[] };

/** Symbolic links followed before giving up (the kernel's own limit is 40). */
const MAX_LINKS = 40;
/** The parts read to recognise a results workbook are small; a larger one is not recognised. */
const PEEK_LIMIT = 64 * 1024 * 1024;
const STAMP = /SHA-256:\s*[0-9a-f]{64}/;
const FINGERPRINT = /SHA-256\S*\s+(?:\S+\s+)?[0-9a-f]{64}\b/;
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function hasCode(error: unknown, ...codes: string[]): boolean {
  // Not `instanceof Error`: errors from node's own modules may come from another realm (jest, vm).
  return typeof error === "object" && error !== null && "code" in error && codes.includes(String(error.code));
}

/** Follows symbolic links from `file` to the path that holds (or would hold) the data. */
async function followLinks(file: string): Promise<{ target: string; stat?: Stats } | undefined> {
  let current = path.resolve(file);
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    let stat: Stats;
    try {
      stat = await fs.lstat(current);
    } catch (error) {
      if (hasCode(error, "ENOENT", "ENOTDIR")) return { target: current };
      throw error;
    }
    if (!stat.isSymbolicLink()) return { target: current, stat };
    current = path.resolve(path.dirname(current), await fs.readlink(current));
  }
  return undefined;
}

async function startsWith(file: string, magic: Buffer): Promise<boolean> {
  const handle = await fs.open(file, "r");
  try {
    const head = Buffer.alloc(magic.length);
    const { bytesRead } = await handle.read(head, 0, magic.length, 0);
    return bytesRead === magic.length && head.equals(magic);
  } finally {
    await handle.close();
  }
}

/** A ZIP (.xlsx, .xlsm, .ods) or an OLE file (.xls), by its first bytes. */
export async function isSpreadsheetFile(file: string): Promise<boolean> {
  return (await startsWith(file, ZIP_MAGIC)) || (await startsWith(file, OLE_MAGIC));
}

/**
 * A results workbook that gsz wrote: its document keywords hold RESULTS_KEYWORD and it names the
 * fingerprint of the values it was computed from, in its document description (the streamed results
 * workbook, whose texts are inline) or in a stamp of its shared strings (`SHA-256: <64 hex>`, results
 * written by earlier versions). Only these small parts are read. A user's workbook with output sheets
 * written by the add-in has stamps but not the keyword, so it is not one.
 */
export async function isResultsWorkbook(file: string): Promise<boolean> {
  if (!(await startsWith(file, ZIP_MAGIC))) return false;
  const parts = await peekZipParts(file, ["docProps/core.xml", "xl/sharedStrings.xml"], PEEK_LIMIT);
  const core = parts.get("docProps/core.xml") ?? "";
  const keywords = /<cp:keywords>([^<]*)<\/cp:keywords>/.exec(core);
  const marked = (keywords?.[1] ?? "").split(/[\s,;]+/).includes(RESULTS_KEYWORD);
  const described = FINGERPRINT.test(/<dc:description>([^<]*)<\/dc:description>/.exec(core)?.[1] ?? "");
  return marked && (described || STAMP.test(parts.get("xl/sharedStrings.xml") ?? ""));
}

function identity(stat: Stats): string {
  return `${stat.dev}:${stat.ino}`;
}

type Checked = { readonly planned: PlannedOutput; readonly key: string } | OutputRefusal;

async function checkOne(request: OutputRequest, inputKey: string | undefined): Promise<Checked> {
  const file = request.path;
  const followed = await followLinks(file);
  if (followed === undefined) return { key: "cli.files.link-loop", params: { file } };
  const { target, stat } = followed;
  const folder = path.dirname(target);
  let folderStat: Stats | undefined;
  try {
    folderStat = await fs.stat(folder);
  } catch (error) {
    if (!hasCode(error, "ENOENT", "ENOTDIR")) throw error;
  }
  if (!folderStat?.isDirectory()) return { key: "cli.files.missing-folder", params: { file, folder } };
  try {
    await fs.access(folder, constants.W_OK);
  } catch {
    return { key: "cli.files.folder-read-only", params: { file, folder } };
  }
  const planned: PlannedOutput = { ...request, target };
  if (stat === undefined) {
    return { planned, key: `new:${path.join(await fs.realpath(folder), path.basename(target))}` };
  }
  if (inputKey === identity(stat)) return { key: "cli.files.is-input", params: { file } };
  if (stat.isDirectory()) return { key: "cli.files.directory", params: { file } };
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return { key: "cli.files.device", params: { file } };
  if (stat.isFIFO() || stat.isSocket()) return { key: "cli.files.pipe", params: { file } };
  if (!stat.isFile()) return { key: "cli.files.not-a-file", params: { file } };
  return { planned: { ...planned, replacesMode: stat.mode & 0o7777 }, key: identity(stat) };
}

/** Whether an existing regular file may be replaced by an output of this role. */
async function replaceRefusal(planned: PlannedOutput, force: boolean): Promise<OutputRefusal | undefined> {
  if (force || planned.replacesMode === undefined) return undefined;
  const params = { file: planned.path };
  if (planned.role === "template") return { key: "cli.files.exists", params };
  if (planned.role === "form") return { key: "cli.files.form-exists", params };
  if (planned.role === "results" && !(await isResultsWorkbook(planned.target))) {
    return { key: "cli.files.not-results", params };
  }
  if (planned.role === "report" && (await isSpreadsheetFile(planned.target))) {
    return { key: "cli.files.spreadsheet", params };
  }
  return undefined;
}

async function inputIdentity(input: string | undefined): Promise<string | undefined> {
  if (input === undefined) return undefined;
  try {
    return identity(await fs.stat(input));
  } catch {
    return undefined; // A missing input is reported when it is read.
  }
}

/**
 * Checks every output of one command before anything is read or computed. Refused: the input itself
 * (the same file by device and inode: also through a symbolic or hard link), two outputs that are the
 * same file, a directory, a device, a pipe or socket, a missing or read-only folder, a symbolic link
 * loop, and an existing file the output's role may not replace without `--force`.
 */
export async function planOutputs(
  input: string | undefined,
  requests: readonly OutputRequest[],
  force: boolean,
): Promise<OutputPlan> {
  const inputKey = await inputIdentity(input);
  const refusals: OutputRefusal[] = [];
  const outputs: PlannedOutput[] = [];
  const seen = new Map<string, string>();
  for (const request of requests) {
    const checked = await checkOne(request, inputKey);
    if (!("planned" in checked)) {
      refusals.push(checked);
      continue;
    }
    const other = seen.get(checked.key);
    if (other !== undefined) {
      refusals.push({ key: "cli.files.same-output", params: { file: request.path, other } });
      continue;
    }
    seen.set(checked.key, request.path);
    const refusal = await replaceRefusal(checked.planned, force);
    if (refusal) refusals.push(refusal);
    else outputs.push(checked.planned);
  }
  return refusals.length > 0 ? { ok: false, refusals } : { ok: true, outputs };
}
