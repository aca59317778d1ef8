import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEV_BASE_URL, checkBaseUrl, manifestWithBase } from "../../scripts/base-url.cjs";
import { checkManifest } from "../../scripts/manifest-checks.cjs";

const root = join(__dirname, "..", "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");

const urlsOf = (text: string): string[] => [...text.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1] ?? "");

describe("the manifest for a municipality's HTTPS host (GSZ_BASE_URL)", () => {
  it("puts every URL under the base address and still passes every check", () => {
    const built = manifestWithBase(xml, "https://gsz.osh.kg/addin/");
    const urls = urlsOf(built);
    expect(built).not.toMatch(/<AppDomain>[^<]*localhost/);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) expect(url.startsWith("https://gsz.osh.kg/addin/")).toBe(true);
    expect(built).toContain("<AppDomain>https://gsz.osh.kg</AppDomain>");
    expect(built).toContain('Value="https://gsz.osh.kg/addin/functions-ru.json"');
    expect(checkManifest(built, root)).toEqual([]);
  });

  it("keeps the development manifest as it is by default", () => {
    expect(manifestWithBase(xml, DEV_BASE_URL)).toBe(xml);
  });

  it("refuses an address Office cannot load an add-in from", () => {
    expect(() => checkBaseUrl("http://gsz.osh.kg")).toThrow("must be https");
    expect(() => checkBaseUrl("gsz.osh.kg")).toThrow("is not a URL");
    expect(() => checkBaseUrl("https://gsz.osh.kg/?v=1")).toThrow("no query");
    expect(checkBaseUrl("https://GSZ.osh.kg/")).toBe("https://gsz.osh.kg");
  });
});

describe("the manifest's custom functions and ribbon (shared runtime)", () => {
  it("overrides the functions metadata URL for ru-RU with functions-ru.json", () => {
    expect(xml).toMatch(
      /<bt:Url id="Functions\.Metadata\.Url" DefaultValue="https:\/\/localhost:3000\/functions\.json">\s*<bt:Override Locale="ru-RU" Value="https:\/\/localhost:3000\/functions-ru\.json"\/>/,
    );
  });

  it("has one ShowTaskpane action, on the runtime's page, with its TaskpaneId", () => {
    expect(xml.match(/xsi:type="ShowTaskpane"/g)).toHaveLength(1);
    expect(checkManifest(xml.replace(/<TaskpaneId>[^<]*<\/TaskpaneId>/, ""), root)).toEqual([
      "the ShowTaskpane action has no TaskpaneId",
    ]);
  });

  it("checks an override URL's origin too", () => {
    const broken = xml.replace(
      "https://localhost:3000/functions-ru.json",
      "https://example.com/functions-ru.json",
    );
    expect(checkManifest(broken, root).some((e) => e.startsWith("URLs use 2 origins"))).toBe(true);
  });
});
