/**
 * Opening a workbook file from disk (the CLI): the only part of the reader that touches Node. The file
 * is looked at before it is read (missing, a folder, not a regular file, over the size limit), and an
 * operating system error is named plainly, never as its code alone.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { fileLimits, megabytes, type FileLimits } from "./limits";
import { openWorkbook, type OpenResult } from "./open";
import { fileProblem, type FileProblem } from "./problem";

/** The open result, with notes that do not stop reading (the file is open in another program). */
export type FileOpenResult = OpenResult & { readonly notes: readonly FileProblem[] };

/** Errors meaning another program holds the file, or we may not read it. */
const BUSY = new Set(["EBUSY", "EPERM", "EACCES", "ELOCKED", "ETXTBSY", "EAGAIN"]);

function errorCode(error: unknown): string {
  return error !== null && typeof error === "object" && "code" in error && typeof error.code === "string"
    ? error.code
    : "unknown";
}

function refused(problem: FileProblem): FileOpenResult {
  return { ok: false, problem, notes: [] };
}

function osProblem(error: unknown, file: string): FileProblem {
  const code = errorCode(error);
  if (code === "ENOENT" || code === "ENOTDIR") return fileProblem("files.missing", file);
  if (code === "EISDIR") return fileProblem("files.folder", file);
  if (BUSY.has(code)) return fileProblem("files.busy", file);
  return fileProblem("files.unreadable", file, { code });
}

/** Lock files Excel (`~$book.xlsx`) and LibreOffice (`.~lock.book.xlsx#`) leave beside an open file. */
async function lockNotes(file: string): Promise<FileProblem[]> {
  const dir = path.dirname(file);
  const base = path.basename(file);
  const notes: FileProblem[] = [];
  // Excel shortens the name: `~$` replaces the first two characters of long names.
  const candidates = [`~$${base}`, `~$${base.slice(2)}`, `.~lock.${base}#`];
  for (const lock of new Set(candidates)) {
    try {
      await fs.access(path.join(dir, lock));
      notes.push(fileProblem("files.locked", file, { lock }));
      break;
    } catch {
      // No lock file by that name: nothing to say.
    }
  }
  return notes;
}

/** A file's bytes, or why they cannot be read (missing, a folder, not a regular file, over the size limit, busy). */
export type FileBytes =
  { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly problem: FileProblem };

/**
 * Reads the bytes of the workbook at `file` (named in messages as given), after looking at it. Never
 * rejects: every failure is a problem with a `files.` message key.
 */
export async function readWorkbookBytes(file: string, limits: Partial<FileLimits> = {}): Promise<FileBytes> {
  const max = fileLimits(limits);
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (error) {
    return { ok: false, problem: osProblem(error, file) };
  }
  if (stat.isDirectory()) return { ok: false, problem: fileProblem("files.folder", file) };
  if (!stat.isFile()) return { ok: false, problem: fileProblem("files.not-regular", file) };
  if (stat.size > max.fileBytes) {
    return {
      ok: false,
      problem: fileProblem("files.limit.file-size", file, {
        size: megabytes(stat.size),
        limit: megabytes(max.fileBytes),
      }),
    };
  }
  try {
    return { ok: true, bytes: await fs.readFile(file) };
  } catch (error) {
    return { ok: false, problem: osProblem(error, file) };
  }
}

/**
 * Opens the workbook at `file` (named in messages as given). Never rejects: every failure is a
 * problem with a `files.` message key.
 */
export async function openWorkbookFile(
  file: string,
  limits: Partial<FileLimits> = {},
): Promise<FileOpenResult> {
  const max = fileLimits(limits);
  const read = await readWorkbookBytes(file, max);
  if (!read.ok) return refused(read.problem);
  const opened = await openWorkbook(read.bytes, file, max);
  return { ...opened, notes: await lockNotes(file) };
}
