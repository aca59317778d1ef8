import { once } from "node:events";
import { crc32, createDeflateRaw } from "node:zlib";
import type { ZipCodec } from "../adapters/files/zip-write";

/**
 * Node's native zlib for the results workbook's package (the shared writer's default is the browser's
 * CompressionStream, several times slower): a part's pieces are streamed through one raw deflate as
 * they are made, so only the compressed bytes stay in memory.
 */
export const NODE_ZIP_CODEC: ZipCodec = {
  async deflate(chunks) {
    const deflate = createDeflateRaw();
    const out: Buffer[] = [];
    deflate.on("data", (piece: Buffer) => out.push(piece));
    const ended = once(deflate, "end");
    let crc = 0;
    let size = 0;
    for (const chunk of chunks) {
      // Empty pieces are skipped: Node 20's crc32 of an empty buffer answers 0 whatever the running value.
      if (chunk.length === 0) continue;
      crc = crc32(chunk, crc);
      size += chunk.length;
      if (!deflate.write(chunk)) await once(deflate, "drain");
    }
    deflate.end();
    await ended;
    return { body: Buffer.concat(out), crc, size };
  },
};
