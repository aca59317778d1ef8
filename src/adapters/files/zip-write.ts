/**
 * A minimal ZIP writer, browser-safe: stored entries (the pane's small .xlsx, synchronous) or deflated
 * ones through the platform's CompressionStream (the results workbook, whose input copies can be tens
 * of megabytes of XML). The counterpart of ./zip.ts, which reads.
 */

export interface ZipFile {
  readonly path: string;
  readonly data: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  return crc32Update(0, data);
}

/** 1980-01-01 00:00 in MS-DOS format, the earliest a ZIP entry can carry: the default, deterministic. */
const DOS_EPOCH = { date: (0 << 9) | (1 << 5) | 1, time: 0 };

/**
 * A time as the MS-DOS date and time of a ZIP entry, in UTC (the same bytes in every time zone), to the
 * even second; before 1980 (or after 2107) it is the nearest the format can hold.
 */
export function dosDateTime(when: Date): { readonly date: number; readonly time: number } {
  const year = when.getUTCFullYear();
  if (!Number.isFinite(year) || year < 1980) return DOS_EPOCH;
  if (year > 2107) return { date: (127 << 9) | (12 << 5) | 31, time: (23 << 11) | (59 << 5) | 29 };
  return {
    date: ((year - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate(),
    time: (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | Math.floor(when.getUTCSeconds() / 2),
  };
}
const STORED = 0;
const DEFLATED = 8;

interface Packed {
  readonly path: string;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly body: Uint8Array;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function archive(entries: readonly Packed[], stamp = DOS_EPOCH): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const file of entries) {
    const name = encoder.encode(file.path);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x0800, true); // UTF-8 names
    local.setUint16(8, file.method, true);
    local.setUint16(10, stamp.time, true);
    local.setUint16(12, stamp.date, true);
    local.setUint32(14, file.crc, true);
    local.setUint32(18, file.body.length, true);
    local.setUint32(22, file.size, true);
    local.setUint16(26, name.length, true);
    local.setUint16(28, 0, true);
    parts.push(new Uint8Array(local.buffer), name, file.body);

    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 20, true);
    entry.setUint16(6, 20, true);
    entry.setUint16(8, 0x0800, true);
    entry.setUint16(10, file.method, true);
    entry.setUint16(12, stamp.time, true);
    entry.setUint16(14, stamp.date, true);
    entry.setUint32(16, file.crc, true);
    entry.setUint32(20, file.body.length, true);
    entry.setUint32(24, file.size, true);
    entry.setUint16(28, name.length, true);
    entry.setUint32(42, offset, true);
    central.push(new Uint8Array(entry.buffer), name);
    offset += 30 + name.length + file.body.length;
  }
  const centralSize = central.reduce((n, p) => n + p.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return concat([...parts, ...central, new Uint8Array(end.buffer)]);
}

/** The bytes of a ZIP archive holding the given files, in order, stored without compression. */
export function zip(files: readonly ZipFile[]): Uint8Array {
  return archive(
    files.map((f) => ({
      path: f.path,
      method: STORED,
      crc: crc32(f.data),
      size: f.data.length,
      body: f.data,
    })),
  );
}

/**
 * An entry made of pieces produced while it is compressed (a large part built row block by row block):
 * the pieces are never all in memory, only what the compressor has not yet consumed.
 */
export interface ZipChunkedFile {
  readonly path: string;
  readonly chunks: Iterable<Uint8Array>;
}

/** What the codec made of an entry's pieces: the compressed body, the CRC-32 and the size of the data. */
export interface Deflated {
  readonly body: Uint8Array;
  readonly crc: number;
  readonly size: number;
}

function crc32Update(crc: number, data: Uint8Array): number {
  let c = crc ^ 0xffffffff;
  for (let i = 0; i < data.length; i += 1) c = (CRC_TABLE[(c ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The platform's CompressionStream fed from the pieces as it asks for them, with the CRC on the way. */
async function deflatePieces(chunks: Iterable<Uint8Array>): Promise<Deflated> {
  const iterator = chunks[Symbol.iterator]();
  let crc = 0;
  let size = 0;
  const source = new ReadableStream<BufferSource>({
    pull(controller) {
      const next = iterator.next();
      if (next.done) {
        controller.close();
        return;
      }
      crc = crc32Update(crc, next.value);
      size += next.value.length;
      controller.enqueue(next.value as Uint8Array<ArrayBuffer>);
    },
  });
  const body = new Uint8Array(
    await new Response(source.pipeThrough(new CompressionStream("deflate-raw"))).arrayBuffer(),
  );
  return { body, crc, size };
}

/**
 * How entries are compressed: raw deflate with the CRC-32 and size of the data, over an entry's pieces
 * in order, consumed as they come. The default is the platform's CompressionStream and the table-driven
 * CRC above (any browser); Node passes its native zlib, several times faster on the tens of megabytes
 * of a large results workbook.
 */
export interface ZipCodec {
  readonly deflate: (chunks: Iterable<Uint8Array>) => Promise<Deflated>;
}

export const PLATFORM_CODEC: ZipCodec = { deflate: deflatePieces };

/**
 * The bytes of a ZIP archive holding the given files, in order, each deflated (as Excel writes them).
 * Entries are packed one after another, so at most one entry's pieces are being compressed at a time.
 */
export async function zipDeflated(
  files: readonly (ZipFile | ZipChunkedFile)[],
  codec: ZipCodec = PLATFORM_CODEC,
  options: { readonly modified?: Date } = {},
): Promise<Uint8Array> {
  const packed: Packed[] = [];
  for (const f of files) {
    const deflated = await codec.deflate("chunks" in f ? f.chunks : [f.data]);
    packed.push({ path: f.path, method: DEFLATED, ...deflated });
  }
  return archive(packed, options.modified ? dosDateTime(options.modified) : DOS_EPOCH);
}
