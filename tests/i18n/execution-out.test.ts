import { readFileSync } from "node:fs";
import { join } from "node:path";
import { catalogKeys, translate } from "../../src/i18n";
import { executionOut } from "../../src/i18n/catalogs/execution-out";

const params = (text: string | undefined): string[] =>
  [...(text ?? "").matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

const SOURCES = [
  "src/workbook/render/execution.ts",
  "src/workbook/render/payment-columns.ts",
  "src/workbook/render/tranche-columns.ts",
  "src/cli/payments-command.ts",
  "src/taskpane/payments.ts",
  "src/taskpane/host.ts",
  "src/taskpane/components/Payments.tsx",
  "src/taskpane/components/App.tsx",
];

describe("execution outputs catalogue", () => {
  it("has the same keys, with the same parameters, in Russian, English and Kyrgyz", () => {
    const keys = Object.keys(executionOut.ru).sort();
    expect(Object.keys(executionOut.en).sort()).toEqual(keys);
    expect(Object.keys(executionOut.ky).sort()).toEqual(keys);
    for (const key of keys) {
      expect([key, params(executionOut.en[key])]).toEqual([key, params(executionOut.ru[key])]);
      expect([key, params(executionOut.ky[key])]).toEqual([key, params(executionOut.ru[key])]);
    }
  });

  it("is registered and knows every key the execution outputs name, and the dynamic ones", () => {
    const root = join(__dirname, "..", "..");
    const named = SOURCES.flatMap((f) => [
      ...readFileSync(join(root, f), "utf8").matchAll(/"(execution\.[\w.-]+)"/g),
    ]).map((m) => m[1] ?? "");
    const dynamic = [
      ...["paid", "due", "overdue", "planned"].map((s) => `execution.status.${s}`),
      ...["previous-unpaid", "reports-missing", "spent-below-threshold", "date-not-come"].map(
        (b) => `execution.block.${b}`,
      ),
      ...["due", "overdue", "blocked"].map((s) => `execution.pane.${s}`),
      "output.sheet.execution",
      "output.title.execution",
    ];
    expect(named.length).toBeGreaterThan(20);
    for (const lang of ["ru", "en", "ky"] as const) {
      const keys = new Set(catalogKeys(lang));
      expect([...named, ...dynamic].filter((k) => !keys.has(k))).toEqual([]);
    }
    expect(translate("ky", "execution.block.spent-below-threshold", { threshold: "75" })).toBe(
      "төлөнгөн акчанын 75 %дан азы сарпталды",
    );
  });
});
