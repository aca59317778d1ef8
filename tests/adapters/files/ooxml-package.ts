/** An .xlsx/.xlsm package opened directly, so that a test or the bench can read it both ways. */
import { DEFAULT_LIMITS } from "../../../src/adapters/files";
import { workbookPart } from "../../../src/adapters/files/ooxml";
import { OoxmlPackage } from "../../../src/adapters/files/package";
import { readZipDirectory, unpackEntry } from "../../../src/adapters/files/zip";

export async function ooxmlPackage(bytes: Uint8Array, file = "book.xlsx"): Promise<OoxmlPackage> {
  const dir = readZipDirectory(bytes);
  if (!dir) throw new Error(`${file}: not a zip`);
  const rootRels = dir.get("_rels/.rels");
  const rels = rootRels ? await unpackEntry(bytes, rootRels) : undefined;
  if (typeof rels === "string") throw new Error(`${file}: ${rels}`);
  const part = workbookPart(rels ? new TextDecoder().decode(rels) : undefined, dir);
  if (part === undefined) throw new Error(`${file}: no workbook part`);
  const pkg = await OoxmlPackage.open(bytes, dir, file, DEFAULT_LIMITS, part);
  if (!(pkg instanceof OoxmlPackage)) throw new Error(`${file}: ${pkg.key}`);
  return pkg;
}
