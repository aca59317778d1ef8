import { office } from "../../../src/i18n/catalogs/office";
import { checkLang, featuresOf, oldEngine, oldWebviewMessage } from "../../../src/taskpane/webview/detect";

const IE11 =
  "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko";
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";
const WEBVIEW2 =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91";

describe("the old-webview check", () => {
  const modern = featuresOf(globalThis as unknown as Record<string, unknown>);

  it("finds every feature the bundle needs in node (a modern engine)", () => {
    expect(Object.values(modern).every(Boolean)).toBe(true);
    expect(Object.keys(modern).length).toBeGreaterThanOrEqual(8);
  });

  it("tells Internet Explorer 11 and EdgeHTML by their user agent, not WebView2", () => {
    expect(oldEngine(IE11, modern)).toBe("trident");
    expect(oldEngine(EDGE_HTML, modern)).toBe("edgehtml");
    expect(oldEngine(WEBVIEW2, modern)).toBeUndefined();
  });

  it("calls a browser old when one feature the bundle needs is missing", () => {
    const scope = { ...(globalThis as unknown as Record<string, unknown>), Object: {} };
    const features = featuresOf(scope);
    expect(features["objectFromEntries"]).toBe(false);
    expect(oldEngine(WEBVIEW2, features)).toBe("old");
    expect(oldEngine(WEBVIEW2, { ...modern, promise: false })).toBe("old");
  });

  it("speaks Office's language first, then the browser's, else Russian", () => {
    expect(checkLang(["ky-KG", "en-US"])).toBe("ky");
    expect(checkLang([undefined, "en-GB"])).toBe("en");
    expect(checkLang(["de-DE", null, "fr"])).toBe("ru");
    expect(checkLang([])).toBe("ru");
  });

  it("says what to do and where to compute instead, in each language", () => {
    for (const lang of ["ru", "en", "ky"] as const) {
      const message = oldWebviewMessage(lang, "trident");
      expect(message.title).toBe(office[lang]["office.webview.title"]);
      const text = message.lines.join(" ");
      expect(text).toContain("Internet Explorer 11");
      expect(text).toContain("WebView2");
      expect(text).toContain("dist/web/index.html");
      expect(text).toContain("gsz");
      expect(text).not.toMatch(/\{\w+\}/);
    }
    expect(oldWebviewMessage("en", "edgehtml").lines[0]).toContain("EdgeHTML");
  });
});
