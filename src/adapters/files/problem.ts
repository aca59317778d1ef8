import type { CellAddress, MessageParams } from "../../core/model";

/**
 * Why a file (or a cell of it) cannot be read: a message key of the `files.` catalogue and its
 * parameters; `{file}` is always among them. Cell problems carry the address (1-based) so that the
 * caller prints them as `Sheet!A1: message`.
 */
export interface FileProblem {
  readonly key: string;
  readonly params: MessageParams;
  readonly address?: CellAddress;
}

export function fileProblem(key: string, file: string, params: MessageParams = {}): FileProblem {
  return { key, params: { file, ...params } };
}

/** Thrown by the port's readSheets (which has no other way to refuse); carries the problems. */
export class FileProblemsError extends Error {
  constructor(readonly problems: readonly FileProblem[]) {
    super(problems.map((p) => p.key).join(", "));
    this.name = "FileProblemsError";
  }
}
