import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { catalogKeys } from "../../src/i18n";
import { ui } from "../../src/i18n/catalogs/ui";

const params = (text: string | undefined): string[] =>
  [...(text ?? "").matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("ui catalogue", () => {
  it("has every key in Russian and English, and Kyrgyz only with known keys", () => {
    expect(Object.keys(ui.en).sort()).toEqual(Object.keys(ui.ru).sort());
    for (const key of Object.keys(ui.ky)) expect(Object.keys(ui.ru)).toContain(key);
    for (const key of Object.keys(ui.ru)) expect(key.startsWith("ui.")).toBe(true);
  });

  it("uses the same parameters in every language", () => {
    for (const [key, text] of Object.entries(ui.ru)) {
      expect([key, params(ui.en[key])]).toEqual([key, params(text)]);
      if (ui.ky[key] !== undefined) expect([key, params(ui.ky[key])]).toEqual([key, params(text)]);
    }
  });

  it("knows every key the pane and the custom functions name", () => {
    const root = join(__dirname, "..", "..", "src");
    const source = [...files(join(root, "taskpane")), ...files(join(root, "functions"))]
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    const named = new Set([...source.matchAll(/"((?:ui|output)\.[\w.-]+)"/g)].map((m) => m[1] ?? ""));
    const keys = new Set(catalogKeys("ru"));
    const dynamic = [
      ...["ru", "en", "ky"].map((l) => `ui.lang.${l}`),
      ...["error", "warning", "info"].map((s) => `ui.severity.${s}`),
      ...["sheet-name-invalid", "sheet-name-duplicate", "table-name-taken"].map((c) => `ui.error.${c}`),
      ...["funded", "reserve", "below-pass", "ineligible", "not-scored"].map((s) => `output.status.${s}`),
      ...["grant", "localBudget", "community", "ngo", "other"].map((s) => `output.col.${s}`),
    ];
    const missing = [...named, ...dynamic].filter((k) => !keys.has(k));
    expect(missing).toEqual([]);
  });
});
