import { inflateRawSync } from "node:zlib";
import { readZipDirectory, unpackEntry } from "../../src/adapters/files/zip";
import { crc32, PLATFORM_CODEC, zipDeflated } from "../../src/adapters/files/zip-write";
import { browserCodec, STORED_CODEC, storedDeflate } from "../../src/web/codec";

function bytes(length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 7919) % 251);
}

describe("the stored deflate fallback (no CompressionStream)", () => {
  it.each([0, 1, 65_535, 65_536, 200_000])("is a raw deflate stream of %i bytes that inflates back", (n) => {
    const data = bytes(n);
    const deflated = storedDeflate(data);
    expect(Buffer.from(inflateRawSync(deflated)).equals(Buffer.from(data))).toBe(true);
    // Five header bytes per block of at most 65 535 bytes, and nothing else.
    expect(deflated.length).toBe(n + 5 * Math.max(1, Math.ceil(n / 65_535)));
  });

  it("gives the CRC and size of the data made of several pieces", async () => {
    const pieces = [bytes(10), bytes(70_000), new Uint8Array(0), bytes(3)];
    const whole = Buffer.concat(pieces);
    const got = await STORED_CODEC.deflate(pieces);
    expect(got.size).toBe(whole.length);
    expect(got.crc).toBe(crc32(whole));
    expect(Buffer.from(inflateRawSync(got.body)).equals(whole)).toBe(true);
  });

  it("makes a zip that the project's reader unpacks", async () => {
    const data = new TextEncoder().encode("<worksheet>…</worksheet>".repeat(5000));
    const archive = await zipDeflated([{ path: "xl/worksheets/sheet1.xml", data }], STORED_CODEC);
    const dir = readZipDirectory(archive);
    const entry = dir?.get("xl/worksheets/sheet1.xml");
    expect(entry).toBeDefined();
    const unpacked = entry && (await unpackEntry(archive, entry));
    expect(unpacked).toEqual(data);
  });
});

describe("the page's codec", () => {
  it("is the platform's CompressionStream where there is one", () => {
    expect(browserCodec({ CompressionStream: globalThis.CompressionStream })).toBe(PLATFORM_CODEC);
  });

  it("is the stored fallback where there is none", () => {
    expect(browserCodec({})).toBe(STORED_CODEC);
  });

  it("is the stored fallback where CompressionStream has no raw deflate (Chrome 80–102)", () => {
    // A constructor as those browsers have it: "gzip" and "deflate" only.
    const OnlyGzip = function (format: string): void {
      if (format !== "gzip" && format !== "deflate") throw new TypeError(`Unsupported format ${format}`);
    };
    expect(browserCodec({ CompressionStream: OnlyGzip })).toBe(STORED_CODEC);
  });
});
