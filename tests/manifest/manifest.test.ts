import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkManifest, parseXml } from "../../scripts/manifest-checks.cjs";

const root = join(__dirname, "..", "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");

describe("manifest.xml (offline structure checks)", () => {
  it("passes every check", () => {
    expect(checkManifest(xml, root)).toEqual([]);
  });

  it("requires ExcelApi 1.7 and nothing newer", () => {
    const doc = parseXml(xml);
    const text = JSON.stringify(doc);
    expect(text).toContain('"Name":"ExcelApi","MinVersion":"1.7"');
    expect(checkManifest(xml.replace('MinVersion="1.7"', 'MinVersion="1.8"'), root)).toEqual([
      "ExcelApi 1.8 is above 1.7 (Office 2019)",
    ]);
  });

  it("catches a missing localization", () => {
    const broken = xml.replace('<Override Locale="ky-KG" Value="МСБ Каржы"/>', "");
    expect(checkManifest(broken, root)).toContain("DisplayName: no Override for ky-KG");
  });

  it("catches elements out of XSD order", () => {
    const broken = xml
      .replace("<Permissions>ReadWriteDocument</Permissions>", "")
      .replace(
        "<Hosts>\n    <Host Name",
        "<Permissions>ReadWriteDocument</Permissions>\n  <Hosts>\n    <Host Name",
      );
    expect(checkManifest(broken, root).some((e) => e.includes("out of XSD order"))).toBe(true);
  });

  it("catches a second origin, a bad id and a missing icon", () => {
    const broken = xml
      .replace("https://localhost:3000/functions.json", "https://example.com/functions.json")
      .replace("27edc714-625b-48e0-9947-eae7ffa355ff", "not-a-guid")
      .replace("assets/icon-80.png", "assets/icon-81.png");
    const errors = checkManifest(broken, root);
    expect(errors).toContain("Id is not a GUID: not-a-guid");
    expect(errors.some((e) => e.startsWith("URLs use 2 origins"))).toBe(true);
    expect(errors.some((e) => e.includes("no file assets/icon-81.png"))).toBe(true);
  });

  it("rejects Requirements inside VersionOverrides (they hide the ribbon)", () => {
    const broken = xml.replace(
      "<Hosts>\n      <Host xsi:type",
      '<Requirements><bt:Sets><bt:Set Name="SharedRuntime" MinVersion="1.1"/></bt:Sets></Requirements>\n    <Hosts>\n      <Host xsi:type',
    );
    expect(checkManifest(broken, root)).toContain(
      "a <Requirements> in VersionOverrides hides the ribbon on older clients",
    );
  });

  it("ships every icon size", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const png = readFileSync(join(root, "assets", `icon-${size}.png`));
      expect(png.readUInt32BE(16)).toBe(size);
    }
  });
});
