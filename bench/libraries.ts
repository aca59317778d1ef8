/**
 * Our zip and SHA-256 plumbing against the libraries that could replace it, on the sizes of a large
 * results workbook (issue 22): deflating and inflating ~40 MB of sheet XML, and hashing the canonical
 * text of 200 010 score rows. Best of 5 each (the machine is shared); figures in ms and MB/s.
 *
 *   npm run bench -- libraries
 */
import { createHash, webcrypto } from "node:crypto";
import { inflateRawSync } from "node:zlib";
import { Deflate, inflateSync as fflateInflate } from "fflate";
import { NODE_ZIP_CODEC } from "../src/cli/zip-codec";
import { PLATFORM_CODEC } from "../src/adapters/files/zip-write";
import { sha256Hex } from "../src/workbook/sha256";

const MB = 1024 * 1024;

/** ~40 MB of copy-sheet XML in 1 000-row pieces, as the results writer hands them to the codec. */
function sheetPieces(): Uint8Array[] {
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [];
  let state = 7;
  for (let first = 1; first <= 200_000; first += 1000) {
    let xml = "";
    for (let r = first; r < first + 1000; r++) {
      state = (state * 1103515245 + 12345) % 2147483648;
      let cells = `<c r="A${r}" t="inlineStr"><is><t xml:space="preserve">Член ${r % 15}</t></is></c>`;
      cells += `<c r="B${r}" t="inlineStr"><is><t xml:space="preserve">A-${String(Math.floor(r / 15)).padStart(5, "0")}</t></is></c>`;
      for (let c = 0; c < 10; c++)
        cells += `<c r="${String.fromCharCode(67 + c)}${r}"><v>${(state >> c) % 11}</v></c>`;
      xml += `<row r="${r}">${cells}</row>`;
    }
    pieces.push(encoder.encode(xml));
  }
  return pieces;
}

async function best(label: string, bytes: number, run: () => Promise<unknown> | unknown): Promise<number> {
  let ms = Infinity;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await run();
    ms = Math.min(ms, performance.now() - t);
  }
  console.log(
    `  ${label.padEnd(48)} ${ms.toFixed(0).padStart(6)} ms  ${(bytes / MB / (ms / 1000)).toFixed(0).padStart(5)} MB/s`,
  );
  return ms;
}

function fflateDeflate(pieces: readonly Uint8Array[], level: 6 | 1): Uint8Array {
  const out: Uint8Array[] = [];
  const d = new Deflate({ level }, (chunk) => out.push(chunk));
  pieces.forEach((p, i) => d.push(p, i === pieces.length - 1));
  const size = out.reduce((n, c) => n + c.length, 0);
  const body = new Uint8Array(size);
  let at = 0;
  for (const c of out) {
    body.set(c, at);
    at += c.length;
  }
  return body;
}

async function main(): Promise<void> {
  const pieces = sheetPieces();
  const size = pieces.reduce((n, p) => n + p.length, 0);
  console.log(
    `libraries: deflate ${(size / MB).toFixed(1)} MB of sheet XML (crc included where the codec computes it)`,
  );
  await best("node:zlib raw deflate + crc32 (NODE_ZIP_CODEC)", size, () => NODE_ZIP_CODEC.deflate(pieces));
  await best("CompressionStream + table CRC (PLATFORM_CODEC)", size, () => PLATFORM_CODEC.deflate(pieces));
  await best("fflate Deflate level 6 (no crc)", size, () => fflateDeflate(pieces, 6));
  const packed = (await NODE_ZIP_CODEC.deflate(pieces)).body;
  console.log(`libraries: inflate the same part (${(packed.length / MB).toFixed(1)} MB packed)`);
  await best("node:zlib inflateRawSync (our reader)", size, () => inflateRawSync(packed));
  await best("fflate inflateSync", size, () => fflateInflate(packed, { out: new Uint8Array(size) }));

  const text = new TextDecoder().decode(Buffer.concat(pieces));
  const data = new TextEncoder().encode(text);
  console.log(`libraries: SHA-256 of ${(data.length / MB).toFixed(1)} MB (the fingerprint's canonical text)`);
  const ours = sha256Hex(data);
  await best("our sha256.ts", data.length, () => sha256Hex(data));
  await best("node:crypto createHash", data.length, () => createHash("sha256").update(data).digest("hex"));
  await best("crypto.subtle.digest (WebCrypto)", data.length, () => webcrypto.subtle.digest("SHA-256", data));
  const same = createHash("sha256").update(data).digest("hex") === ours;
  console.log(`  node:crypto and sha256.ts agree: ${same}`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
