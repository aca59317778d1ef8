import { crc32, PLATFORM_CODEC, type Deflated, type ZipCodec } from "../adapters/files/zip-write";

/** The largest stored deflate block (RFC 1951, 3.2.4: LEN is 16 bits). */
const BLOCK = 0xffff;

/**
 * A valid raw deflate stream that does not compress: the data in stored blocks. For browsers without
 * raw deflate in CompressionStream (before Chrome 103, Firefox 113, Safari 16.4): the results workbook is larger but
 * it is the same package, every program opens it.
 */
export function storedDeflate(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / BLOCK));
  const out = new Uint8Array(data.length + blocks * 5);
  let at = 0;
  for (let b = 0; b < blocks; b++) {
    const piece = data.subarray(b * BLOCK, Math.min(data.length, (b + 1) * BLOCK));
    out[at] = b === blocks - 1 ? 1 : 0; // BFINAL on the last block, BTYPE 00 (stored)
    out[at + 1] = piece.length & 0xff;
    out[at + 2] = piece.length >>> 8;
    out[at + 3] = ~piece.length & 0xff;
    out[at + 4] = (~piece.length >>> 8) & 0xff;
    out.set(piece, at + 5);
    at += 5 + piece.length;
  }
  return out;
}

function joined(chunks: Iterable<Uint8Array>): Uint8Array {
  const list = [...chunks];
  const out = new Uint8Array(list.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of list) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export const STORED_CODEC: ZipCodec = {
  deflate: (chunks): Promise<Deflated> => {
    const data = joined(chunks);
    return Promise.resolve({ body: storedDeflate(data), crc: crc32(data), size: data.length });
  },
};

/** Whether the platform's CompressionStream knows raw deflate (Chrome 103, Firefox 113, Safari 16.4 on). */
function hasRawDeflate(scope: { readonly CompressionStream?: unknown }): boolean {
  const Stream = scope.CompressionStream;
  if (typeof Stream !== "function") return false;
  try {
    new (Stream as new (format: string) => unknown)("deflate-raw");
    return true;
  } catch {
    // Chrome 80–102 have CompressionStream but only "deflate" and "gzip".
    return false;
  }
}

/** The codec of the page: the browser's CompressionStream where it does raw deflate, stored blocks otherwise. */
export function browserCodec(scope: { readonly CompressionStream?: unknown } = globalThis): ZipCodec {
  return hasRawDeflate(scope) ? PLATFORM_CODEC : STORED_CODEC;
}
