import { parse } from "acorn";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { BrowserContext, Page } from "playwright-core";
import { describeWith } from "../support/external-tools";
import { ensureBuild } from "./build";
import { launchChromium, servePane } from "./pane-page";

/**
 * The old-webview check and the two builds. In Chromium the old webviews are simulated before any script
 * runs: the user agent of Internet Explorer 11 or EdgeHTML, or a feature the bundle needs deleted. The
 * message must show, in Office's language, and the pane must not start.
 */

const IE11 =
  "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko";
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";
const root = join(__dirname, "..", "..");
const suite = describeWith("chromium");

suite("old webviews and the builds", () => {
  let context: BrowserContext;
  let pane: Awaited<ReturnType<typeof servePane>>;
  const profile = mkdtempSync(join(tmpdir(), "gsz-chromium-"));

  beforeAll(async () => {
    pane = await servePane();
    context = await launchChromium(profile);
  }, 900_000);

  afterAll(async () => {
    await context?.close();
    await pane?.server.close();
    rmSync(profile, { recursive: true, force: true });
    if (pane) rmSync(pane.extra, { recursive: true, force: true });
  });

  /** A page whose browser looks old: `userAgent` replaced, `remove` features deleted, before any script. */
  async function oldPage(setup: {
    userAgent?: string;
    remove?: string;
  }): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.addInitScript((s) => {
      if (s.userAgent) Object.defineProperty(Navigator.prototype, "userAgent", { get: () => s.userAgent });
      if (s.remove === "Object.fromEntries") delete (Object as { fromEntries?: unknown }).fromEntries;
    }, setup);
    return { page, errors };
  }

  const paneStarted = (page: Page): Promise<number> =>
    page.evaluate(() => document.getElementById("root")?.childElementCount ?? -1);

  it.each([
    {
      name: "Internet Explorer 11",
      userAgent: IE11,
      lang: "ru-RU",
      expect: "ru",
      says: "Internet Explorer 11",
    },
    { name: "EdgeHTML", userAgent: EDGE_HTML, lang: "ky-KG", expect: "ky", says: "EdgeHTML" },
    {
      name: "a missing feature",
      remove: "Object.fromEntries",
      lang: "en-US",
      expect: "en",
      says: "JavaScript",
    },
  ])(
    "shows the message instead of the pane in $name",
    async (c) => {
      const { page, errors } = await oldPage(c);
      await page.goto(`${pane.server.url}/test.html?lang=${c.lang}`);
      const message = page.getByTestId("old-webview");
      await message.waitFor();
      // Office's UI language, once office.js is ready.
      await page.waitForFunction((lang) => document.getElementById("old-webview")?.lang === lang, c.expect);
      const text = (await message.textContent()) ?? "";
      expect(text).toContain(c.says);
      expect(text).toContain("WebView2");
      expect(text).toContain("dist/web/index.html");
      expect(await page.evaluate(() => (window as { gszOldWebview?: string }).gszOldWebview)).toBeDefined();
      expect(await paneStarted(page)).toBe(0);
      expect(await page.getByTestId("run").count()).toBe(0);
      expect(errors).toEqual([]);
      mkdirSync(join(root, "artifacts"), { recursive: true });
      await page.screenshot({ path: join(root, "artifacts", `old-webview-${c.expect}.png`), fullPage: true });
      await page.close();
    },
    60_000,
  );

  it("starts the pane and shows no message in a current browser", async () => {
    const { page, errors } = await oldPage({});
    await page.goto(`${pane.server.url}/test.html`);
    await page.getByTestId("run").waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("old-webview").count()).toBe(0);
    expect(await paneStarted(page)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("ships the check as ES5 (Internet Explorer 11 parses it), in both builds", () => {
    const cdn = ensureBuild("cdn");
    for (const dist of [pane.dist, cdn]) {
      const code = readFileSync(join(dist, "webview-check.js"), "utf8");
      expect(() => parse(code, { ecmaVersion: 5 })).not.toThrow();
    }
    // the pane's bundle is not ES5: the check is what such a webview can run
    expect(() => parse(readFileSync(join(cdn, "taskpane.js"), "utf8"), { ecmaVersion: 5 })).toThrow();
  }, 900_000);

  it("production build: office.js from Microsoft's CDN, the only other script origin; no local copy", () => {
    const cdn = ensureBuild("cdn");
    const html = readFileSync(join(cdn, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)"?/g)].map((m) => m[1]);
    expect(scripts).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "webview-check.js",
      "taskpane.js",
    ]);
    expect(html).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(existsSync(join(cdn, "office.js"))).toBe(false);
    // Russian custom-function metadata beside the default (the manifest's ru-RU override points at it)
    const ru = JSON.parse(readFileSync(join(cdn, "functions-ru.json"), "utf8")) as {
      functions: { id: string; name: string }[];
    };
    const en = JSON.parse(readFileSync(join(cdn, "functions.json"), "utf8")) as {
      functions: { id: string; name: string }[];
    };
    expect(ru.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
    expect(ru.functions.map((f) => f.name)).toContain("ДОЛЯ");
  }, 900_000);

  it("test build: office.js and its files from its own origin, scripts only from it", () => {
    const html = readFileSync(join(pane.dist, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)"?/g)].map((m) => m[1]);
    expect(scripts).toEqual(["office.js", "webview-check.js", "taskpane.js"]);
    expect(html).toContain("script-src 'self';");
    expect(existsSync(join(pane.dist, "office.js"))).toBe(true);
    expect(existsSync(join(pane.dist, "o15apptofilemappingtable.js"))).toBe(true);
  });

  it("keeps the pane's initial JavaScript within 300 KB gzip", () => {
    const cdn = ensureBuild("cdn");
    const gzip = ["webview-check.js", "taskpane.js"]
      .map((file) => gzipSync(readFileSync(join(cdn, file)), { level: 9 }).length)
      .reduce((a, b) => a + b, 0);
    expect(gzip).toBeLessThanOrEqual(300 * 1024);
  }, 900_000);
});
