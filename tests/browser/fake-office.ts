/**
 * The test host of the browser test, loaded instead of office.js: `Office` (ready, inside Excel, Russian UI),
 * `Excel` over the in-memory FakeExcel, and a `CustomFunctions` that records the functions the shared runtime
 * registers. The test reads the workbook back through `window.__gszFake`.
 *
 * Two hosts, chosen by the page's query (`?host=web`, the default, or `?host=desktop`):
 * - web: Excel on the web (diagnostics platform "OfficeOnline", ExcelApi up to 1.20, its 5 MB request and
 *   response limits);
 * - desktop: Excel on Windows at the manifest's minimum (platform "PC", ExcelApi up to 1.7, as perpetual
 *   Office 2019 in WebView2): no Excel.createWorkbook, no data validation, no screen-update suspension, so
 *   the pane takes its fallbacks; no request limit.
 */
import { FakeExcel } from "../adapters/officejs/fake-excel";

const query = new URLSearchParams(location.search);
const host = query.get("host") === "desktop" ? "desktop" : "web";
/** Office's UI language (`?lang=ky-KG`); Russian by default. */
const displayLanguage = query.get("lang") ?? "ru-RU";
const platform = host === "web" ? "OfficeOnline" : "PC";
const excelApiMinors = host === "web" ? 20 : 7;

const excel = new FakeExcel();
excel.addSheet("Лист1");
if (host === "web") excel.responseLimit = 5_000_000;
else excel.payloadLimit = Infinity;
const associated: string[] = [];

class CustomFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** isSetSupported as Office answers it: a set and a version such as "1.7" (minor versions compared as numbers). */
function isSetSupported(name: string, version?: string): boolean {
  const minor = Number((version ?? "1.1").split(".")[1] ?? "0");
  if (name === "ExcelApi") return minor <= excelApiMinors;
  if (name === "SharedRuntime" || name === "CustomFunctionsRuntime") return minor <= 1;
  return false;
}

Object.assign(window, {
  __gszFake: excel,
  __gszFunctions: associated,
  __gszHost: { host, platform, excelApi: `1.${excelApiMinors}` },
  Excel: { run: excel.run, createWorkbook: excel.createWorkbook },
  Office: {
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
    onReady: () => Promise.resolve({ host: "Excel", platform }),
    context: {
      displayLanguage,
      diagnostics: {
        host: "Excel",
        platform,
        version: host === "web" ? "16.0.19000.10000" : "16.0.10417.20007",
      },
      requirements: { isSetSupported },
    },
  },
  CustomFunctions: {
    Error: CustomFunctionError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!" },
    associate: (id: string) => associated.push(id),
  },
});
