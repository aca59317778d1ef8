import { promises as fs } from "node:fs";
import { inflateRawSync } from "node:zlib";

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** The end record (22 bytes) plus the longest comment a ZIP may carry. */
const TAIL = 22 + 0xffff;

/**
 * Some small parts of a ZIP file (an .xlsx) as text, reading only the central directory and those
 * parts, never the whole file. A part that is missing, too large (over `limit` bytes unpacked), packed
 * in a way this does not know, or any damage gives undefined: the caller then treats the file as
 * "not recognised", which is the safe answer.
 */
export async function peekZipParts(
  file: string,
  names: readonly string[],
  limit: number,
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const handle = await fs.open(file, "r");
  try {
    const { size } = await handle.stat();
    const tailStart = Math.max(0, size - TAIL);
    const tail = Buffer.alloc(size - tailStart);
    await handle.read(tail, 0, tail.length, tailStart);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return found;
    const count = tail.readUInt16LE(eocd + 10);
    const dirSize = tail.readUInt32LE(eocd + 12);
    const dirOffset = tail.readUInt32LE(eocd + 16);
    if (dirOffset + dirSize > size) return found;
    const dir = Buffer.alloc(dirSize);
    await handle.read(dir, 0, dirSize, dirOffset);
    let p = 0;
    for (let i = 0; i < count && p + 46 <= dir.length; i++) {
      if (dir.readUInt32LE(p) !== CENTRAL_SIGNATURE) break;
      const method = dir.readUInt16LE(p + 10);
      const packed = dir.readUInt32LE(p + 20);
      const unpacked = dir.readUInt32LE(p + 24);
      const nameLength = dir.readUInt16LE(p + 28);
      const extraLength = dir.readUInt16LE(p + 30);
      const commentLength = dir.readUInt16LE(p + 32);
      const local = dir.readUInt32LE(p + 42);
      const name = dir.toString("utf8", p + 46, p + 46 + nameLength);
      p += 46 + nameLength + extraLength + commentLength;
      if (!names.includes(name) || unpacked > limit || packed > limit || (method !== 0 && method !== 8)) {
        continue;
      }
      const header = Buffer.alloc(30);
      await handle.read(header, 0, 30, local);
      if (header.readUInt32LE(0) !== LOCAL_SIGNATURE) continue;
      const start = local + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
      const data = Buffer.alloc(packed);
      await handle.read(data, 0, packed, start);
      try {
        const text = method === 0 ? data : inflateRawSync(data, { maxOutputLength: limit });
        found.set(name, text.toString("utf8"));
      } catch {
        // A damaged part is a part we did not find.
      }
    }
    return found;
  } finally {
    await handle.close();
  }
}
