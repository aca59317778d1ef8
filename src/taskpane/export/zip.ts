/**
 * The pane's small .xlsx is zipped by the shared writer (stored entries, no spreadsheet library in the
 * pane's bundle); this file adds what Excel.createWorkbook needs on top.
 */
export { zip } from "../../adapters/files/zip-write";

/** Base64 of bytes, as Excel.createWorkbook wants it (btoa works on "binary strings"). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
