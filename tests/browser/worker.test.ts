import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { describeWith } from "../support/external-tools";
import { competitionSheets } from "../support/competition";
import { launchChromium, servePane } from "./pane-page";

/**
 * A large input (over 20 000 cells) in the shipped pane: analyzed in the Web Worker, and the output sheets
 * are the same as where the webview has no Worker (the pane's thread).
 */

const suite = describeWith("chromium");

interface FakeWindow {
  __gszFake: { addSheet(name: string, rows: unknown[][]): unknown; values(name: string): unknown[][] };
}

suite("analysis of a large input in chromium", () => {
  let context: BrowserContext;
  let pane: Awaited<ReturnType<typeof servePane>>;
  const profile = mkdtempSync(join(tmpdir(), "gsz-chromium-"));
  const sheets = competitionSheets(300, 10, 5);

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

  /** Runs the large input; answers the output sheets (run-time stamps left out) and the workers started. */
  async function runLarge(withWorker: boolean): Promise<{ outputs: unknown[][][]; workers: number }> {
    const page: Page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    let workers = 0;
    page.on("worker", () => workers++);
    if (!withWorker) await page.addInitScript(() => delete (window as { Worker?: unknown }).Worker);
    await page.goto(`${pane.server.url}/test.html?host=web`);
    await page.evaluate((input) => {
      const fake = (window as unknown as FakeWindow).__gszFake;
      for (const [name, rows] of Object.entries(input)) fake.addSheet(name, rows);
    }, sheets);
    await page.getByTestId("run").click();
    await page.getByTestId("summary").waitFor({ timeout: 120_000 });
    const outputs = await page.evaluate(() =>
      ["Рейтинг", "Софинансирование", "Транши", "Расхождения"].map((name) =>
        (window as unknown as FakeWindow).__gszFake
          .values(name)
          .filter((row) => !row.some((cell) => typeof cell === "string" && /\d\d:\d\d/.test(cell))),
      ),
    );
    expect(errors).toEqual([]);
    await page.close();
    return { outputs, workers };
  }

  it("runs in a worker and writes what the pane's thread writes", async () => {
    const cells = Object.values(sheets).reduce((n, rows) => n + rows.reduce((m, r) => m + r.length, 0), 0);
    expect(cells).toBeGreaterThan(20_000);
    const inWorker = await runLarge(true);
    const onThread = await runLarge(false);
    expect(inWorker.workers).toBe(1);
    expect(onThread.workers).toBe(0);
    expect(inWorker.outputs[0]?.length).toBeGreaterThan(300);
    expect(inWorker.outputs).toEqual(onThread.outputs);
  }, 300_000);
});
