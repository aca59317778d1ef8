import { build } from "esbuild";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { describeWith } from "../support/external-tools";
import { ensureWebBuild } from "./build";

/**
 * The offline page's charts in Debian's chromium: the page's own sheet view (src/web/view.ts) of output
 * sheets with charts, bundled into the shipped page's HTML (its CSP and styles), from file://. Each chart
 * is an image named by its title and described by its alternative text, its numbers are a table a screen
 * reader reads (the accessibility tree says so), and nothing is reported to the console.
 */

const root = join(__dirname, "..", "..");
const suite = describeWith("chromium");
/** The screenshots' part worth looking at: the charts and the first rows (the 2 000-row table runs on). */
const TOP = { x: 0, y: 0, width: 1280, height: 2300 };

suite("the offline page's charts in chromium", () => {
  let browser: Browser;
  const work = mkdtempSync(join(tmpdir(), "gsz-web-charts-"));
  let url: string;

  beforeAll(async () => {
    const dist = ensureWebBuild();
    await build({
      entryPoints: [join(__dirname, "charts", "harness.ts")],
      bundle: true,
      format: "iife",
      platform: "browser",
      target: "es2020",
      outfile: join(work, "harness.js"),
      logLevel: "silent",
    });
    const html = readFileSync(join(dist, "index.html"), "utf8");
    const page = html.replace(/<script[^>]*src="?[^">]*page[^">]*"?[^>]*><\/script>/, "");
    if (page === html) throw new Error("index.html no longer loads page.js as expected");
    writeFileSync(
      join(work, "index.html"),
      page.replace("</body>", "<script src=harness.js></script></body>"),
    );
    url = pathToFileURL(join(work, "index.html")).href;
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  });

  async function open(lang: string, problems: string[]): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        console.error(`CSP ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page: ${e.message}`));
    await page.goto(`${url}#${lang}`);
    await page.locator("body[data-ready=yes]").waitFor({ timeout: 60_000 });
    return page;
  }

  it("shows every chart as a labelled image whose numbers a screen reader reads, in Russian", async () => {
    const problems: string[] = [];
    const page = await open("ru", problems);
    expect(await page.locator("figure.chart svg[role=img]").count()).toBe(7);
    const pie = page.getByRole("img", { name: "Софинансирование программы по источникам" });
    await expect(pie.isVisible()).resolves.toBe(true);
    expect(await pie.evaluate((e) => e.getAttribute("aria-describedby"))).toBeTruthy();
    const description = await pie.evaluate((e) => {
      const id = e.getAttribute("aria-describedby") ?? "";
      return document.getElementById(id)?.textContent;
    });
    expect(description).toBe("Бюджет 60 %, НКО 25 %, доноры 15 % суммы программы.");
    // The numbers as a screen reader meets them: a table named like the chart, a row per source.
    const table = page.getByRole("table", { name: "Софинансирование по заявкам" });
    expect(await table.ariaSnapshot()).toContain('row "A-00002 200 000,00 100 000,50 0,00"');
    // Hidden from sight (1 px), not from the accessibility tree.
    const box = await table.locator("xpath=..").boundingBox();
    expect(box && box.width <= 1 && box.height <= 1).toBe(true);
    // The picture is drawn: slices and bars have size on screen.
    const slice = await page.locator("figure.chart .chart-slices path").first().boundingBox();
    expect(slice && slice.width > 50 && slice.height > 50).toBe(true);
    expect(await page.locator("#chart-6 .chart-bars rect").count()).toBe(1);
    expect(await page.locator("#chart-7 .chart-bars rect").count()).toBe(20);
    // Every kind is drawn: the calendar's line through its six months, the median over the members' bars.
    expect(await page.locator("#chart-4 .chart-line circle").count()).toBe(6);
    expect(await page.locator("#chart-5 .chart-bars rect").count()).toBe(4);
    expect(await page.locator("#chart-5 .chart-line polyline").count()).toBe(1);
    mkdirSync(join(root, "artifacts"), { recursive: true });
    await page.screenshot({ path: join(root, "artifacts", "web-charts-ru.png"), fullPage: true, clip: TOP });
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  it("writes the numbers the English way on an English page", async () => {
    const problems: string[] = [];
    const page = await open("en", problems);
    const chart = page.getByRole("img", { name: "Total score and pass score" }).first();
    await expect(chart.isVisible()).resolves.toBe(true);
    const table = page.getByRole("table", { name: "Софинансирование по заявкам" });
    expect(await table.ariaSnapshot()).toContain('row "A-00002 200,000.00 100,000.50 0.00"');
    await page.screenshot({ path: join(root, "artifacts", "web-charts-en.png"), fullPage: true, clip: TOP });
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);
});
