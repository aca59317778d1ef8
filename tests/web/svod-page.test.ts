import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { openWorkbook } from "../../src/adapters/files";
import { isResultsWorkbook } from "../../src/cli/outputs";
import { formatDecimalText } from "../../src/i18n";
import { PILOTS_2013_2015 } from "../fixtures/pilots-2013-2015";
import { describeWith } from "../support/external-tools";
import { pilotFileName, pilotSheets, sheetsToXlsx } from "../support/pilots";
import { ensureWebBuild } from "./build";

/**
 * The offline page's "Сводка из файлов…" in Debian's chromium: the 11 pilots' workbooks and a damaged
 * file chosen at once; the table on screen and the Сводка workbook downloaded, against Table 1.
 */

const root = join(__dirname, "..", "..");
const suite = describeWith("chromium");

suite("the offline page's Сводка in chromium", () => {
  let browser: Browser;
  let page: Page;
  const work = mkdtempSync(join(tmpdir(), "gsz-web-svod-"));
  const requests: string[] = [];
  const problems: string[] = [];
  let distUrl = "";

  beforeAll(async () => {
    const dist = ensureWebBuild();
    distUrl = pathToFileURL(dist).href;
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    });
    const context = await browser.newContext({
      acceptDownloads: true,
      locale: "ru-RU",
      viewport: { width: 1280, height: 900 },
    });
    context.on("request", (request) => requests.push(request.url()));
    page = await context.newPage();
    page.on("pageerror", (error) => problems.push(`page: ${error.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    await page.goto(`${distUrl}/index.html`);
    await page.locator("#svod-files").waitFor({ state: "attached" });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it("consolidates many files chosen at once to Table 1, names the damaged one, and downloads the workbook", async () => {
    const files: string[] = [];
    for (const [i, pilot] of PILOTS_2013_2015.entries()) {
      const file = join(work, pilotFileName(pilot, i));
      writeFileSync(file, await sheetsToXlsx(pilotSheets(pilot)));
      files.push(file);
    }
    const damaged = join(work, "повреждён.xlsx");
    copyFileSync(join(root, "tests", "fixtures", "files", "truncated.xlsx"), damaged);
    await page.locator("#svod-files").setInputFiles([...files, damaged]);
    await page.locator("#svod-result").waitFor({ timeout: 180_000 });

    await expect(page.locator("#svod-unusable li").allTextContents()).resolves.toEqual([
      expect.stringContaining("повреждён.xlsx"),
    ]);
    const total = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('#svod section[data-sheet="Сводка"] tr')];
      const row = rows.find((tr) => tr.querySelector("td")?.textContent === "Итого");
      return [...(row?.querySelectorAll("td") ?? [])].map((td) => td.textContent ?? "");
    });
    expect(total).toContain(formatDecimalText("13952151.00", "ru"));
    for (const share of ["78.84", "11.65", "8.95", "0.56"]) {
      expect(total.some((cell) => cell.startsWith(formatDecimalText(share, "ru")))).toBe(true);
    }
    await page.screenshot({ path: join(root, "artifacts", "web-svod.png"), fullPage: true });

    const event = page.waitForEvent("download");
    await page.locator("[data-download=svod]").click();
    const download = await event;
    const saved = join(work, download.suggestedFilename());
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toBe("Сводка.xlsx");
    expect(await isResultsWorkbook(saved)).toBe(true);
    const opened = await openWorkbook(readFileSync(saved), saved);
    if (!opened.ok) throw new Error(opened.problem.key);
    expect(await opened.book.listSheets()).toEqual(["Сводка", "Источники", "Расхождения"]);
    const [sources] = await opened.book.readSheets(["Источники"]);
    const included = (sources?.values ?? []).filter((r) => r[6] === "да").length;
    expect(included).toBe(11);

    expect(problems).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(distUrl) && !url.startsWith("blob:"))).toEqual([]);
  }, 600_000);
});
