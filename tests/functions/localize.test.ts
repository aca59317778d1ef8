import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { localizeFunctions, type Metadata, type Translation } from "../../scripts/localize-functions.cjs";

const root = join(__dirname, "..", "..");
const ru = JSON.parse(readFileSync(join(root, "src/functions/localized/ru.json"), "utf8")) as Record<
  string,
  Translation
>;

/** functions.json as the webpack plugin generates it from the JSDoc of src/functions/functions.ts. */
async function metadata(): Promise<Metadata> {
  const generated = await generateCustomFunctionsMetadata(join(root, "src/functions/functions.ts"), true);
  expect(generated.errors).toEqual([]);
  return JSON.parse(generated.metadataJson) as Metadata;
}

describe("custom functions in Russian (functions-ru.json)", () => {
  it("translates every function and parameter and keeps the ids, types and options", async () => {
    const base = await metadata();
    const localized = localizeFunctions(base, ru, "ru");
    expect(localized.functions.map((f) => f.id)).toEqual(base.functions.map((f) => f.id));
    expect(localized.functions.map((f) => f.name)).toEqual([
      "ДОЛЯ",
      "ДОЛИ",
      "ОКРУГЛ.ДО",
      "ТРАНШИ",
      "РАСПРЕДЕЛИТЬ",
    ]);
    localized.functions.forEach((fn, i) => {
      const original = base.functions[i];
      expect(fn.description).toMatch(/[а-яё]/i);
      expect(fn["result"]).toEqual(original?.["result"]);
      expect(fn["options"]).toEqual(original?.["options"]);
      expect(fn.parameters?.map((p) => ({ ...p, name: "", description: "" }))).toEqual(
        original?.parameters?.map((p) => ({ ...p, name: "", description: "" })),
      );
      for (const p of fn.parameters ?? []) expect(p.description).toMatch(/[а-яё]/i);
    });
  });

  it("follows Microsoft's naming rules: a letter first, 3+ characters, letters, digits, _ and . only", async () => {
    const names = localizeFunctions(await metadata(), ru, "ru").functions.map((f) => f.name);
    for (const name of names) expect(name).toMatch(/^\p{L}[\p{L}\p{N}_.]{2,}$/u);
    expect(new Set(names).size).toBe(names.length);
  });

  it("refuses to ship a function or a parameter without a translation", async () => {
    const base = await metadata();
    const { SHARE: _share, ...withoutShare } = ru;
    expect(() => localizeFunctions(base, withoutShare, "ru")).toThrow("ru: no translation of function SHARE");
    const noParam = { ...ru, TRANCHES: { ...ru["TRANCHES"], parameters: {} } as Translation };
    expect(() => localizeFunctions(base, noParam, "ru")).toThrow("parameter amount of TRANCHES");
    expect(() => localizeFunctions(base, { ...ru, GONE: ru["SHARE"] as Translation }, "ru")).toThrow(
      "unknown functions GONE",
    );
  });
});
