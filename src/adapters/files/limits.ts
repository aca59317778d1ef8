/**
 * The limits of what the CLI reads (CLI.md, "Limits"): each is refused with a message at once,
 * before the expensive work, never by running out of memory. Parameters so that tests can use
 * small ones; the defaults are the contract's values.
 */
export interface FileLimits {
  /** The file itself, in bytes. */
  readonly fileBytes: number;
  /** Sheet XML unpacked in the sheets read (their parts plus the shared strings), in bytes. */
  readonly sheetXmlBytes: number;
  /** Cells with content in the sheets read. */
  readonly cells: number;
  /** Characters in one cell (Excel's own limit). */
  readonly cellChars: number;
}

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export const DEFAULT_LIMITS: FileLimits = {
  fileBytes: MAX_FILE_BYTES,
  sheetXmlBytes: 100 * 1024 * 1024,
  cells: 5_000_000,
  cellChars: 32_767,
};

/** The defaults with some values replaced. */
export function fileLimits(overrides?: Partial<FileLimits>): FileLimits {
  return { ...DEFAULT_LIMITS, ...overrides };
}

/** Bytes as megabytes for messages: one decimal at most ("50", "123.4"); small sizes keep three ("0.001"). */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return String(Number(mb.toFixed(mb >= 1 ? 1 : 3)));
}
