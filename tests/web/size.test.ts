import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ensureWebBuild } from "./build";

const gzipped = (dist: string, file: string): number =>
  gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

describe("the offline page's size", () => {
  it("keeps the script that loads first within 300 KB gzip; the Сводка and the writers load on use", () => {
    const dist = ensureWebBuild();
    const html = readFileSync(join(dist, "index.html"), "utf8");
    // Only page.js is named by the page; the other chunks are fetched by it when needed.
    expect([...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1])).toEqual(["page.js"]);
    expect(gzipped(dist, "page.js")).toBeLessThanOrEqual(300 * 1024);
    for (const chunk of ["svod.js", "writer.js"]) expect(gzipped(dist, chunk)).toBeGreaterThan(0);
  }, 300_000);
});
