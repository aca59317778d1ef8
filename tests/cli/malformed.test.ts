/**
 * The malformed corpus (tests/fixtures/malformed.ts): each workbook through `gsz run` must exit 2,
 * name the expected `Sheet!A1` on stderr, and write no output file (neither -o nor --json).
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { MALFORMED } from "../fixtures/malformed";
import { tempDir } from "../adapters/exceljs/helpers";
import { gsz } from "./harness";
import { writeValuesXlsx } from "./write-values";

describe("gsz run on the malformed corpus", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    tmp = tempDir("gsz-malformed-");
  });
  afterAll(() => tmp.cleanup());

  it("has cases", () => {
    expect(MALFORMED.length).toBeGreaterThan(0);
  });

  it.each(MALFORMED.map((c, i) => [c.name, c, i] as const))(
    "%s: exit 2, names the cell, writes nothing",
    async (_name, c, i) => {
      const dir = path.join(tmp.dir, String(i));
      mkdirSync(dir);
      const input = path.join(dir, "in.xlsx");
      await writeValuesXlsx(input, c.sheets);
      const out = path.join(dir, "out.xlsx");
      const json = path.join(dir, "r.json");
      const run = await gsz(["run", input, "-o", out, "--json", json]);
      expect(run.code).toBe(2);
      expect(run.err.split("\n")).toContainEqual(
        expect.stringMatching(new RegExp(`^${escape(c.expected.cell)}: `)),
      );
      expect(existsSync(out)).toBe(false);
      expect(existsSync(json)).toBe(false);
    },
  );
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
