import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { launchChromium, servePane } from "./pane-page";
import { TOOLS, describeWith } from "../support/external-tools";

/**
 * The task pane as shipped (webpack production build, its CSP) in Debian's chromium, with a test host in
 * place of office.js: create the template, run, go to a finding's cell, export CSV and a new workbook.
 * Every request must stay on 127.0.0.1, and the page must log no error and no CSP violation.
 */

const root = join(__dirname, "..", "..");
const suite = describeWith("chromium");

interface FakeWindow {
  __gszFake: {
    values(name: string): unknown[][];
    addSheet(name: string, rows: unknown[][]): unknown;
    sheet(name: string): { cells: Map<string, { value: unknown }> } | undefined;
    sheets: { name: string; visibility: string }[];
    selection?: { sheet: string; row: number; col: number };
    createdWorkbooks: string[];
  };
  __gszFunctions: string[];
  __gszHost: { host: string; platform: string; excelApi: string };
  __cspViolations: string[];
}

suite("task pane in chromium", () => {
  let context: BrowserContext;
  let page: Page;
  let served: Awaited<ReturnType<typeof servePane>> | undefined;
  const baseUrl = (): string => {
    if (!served) throw new Error("the pane is not served");
    return served.server.url;
  };
  const profile = mkdtempSync(join(tmpdir(), "gsz-chromium-"));
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    // The shipped page with the test host in place of office.js; everything else (CSP, bundle) unchanged.
    served = await servePane();
    context = await launchChromium(profile, { height: 1000, acceptDownloads: true });
    context.on("request", (request) => requests.push(request.url()));
    await context.addInitScript(() => {
      const w = window as unknown as { __cspViolations: string[] };
      w.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) => {
        w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page: ${error.message}`));
  }, 900_000);

  afterAll(async () => {
    await context?.close();
    await served?.server.close();
    rmSync(profile, { recursive: true, force: true });
    if (served) rmSync(served.extra, { recursive: true, force: true });
  });

  it("has Debian's chromium (CI installs it; without it this suite fails in CI)", () => {
    expect(TOOLS.chromium.present()).toBe(true);
  });

  it.each(["web", "desktop"] as const)(
    "creates a template, runs, goes to a cell and exports, all offline (Excel %s)",
    async (host) => {
      await page.goto(`${baseUrl()}/test.html?host=${host}`);
      expect(await page.evaluate(() => (window as unknown as FakeWindow).__gszHost.platform)).toBe(
        { web: "OfficeOnline", desktop: "PC" }[host],
      );
      await page.getByTestId("create-template").click();
      await page.getByTestId("notice").waitFor();
      const fake = (): Promise<FakeWindow["__gszFake"]["sheets"]> =>
        page.evaluate(() =>
          (window as unknown as FakeWindow).__gszFake.sheets.map((s) => ({ ...s, cells: undefined })),
        );
      const inputNames = (await fake()).map((s) => s.name).filter((n) => n !== "Лист1");
      expect(inputNames).toContain("Заявки");
      const inputsBefore = async (): Promise<unknown[][][]> =>
        page.evaluate(
          (names) => names.map((n) => (window as unknown as FakeWindow).__gszFake.values(n)),
          inputNames,
        );

      // Break one cell (unreadable: the run stops) and one total (readable but wrong: a finding).
      const edit = (
        header: string,
        value: string | number,
        rowOffset = 1,
      ): Promise<{ row: number; col: number; old: unknown }> =>
        page.evaluate(
          ([h, v, offset]) => {
            const fake = (window as unknown as FakeWindow).__gszFake;
            const rows = fake.values("Заявки");
            const r = rows.findIndex((row) => row.includes(h));
            const c = rows[r]?.indexOf(h) ?? -1;
            const cell = fake.sheet("Заявки")?.cells.get(`${r + offset},${c}`);
            if (!cell) throw new Error(`no cell under ${h}`);
            const old = cell.value;
            cell.value = v;
            return { row: r + offset + 1, col: c + 1, old };
          },
          [header, value, rowOffset] as const,
        );
      const grant = await edit("Грант", "сто тысяч");
      await edit("Итого", 1);
      await page.getByTestId("run").click();
      await page.getByTestId("problem-list").waitFor({ timeout: 30_000 });
      expect((await fake()).map((s) => s.name)).not.toContain("Рейтинг");
      await page.getByTestId("problem-list").getByTestId("goto-cell").first().click();
      await page.waitForFunction(() => (window as unknown as FakeWindow).__gszFake.selection !== undefined);
      expect(await page.evaluate(() => (window as unknown as FakeWindow).__gszFake.selection)).toEqual({
        sheet: "Заявки",
        row: grant.row,
        col: grant.col,
      });
      await edit("Грант", grant.old as number);

      const snapshot = await inputsBefore();
      await page.getByTestId("run").click();
      await page.getByTestId("summary").waitFor({ timeout: 30_000 });
      const after = await fake();
      expect(after.map((s) => s.name)).toEqual(
        expect.arrayContaining(["Рейтинг", "Софинансирование", "Транши", "Расхождения"]),
      );
      expect(after.every((s) => s.visibility === "Visible")).toBe(true);
      expect(await inputsBefore()).toEqual(snapshot);
      expect(await page.getByTestId("finding-counts").textContent()).toMatch(/Ошибок: \d+/);

      await page.evaluate(() => {
        (window as unknown as FakeWindow).__gszFake.selection = undefined;
      });
      const goto = page.getByTestId("finding-list").getByTestId("goto-cell").first();
      const ref = (await goto.textContent()) ?? "";
      await goto.click();
      await page.waitForFunction(() => (window as unknown as FakeWindow).__gszFake.selection !== undefined);
      const selection = await page.evaluate(() => (window as unknown as FakeWindow).__gszFake.selection);
      expect(ref.startsWith(`${selection?.sheet}!`) || ref.startsWith(`'${selection?.sheet}'!`)).toBe(true);

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("export-csv").click(),
      ]);
      const csv = readFileSync(await download.path(), "utf8");
      expect(csv.startsWith("\uFEFF")).toBe(true);
      expect(csv.split("\r\n").length).toBeGreaterThan(2);

      // Excel.createWorkbook needs ExcelApi 1.8: on the web a new workbook opens; at 1.7 a sheet is written.
      const sheetsBefore = (await fake()).length;
      await page.getByTestId("export-workbook").click();
      await page
        .getByTestId("notice")
        .getByText({ web: "Транши открыты в новой книге", desktop: "транши записаны на лист" }[host], {
          exact: false,
        })
        .waitFor();
      const created = await page.evaluate(() => (window as unknown as FakeWindow).__gszFake.createdWorkbooks);
      expect(created.length).toBe({ web: 1, desktop: 0 }[host]);
      expect(created.every((xlsx) => Buffer.from(xlsx, "base64").subarray(0, 2).toString() === "PK")).toBe(
        true,
      );
      expect((await fake()).length - sheetsBefore).toBe({ web: 0, desktop: 1 }[host]);

      // The documents: the run wrote the commission's protocol, and the pane goes to it.
      await page.evaluate(() => {
        (window as unknown as FakeWindow).__gszFake.selection = undefined;
      });
      await page.getByTestId("goto-protocol").click();
      await page.waitForFunction(() => (window as unknown as FakeWindow).__gszFake.selection !== undefined);
      expect(await page.evaluate(() => (window as unknown as FakeWindow).__gszFake.selection)).toEqual({
        sheet: "Протокол",
        row: 1,
        col: 1,
      });

      // The example has payments and reports: what is blocked, go to its contract, the payment calendar.
      const payments = page.getByTestId("payment-list");
      expect(await payments.textContent()).toContain("ГСЗ-01/2019");
      await page.evaluate(() => {
        (window as unknown as FakeWindow).__gszFake.selection = undefined;
      });
      await payments.getByTestId("goto-contract").first().click();
      await page.waitForFunction(() => (window as unknown as FakeWindow).__gszFake.selection !== undefined);
      expect((await page.evaluate(() => (window as unknown as FakeWindow).__gszFake.selection))?.sheet).toBe(
        "Договоры",
      );
      const beforeCalendar = (await fake()).length;
      await page.getByTestId("export-payments-workbook").click();
      // A new workbook on the web; at ExcelApi 1.7 a sheet of its own.
      await page.waitForFunction(
        ([h, n]) => {
          const f = (window as unknown as FakeWindow).__gszFake;
          return h === "web" ? f.createdWorkbooks.length === 2 : f.sheets.length === n;
        },
        [host, beforeCalendar + 1] as const,
      );

      expect(await page.evaluate(() => (window as unknown as FakeWindow).__gszFunctions)).toEqual([
        "SHARE",
        "SHARES",
        "ROUNDUNIT",
        "TRANCHES",
        "ALLOCATE",
      ]);

      mkdirSync(join(root, "artifacts"), { recursive: true });
      await page.screenshot({ path: join(root, "artifacts", `taskpane-${host}.png`), fullPage: true });
      await page.getByTestId("language").selectOption("en");
      await page.getByText("Run", { exact: true }).waitFor();
      expect(await page.evaluate(() => (window as unknown as FakeWindow).__cspViolations)).toEqual([]);
      expect(problems).toEqual([]);
    },
    120_000,
  );

  it("asks before Create template replaces a filled Заявки, and Cancel changes nothing", async () => {
    const pane = await context.newPage();
    const errors: string[] = [];
    pane.on("pageerror", (error) => errors.push(error.message));
    pane.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await pane.goto(`${baseUrl()}/test.html`);
    const filled = [
      ["№ заявки", "Организация"],
      ["A-00001", "ОФ «Рост»"],
    ];
    await pane.evaluate((rows) => {
      (window as unknown as FakeWindow).__gszFake.addSheet("Заявки", rows);
    }, filled);
    const names = (): Promise<string[]> =>
      pane.evaluate(() => (window as unknown as FakeWindow).__gszFake.sheets.map((s) => s.name));
    const before = await names();

    await pane.getByTestId("create-template").click();
    const question = pane.getByTestId("template-question");
    await question.waitFor();
    expect(await pane.getByTestId("template-question-sheets").textContent()).toBe("Заявки");
    expect(await question.textContent()).toContain("Заменить заполненные листы?");
    mkdirSync(join(root, "artifacts"), { recursive: true });
    await pane.screenshot({ path: join(root, "artifacts", "template-question.png"), animations: "disabled" });

    await pane.getByTestId("template-cancel").click();
    await question.waitFor({ state: "detached" });
    expect(await pane.getByTestId("notice").textContent()).toContain("книга не изменена");
    expect(await pane.evaluate(() => (window as unknown as FakeWindow).__gszFake.values("Заявки"))).toEqual(
      filled,
    );
    expect(await names()).toEqual(before);

    // Asked again, "add only the missing sheets" creates the others and still keeps Заявки.
    await pane.getByTestId("create-template").click();
    await pane.getByTestId("template-missing-only").click();
    await pane.getByTestId("notice").getByText("Созданы листы", { exact: false }).waitFor();
    expect(await pane.evaluate(() => (window as unknown as FakeWindow).__gszFake.values("Заявки"))).toEqual(
      filled,
    );
    expect(await names()).toEqual(expect.arrayContaining(["Программа", "Оценки", "Договоры"]));
    expect(errors).toEqual([]);
    await pane.close();
  }, 120_000);

  it("loads the real office.js from its own origin outside Office and says where it works", async () => {
    const outside = await context.newPage();
    const errors: string[] = [];
    outside.on("pageerror", (error) => errors.push(error.message));
    await outside.goto(`${baseUrl()}/taskpane.html`);
    await outside.getByTestId("not-excel").waitFor({ timeout: 30_000 });
    expect(await outside.evaluate(() => (window as unknown as FakeWindow).__cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
    await outside.close();
  }, 60_000);

  it("never leaves 127.0.0.1", () => {
    const outside = requests.filter((u) => !/^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:)/.test(u));
    expect(outside).toEqual([]);
    expect(requests.length).toBeGreaterThan(3);
  });
});
