/**
 * The central directory of a zip package (.xlsx, .xlsm, .ods), read by hand so that the sizes of the
 * parts are known before anything is unpacked, and only the parts needed are unpacked, each no larger
 * than it declares. Browser-safe: inflating uses the platform's DecompressionStream.
 */

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  /** The unpacked size the directory declares. */
  readonly size: number;
  readonly localOffset: number;
}

/** Entries by name, lower-cased (OPC part names are case-insensitive). */
export type ZipDirectory = ReadonlyMap<string, ZipEntry>;

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, at: number): number {
  return ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16)) + (b[at + 3] ?? 0) * 0x1000000;
}

function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x100000000;
}

function findEndRecord(b: Uint8Array): number {
  // The end record is 22 bytes plus a comment of at most 65 535 bytes.
  const lowest = Math.max(0, b.length - 22 - MAX16);
  for (let at = b.length - 22; at >= lowest; at--) {
    if (u32(b, at) === EOCD) return at;
  }
  return -1;
}

const utf8 = new TextDecoder("utf-8");
const latin = new TextDecoder("latin1");

/** The directory, or undefined when the archive is truncated or damaged. */
export function readZipDirectory(b: Uint8Array): ZipDirectory | undefined {
  const end = findEndRecord(b);
  if (end < 0) return undefined;
  let count = u16(b, end + 10);
  let offset = u32(b, end + 16);
  if ((count === MAX16 || offset === MAX32) && end >= 20 && u32(b, end - 20) === EOCD64_LOCATOR) {
    const at64 = u64(b, end - 12);
    if (u32(b, at64) !== EOCD64) return undefined;
    count = u64(b, at64 + 32);
    offset = u64(b, at64 + 48);
  }
  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || u32(b, at) !== CENTRAL) return undefined;
    const flags = u16(b, at + 8);
    const method = u16(b, at + 10);
    let compressedSize = u32(b, at + 20);
    let size = u32(b, at + 24);
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const commentLength = u16(b, at + 32);
    let localOffset = u32(b, at + 42);
    const nameBytes = b.subarray(at + 46, at + 46 + nameLength);
    const name = (flags & 0x800 ? utf8 : latin).decode(nameBytes);
    // Zip64: the sizes and offset that overflow 32 bits are in extra field 1, in this order.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(b, extra);
      const length = u16(b, extra + 2);
      if (id === 1) {
        let field = extra + 4;
        if (size === MAX32) {
          size = u64(b, field);
          field += 8;
        }
        if (compressedSize === MAX32) {
          compressedSize = u64(b, field);
          field += 8;
        }
        if (localOffset === MAX32) localOffset = u64(b, field);
      }
      extra += 4 + length;
    }
    if (localOffset + 30 > b.length || localOffset + compressedSize > b.length) return undefined;
    entries.set(name.toLowerCase(), { name, method, flags, compressedSize, size, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Why an entry could not be unpacked. */
export type UnpackFailure = "damaged" | "encrypted";

async function inflateRaw(data: Uint8Array, size: number): Promise<Uint8Array | undefined> {
  const out = new Uint8Array(size);
  let written = 0;
  // The bytes are never in a SharedArrayBuffer (they come from a file or a fetch).
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"));
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const chunk = value as Uint8Array;
      // More than the part declares: stop rather than trust it (a damaged file or a zip bomb).
      if (written + chunk.length > size) {
        await reader.cancel();
        return undefined;
      }
      out.set(chunk, written);
      written += chunk.length;
    }
  } catch {
    return undefined;
  }
  return written === size ? out : undefined;
}

/** An entry's unpacked bytes, never more than the size it declares. */
export async function unpackEntry(b: Uint8Array, entry: ZipEntry): Promise<Uint8Array | UnpackFailure> {
  if (entry.flags & 1) return "encrypted";
  const at = entry.localOffset;
  if (u32(b, at) !== LOCAL) return "damaged";
  const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
  const data = b.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) return "damaged";
  if (entry.method === 0) return data.length === entry.size ? data : "damaged";
  if (entry.method !== 8) return "damaged";
  return (await inflateRaw(data, entry.size)) ?? "damaged";
}

/**
 * An entry's unpacked bytes chunk by chunk, for a caller that may stop early (the prolog of an XML
 * part): nothing when the entry is encrypted or damaged (unpackEntry says which), never more than
 * the size it declares.
 */
export async function* entryChunks(b: Uint8Array, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  if (entry.flags & 1) return;
  const at = entry.localOffset;
  if (u32(b, at) !== LOCAL) return;
  const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
  const data = b.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) return;
  if (entry.method === 0) {
    yield data.subarray(0, entry.size);
    return;
  }
  if (entry.method !== 8) return;
  const reader = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"))
    .getReader();
  let written = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      const chunk = value as Uint8Array;
      written += chunk.length;
      if (written > entry.size) return;
      yield chunk;
    }
  } catch {
    return;
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
