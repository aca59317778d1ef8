/** What a file is, judged by its first bytes rather than by its name. */
export type ContainerKind = "empty" | "zip" | "cfb" | "text" | "other";

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** How much of the start is looked at to tell text from binary. */
const TEXT_PROBE = 64 * 1024;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.length <= bytes.length && magic.every((b, i) => bytes[i] === b);
}

/**
 * Text (CSV, TSV, HTML or XML saved as .xls, plain text) in UTF-8, UTF-16 or a one-byte code page
 * such as CP1251: a byte-order mark, or no NUL byte and almost no control characters other than
 * tab, line feed, form feed and carriage return in the first 64 KB.
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (
    startsWith(bytes, [0xef, 0xbb, 0xbf]) ||
    startsWith(bytes, [0xff, 0xfe]) ||
    startsWith(bytes, [0xfe, 0xff])
  ) {
    return true;
  }
  const end = Math.min(bytes.length, TEXT_PROBE);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) controls++;
  }
  return controls * 100 <= end;
}

export function containerKind(bytes: Uint8Array): ContainerKind {
  if (bytes.length === 0) return "empty";
  // A local file header, or the end record of an empty archive.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return "zip";
  if (startsWith(bytes, CFB_MAGIC)) return "cfb";
  return looksLikeText(bytes) ? "text" : "other";
}
