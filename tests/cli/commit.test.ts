import { readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { writeAllOrNothing, type CommitOps, type OutputFile } from "../../src/cli/commit";
import type { PlannedOutput } from "../../src/cli/outputs";
import { tempDir } from "../adapters/exceljs/helpers";

let tmp: ReturnType<typeof tempDir>;
let file: (name: string) => string;
beforeEach(() => {
  tmp = tempDir("gsz-commit-");
  file = (name) => path.join(tmp.dir, name);
});
afterEach(() => tmp.cleanup());

function output(name: string, text: string, existing = false): OutputFile {
  const planned: PlannedOutput = {
    path: name,
    role: "report",
    target: file(name),
    ...(existing ? { replacesMode: 0o644 } : {}),
  };
  return { planned, write: (temp) => writeFile(temp, text) };
}

const interrupted = (): void => {
  throw new Error("no signal is sent in these tests");
};

describe("writeAllOrNothing", () => {
  it("writes every file and leaves nothing else in the folder", async () => {
    writeFileSync(file("b.json"), "old b");
    await writeAllOrNothing([output("a.csv", "new a"), output("b.json", "new b", true)], interrupted);
    expect(readdirSync(tmp.dir).sort()).toEqual(["a.csv", "b.json"]);
    expect(readFileSync(file("a.csv"), "utf8")).toBe("new a");
    expect(readFileSync(file("b.json"), "utf8")).toBe("new b");
  });

  it("changes no target when a later file fails while being written", async () => {
    writeFileSync(file("a.csv"), "old a");
    const failing: OutputFile = {
      ...output("b.json", "never"),
      write: async (temp) => {
        await writeFile(temp, "half");
        throw new Error("disk full");
      },
    };
    await expect(writeAllOrNothing([output("a.csv", "new a", true), failing], interrupted)).rejects.toThrow(
      "disk full",
    );
    expect(readdirSync(tmp.dir)).toEqual(["a.csv"]);
    expect(readFileSync(file("a.csv"), "utf8")).toBe("old a");
  });

  it("puts the earlier targets back when a later rename fails", async () => {
    writeFileSync(file("a.csv"), "old a");
    writeFileSync(file("b.json"), "old b");
    let renames = 0;
    const ops: CommitOps = {
      rename: (from, to) => {
        renames += 1;
        // The second rename into place fails; renames back (restoring) still work.
        if (renames === 2) throw new Error("EIO: the disk went away");
        renameSync(from, to);
      },
      link: (existing, alias) => writeFileSync(alias, readFileSync(existing)),
    };
    const files = [output("a.csv", "new a", true), output("b.json", "new b", true), output("c.txt", "new c")];
    await expect(writeAllOrNothing(files, interrupted, ops)).rejects.toThrow("EIO");
    expect(readdirSync(tmp.dir).sort()).toEqual(["a.csv", "b.json"]);
    expect(readFileSync(file("a.csv"), "utf8")).toBe("old a");
    expect(readFileSync(file("b.json"), "utf8")).toBe("old b");
  });

  it("removes a new target again when a later rename fails", async () => {
    let renames = 0;
    const ops: CommitOps = {
      rename: (from, to) => {
        renames += 1;
        if (renames === 2) throw new Error("EIO");
        renameSync(from, to);
      },
      link: () => {
        throw new Error("nothing to keep: both files are new");
      },
    };
    await expect(
      writeAllOrNothing([output("a.csv", "new a"), output("b.json", "new b")], interrupted, ops),
    ).rejects.toThrow("EIO");
    expect(readdirSync(tmp.dir)).toEqual([]);
  });

  it("leaves no signal handler behind", async () => {
    const before = [process.listenerCount("SIGTERM"), process.listenerCount("SIGINT")];
    await writeAllOrNothing([output("a.csv", "a")], interrupted);
    await expect(
      writeAllOrNothing(
        [{ ...output("b.csv", "b"), write: () => Promise.reject(new Error("no")) }],
        interrupted,
      ),
    ).rejects.toThrow("no");
    expect([process.listenerCount("SIGTERM"), process.listenerCount("SIGINT")]).toEqual(before);
  });
});
