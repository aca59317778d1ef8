/**
 * The test host of the browser test, loaded instead of office.js: `Office` (ready, inside Excel, Russian UI,
 * ExcelApi up to 1.9), `Excel` over the in-memory FakeExcel, and a `CustomFunctions` that records the
 * functions the shared runtime registers. The test reads the workbook back through `window.__gszFake`.
 */
import { FakeExcel } from "../adapters/officejs/fake-excel";

const excel = new FakeExcel();
excel.addSheet("Лист1");
const associated: string[] = [];

class CustomFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

Object.assign(window, {
  __gszFake: excel,
  __gszFunctions: associated,
  Excel: { run: excel.run, createWorkbook: excel.createWorkbook },
  Office: {
    HostType: { Excel: "Excel" },
    onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
    context: {
      displayLanguage: "ru-RU",
      requirements: { isSetSupported: (name: string, v: string) => name === "ExcelApi" && Number(v) <= 1.9 },
    },
  },
  CustomFunctions: {
    Error: CustomFunctionError,
    ErrorCode: { invalidValue: "#VALUE!", divisionByZero: "#DIV/0!" },
    associate: (id: string) => associated.push(id),
  },
});
