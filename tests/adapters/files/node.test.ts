/**
 * Opening from disk: the file is looked at before it is read, and system errors become plain
 * messages that name the file.
 */
import { copyFileSync, mkdirSync, mkdtempSync, promises as fsp, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openWorkbookFile } from "../../../src/adapters/files/node";

const FIXTURES = path.join(__dirname, "../../fixtures/files");
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "gsz-files-"));
});
afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

function copy(fixture: string, as = fixture): string {
  const file = path.join(dir, as);
  copyFileSync(path.join(FIXTURES, fixture), file);
  return file;
}

test("a workbook is opened; no notes when nothing holds it", async () => {
  const file = copy("libreoffice.xlsx", "Конкурс.xlsx");
  const opened = await openWorkbookFile(file);
  expect(opened.ok && (await opened.book.listSheets()).length).toBe(7);
  expect(opened.notes).toEqual([]);
});

test("a missing file", async () => {
  const file = path.join(dir, "нет.xlsx");
  expect(await openWorkbookFile(file)).toEqual({
    ok: false,
    problem: { key: "files.missing", params: { file } },
    notes: [],
  });
});

test("a folder, even one named like a workbook", async () => {
  const folder = path.join(dir, "book.xlsx");
  mkdirSync(folder);
  expect(await openWorkbookFile(folder)).toMatchObject({ ok: false, problem: { key: "files.folder" } });
});

test("a file over the size limit is refused from its size, before it is read", async () => {
  const file = copy("example.xlsx");
  const read = jest.spyOn(fsp, "readFile");
  expect(await openWorkbookFile(file, { fileBytes: 1000 })).toMatchObject({
    ok: false,
    problem: { key: "files.limit.file-size", params: { file, limit: "0.001" } },
  });
  expect(read).not.toHaveBeenCalled();
});

test.each(["EBUSY", "EPERM", "EACCES"])(
  "%s on reading: open in another program or no permission",
  async (code) => {
    const file = copy("example.xlsx");
    jest
      .spyOn(fsp, "readFile")
      .mockRejectedValue(Object.assign(new Error(`${code}: resource busy or locked`), { code }));
    expect(await openWorkbookFile(file)).toMatchObject({
      ok: false,
      problem: { key: "files.busy", params: { file } },
    });
  },
);

test("another system error names its code inside a plain message", async () => {
  const file = copy("example.xlsx");
  jest.spyOn(fsp, "readFile").mockRejectedValue(Object.assign(new Error("EIO: i/o error"), { code: "EIO" }));
  expect(await openWorkbookFile(file)).toMatchObject({
    problem: { key: "files.unreadable", params: { file, code: "EIO" } },
  });
});

test.each([
  ["Excel", "~$Конкурс.xlsx"],
  ["LibreOffice", ".~lock.Конкурс.xlsx#"],
])("a lock file left by %s is a note, and the file is still read", async (_, lock) => {
  const file = copy("libreoffice.xlsx", "Конкурс.xlsx");
  writeFileSync(path.join(dir, lock), "locked");
  const opened = await openWorkbookFile(file);
  expect(opened.ok).toBe(true);
  expect(opened.notes).toEqual([{ key: "files.locked", params: { file, lock } }]);
});

test("the pure reader's problems come through with the file's name", async () => {
  const file = copy("csv-named.xlsx", "Оценки.xlsx");
  expect(await openWorkbookFile(file)).toMatchObject({
    ok: false,
    problem: { key: "files.text", params: { file } },
  });
});
