import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { analyze } from "../../src/core/analyze";
import type { GszInput } from "../../src/core/model";
import type { Lang } from "../../src/i18n";
import type { SheetLayout } from "../../src/workbook/port";
import { outputLayouts } from "../../src/workbook/render";
import { exampleInput } from "../../src/workbook/template";
import { chartInput } from "../adapters/files/charts/results-books";
import { describeWith } from "../support/external-tools";
import { ensureWebBuild } from "./build";
import { competitionBytes, exampleBytes } from "./workbooks";

/**
 * The charts of the output sheets on the offline page as built, in Debian's chromium: for the example
 * (ru, en) and for competitions of 1 and 2 000 applications, every chart the render layer gives an output
 * sheet is on the page in that sheet's section, as an image named by the chart's title, described by its
 * alternative text, with a table of as many rows as the chart has categories; nothing on the console.
 */

const root = join(__dirname, "..", "..");
const suite = describeWith("chromium");

/** What each sheet's charts should say: the render layer's own layouts of the same input. */
function expectedCharts(input: GszInput, lang: Lang): { sheet: string; charts: string[][] }[] {
  const now = new Date(Date.UTC(2026, 10, 23));
  const outputs: SheetLayout[] = outputLayouts(input, analyze(input), {
    lang,
    now,
    fingerprint: "0".repeat(64),
  });
  return outputs
    .filter((l) => l.charts?.length)
    .map((l) => ({
      sheet: l.name,
      charts: (l.charts ?? []).map((c) => [
        c.title,
        c.altText,
        String(
          Math.max(
            c.categories.lastRow - c.categories.firstRow,
            c.categories.lastCol - c.categories.firstCol,
          ) + 1,
        ),
      ]),
    }));
}

suite("the output sheets' charts on the offline page", () => {
  let browser: Browser;
  let pageUrl: string;
  const work = mkdtempSync(join(tmpdir(), "gsz-page-charts-"));

  beforeAll(async () => {
    pageUrl = `${pathToFileURL(ensureWebBuild()).href}/index.html`;
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

  /** The page in `locale` with the workbook chosen, and what the console said. */
  async function computed(
    locale: string,
    name: string,
    bytes: Uint8Array,
  ): Promise<{ page: Page; problems: string[] }> {
    const problems: string[] = [];
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page: ${e.message}`));
    await page.goto(pageUrl);
    const file = join(work, name);
    writeFileSync(file, bytes);
    await page.locator("#file").setInputFiles(file);
    await page.locator("#computed").waitFor({ timeout: 300_000 });
    return { page, problems };
  }

  /** Each sheet's charts on the page: title, description and the rows of its table of numbers. */
  function shown(page: Page, sheets: readonly string[]): Promise<{ sheet: string; charts: string[][] }[]> {
    return page.evaluate(
      (names) =>
        names.map((sheet) => ({
          sheet,
          charts: [...document.querySelectorAll(`section[data-sheet="${sheet}"] figure.chart`)].map(
            (figure) => {
              const svg = figure.querySelector("svg[role=img]");
              const text = (attr: string): string =>
                document.getElementById(svg?.getAttribute(attr) ?? "")?.textContent ?? "";
              return [
                text("aria-labelledby"),
                text("aria-describedby"),
                String(figure.querySelectorAll("table.chart-data tbody tr").length),
              ];
            },
          ),
        })),
      sheets,
    );
  }

  async function check(
    locale: string,
    lang: Lang,
    name: string,
    bytes: Uint8Array,
    input: GszInput,
  ): Promise<Page> {
    const { page, problems } = await computed(locale, name, bytes);
    const expected = expectedCharts(input, lang);
    // Ranking, co-financing and tranches draw charts for any competition with applications.
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(
      await shown(
        page,
        expected.map((e) => e.sheet),
      ),
    ).toEqual(expected);
    // No chart outside the sheets that have them.
    expect(await page.locator("figure.chart").count()).toBe(
      expected.reduce((s, e) => s + e.charts.length, 0),
    );
    expect(problems).toEqual([]);
    return page;
  }

  /** The charts and what is around them (a full-page shot of 2 000 rows would take minutes). */
  async function screenshot(page: Page, file: string): Promise<void> {
    mkdirSync(join(root, "artifacts"), { recursive: true });
    await page.setViewportSize({ width: 1280, height: 2400 });
    await page.locator("figure.chart").first().scrollIntoViewIfNeeded();
    await page.evaluate(() => {
      const first = document.querySelector("figure.chart");
      if (first) window.scrollTo(0, first.getBoundingClientRect().top + window.scrollY - 120);
    });
    await page.screenshot({ path: join(root, "artifacts", file) });
  }

  it("shows the example's charts in Russian and in English", async () => {
    for (const [locale, lang] of [
      ["ru-RU", "ru"],
      ["en-US", "en"],
    ] as const) {
      const page = await check(
        locale,
        lang,
        `example-${lang}.xlsx`,
        await exampleBytes(lang),
        exampleInput(lang),
      );
      if ((await page.locator("figure.chart").count()) > 0)
        await screenshot(page, `web-example-charts-${lang}.png`);
      await page.context().close();
    }
  }, 600_000);

  it("shows the charts of a competition of 1 application and of one of 2 000", async () => {
    for (const n of [1, 2000]) {
      const page = await check(
        "ru-RU",
        "ru",
        `competition-${n}.xlsx`,
        await competitionBytes(n),
        chartInput(n),
      );
      await screenshot(page, `web-charts-${n}.png`);
      await page.context().close();
    }
  }, 900_000);
});
