import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { openWorkbook } from "../../src/adapters/files";
import { isResultsWorkbook } from "../../src/cli/outputs";
import { formatDecimalText, translate, type Lang } from "../../src/i18n";
import { gsz } from "../cli/harness";
import { TOOLS, describeWith } from "../support/external-tools";
import { ensureWebBuild } from "./build";
import { brokenBytes, discrepantBytes, exampleBytes } from "./workbooks";

/**
 * The offline page as built (dist/web/index.html, its CSP) in Debian's chromium, opened from a file:
 * an example workbook chosen, an .ods saved by LibreOffice dropped, a workbook with unreadable cells;
 * the screen against the CLI's JSON, the downloads read back, and not one request outside the page.
 */

const root = join(__dirname, "..", "..");
const suite = describeWith("chromium");

interface JsonRanking {
  ranking: { application: string; place: number | null; total: string }[];
}

suite("the offline page in chromium", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageUrl: string;
  let distUrl: string;
  const work = mkdtempSync(join(tmpdir(), "gsz-web-page-"));
  const requests: string[] = [];
  const problems: string[] = [];

  async function open(locale: string): Promise<{ context: BrowserContext; page: Page }> {
    const ctx = await browser.newContext({
      acceptDownloads: true,
      locale,
      viewport: { width: 1280, height: 900 },
    });
    ctx.on("request", (request) => requests.push(request.url()));
    await ctx.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        console.error(`CSP ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const p = await ctx.newPage();
    p.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    p.on("pageerror", (error) => problems.push(`page: ${error.message}`));
    await p.goto(pageUrl);
    await p.locator("#file").waitFor({ state: "attached" });
    return { context: ctx, page: p };
  }

  /** The CLI's JSON report of a file (in-process `gsz run --json`). */
  async function cliRanking(file: string): Promise<JsonRanking["ranking"]> {
    const json = join(work, "report.json");
    expect((await gsz(["run", file, "--json", json])).code).toBe(0);
    return (JSON.parse(readFileSync(json, "utf8")) as JsonRanking).ranking;
  }

  /** Columns of the first table of an output sheet on screen, by their headers, for rows with a first column. */
  async function screenTable(
    lang: Lang,
    sheetKey: string,
    headerKeys: readonly string[],
  ): Promise<string[][]> {
    const headers = headerKeys.map((k) => translate(lang, k));
    return page.evaluate(
      ([sheet, wanted]) => {
        const table = document.querySelector(`section[data-sheet="${sheet}"] table:not(.chart-data)`);
        const rows = [...(table?.querySelectorAll("tr") ?? [])];
        const head = [...(rows[0]?.querySelectorAll("th") ?? [])].map((th) => th.textContent);
        const at = wanted.map((w) => head.indexOf(w));
        return rows
          .slice(1)
          .map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? ""))
          .filter((cells) => cells[at[0] ?? -1] !== "")
          .map((cells) => at.map((i) => cells[i] ?? "?"));
      },
      [translate(lang, sheetKey), headers] as const,
    );
  }

  /** The Рейтинг table on screen: application, place and total as shown. */
  function screenRanking(lang: Lang): Promise<string[][]> {
    return screenTable(lang, "output.sheet.ranking", [
      "output.col.application",
      "output.col.place",
      "output.col.total",
    ]);
  }

  function expected(ranking: JsonRanking["ranking"], lang: Lang): string[][] {
    return ranking.map((e) => [
      e.application,
      e.place === null ? "" : String(e.place),
      // The total as the ranking shows it (2 decimals, more only where two would read alike), as in the JSON.
      formatDecimalText(e.total, lang),
    ]);
  }

  async function downloaded(id: string): Promise<{ name: string; path: string }> {
    const event = page.waitForEvent("download");
    await page.locator(`[data-download=${id}]`).click();
    const d = await event;
    const path = join(work, d.suggestedFilename());
    await d.saveAs(path);
    return { name: d.suggestedFilename(), path };
  }

  beforeAll(async () => {
    const dist = ensureWebBuild();
    distUrl = pathToFileURL(dist).href;
    pageUrl = `${distUrl}/index.html`;
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    });
    ({ context, page } = await open("ru-RU"));
  }, 600_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it("has Debian's chromium (CI installs it; without it this suite fails in CI)", () => {
    expect(TOOLS.chromium.present()).toBe(true);
  });

  it("shows the example's ranking as the CLI computes it, and downloads the results workbook and CSV", async () => {
    const bytes = await exampleBytes("ru");
    const file = join(work, "Кара-Балта.xlsx");
    writeFileSync(file, bytes);
    await page.locator("#file").setInputFiles(file);
    await page.locator("#computed").waitFor({ timeout: 120_000 });

    const ranking = await cliRanking(file);
    expect(ranking.length).toBeGreaterThan(3);
    expect(await screenRanking("ru")).toEqual(expected(ranking, "ru"));
    for (const sheet of ["Софинансирование", "Транши", "Расхождения"]) {
      await expect(
        page.locator(`section[data-sheet="${sheet}"] table:not(.chart-data)`).first().isVisible(),
      ).resolves.toBe(true);
    }
    await page.screenshot({ path: join(root, "artifacts", "web-example.png"), fullPage: true });

    const results = await downloaded("results");
    expect(results.name).toBe("Кара-Балта — результаты.xlsx");
    expect(await isResultsWorkbook(results.path)).toBe(true);
    const opened = await openWorkbook(readFileSync(results.path), results.name);
    if (!opened.ok) throw new Error(opened.problem.key);
    expect((await opened.book.listSheets()).slice(0, 4)).toEqual([
      "Рейтинг",
      "Софинансирование",
      "Транши",
      "Расхождения",
    ]);

    const csv = await downloaded("tranches");
    expect((await gsz(["tranches", file, "--csv", join(work, "cli.csv")])).code).toBe(0);
    expect(readFileSync(csv.path).equals(readFileSync(join(work, "cli.csv")))).toBe(true);
  }, 300_000);

  it("shows each discrepancy with its Sheet!A1, as in the CLI's JSON", async () => {
    const wrong = await discrepantBytes();
    const file = join(work, "wrong-total.xlsx");
    writeFileSync(file, wrong.bytes);
    await page.locator("#file").setInputFiles(file);
    await page.locator("#summary", { hasText: "wrong-total.xlsx" }).waitFor({ timeout: 120_000 });
    const json = join(work, "wrong.json");
    expect((await gsz(["run", file, "--json", json])).code).toBe(0);
    const report = JSON.parse(readFileSync(json, "utf8")) as {
      findings: { rule: string; sheet: string; cell: string }[];
    };
    const cells = report.findings.map((f) => [f.rule, `${f.sheet}!${f.cell}`]);
    expect(cells.map(([, cell]) => cell)).toContain(wrong.cell);
    expect(
      await screenTable("ru", "output.sheet.discrepancies", ["output.col.rule", "output.col.cell"]),
    ).toEqual(cells);
    // Discrepancies do not stop the run: the results are offered.
    expect(await page.locator("[data-download=results]").count()).toBe(1);
    await page.screenshot({ path: join(root, "artifacts", "web-findings.png"), fullPage: true });
  }, 300_000);

  it("reads an .ods saved by LibreOffice, dropped on the page", async () => {
    const ods = join(root, "tests", "fixtures", "files", "libreoffice.ods");
    const base64 = readFileSync(ods).toString("base64");
    const transfer = await page.evaluateHandle((data) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], "libreoffice.ods"));
      return dt;
    }, base64);
    await page.dispatchEvent("#drop", "drop", { dataTransfer: transfer });
    await page.locator("#summary", { hasText: "libreoffice.ods" }).waitFor({ timeout: 120_000 });
    expect(await screenRanking("ru")).toEqual(expected(await cliRanking(ods), "ru"));
  }, 300_000);

  it("lists the cells that cannot be read and offers no results to download", async () => {
    const broken = await brokenBytes();
    await page.locator("#file").setInputFiles({
      name: "с ошибками.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from(broken.bytes),
    });
    await page.locator("#problems").waitFor({ timeout: 120_000 });
    const items = await page.locator("#problems li").allTextContents();
    for (const cell of broken.cells) expect(items.some((i) => i.startsWith(`${cell}: `))).toBe(true);
    expect(await page.locator("#computed, [data-download=results], [data-download=tranches]").count()).toBe(
      0,
    );
    expect(await page.locator("[data-download=template]").count()).toBe(1);
    await page.screenshot({ path: join(root, "artifacts", "web-errors.png"), fullPage: true });
  }, 300_000);

  it("downloads the example template in the language chosen", async () => {
    await page.locator("#lang").selectOption("ky");
    await expect(page.locator("h1").textContent()).resolves.toBe(translate("ky", "web.title"));
    const example = await downloaded("example");
    expect(example.name).toBe(translate("ky", "web.file.example"));
    const opened = await openWorkbook(readFileSync(example.path), example.name);
    if (!opened.ok) throw new Error(opened.problem.key);
    expect(await opened.book.listSheets()).toContain("Арыздар");
  }, 300_000);

  it("speaks the browser's language, and Russian when it is another one", async () => {
    for (const [locale, lang] of [
      ["en-GB", "en"],
      ["ky-KG", "ky"],
      ["de-DE", "ru"],
    ] as const) {
      const other = await open(locale);
      await expect(other.page.locator("h1").textContent()).resolves.toBe(translate(lang, "web.title"));
      await other.context.close();
    }
  }, 120_000);

  it("made no request outside its own files and logged no error or CSP violation", () => {
    expect(requests.length).toBeGreaterThan(0);
    const outside = requests.filter(
      (url) => !url.startsWith(`${distUrl}/`) && !url.startsWith("data:") && !url.startsWith("blob:"),
    );
    expect(outside).toEqual([]);
    expect(requests).toContain(`${distUrl}/writer.js`);
    expect(problems).toEqual([]);
  });
});
