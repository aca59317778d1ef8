import { crc32 as nodeCrc32, inflateRawSync } from "node:zlib";
import fc from "fast-check";
import { readZipDirectory, unpackEntry } from "../../../src/adapters/files/zip";
import { PLATFORM_CODEC, crc32, dosDateTime, zip, zipDeflated } from "../../../src/adapters/files/zip-write";
import { NODE_ZIP_CODEC } from "../../../src/cli/zip-codec";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (data: Uint8Array): string => new TextDecoder().decode(data);

async function entries(archive: Uint8Array): Promise<Record<string, string>> {
  const dir = readZipDirectory(archive);
  if (!dir) throw new Error("not a zip");
  const out: Record<string, string> = {};
  for (const entry of dir.values()) {
    const data = await unpackEntry(archive, entry);
    if (typeof data === "string") throw new Error(`${entry.name}: ${data}`);
    out[entry.name] = text(data);
  }
  return out;
}

describe("the zip writer", () => {
  it("stores entries that read back, in order, with Node's CRC-32", async () => {
    const archive = zip([
      { path: "a.xml", data: bytes("<a/>") },
      { path: "xl/б.xml", data: bytes("кириллица") },
    ]);
    expect(await entries(archive)).toEqual({ "a.xml": "<a/>", "xl/б.xml": "кириллица" });
    expect(crc32(bytes("кириллица"))).toBe(nodeCrc32(Buffer.from("кириллица")));
  });

  it.each([
    ["the platform's CompressionStream", PLATFORM_CODEC],
    ["Node's zlib", NODE_ZIP_CODEC],
  ])("deflates whole and chunked entries with %s; the pieces read back as one part", async (_name, codec) => {
    const big = Array.from({ length: 3000 }, (_, i) => `<row r="${i + 1}"><c><v>${i}</v></c></row>`);
    const archive = await zipDeflated(
      [
        { path: "[Content_Types].xml", data: bytes("<Types/>") },
        {
          path: "xl/worksheets/sheet1.xml",
          chunks: [bytes("<sheetData>"), bytes(big.join("")), bytes("</sheetData>")],
        },
      ],
      codec,
    );
    const read = await entries(archive);
    expect(Object.keys(read)).toEqual(["[Content_Types].xml", "xl/worksheets/sheet1.xml"]);
    expect(read["xl/worksheets/sheet1.xml"]).toBe(`<sheetData>${big.join("")}</sheetData>`);
    // The directory's CRC is the CRC of the whole part, whatever the pieces.
    const dir = readZipDirectory(archive);
    const entry = dir?.get("xl/worksheets/sheet1.xml");
    expect(entry?.size).toBe(bytes(`<sheetData>${big.join("")}</sheetData>`).length);
  });

  it("property: both codecs give the CRC-32 and deflate of the concatenated pieces", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 6 }), async (pieces) => {
        const whole = Buffer.concat(pieces);
        const expected = nodeCrc32(whole);
        for (const codec of [PLATFORM_CODEC, NODE_ZIP_CODEC]) {
          // Given as a generator: the pieces are made while they are compressed.
          const deflated = await codec.deflate(
            (function* made() {
              yield* pieces;
            })(),
          );
          if (deflated.crc !== expected || deflated.size !== whole.length) return false;
          if (!Buffer.from(inflateRawSync(deflated.body)).equals(whole)) return false;
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });
});

describe("zip entry dates", () => {
  it("are the given time in UTC, to the even second, as MS-DOS dates", () => {
    expect(dosDateTime(new Date(Date.UTC(2023, 10, 14, 22, 13, 21)))).toEqual({
      date: ((2023 - 1980) << 9) | (11 << 5) | 14,
      time: (22 << 11) | (13 << 5) | 10,
    });
  });

  it("hold the nearest date the format can carry outside 1980–2107", () => {
    expect(dosDateTime(new Date(0))).toEqual({ date: (1 << 5) | 1, time: 0 });
    expect(dosDateTime(new Date(Date.UTC(2200, 0, 1))).date >> 9).toBe(127);
  });
});
