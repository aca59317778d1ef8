import { once } from "node:events";
import { crc32, createDeflateRaw } from "node:zlib";
import type { ZipCodec } from "../adapters/files/zip-write";

/**
 * Node's native zlib for the results workbook's package (the shared writer's default is the browser's
 * CompressionStream, several times slower): a part's pieces are streamed through one raw deflate.
 */
export const NODE_ZIP_CODEC: ZipCodec = {
  // Empty pieces are skipped: Node 20's crc32 of an empty buffer answers 0 whatever the running value.
  crc32: (chunks) => chunks.reduce((crc, chunk) => (chunk.length === 0 ? crc : crc32(chunk, crc)), 0),
  async deflateRaw(chunks) {
    const deflate = createDeflateRaw();
    const out: Buffer[] = [];
    deflate.on("data", (piece: Buffer) => out.push(piece));
    const ended = once(deflate, "end");
    for (const chunk of chunks) {
      if (!deflate.write(chunk)) await once(deflate, "drain");
    }
    deflate.end();
    await ended;
    return Buffer.concat(out);
  },
};
